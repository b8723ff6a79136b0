// The study-sessions page and its editor, offscreen, on the demo dataset.

#include "charts/DataPack.h"
#include "demo/DemoGenerator.h"
#include "demo/PolicyDemo.h"
#include "demo/SessionsDemo.h"
#include "document/Document.h"
#include "io/Table.h"
#include "io/TableWriter.h"
#include "measures/MeasureCommands.h"
#include "measures/MeasureStore.h"
#include "policy/HospitalPage.h"
#include "policy/PolicyVocabulary.h"
#include "sessions/DataPackDialog.h"
#include "sessions/HospitalMeasuresPanel.h"
#include "sessions/SaveSessionCommand.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionHistoryView.h"
#include "sessions/SessionStore.h"
#include "sessions/SessionsPage.h"
#include "sessions/SupportDialogs.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"
#include "util/Localization.h"
#include "widgets/DateLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
    void importCsvIsOneUndoStep();
    void importXlsxFromThePage();
    void importErrorsNameFileLineAndColumn();
    void dataPackDialogWritesTheChosenRegions();
    void dataPackCancelKeepsNothing();
    void dataPackProgressRunsToTheEnd();
    void hospitalPageListsAndEditsItsMeasures();
    void sessionHistoryShowsWhoChangedWhat();
    void measuresPerRegionAndPerSession();
    void emptyStatesSayWhatToDo();

private:
    // The result box importSessions() opened (window-modal, not blocking), closed afterwards.
    QString takeImportMessage(SessionsPage &page);
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<Document> m_doc;
};

void TestSessionsGui::initTestCase()
{
    qputenv("KOSO_USER", "tester");
    // Screenshots in Japanese: KOSO_SCREENSHOT_DIR=… KOSO_SCREENSHOT_LANG=ja tst_sessionsgui
    // everyTabFitsAnOfficeLaptop (the other tests read English).
    if (!qEnvironmentVariable("KOSO_SCREENSHOT_LANG").isEmpty())
        Localization::install(qApp, qEnvironmentVariable("KOSO_SCREENSHOT_LANG"));
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
    QVERIFY(!page.detailTabs()->isVisible());
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
    page.detailTabs()->setCurrentIndex(1);
    QApplication::processEvents();
    QVERIFY(page.sessionHistory()->table()->isVisible());
    if (!dir.isEmpty())
        page.grab().save(QStringLiteral("%1/sessions-history.png").arg(dir));
    page.detailTabs()->setCurrentIndex(0);
    // Every column of the session list is visible without scrolling sideways.
    QTableWidget *t = page.sessionsTable();
    const int last = t->columnCount() - 1;
    QVERIFY2(t->columnViewportPosition(last) + 20 <= t->viewport()->width(),
             qPrintable(QString::number(t->columnViewportPosition(last))));
    // The dialogs fit the screen with the taskbar (1366×728) at the size they open with.
    DataPackDialog pack(m_doc->dataset(), SessionsDemo::defaultReferenceDate());
    SessionDialog editor(m_doc->dataset(), SessionStore(*m_doc->dataset()).sessions().first(),
                         SessionsDemo::defaultReferenceDate());
    for (QDialog *d : { static_cast<QDialog *>(&pack), static_cast<QDialog *>(&editor) }) {
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QVERIFY2(d->width() <= 1366 && d->height() <= 728,
                 qPrintable(QStringLiteral("%1×%2").arg(d->width()).arg(d->height())));
        QVERIFY(d->minimumSizeHint().height() <= 728);
        if (!dir.isEmpty())
            d->grab().save(
                QStringLiteral("%1/%2.png")
                    .arg(dir,
                         d->objectName().isEmpty() ? QStringLiteral("session") : d->objectName()));
        d->hide();
    }
    // The hospital's page with its support measures, at the page's size.
    const qint64 linked = MeasureStore(*m_doc->dataset()).uses().first().hospitalId;
    HospitalPage hospital(m_doc->dataset(), m_doc->undoStack());
    hospital.setHospital(linked);
    hospital.resize(1150, 680);
    hospital.show();
    hospital.tabs()->setCurrentWidget(hospital.measuresPanel());
    QApplication::processEvents();
    QTableWidget *measures = hospital.measuresPanel()->table();
    QVERIFY(measures->isVisible());
    QVERIFY(measures->columnViewportPosition(measures->columnCount() - 1)
            < measures->viewport()->width());
    if (!dir.isEmpty())
        hospital.grab().save(QStringLiteral("%1/hospital-measures.png").arg(dir));
}

