#include "analysis/RegionOverviewModel.h"
#include "analysis/RegionOverviewPage.h"
#include "checklist/AssessmentTableModel.h"
#include "checklist/ChecklistPage.h"
#include "demo/DemoGenerator.h"
#include "demo/SessionsDemo.h"
#include "document/Document.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NewDatasetDialog.h"
#include "mainwindow/PlannerLauncher.h"
#include "policy/PolicyPages.h"
#include "policy/PolicyRatesPage.h"
#include "sessions/SessionStore.h"
#include "storage/DatasetLock.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/Transaction.h"
#include "util/Localization.h"
#include "widgets/ChartExportDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>

#include <cstdio>
#include <functional>

using namespace Koso;

namespace {

// Counts how often it was done and undone, so undo wiring is observable.
class CountingCommand : public QUndoCommand
{
public:
    CountingCommand(int *counter)
        : QUndoCommand(QStringLiteral("Count"))
        , m_counter(counter)
    { }
    void redo() override { ++*m_counter; }
    void undo() override { --*m_counter; }

private:
    int *m_counter;
};

// Runs action on the next modal dialog that opens (they would block the test otherwise).
void whenModal(std::function<void(QWidget *)> action)
{
    QTimer::singleShot(0, qApp, [action] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            whenModal(action);
            return;
        }
        action(modal);
    });
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 beds(const Dataset &dataset, const QString &area, const QString &measure, int year,
            const QString &function)
{
    QSqlQuery q(dataset.database());
    q.prepare(QStringLiteral(
        "SELECT b.beds FROM region_bed b JOIN bed_function f ON f.id = b.function_id "
        "JOIN edition e ON e.id = b.edition_id WHERE b.region_code = ? AND b.measure = ? "
        "AND b.year = ? AND f.key = ? ORDER BY e.fiscal_year DESC LIMIT 1"));
    q.addBindValue(area);
    q.addBindValue(measure);
    q.addBindValue(year);
    q.addBindValue(function);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void menusHaveStableNames();
    void opensDemoAndListsRegions();
    void overviewShowsExpectedNumbers();
    void prefectureTotalExcludesClosedBeds();
    void closeEmptiesTheWindow();
    void undoActionsFollowTheDocumentStack();
    void viewsReloadWhenDataChanges();
    void openFailureKeepsCurrentDataset();
    void dropOpensKosoFile();
    void importFollowsTheOpenDataset();
    void newDatasetDialogCreatesEmptyDataset();
    void addPageExtendsNavigation();
    void checklistPageFollowsTheDocument();
    void policyChartsExportThroughTheDialog();
    void aboutNamesTheLicence();
    void remembersGeometryAndRecentFiles();
    void demoDatasetIsCreatedOnceAndReused();
    void commandLineOptions();
    void datasetReplacedUnderTheWindow();
    void readOnlyDatasetIsShown();
    void datasetInUseOpensReadOnly();
    void japaneseWithLangJa(); // last: installs the Japanese translation for the process

private:
    QTemporaryDir m_home;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings and the data folder go to a fresh place, never the user's own.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    PlannerLauncher::setApplicationIdentity();
    m_demo = m_home.filePath(QStringLiteral("demo.koso"));
    DemoGenerator generator;
    QString error;
    QVERIFY2(generator.write(m_demo, &error), qPrintable(error));
}

void TestMainWindow::init()
{
    AppSettings::clearRecentFiles();
}

void TestMainWindow::menusHaveStableNames()
{
    MainWindow window;
    for (const char *name : { "menuFile", "menuEdit", "menuView", "menuTools", "menuHelp" })
        QVERIFY2(window.menuBar()->findChild<QMenu *>(QLatin1String(name)), name);
    QCOMPARE(window.fileMenu()->objectName(), QStringLiteral("menuFile"));
    for (const char *name : { "actionNew", "actionOpen", "actionClose", "actionQuit", "actionUndo",
                              "actionRedo", "actionAbout", "actionUndoHistory" })
        QVERIFY2(window.findChild<QAction *>(QLatin1String(name)), name);
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuRecentFiles")));
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuLanguage")));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionRedo"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionUndo"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_Z));
}

