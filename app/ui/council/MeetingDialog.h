#pragma once

#include "council/Council.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Koso {

class Dataset;
class DateLineEdit;

// Adds or edits a council meeting: council, number (第N回), date, agenda items (one per line),
// decisions, the hospitals on the agenda, publication of papers and minutes, and the date the
// discussion was reported to the municipalities.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(Dataset &dataset, const CouncilMeeting &meeting, QWidget *parent = nullptr);
    CouncilMeeting meeting() const;
    void accept() override;

private:
    void fillHospitals();

    Dataset &m_dataset;
    CouncilMeeting m_meeting;
    QVector<Council> m_councils;
    QComboBox *m_council;
    QSpinBox *m_number;
    DateLineEdit *m_heldOn;
    QPlainTextEdit *m_agenda;
    QPlainTextEdit *m_decisions;
    QListWidget *m_hospitals;
    QCheckBox *m_papers;
    QCheckBox *m_minutes;
    QLineEdit *m_url;
    DateLineEdit *m_reported;
};

} // namespace Koso