QString TestSessionsGui::takeImportMessage(SessionsPage &page)
{
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("sessionImportResult"));
    if (!box)
        return QString();
    const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
    box->close(); // deletes itself
    QApplication::processEvents();
    return text;
}

QString TestSessionsGui::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(bytes);
    return path;
}

void TestSessionsGui::importCsvIsOneUndoStep()
{
    SessionsPage page;
    page.setToday(SessionsDemo::defaultReferenceDate());
    page.setDocument(m_doc.get());
    SessionStore store(*m_doc->dataset());
    const StudySession held = store.sessions().first();
    QCOMPARE(held.format, SessionFormat::Web);
    // A new session and the held one (same title and date) now recorded as 対面.
    const QString csv = writeFile(QStringLiteral("sessions.csv"),
                                  QStringLiteral("title,date,format,status,co_hosts\n"
                                                 "第4回勉強会,2026-09-10,WEB,構想中,サンプル銀行\n"
                                                 "%1,%2,対面,開催済,サンプル銀行 本店法人営業部\n")
                                      .arg(held.title, held.date.toString(Qt::ISODate))
                                      .toUtf8());
    const int steps = m_doc->undoStack()->count();
    QVERIFY(page.importSessions(csv));
    QVERIFY(m_doc->undoStack()->count() == steps + 1); // one undo step for the whole file
    const QString message = takeImportMessage(page);
    QVERIFY2(message.contains(QStringLiteral("sessions.csv")) && message.contains(u'1'),
             qPrintable(message));
    QCOMPARE(page.sessionsTable()->rowCount(), 4);
    QCOMPARE(store.session(held.id)->format, SessionFormat::InPerson);
    QCOMPARE(store.session(held.id)->attended, held.attended); // what the file lacks is kept
    const auto added = store.sessions().at(3); // by date, after the demo's three
    QCOMPARE(added.title, QStringLiteral("第4回勉強会"));
    QCOMPARE(added.coHosts.size(), 1);
    QVERIFY(added.coHosts.first().contactId > 0); // matched to the bank contact
    QCOMPARE(added.programme.size(), 4);
    m_doc->undoStack()->undo();
    QCOMPARE(page.sessionsTable()->rowCount(), 3);
    QCOMPARE(*store.session(held.id), held);
    m_doc->undoStack()->redo();
    QCOMPARE(page.sessionsTable()->rowCount(), 4);
    QCOMPARE(store.sessions().at(3).id, added.id); // the same record comes back
}

void TestSessionsGui::importXlsxFromThePage()
{
    SessionsPage page;
    page.setDocument(m_doc.get());
    Table t;
    t.header = { QStringLiteral("名称"), QStringLiteral("開催日"), QStringLiteral("形式"),
                 QStringLiteral("状況"), QStringLiteral("共催") };
    t.rows.append({ QStringLiteral("勉強会X"), QDate(2027, 4, 30), QStringLiteral("ハイブリッド"),
                    QStringLiteral("開催決定"), QStringLiteral("県央第二銀行") });
    const QString path = m_dir.filePath(QStringLiteral("sessions.xlsx"));
    QString error;
    QVERIFY2(TableWriter::write(t, path, &error), qPrintable(error));
    QVERIFY(page.importSessions(path));
    takeImportMessage(page);
    const auto sessions = SessionStore(*m_doc->dataset()).sessions();
    QCOMPARE(sessions.size(), 4);
    const auto it = std::find_if(sessions.cbegin(), sessions.cend(), [](const StudySession &s) {
        return s.title == QStringLiteral("勉強会X");
    });
    QVERIFY(it != sessions.cend());
    QCOMPARE(it->mhlwRequestDeadline(), QDate(2027, 2, 28));
    QCOMPARE(it->format, SessionFormat::Hybrid);
}