void TestMainWindow::opensDemoAndListsRegions()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // No dataset yet: the welcome page, and Close has nothing to close.
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionClose"))->isEnabled());

    QString error;
    QVERIFY2(window.openFile(m_demo, true, &error), qPrintable(error));
    QVERIFY(window.document());
    QCOMPARE(window.document()->homePrefectureCode(), QStringLiteral("99"));
    auto *list = window.findChild<QListWidget *>(QStringLiteral("regionList"));
    QVERIFY(list);
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 6); // the prefecture as a whole, then its five regions
    QStringList codes;
    QStringList names;
    for (int i = 1; i < list->count(); ++i) {
        codes << list->item(i)->data(RegionOverviewPage::AreaCodeRole).toString();
        names << list->item(i)->text();
    }
    QCOMPARE(codes,
             (QStringList { QStringLiteral("9901"), QStringLiteral("9902"), QStringLiteral("9903"),
                            QStringLiteral("9904"), QStringLiteral("9905") }));
    QCOMPARE(names,
             (QStringList { QStringLiteral("県央"), QStringLiteral("県北"), QStringLiteral("県東"),
                            QStringLiteral("県南"), QStringLiteral("県西") }));
    QCOMPARE(list->item(0)->data(RegionOverviewPage::AreaCodeRole).toString(),
             QStringLiteral("99"));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("サンプル県")));

    auto *path = window.findChild<QLabel *>(QStringLiteral("datasetPathLabel"));
    QVERIFY(path->text().endsWith(QStringLiteral("demo.koso")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo.koso")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionClose"))->isEnabled());
}

void TestMainWindow::overviewShowsExpectedNumbers()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(m_demo, true, &error), qPrintable(error));
    window.show();
    RegionOverviewPage *page = window.regionOverviewPage();
    QVERIFY(page->selectArea(QStringLiteral("9901")));
    RegionOverviewModel *model = page->model();
    QCOMPARE(model->overview().reportedYear, 2024);
    QCOMPARE(model->overview().plannedYear, 2025);
    QCOMPARE(model->overview().requiredYear, 2025);

    const Dataset &dataset = *window.document()->dataset();
    const QStringList keys { QStringLiteral("HighAcute"), QStringLiteral("Acute"),
                             QStringLiteral("Recovery"), QStringLiteral("Chronic") };
    qint64 reportedTotal = 0;
    qint64 requiredTotal = 0;
    for (int row = 0; row < keys.size(); ++row) {
        QCOMPARE(model->data(model->index(row, 0), RegionOverviewModel::FunctionKeyRole).toString(),
                 keys.at(row));
        const qint64 reported
            = beds(dataset, QStringLiteral("9901"), QStringLiteral("reported"), 2024, keys.at(row));
        const qint64 planned
            = beds(dataset, QStringLiteral("9901"), QStringLiteral("planned"), 2025, keys.at(row));
        const qint64 required
            = beds(dataset, QStringLiteral("9901"), QStringLiteral("required"), 2025, keys.at(row));
        QCOMPARE(model
                     ->data(model->index(row, RegionOverviewModel::Reported),
                            RegionOverviewModel::ValueRole)
                     .toLongLong(),
                 reported);
        QCOMPARE(model
                     ->data(model->index(row, RegionOverviewModel::Planned),
                            RegionOverviewModel::ValueRole)
                     .toLongLong(),
                 planned);
        QCOMPARE(model
                     ->data(model->index(row, RegionOverviewModel::Required),
                            RegionOverviewModel::ValueRole)
                     .toLongLong(),
                 required);
        QCOMPARE(model
                     ->data(model->index(row, RegionOverviewModel::PlannedMinusRequired),
                            RegionOverviewModel::ValueRole)
                     .toLongLong(),
                 planned - required);
        reportedTotal += reported;
        requiredTotal += required;
    }
    // The total row, with thousands separators as the planner reads them.
    QCOMPARE(model->headerData(4, Qt::Vertical).toString(), QStringLiteral("Total"));
    QCOMPARE(
        model->data(model->index(4, RegionOverviewModel::Reported), RegionOverviewModel::ValueRole)
            .toLongLong(),
        reportedTotal);
    QVERIFY(reportedTotal > 1000);
    QCOMPARE(model->data(model->index(4, RegionOverviewModel::Reported)).toString(),
             QLocale().toString(reportedTotal));
    QVERIFY(model->data(model->index(4, RegionOverviewModel::Reported)).toString().contains(u','));
    QCOMPARE(
        model->data(model->index(4, RegionOverviewModel::Required), RegionOverviewModel::ValueRole)
            .toLongLong(),
        requiredTotal);
    // Acute above need shows as a plus, recovery below it as a minus.
    QVERIFY(model->data(model->index(1, RegionOverviewModel::PlannedMinusRequired))
                .toString()
                .startsWith(u'+'));
    QVERIFY(model->data(model->index(2, RegionOverviewModel::PlannedMinusRequired))
                .toString()
                .startsWith(u'\u2212'));
    QVERIFY(model->headerData(RegionOverviewModel::Reported, Qt::Horizontal)
                .toString()
                .contains(QLatin1String("2024")));

    // The edition and MHLW's caveat are shown with it.
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("overviewEdition"))
                ->text()
                .contains(QLatin1String("FY2024")));
    const QLabel *caveat = window.findChild<QLabel *>(QStringLiteral("overviewCaveat"));
    QVERIFY(caveat->isVisible());
    QVERIFY(caveat->text().contains(QLatin1String("computed differently")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("overviewTitle"))->text(),
             QStringLiteral("県央"));
}

