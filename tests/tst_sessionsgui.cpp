// The study-sessions page and its editor, offscreen, on the demo dataset.

#include "demo/DemoGenerator.h"
#include "demo/SessionsDemo.h"
#include "document/Document.h"
#include "measures/MeasureStore.h"
#include "policy/PolicyVocabulary.h"
#include "sessions/SaveSessionCommand.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionStore.h"
#include "sessions/SessionsPage.h"
#include "widgets/DateLineEdit.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Koso;

class TestSessionsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void withoutDatasetTheButtonsWaitAndTheEmptyStateSaysWhatToDo();
    void sessionsAndDeadlineBannerOfTheDemo();
    void editsThroughTheUndoStackRefreshThePage();
    void measuresWithTheirHospitalsAndCases();
    void dialogDefaultsAndDeadline();
    void dialogListsPrivateHospitalsFirstAndCollectsTicks();
    void everyTabFitsAnOfficeLaptop();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<Document> m_doc;
};

void TestSessionsGui::initTestCase()
{
    qputenv("KOSO_USER", "tester");
    m_demo = m_dir.filePath(QStringLiteral("demo.koso"));
    QString error;
    QVERIFY2(DemoGenerator().write(m_demo, &error), qPrintable(error));
}

void TestSessionsGui::init()
{
    // A fresh copy per test, so edits do not leak.
    const QString copy = m_dir.filePath(QStringLiteral("copy.koso"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    QString error;
    m_doc = Document::open(copy, &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestSessionsGui::cleanup()
{
    m_doc.reset();
}

void TestSessionsGui::withoutDatasetTheButtonsWaitAndTheEmptyStateSaysWhatToDo()
{
    SessionsPage page;
    page.show();
    QVERIFY(page.sessionsEmptyLabel()->isVisible());
    QVERIFY(!page.sessionsTable()->isVisible());
    QVERIFY(page.sessionsEmptyLabel()->text().contains(QStringLiteral("New Session")));
    QCOMPARE(page.sessionsEmptyLabel()->textFormat(), Qt::PlainText);
    const auto buttons = page.findChildren<QPushButton *>();
    QVERIFY(!buttons.isEmpty());
    for (QPushButton *b : buttons)
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    QVERIFY(page.banner()->isHidden());
}

void TestSessionsGui::sessionsAndDeadlineBannerOfTheDemo()
{
    SessionsPage page;
    page.setToday(SessionsDemo::defaultReferenceDate());
    page.setDocument(m_doc.get());
    page.show();
    QCOMPARE(page.sessionsTable()->rowCount(), 3);
    QVERIFY(page.sessionsTable()->isVisible());
    QVERIFY(!page.sessionsEmptyLabel()->isVisible());
    QVERIFY(page.banner()->isVisible());
    QCOMPARE(page.banner()->text().count(QLatin1Char('\n')), 0); // one session to watch
    QVERIFY(page.banner()->text().contains(QStringLiteral("第2回")));
    QVERIFY(!page.deadlineIndicator()->isHidden());
    QVERIFY(page.deadlineIndicator()->text().contains(QStringLiteral("1")));
    QVERIFY(page.sessionsTable()->item(1, 5)->text().startsWith(QStringLiteral("▲")));
    // Select the held session: the detail lists who attended.
    page.sessionsTable()->selectRow(0);
    QVERIFY(page.sessionDetail()->toPlainText().contains(QStringLiteral("第1回")));
    QVERIFY(page.sessionDetail()->toPlainText().contains(QStringLiteral("Programme")));

    page.setToday(QDate(2025, 1, 10)); // nothing due within 14 days
    QVERIFY(page.banner()->isHidden());
    QVERIFY(page.deadlineIndicator()->isHidden());
}

void TestSessionsGui::editsThroughTheUndoStackRefreshThePage()
{
    SessionsPage page;
    page.setToday(SessionsDemo::defaultReferenceDate());
    page.setDocument(m_doc.get());
    StudySession s;
    s.title = QStringLiteral("臨時勉強会");
    s.date = SessionsDemo::defaultReferenceDate().addMonths(2).addDays(3); // due in 3 days
    m_doc->undoStack()->push(new SaveSessionCommand(m_doc->dataset(), std::nullopt, s));
    QCOMPARE(page.sessionsTable()->rowCount(), 4);
    QCOMPARE(page.banner()->text().count(QLatin1Char('\n')), 1); // two sessions now
    m_doc->undoStack()->undo();
    QCOMPARE(page.sessionsTable()->rowCount(), 3);
    QCOMPARE(page.banner()->text().count(QLatin1Char('\n')), 0);
}

void TestSessionsGui::measuresWithTheirHospitalsAndCases()
{
    SessionsPage page;
    page.setDocument(m_doc.get());
    QCOMPARE(page.measuresTable()->rowCount(), int(MeasureStore::shippedCatalogue().size()));
    int fundRow = -1;
    for (int r = 0; r < page.measuresTable()->rowCount(); ++r) {
        if (page.measuresTable()->item(r, 0)->data(Qt::UserRole).toString()
            == QStringLiteral("fund-bed-reorganisation"))
            fundRow = r;
    }
    QVERIFY(fundRow >= 0);
    QCOMPARE(page.measuresTable()->item(fundRow, 6)->text(), QStringLiteral("2"));
    page.measuresTable()->selectRow(fundRow);
    QCOMPARE(page.measureHospitalsTable()->rowCount(), 2);
    QCOMPARE(page.casesTable()->rowCount(), 3);
    QVERIFY(page.casesEmptyLabel()->isHidden());
    QCOMPARE(page.contactsTable()->rowCount(), 2);
}

void TestSessionsGui::dialogDefaultsAndDeadline()
{
    SessionDialog dialog(m_doc->dataset(), std::nullopt, QDate(2027, 2, 20));
    QCOMPARE(dialog.programmeTable()->rowCount(), 4);
    QCOMPARE(dialog.coHostsTable()->rowCount(), 2);
    dialog.titleEdit()->setText(QStringLiteral("新しい勉強会"));
    dialog.dateEdit()->setText(QStringLiteral("令和9年4月30日"));
    QTest::keyClick(dialog.dateEdit(), Qt::Key_Return);
    QCOMPARE(dialog.dateEdit()->date(), QDate(2027, 4, 30));
    QVERIFY2(dialog.deadlineLabel()->text().contains(QStringLiteral("8")),
             qPrintable(dialog.deadlineLabel()->text()));
    QVERIFY(!dialog.deadlineLabel()->styleSheet().isEmpty()); // warned: 8 days left
    dialog.sentEdit()->setText(QStringLiteral("2027/2/18"));
    QTest::keyClick(dialog.sentEdit(), Qt::Key_Return);
    QVERIFY(dialog.deadlineLabel()->styleSheet().isEmpty());
    const StudySession s = dialog.session();
    QCOMPARE(s.mhlwRequestDeadline(), QDate(2027, 2, 28));
    QCOMPARE(s.mhlwRequestSentOn, QDate(2027, 2, 18));
    QCOMPARE(s.programme.size(), 4);
}

void TestSessionsGui::dialogListsPrivateHospitalsFirstAndCollectsTicks()
{
    const auto held = SessionStore(*m_doc->dataset()).sessions().first();
    SessionDialog dialog(m_doc->dataset(), held, SessionsDemo::defaultReferenceDate());
    QTableWidget *t = dialog.hospitalsTable();
    QVERIFY(t->rowCount() > 20);
    QCOMPARE(t->item(0, 4)->text(), PolicyVocabulary::ownerGroupName(OwnerGroup::Private));
    QCOMPARE(dialog.session(), held); // nothing changed
    t->item(t->rowCount() - 1, 0)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.session().invited.size(), held.invited.size() + 1);
    dialog.coHostsTable()->item(0, 0)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.session().coHosts.size(), held.coHosts.size() - 1);
}

void TestSessionsGui::everyTabFitsAnOfficeLaptop()
{
    // 1366×768 less the navigation and window frame: the page gets about 1150×680.
    SessionsPage page;
    page.setToday(SessionsDemo::defaultReferenceDate());
    page.setDocument(m_doc.get());
    page.resize(1150, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString dir = qEnvironmentVariable("KOSO_SCREENSHOT_DIR");
    for (int i = 0; i < page.tabs()->count(); ++i) {
        page.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        if (!dir.isEmpty())
            page.grab().save(QStringLiteral("%1/sessions-tab%2.png").arg(dir).arg(i));
    }
    page.tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    // Every column of the session list is visible without scrolling sideways.
    QTableWidget *t = page.sessionsTable();
    const int last = t->columnCount() - 1;
    QVERIFY2(t->columnViewportPosition(last) + 20 <= t->viewport()->width(),
             qPrintable(QString::number(t->columnViewportPosition(last))));
}

QTEST_MAIN(TestSessionsGui)
#include "tst_sessionsgui.moc"