void TestSessionsGui::importErrorsNameFileLineAndColumn()
{
    SessionsPage page;
    page.setDocument(m_doc.get());
    const QString csv = writeFile(QStringLiteral("broken.csv"),
                                  QByteArrayLiteral("title,date,format,status,co_hosts\n"
                                                    "good,2027-01-10,WEB,構想中,\n"
                                                    "bad date,2027-13-45,WEB,構想中,\n"
                                                    "bad status,2027-02-10,WEB,someday,\n"));
    const int steps = m_doc->undoStack()->count();
    QVERIFY(!page.importSessions(csv));
    const QString message = takeImportMessage(page);
    QVERIFY2(message.contains(QStringLiteral("broken.csv")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line 3, column 2")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line 4, column 4")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("line 2,"))); // the good row is not blamed
    // All or none: the good row was not stored either, and nothing is on the undo stack.
    QCOMPARE(page.sessionsTable()->rowCount(), 3);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    // A file that cannot be read is named too.
    QVERIFY(!page.importSessions(m_dir.filePath(QStringLiteral("missing.csv"))));
    QVERIFY(takeImportMessage(page).contains(QStringLiteral("missing.csv")));
}

void TestSessionsGui::dataPackDialogWritesTheChosenRegions()
{
    DataPackDialog dialog(m_doc->dataset(), SessionsDemo::defaultReferenceDate());
    QCOMPARE(dialog.prefectureBox()->count(), 1);
    QCOMPARE(dialog.prefectureCode(), QStringLiteral("99"));
    QCOMPARE(dialog.regionList()->count(), 5);
    QCOMPARE(dialog.checkedRegions().size(), 5); // all by default
    QVERIFY(!dialog.folderEdit()->text().isEmpty());
    // None ticked: nothing to write.
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == QStringLiteral("None"))
            b->click();
    }
    QVERIFY(dialog.checkedRegions().isEmpty());
    QVERIFY(!dialog.writeButton()->isEnabled());
    dialog.regionList()->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.checkedRegions(), QStringList { QStringLiteral("9901") });
    QVERIFY(dialog.writeButton()->isEnabled());
    QTemporaryDir out;
    dialog.folderEdit()->setText(QDir::toNativeSeparators(out.path()));
    dialog.openFolderBox()->setChecked(false); // no file manager in the test
    QVERIFY2(dialog.writePack(), qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(QDir(out.path()).entryList({ QStringLiteral("*.pdf") }).size(), 1);
    // 2 prefecture charts + gap, trend and facilities of 9901.
    QCOMPARE(QDir(out.filePath(QStringLiteral("png"))).entryList(QDir::Files).size(), 5);
    QCOMPARE(dialog.result().pages, 5);
    QVERIFY2(dialog.messageLabel()->text().contains(QDir::toNativeSeparators(out.path())),
             qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.messageLabel()->styleSheet().isEmpty()); // not shown as a problem
}

void TestSessionsGui::dataPackCancelKeepsNothing()
{
    DataPackDialog dialog(m_doc->dataset(), SessionsDemo::defaultReferenceDate());
    QTemporaryDir out;
    dialog.folderEdit()->setText(out.path());
    dialog.openFolderBox()->setChecked(false);
    dialog.show();
    bool clicked = false;
    QTimer::singleShot(0, &dialog, [&] {
        if (auto *progress
            = dialog.findChild<QProgressDialog *>(QStringLiteral("dataPackProgress"))) {
            clicked = true;
            progress->cancel();
        }
    });
    QVERIFY(!dialog.writePack());
    QVERIFY(clicked);
    QCOMPARE(dialog.messageLabel()->text(), DataPack::cancelledMessage());
    QVERIFY(QDir(out.path()).entryList({ QStringLiteral("*.pdf") }).isEmpty());
    QVERIFY(QDir(out.filePath(QStringLiteral("png"))).entryList(QDir::Files).isEmpty());

    // Cancelled while the PNGs are written: the PDF and the PNGs already written go too.
    DataPack::Options options;
    options.regions = { QStringLiteral("9901"), QStringLiteral("9902") };
    options.progress = [](int done, int total) {
        return done < total - 2;
    };
    QString error;
    QVERIFY(!DataPack::write(*m_doc->dataset(), options, out.path(), nullptr, &error));
    QCOMPARE(error, DataPack::cancelledMessage());
    QVERIFY(QDir(out.path()).entryList({ QStringLiteral("*.pdf") }).isEmpty());
    QVERIFY(QDir(out.filePath(QStringLiteral("png"))).entryList(QDir::Files).isEmpty());
}

