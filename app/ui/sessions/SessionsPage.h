#pragma once

#include "storage/Dataset.h"

#include <QDate>
#include <QPointer>
#include <QToolButton>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Koso {

class DatasetCommand;
class Document;

// Study sessions with the regional banks, the support-measure catalogue and the good
// practices, as four tabs: sessions (list, detail, editor, data pack, holding status), banks
// (the contact list), support measures (catalogue with versions, hospitals linked) and good
// practices (library, print as handouts). A banner above and an indicator for the status bar
// warn of MHLW request deadlines within 14 days or passed (relative to today()).
class SessionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsPage(QWidget *parent = nullptr);
    ~SessionsPage() override;

    void setDocument(Koso::Document *document);
    // The day deadlines are judged against (today; tests fix it).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *banner() const { return m_banner; }
    // For the main window's status bar: shows the number of deadlines to watch.
    QToolButton *deadlineIndicator() const { return m_indicator; }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *contactsTable() const { return m_contacts; }
    QTableWidget *measuresTable() const { return m_measures; }
    QTableWidget *measureHospitalsTable() const { return m_measureHospitals; }
    QTableWidget *casesTable() const { return m_cases; }
    QLabel *sessionsEmptyLabel() const { return m_sessionsEmpty; }
    QLabel *casesEmptyLabel() const { return m_casesEmpty; }
    QPlainTextEdit *sessionDetail() const { return m_detail; }
    qint64 selectedSession() const;

public slots:
    void reload();

signals:
    // The indicator was clicked: show this page.
    void showRequested();

private:
    void fillSessions();
    void fillContacts();
    void fillMeasures();
    void fillMeasureHospitals();
    void fillCases();
    void updateDeadlines();
    void showSessionDetail();
    void addSession();
    void editSession();
    void removeSession();
    void writeDataPack();
    void exportHoldingStatus();
    void editContact(bool add);
    void removeContact();
    void editMeasure(bool add);
    void retireMeasure();
    void linkHospital();
    void unlinkHospital();
    void editCase(bool add);
    void removeCase();
    void printCases();
    bool push(DatasetCommand *command);

    QPointer<Document> m_document;
    QDate m_today;
    QTabWidget *m_tabs;
    QLabel *m_banner;
    QPointer<QToolButton> m_indicator;
    QTableWidget *m_sessions;
    QLabel *m_sessionsEmpty;
    QPlainTextEdit *m_detail;
    QTableWidget *m_contacts;
    QTableWidget *m_measures;
    QPlainTextEdit *m_measureDetail;
    QTableWidget *m_measureHospitals;
    QTableWidget *m_cases;
    QLabel *m_casesEmpty;
    QList<QWidget *> m_needDocument;
};

} // namespace Koso