void TestMainWindow::prefectureTotalExcludesClosedBeds()
{
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(m_demo, true, &error));
    RegionOverviewPage *page = window.regionOverviewPage();
    QVERIFY(page->selectArea(QStringLiteral("99")));
    const RegionOverviewModel *model = page->model();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->data(model->index(5, 0), RegionOverviewModel::FunctionKeyRole).toString(),
             QStringLiteral("Closed"));
    qint64 sum = 0;
    for (int row = 0; row < 4; ++row)
        sum += model->data(model->index(row, 0), RegionOverviewModel::ValueRole).toLongLong();
    QCOMPARE(model->data(model->index(4, 0), RegionOverviewModel::ValueRole).toLongLong(), sum);
    QVERIFY(model->data(model->index(5, 0), RegionOverviewModel::ValueRole).toLongLong() > 0);
    // 休棟中等 has no planned or required figure.
    QVERIFY(
        !model->data(model->index(5, RegionOverviewModel::Required), RegionOverviewModel::ValueRole)
             .isValid());
}

void TestMainWindow::importFollowsTheOpenDataset()
{
    MainWindow window;
    auto *import = window.findChild<QAction *>(QStringLiteral("actionImportWorkbook"));
    QVERIFY(import);
    QVERIFY(!import->isEnabled());
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(m_home.filePath(QStringLiteral("r6-region.xlsx"))) });
    QDragEnterEvent before(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &before);
    QVERIFY(!before.isAccepted()); // nothing to import into

    QString error;
    QVERIFY(window.openFile(m_demo, true, &error));
    QVERIFY(import->isEnabled());
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(import));
    QDragEnterEvent after(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &after);
    QVERIFY(after.isAccepted());

    window.closeDocument();
    QVERIFY(!import->isEnabled());
}

void TestMainWindow::closeEmptiesTheWindow()
{
    MainWindow window;
    window.show();
    QString error;
    QVERIFY(window.openFile(m_demo, true, &error));
    QPointer<Document> document = window.document();
    QSignalSpy changed(&window, &MainWindow::documentChanged);
    window.findChild<QAction *>(QStringLiteral("actionClose"))->trigger();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<Koso::Document *>(), nullptr);
    QVERIFY(!window.document());
    QVERIFY(document.isNull()); // closed, not leaked
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("regionList"))->count(), 0);
    QCOMPARE(window.regionOverviewPage()->model()->rowCount(), 0);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("datasetPathLabel"))->text(),
             QStringLiteral("No dataset open"));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionClose"))->isEnabled());
}

void TestMainWindow::undoActionsFollowTheDocumentStack()
{
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(m_demo, true, &error));
    QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    QAction *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(!undo->isEnabled());

    int counter = 0;
    window.document()->undoStack()->push(new CountingCommand(&counter));
    QCOMPARE(counter, 1);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QLatin1String("Count")));
    undo->trigger();
    QCOMPARE(counter, 0);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(counter, 1);

    // The undo history dock shows the same stack.
    auto *view = window.findChild<QUndoView *>(QStringLiteral("undoView"));
    QVERIFY(view);
    QCOMPARE(view->stack(), window.document()->undoStack());
    QCOMPARE(view->model()->rowCount(), 2); // the empty state and the command

    // Another dataset has its own, empty history.
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.koso"));
    QVERIFY(QFile::copy(m_demo, other));
    QVERIFY(window.openFile(other, true, &error));
    QVERIFY(!undo->isEnabled());
    QCOMPARE(window.document()->undoStack()->count(), 0);
}