void TestSessionsGui::dataPackProgressRunsToTheEnd()
{
    QTemporaryDir out;
    DataPack::Options options;
    options.prefecture = QStringLiteral("99");
    options.regions = { QStringLiteral("9902") };
    QVector<QPair<int, int>> calls;
    options.progress = [&calls](int done, int total) {
        calls.append({ done, total });
        return true;
    };
    DataPack::Result result;
    QString error;
    QVERIFY2(DataPack::write(*m_doc->dataset(), options, out.path(), &result, &error),
             qPrintable(error));
    QVERIFY(calls.size() > 5);
    for (int i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    QCOMPARE(calls.last().first, calls.last().second);
    // Another prefecture than those held is refused.
    options.prefecture = QStringLiteral("43");
    options.regions.clear();
    QVERIFY(!DataPack::write(*m_doc->dataset(), options, out.path(), &result, &error));
    QVERIFY(error.contains(QStringLiteral("43")));
}

void TestSessionsGui::hospitalPageListsAndEditsItsMeasures()
{
    Dataset *ds = m_doc->dataset();
    // The demo's hospital with two measures.
    QHash<qint64, int> counts;
    for (const MeasureUse &u : MeasureStore(*ds).uses())
        ++counts[u.hospitalId];
    qint64 hospital = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() == 2)
            hospital = it.key();
    }
    QVERIFY(hospital > 0);
    HospitalPage page(ds, m_doc->undoStack());
    page.setHospital(hospital);
    page.resize(1150, 680);
    page.show();
    HospitalMeasuresPanel *panel = page.measuresPanel();
    QVERIFY(page.tabs()->indexOf(panel) >= 0);
    page.tabs()->setCurrentWidget(panel);
    QCOMPARE(panel->table()->rowCount(), 2);
    QVERIFY(panel->table()->isVisible());
    QVERIFY(!panel->emptyLabel()->isVisible());
    const QString amount = MeasureUse::amountText(45600000);
    bool sawAmount = false;
    for (int r = 0; r < 2; ++r)
        sawAmount |= panel->table()->item(r, 3)->text() == amount;
    QVERIFY(sawAmount);

    // Add through the dialog: the hospital is fixed, one undo step.
    const int steps = m_doc->undoStack()->count();
    bool locked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<MeasureUseDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        locked = !dialog->hospitalBox()->isEnabled()
            && dialog->hospitalBox()->currentData().toLongLong() == hospital;
        dialog->measureBox()->setCurrentIndex(
            dialog->measureBox()->findData(QStringLiteral("special-depreciation")));
        dialog->stageBox()->setCurrentIndex(1); // used
        dialog->yearBox()->setValue(2024);
        dialog->amountEdit()->setText(QStringLiteral("1,200,000"));
        dialog->accept();
    });
    panel->addUse();
    QVERIFY(locked);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(panel->table()->rowCount(), 3);
    const auto uses = MeasureStore(*ds).usesOfHospital(hospital);
    const auto added = std::find_if(uses.cbegin(), uses.cend(), [](const MeasureUse &u) {
        return u.measureId == QStringLiteral("special-depreciation");
    });
    QVERIFY(added != uses.cend());
    QCOMPARE(added->amountYen, std::optional<qint64>(1200000));
    QCOMPARE(added->fiscalYear, 2024);
    QCOMPARE(added->stage, MeasureUse::Stage::Used);

    // Edit the added one: its note changes, one more step.
    for (int r = 0; r < panel->table()->rowCount(); ++r) {
        if (panel->table()->item(r, 0)->data(Qt::UserRole).toLongLong() == added->id)
            panel->table()->selectRow(r);
    }
    QCOMPARE(panel->selectedUse(), added->id);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<MeasureUseDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChildren<QLineEdit *>().last()->setText(QStringLiteral("改修に充当"));
        dialog->accept();
    });
    panel->editUse();
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    QCOMPARE(MeasureStore(*ds).use(added->id)->note, QStringLiteral("改修に充当"));
    // Remove it, then undo the three steps.
    panel->table()->selectRow(panel->table()->currentRow());
    panel->removeUse();
    QCOMPARE(panel->table()->rowCount(), 2);
    QVERIFY(!MeasureStore(*ds).use(added->id));
    m_doc->undoStack()->undo();
    QCOMPARE(panel->table()->rowCount(), 3);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(panel->table()->rowCount(), 2);

    // A hospital without measures shows what to do.
    qint64 without = 0;
    for (const Hospital &h : HospitalStore(*ds).hospitals(ds->homePrefectureCode())) {
        if (!counts.contains(h.id) && !h.mergedInto) {
            without = h.id;
            break;
        }
    }
    page.setHospital(without);
    QCOMPARE(panel->table()->rowCount(), 0);
    QVERIFY(panel->emptyLabel()->isVisible());
    QVERIFY(panel->emptyLabel()->text().contains(QStringLiteral("Add Measure")));
}

