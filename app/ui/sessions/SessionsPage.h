#pragma once

#include "storage/Dataset.h"

#include <QDate>
#include <QPointer>
#include <QToolButton>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Koso {

class DatasetCommand;
class Document;
class SessionHistoryView;

// Study sessions with the regional banks, the support-measure catalogue and the good
// practices, as four tabs: sessions (list, detail and history, editor, import from CSV or
// .xlsx, data pack, holding status), banks
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
    QTabWidget *detailTabs() const { return m_detailTabs; }
    SessionHistoryView *sessionHistory() const { return m_history; }
    QLabel *contactsEmptyLabel() const { return m_contactsEmpty; }
    QLabel *measureHospitalsEmptyLabel() const { return m_measureHospitalsEmpty; }
    // The area whose hospitals the support-measures tab counts and lists (empty: all).
    QComboBox *measureAreaBox() const { return m_measureArea; }
    qint64 selectedSession() const;

    // Imports sessions from a CSV or .xlsx file (header title,date,format,status,co_hosts) as
    // one undo step: all or none. Shows the outcome in a message box (window-modal, not
    // blocking), naming the file and, for each bad cell, its line and column; false when
    // nothing was imported.
    bool importSessions(const QString &path);

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
    void chooseImportFile();
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
    QTabWidget *m_detailTabs;
    SessionHistoryView *m_history;
    QTableWidget *m_contacts;
    QLabel *m_contactsEmpty;
    QComboBox *m_measureArea;
    QLabel *m_measureHospitalsEmpty;
    QTableWidget *m_measures;
    QPlainTextEdit *m_measureDetail;
    QTableWidget *m_measureHospitals;
    QTableWidget *m_cases;
    QLabel *m_casesEmpty;
    QList<QWidget *> m_needDocument;
};

} // namespace Koso