void TestMainWindow::viewsReloadWhenDataChanges()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.koso"));
    QVERIFY(QFile::copy(m_demo, copy));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(copy, true, &error));
    auto *list = window.findChild<QListWidget *>(QStringLiteral("regionList"));
    QCOMPARE(list->count(), 6);

    Dataset *dataset = window.document()->dataset();
    {
        Transaction tx(dataset->database());
        Region region;
        region.code = QStringLiteral("9906");
        region.prefectureCode = QStringLiteral("99");
        region.name = QStringLiteral("島しょ");
        QVERIFY(GeographyStore(*dataset).upsertRegion(region, &error));
        QVERIFY(tx.commit());
    }
    dataset->notifyChanged(DataChange::Geography);
    QCOMPARE(list->count(), 7);
    QCOMPARE(list->item(6)->text(), QStringLiteral("島しょ"));
}

void TestMainWindow::datasetReplacedUnderTheWindow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.koso"));
    QVERIFY(QFile::copy(m_demo, path));
    MainWindow window;
    window.show();
    QString error;
    QVERIFY2(window.openFile(path, true, &error), qPrintable(error));
    Dataset *dataset = window.document()->dataset();
    {
        Transaction tx(dataset->database());
        Region region = *GeographyStore(*dataset).region(QStringLiteral("9901"));
        region.name = QStringLiteral("窓で直した名前");
        QVERIFY(GeographyStore(*dataset).upsertRegion(region, &error));
        QVERIFY(tx.commit());
    }
    // A colleague copies another dataset over it (cp to a temporary name, then mv).
    const QString incoming = dir.filePath(QStringLiteral("incoming.koso"));
    QVERIFY(QFile::copy(m_demo, incoming));
    QVERIFY(
        std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(path).constData())
        == 0);
    const QByteArray replaced = digest(path);

    window.checkDataset(); // as when the window becomes active again
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("datasetLostMessage")));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("datasetLostMessage"));
    QVERIFY(box->text().contains(QLatin1String("replaced")));
    QVERIFY2(window.windowTitle().contains(QLatin1String("file gone")),
             qPrintable(window.windowTitle()));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->isVisibleTo(&window));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionImportWorkbook"))->isEnabled());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionSaveCopy"))->isEnabled());
    box->close();

    // An edit now writes nothing there.
    {
        Transaction tx(dataset->database());
        QVERIFY(!tx.isActive());
        QVERIFY(tx.errorMessage().contains(QLatin1String("Nothing was written")));
    }
    QCOMPARE(digest(path), replaced);

    // The work is kept: saved elsewhere, the window goes on with the copy.
    const QString rescue = dir.filePath(QStringLiteral("rescued.koso"));
    QVERIFY2(window.saveCopy(rescue, &error), qPrintable(error));
    QCOMPARE(window.document()->path(), rescue);
    QCOMPARE(GeographyStore(*window.document()->dataset()).region(QStringLiteral("9901"))->name,
             QStringLiteral("窓で直した名前"));
    QVERIFY(!window.windowTitle().contains(QLatin1String("file gone")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionImportWorkbook"))->isEnabled());
    window.closeDocument();
    QCOMPARE(digest(path), replaced);
    for (const char *suffix : { "-journal", "-wal", "-shm", ".lock" })
        QVERIFY2(!QFileInfo::exists(path + QLatin1String(suffix)), suffix);
}

void TestMainWindow::readOnlyDatasetIsShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cd.koso"));
    QVERIFY(QFile::copy(m_demo, path));
    const QByteArray before = digest(path);
    // A write-protected file (simulated: the tests run as root, who ignores mode bits).
    Dataset::setWritableCheckForTesting([](const QString &) { return false; });
    MainWindow window;
    QString error;
    const bool opened = window.openFile(path, true, &error);
    Dataset::setWritableCheckForTesting(nullptr);
    QVERIFY2(opened, qPrintable(error));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY2(window.windowTitle().contains(QLatin1String("[read-only]")),
             qPrintable(window.windowTitle()));
    auto *label = window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY(label->isVisibleTo(&window));
    QVERIFY2(label->text().startsWith(QLatin1String("Read-only: ")), qPrintable(label->text()));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionImportWorkbook"))->isEnabled());
    int counter = 0;
    window.document()->undoStack()->push(new CountingCommand(&counter));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionUndo"))->isEnabled());
    // The pages show the data.
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("regionList"))->count(), 6);
    window.closeDocument();
    QCOMPARE(digest(path), before);
    QVERIFY(!label->isVisibleTo(&window));
}