void TestSessionsGui::sessionHistoryShowsWhoChangedWhat()
{
    SessionsPage page;
    page.setToday(SessionsDemo::defaultReferenceDate());
    page.setDocument(m_doc.get());
    page.show();
    page.sessionsTable()->selectRow(1);
    const qint64 id = page.selectedSession();
    QCOMPARE(page.detailTabs()->tabText(1), QStringLiteral("History"));
    page.detailTabs()->setCurrentIndex(1);
    QTableWidget *history = page.sessionHistory()->table();
    QCOMPARE(history->rowCount(), 1); // the demo added it
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Added"));
    QCOMPARE(history->item(0, 1)->text(), PolicyDemo::demoUser());
    // An edit: the status moves on and the request is recorded as sent.
    StudySession before = *SessionStore(*m_doc->dataset()).session(id);
    StudySession after = before;
    after.status = SessionStatus::Decided;
    after.mhlwRequestSentOn = QDate(2025, 11, 25);
    m_doc->undoStack()->push(new SaveSessionCommand(m_doc->dataset(), before, after));
    QCOMPARE(page.selectedSession(), id);
    QCOMPARE(history->rowCount(), 3);
    QStringList fields;
    for (int r = 0; r < 2; ++r) {
        QCOMPARE(history->item(r, 1)->text(), QStringLiteral("tester"));
        fields << history->item(r, 2)->text();
        if (history->item(r, 2)->text() == QStringLiteral("Status")) {
            QCOMPARE(history->item(r, 3)->text(),
                     StudySession::statusName(SessionStatus::Arranging));
            QCOMPARE(history->item(r, 4)->text(), StudySession::statusName(SessionStatus::Decided));
        } else {
            QCOMPARE(history->item(r, 4)->text(), JapaneseDate::display(QDate(2025, 11, 25)));
        }
    }
    fields.sort();
    QCOMPARE(fields, (QStringList { QStringLiteral("Request sent on"), QStringLiteral("Status") }));
    QCOMPARE(history->item(2, 2)->text(), QStringLiteral("Added")); // oldest last
    // Nothing selected: the panel says how to see a history.
    page.sessionsTable()->clearSelection();
    page.sessionsTable()->setCurrentItem(nullptr);
    page.sessionHistory()->setSession(m_doc->dataset(), 0);
    QVERIFY(page.sessionHistory()->emptyLabel()->isVisible());
    QVERIFY(page.sessionHistory()->emptyLabel()->text().contains(QStringLiteral("Select")));
}

