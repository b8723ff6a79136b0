#pragma once

#include "sessions/StudySession.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimeEdit;

namespace Koso {

class Dataset;
class DateLineEdit;

// Edits one study session: when and how, host, co-hosts from the bank contacts, sponsors,
// what is asked of MHLW and when it was sent (the deadline shown and warned as it changes),
// the programme (MHLW's four parts by default), the support measures presented in part ③, the
// invited and attending hospitals (private ones first), notes and follow-ups.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(Dataset *dataset, const std::optional<StudySession> &session, const QDate &today,
                  QWidget *parent = nullptr);

    StudySession session() const;

    QLineEdit *titleEdit() const { return m_title; }
    DateLineEdit *dateEdit() const { return m_date; }
    DateLineEdit *sentEdit() const { return m_sent; }
    QComboBox *statusBox() const { return m_status; }
    QLabel *deadlineLabel() const { return m_deadline; }
    QTableWidget *coHostsTable() const { return m_coHosts; }
    QTableWidget *programmeTable() const { return m_programme; }
    QTableWidget *hospitalsTable() const { return m_hospitals; }
    // The support measures presented in part ③ (ticked), with how many hospitals of the
    // prefecture plan to use or have used each.
    QTableWidget *measuresTable() const { return m_measures; }

    void accept() override;

private:
    void updateDeadline();

    StudySession m_original;
    QDate m_today;
    QLineEdit *m_title;
    DateLineEdit *m_date;
    QTimeEdit *m_starts;
    QTimeEdit *m_ends;
    QComboBox *m_format;
    QComboBox *m_status;
    QLineEdit *m_host;
    QLineEdit *m_venue;
    QLineEdit *m_sponsors;
    QComboBox *m_request;
    DateLineEdit *m_sent;
    QLabel *m_deadline;
    QTableWidget *m_coHosts;
    QTableWidget *m_programme;
    QTableWidget *m_hospitals;
    QTableWidget *m_measures;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_followUps;
};

} // namespace Koso