void TestMainWindow::datasetInUseOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.koso"));
    QVERIFY(QFile::copy(m_demo, path));
    {
        QFile lock(DatasetLock::lockPath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("program=Koso Planner\nuser=tanaka\nhost=PC-KIKAKU-02\npid=77\n"
                   "since=2024-06-11T09:30:00+09:00\n");
    }
    MainWindow window;
    // Asked: someone is editing it; open read-only.
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("datasetInUseMessage"));
        QVERIFY(box->text().contains(QLatin1String("tanaka")));
        QVERIFY(box->text().contains(QLatin1String("PC-KIKAKU-02")));
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
    QVERIFY(window.openFile(path));
    QVERIFY(window.document()->isReadOnly());
    auto *label = window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY2(label->text().contains(QLatin1String("tanaka")), qPrintable(label->text()));
    QVERIFY(window.windowTitle().contains(QLatin1String("[read-only]")));
    window.closeDocument();
    // Their lock is theirs.
    QCOMPARE(DatasetLock::owner(path).user, QStringLiteral("tanaka"));
}

void TestMainWindow::openFailureKeepsCurrentDataset()
{
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(m_demo, true, &error));
    Document *before = window.document();

    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.koso"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("地域医療構想\n");
    }
    const QByteArray hash = digest(text);
    QVERIFY(!window.openFile(text, true, &error));
    QVERIFY(error.contains(text));
    QCOMPARE(window.document(), before);
    QCOMPARE(digest(text), hash);
    QVERIFY(!AppSettings::recentFiles().contains(text));

    // Not quiet: a message box names the file and the reason.
    QString shown;
    whenModal([&shown](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            shown = box->text();
        modal->close();
    });
    QVERIFY(!window.openFile(text));
    QVERIFY2(shown.contains(text), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("not an SQLite database")));
}

void TestMainWindow::dropOpensKosoFile()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(m_demo) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(window.document());
    QCOMPARE(QFileInfo(window.document()->path()).fileName(), QStringLiteral("demo.koso"));

    // Anything else is not taken.
    QMimeData other;
    other.setUrls({ QUrl::fromLocalFile(m_home.filePath(QStringLiteral("table.csv"))) });
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::newDatasetDialogCreatesEmptyDataset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kumamoto"));
    MainWindow window;
    whenModal([path](QWidget *modal) {
        auto *dialog = qobject_cast<NewDatasetDialog *>(modal);
        QVERIFY(dialog);
        dialog->setPrefectureCode(QStringLiteral("43"));
        dialog->setPath(path);
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QVERIFY(window.document());
    QCOMPARE(window.document()->homePrefectureCode(), QStringLiteral("43"));
    QCOMPARE(window.document()->path(), path + QStringLiteral(".koso"));
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("regionList"))->count(), 0);
    const QLabel *empty = window.findChild<QLabel *>(QStringLiteral("overviewEmpty"));
    QVERIFY(empty->text().contains(QStringLiteral("熊本県")));
    QCOMPARE(AppSettings::recentFiles().value(0), path + QStringLiteral(".koso"));

    // The dialog refuses a file that exists.
    NewDatasetDialog dialog;
    dialog.setPath(m_demo);
    QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("prefectureCombo"))->count(), 47);
}

void TestMainWindow::addPageExtendsNavigation()
{
    MainWindow window;
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    // Regions first, then the pages other parts added (hospitals, rates, what-if, councils).
    const int before = navigation->count();
    QVERIFY(before >= 1);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Region list"));
    auto *page = new QLabel(QStringLiteral("extra"));
    const int index = window.addPage(page, QStringLiteral("Extra"), QIcon());
    QCOMPARE(index, before);
    QCOMPARE(navigation->count(), before + 1);
    QCOMPARE(navigation->item(before)->text(), QStringLiteral("Extra"));
    window.setCurrentPage(page);
    QCOMPARE(window.currentPage(), page);
    QCOMPARE(navigation->currentRow(), before);
    navigation->setCurrentRow(0);
    QCOMPARE(window.currentPage(), window.regionOverviewPage());
}