void TestSessionsGui::measuresPerRegionAndPerSession()
{
    SessionsPage page;
    page.setDocument(m_doc.get());
    page.show();
    page.tabs()->setCurrentIndex(2);
    Dataset *ds = m_doc->dataset();
    QComboBox *area = page.measureAreaBox();
    QCOMPARE(area->count(), 1 + 5); // all hospitals, then the five regions
    int fundRow = -1;
    for (int r = 0; r < page.measuresTable()->rowCount(); ++r) {
        if (page.measuresTable()->item(r, 0)->data(Qt::UserRole).toString()
            == QStringLiteral("fund-bed-reorganisation"))
            fundRow = r;
    }
    QVERIFY(fundRow >= 0);
    // Per region: the count and the list follow the region chosen.
    QHash<qint64, QString> regionOf;
    for (const Hospital &h : HospitalStore(*ds).hospitals())
        regionOf.insert(h.id, h.regionCode);
    int checkedRegions = 0;
    for (int i = 1; i < area->count(); ++i) {
        const QString code = area->itemData(i).toString();
        int expected = 0;
        for (const MeasureUse &u :
             MeasureStore(*ds).usesOfMeasure(QStringLiteral("fund-bed-reorganisation")))
            expected += regionOf.value(u.hospitalId) == code ? 1 : 0;
        area->setCurrentIndex(i);
        emit area->activated(i);
        page.measuresTable()->selectRow(fundRow);
        QCOMPARE(page.measuresTable()->item(fundRow, 6)->text(), QString::number(expected));
        QCOMPARE(page.measureHospitalsTable()->rowCount(), expected);
        QCOMPARE(page.measureHospitalsEmptyLabel()->isVisible(), expected == 0);
        ++checkedRegions;
    }
    QCOMPARE(checkedRegions, 5);
    area->setCurrentIndex(0);
    emit area->activated(0);
    page.measuresTable()->selectRow(fundRow);
    QCOMPARE(page.measureHospitalsTable()->rowCount(), 2);

    // Per session (part ③): the editor ticks the measures presented.
    const auto held = SessionStore(*ds).sessions().first();
    SessionDialog dialog(ds, held, SessionsDemo::defaultReferenceDate());
    QTableWidget *t = dialog.measuresTable();
    QCOMPARE(t->rowCount(), int(MeasureStore(*ds).catalogue(false).size()));
    QStringList ticked;
    int untickedRow = -1;
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, 0)->checkState() == Qt::Checked)
            ticked << t->item(r, 0)->data(Qt::UserRole).toString();
        else if (untickedRow < 0)
            untickedRow = r;
        if (t->item(r, 0)->data(Qt::UserRole).toString()
            == QStringLiteral("fund-bed-reorganisation"))
            QCOMPARE(t->item(r, 2)->text(), QStringLiteral("2")); // hospitals using it
    }
    ticked.sort();
    QCOMPARE(ticked, held.measures);
    QCOMPARE(dialog.session(), held);
    t->item(untickedRow, 0)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.session().measures.size(), held.measures.size() + 1);
    QVERIFY(
        dialog.session().measures.contains(t->item(untickedRow, 0)->data(Qt::UserRole).toString()));
}

void TestSessionsGui::emptyStatesSayWhatToDo()
{
    SessionsPage page;
    page.show();
    QVERIFY(page.sessionsEmptyLabel()->text().contains(QStringLiteral("Import…")));
    page.tabs()->setCurrentIndex(1);
    QVERIFY(page.contactsEmptyLabel()->isVisible());
    QVERIFY(page.contactsEmptyLabel()->text().contains(QStringLiteral("New Bank Contact")));
    QCOMPARE(page.contactsEmptyLabel()->textFormat(), Qt::PlainText);
    QVERIFY(page.sessionHistory()->emptyLabel()->text().contains(QStringLiteral("Select")));
    page.setDocument(m_doc.get());
    QVERIFY(!page.contactsEmptyLabel()->isVisible());
    QVERIFY(page.contactsTable()->isVisible());
    // A measure nobody uses says how to link one.
    page.tabs()->setCurrentIndex(2);
    for (int r = 0; r < page.measuresTable()->rowCount(); ++r) {
        if (page.measuresTable()->item(r, 6)->text() == QStringLiteral("0")) {
            page.measuresTable()->selectRow(r);
            break;
        }
    }
    QVERIFY(page.measureHospitalsEmptyLabel()->isVisible());
    QVERIFY(page.measureHospitalsEmptyLabel()->text().contains(QStringLiteral("Link Hospital")));
    // A dataset without regions: the data pack says to import first and cannot be written.
    QTemporaryDir dir;
    QString error;
    auto empty = Document::create(dir.filePath(QStringLiteral("empty.koso")), QStringLiteral("43"),
                                  &error);
    QVERIFY2(empty, qPrintable(error));
    DataPackDialog dialog(empty->dataset(), QDate(2026, 12, 6));
    QCOMPARE(dialog.regionList()->count(), 0);
    QVERIFY(!dialog.writeButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("import")));
}

QTEST_MAIN(TestSessionsGui)
#include "tst_sessionsgui.moc"