void TestMainWindow::policyChartsExportThroughTheDialog()
{
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(m_demo, true, &error));
    auto *policies = window.findChild<PolicyPages *>();
    QVERIFY(policies);
    PolicyRatesPage *rates = policies->rates();
    QVERIFY(rates);
    window.setCurrentPage(rates->parentWidget());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *button = rates->findChild<QPushButton *>(QStringLiteral("exportChartButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled()); // connected to the export dialog

    // The rates chart goes through the same dialog as the analysis charts, with its caption.
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("rates.png"));
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ChartExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        dialog->setFilePath(png);
        QString exportError;
        QVERIFY2(dialog->exportChart(&exportError), qPrintable(exportError));
        dialog->reject();
    });
    button->click();
    QVERIFY(sawDialog);
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    QVERIFY(!rates->chartCaption().source.isEmpty());
}

void TestMainWindow::checklistPageFollowsTheDocument()
{
    MainWindow window;
    auto *page = window.findChild<ChecklistPage *>(QStringLiteral("checklistPage"));
    QVERIFY(page);
    QVERIFY(!page->isEnabled() || page->itemModel()->rowCount() == 0);
    QString error;
    QVERIFY(window.openFile(m_demo, true, &error));
    // The demo carries two assessments against the 31-item default template.
    QCOMPARE(page->itemModel()->rowCount(), 31);
    QCOMPARE(page->findChild<QComboBox *>()->count() >= 2, true);
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuChecklist"))->actions().size() > 0);
    // An answer edited on the page is undone through the main window's Edit menu.
    QUndoStack *stack = window.document()->undoStack();
    const int undoable = stack->count();
    page->itemView()->setCurrentIndex(page->itemModel()->index(0, 0));
    page->editActions().at(2)->trigger(); // 3 = 該当なし
    QCOMPARE(stack->count(), undoable + 1);
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(stack->index(), undoable);
    window.closeDocument();
    QCOMPARE(page->itemModel()->rowCount(), 0);
}

void TestMainWindow::aboutNamesTheLicence()
{
    MainWindow window;
    QString text;
    whenModal([&text](QWidget *modal) {
        if (auto *label = modal->findChild<QLabel *>(QStringLiteral("aboutText")))
            text = label->text();
        modal->close();
    });
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QVERIFY(text.contains(QLatin1String("GNU General Public License")));
    QVERIFY(text.contains(QLatin1String("version 3")));
    QVERIFY(text.contains(QLatin1String("Qt Charts")));
}

void TestMainWindow::remembersGeometryAndRecentFiles()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("second.koso"));
    QVERIFY(QFile::copy(m_demo, copy));
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openFile(m_demo, true, &error));
        QVERIFY(window.openFile(copy, true, &error));
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QCOMPARE(AppSettings::recentFiles(),
             (QStringList { copy, QFileInfo(m_demo).absoluteFilePath() }));
    QVERIFY(!AppSettings::windowGeometry().isEmpty());
    MainWindow again;
    QCOMPARE(again.size(), QSize(900, 600));
    auto *recent = again.findChild<QMenu *>(QStringLiteral("menuRecentFiles"));
    emit recent->aboutToShow();
    QStringList labels;
    for (QAction *a : recent->actions())
        labels << a->text();
    QVERIFY(labels.value(0).endsWith(QLatin1String("second.koso")));
    QVERIFY(labels.value(1).endsWith(QLatin1String("demo.koso")));
}

void TestMainWindow::demoDatasetIsCreatedOnceAndReused()
{
    const QString expected = PlannerLauncher::demoDatasetPath();
    QVERIFY(expected.startsWith(m_home.path())); // the test's data folder, never the user's
    QVERIFY(!QFile::exists(expected));
    QString path;
    QString error;
    QVERIFY2(PlannerLauncher::ensureDemoDataset(&path, &error), qPrintable(error));
    QCOMPARE(path, expected);
    QVERIFY(QFile::exists(path));
    const QDateTime written = QFileInfo(path).lastModified();
    const QByteArray hash = digest(path);
    QTest::qWait(20);
    QVERIFY(PlannerLauncher::ensureDemoDataset(&path, &error));
    QCOMPARE(QFileInfo(path).lastModified(), written);
    QCOMPARE(digest(path), hash);
    // Its study sessions were placed around today; a week on it is still reused …
    const QDate today = QDate::currentDate();
    {
        Dataset demo;
        QVERIFY2(demo.open(path, &error, Dataset::Access::ReadOnly), qPrintable(error));
        QCOMPARE(demo.metaValue(SessionsDemo::referenceDateMetaKey()), today.toString(Qt::ISODate));
    }
    QVERIFY(PlannerLauncher::ensureDemoDataset(&path, &error,
                                               today.addDays(PlannerLauncher::DemoRefreshDays)));
    QCOMPARE(digest(path), hash);
    // … later it is written again around the new day, so its MHLW deadline stays near.
    const QDate later = today.addDays(PlannerLauncher::DemoRefreshDays + 1);
    QVERIFY2(PlannerLauncher::ensureDemoDataset(&path, &error, later), qPrintable(error));
    QVERIFY(digest(path) != hash);
    Dataset demo;
    QVERIFY2(demo.open(path, &error, Dataset::Access::ReadOnly), qPrintable(error));
    QCOMPARE(demo.metaValue(SessionsDemo::referenceDateMetaKey()), later.toString(Qt::ISODate));
    QCOMPARE(SessionStore(demo).deadlineWarnings(later).size(), 1);
}

void TestMainWindow::commandLineOptions()
{
    const QString program = QStringLiteral("koso-planner");
    PlannerLauncher::Options o = PlannerLauncher::parse({ program, m_demo });
    QCOMPARE(o.file, m_demo);
    QVERIFY(o.error.isEmpty());
    o = PlannerLauncher::parse(
        { program, QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--demo") });
    QCOMPARE(o.language, QStringLiteral("ja"));
    QVERIFY(o.demo);
    QVERIFY(o.file.isEmpty());
    o = PlannerLauncher::parse({ program, QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY(o.error.contains(QLatin1String("fr")));
    o = PlannerLauncher::parse({ program, QStringLiteral("--demo"), m_demo });
    QVERIFY(!o.error.isEmpty());
    o = PlannerLauncher::parse(
        { program, QStringLiteral("--page"), QStringLiteral("prefectureDashboard"), m_demo });
    QCOMPARE(o.page, QStringLiteral("prefectureDashboard"));
    QVERIFY(o.error.isEmpty());
    QCOMPARE(PlannerLauncher::requestedLanguage({ program, QStringLiteral("--lang=en") }),
             QStringLiteral("en"));
    QCOMPARE(PlannerLauncher::requestedLanguage({ program, m_demo }), QString());
    // --lang wins over the saved setting, the saved setting over the system.
    QCOMPARE(Localization::resolveLanguage(QStringLiteral("ja"), QStringLiteral("en")),
             QStringLiteral("ja"));
    QCOMPARE(Localization::resolveLanguage(QString(), QStringLiteral("ja")), QStringLiteral("ja"));
}

void TestMainWindow::japaneseWithLangJa()
{
    // View > Language saves the choice for the next start.
    {
        MainWindow window;
        whenModal([](QWidget *modal) { modal->close(); });
        window.findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
        QCOMPARE(AppSettings::language(), QStringLiteral("en"));
    }
    // As koso-planner --lang ja does at start, whatever was saved.
    const PlannerLauncher::Options options = PlannerLauncher::parse(
        { QStringLiteral("koso-planner"), QStringLiteral("--lang"), QStringLiteral("ja") });
    const QString language
        = Localization::resolveLanguage(options.language, AppSettings::language());
    QCOMPARE(language, QStringLiteral("ja"));
    QVERIFY(Localization::install(qApp, language));

    MainWindow window;
    QString error;
    QVERIFY(window.openFile(m_demo, true, &error));
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(window.editMenu()->title(), QStringLiteral("編集(&E)"));
    const QString caveat = window.findChild<QLabel *>(QStringLiteral("overviewCaveat"))->text();
    QVERIFY2(caveat.contains(QStringLiteral(
                 "病床機能報告の集計と病床の必要量は算定方法が異なり、単純比較はできない")),
             qPrintable(caveat));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("overviewEdition"))
                ->text()
                .contains(QStringLiteral("令和6年度")));
    const RegionOverviewModel *model = window.regionOverviewPage()->model();
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("高度急性期"));
    QCOMPARE(model->headerData(4, Qt::Vertical).toString(), QStringLiteral("合計"));
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("regionList"))->item(0)->text(),
             QStringLiteral("サンプル県（全体）"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
