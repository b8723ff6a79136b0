// Pages stay current and never mislead: an empty dataset says what to do next, every page
// follows an import into it at once, pages without policies say how to start, and dates read
// one way per language.

#include "MhlwWorkbooks.h"
#include "PolicyFixture.h"

#include "analysis/FunctionGapModel.h"
#include "analysis/PrefectureDashboard.h"
#include "analysis/RegionPage.h"
#include "mhlw/ImportController.h"
#include "mhlw/ImportSummaryDialog.h"
#include "policy/PolicyActions.h"
#include "policy/PolicyRatesPage.h"
#include "policy/WhatIfView.h"
#include "util/Folders.h"
#include "util/JapaneseDate.h"
#include "util/Localization.h"
#include "util/UserName.h"
#include "widgets/EmptyDatasetNotice.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;
using namespace MhlwWorkbooks;

namespace {

Area area(int code, const QString &name, int seed)
{
    Area a;
    a.prefectureCode = QStringLiteral("43");
    a.prefectureName = QStringLiteral("熊本県");
    a.regionCode = code;
    a.regionName = name;
    a.populationMan = 5 + seed;
    a.areaKm2 = 100 + seed;
    for (int y : { 2015, 2023, 2024 })
        a.reported.insert(y, { seed, seed * 10 + y - 2015, seed * 5, seed * 7 });
    a.planned = { seed, seed * 9, seed * 6, seed * 7 };
    a.required = { seed, seed * 8, seed * 7, seed * 6 };
    return a;
}

QStringList headers(const QAbstractItemModel *model)
{
    QStringList out;
    for (int c = 0; c < model->columnCount(); ++c)
        out << model->headerData(c, Qt::Horizontal).toString();
    return out;
}

} // namespace

class TestFreshness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDatasetSaysWhatToDo();
    void everyPageFollowsAnImport();
    void policyPagesWithoutPoliciesSayHowToStart();
    void noticeButtonTriggersTheWindowsAction();
    void oneDateStylePerLanguage();
    void existingFoldersAndUserName();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dataset> m_dataset;
    std::unique_ptr<QWidget> m_window;
};

void TestFreshness::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestFreshness::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dataset = std::make_unique<Dataset>();
    QString error;
    QVERIFY2(m_dataset->create(path(QStringLiteral("fresh.koso")), QStringLiteral("43"), &error),
             qPrintable(error));
    m_window = std::make_unique<QWidget>();
    m_window->resize(1366, 768);
}

void TestFreshness::cleanup()
{
    m_window.reset();
    m_dataset.reset();
    m_dir.reset();
}

void TestFreshness::emptyDatasetSaysWhatToDo()
{
    PrefectureDashboard dashboard;
    dashboard.setDataset(m_dataset.get());
    dashboard.resize(1366, 768);
    dashboard.show();
    auto *notice = dashboard.findChild<EmptyDatasetNotice *>();
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->message().contains(QStringLiteral("Import")));
    QVERIFY(notice->button()->isVisible());
    QVERIFY(!dashboard.findChild<QTabWidget *>()->isVisible());
    // No "0" years in any header.
    for (auto *view : dashboard.findChildren<QTableView *>()) {
        for (const QString &h : headers(view->model()))
            QVERIFY2(!h.endsWith(QStringLiteral(" 0")) && !h.contains(QStringLiteral(" 0 ")),
                     qPrintable(h));
    }

    RegionPage region;
    region.setDataset(m_dataset.get());
    region.show();
    QVERIFY(region.findChild<EmptyDatasetNotice *>()->isVisible());
    QVERIFY(!region.findChild<QTabWidget *>()->isVisible());
    FunctionGapModel model;
    model.setArea(std::nullopt);
    QCOMPARE(model.headerData(FunctionGapModel::Latest, Qt::Horizontal).toString(),
             QStringLiteral("Reported"));
}

void TestFreshness::everyPageFollowsAnImport()
{
    PrefectureDashboard dashboard(m_window.get());
    RegionPage region(m_window.get());
    dashboard.setDataset(m_dataset.get());
    region.setDataset(m_dataset.get());
    WhatIfView whatIf(m_dataset.get(), m_window.get());
    PolicyRatesPage rates(m_dataset.get(), m_window.get());
    m_window->show();
    auto *areas = whatIf.findChild<QComboBox *>(QStringLiteral("areaCombo"));
    QCOMPARE(areas->count(), 1); // the prefecture alone

    BedBook book;
    book.areas
        = { area(4301, QStringLiteral("熊本・上益城"), 7), area(4302, QStringLiteral("宇城"), 2) };
    QVERIFY(TestWorkbook::write(path(QStringLiteral("region.xlsx")), { bedSheet(book) }));
    ImportController controller(*m_dataset, m_window.get());
    controller.setEditionChooser(
        [](const QStringList &, const QStringList &s) { return s.value(0); });
    QSignalSpy finished(&controller, &ImportController::finished);
    controller.importFiles({ path(QStringLiteral("region.xlsx")) });
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    if (controller.summaryDialog())
        controller.summaryDialog()->close();

    // The region page picked the first region by itself, with its years in the headers.
    auto *selector = region.findChild<QComboBox *>();
    QVERIFY(selector);
    QCOMPARE(selector->count(), 2);
    QCOMPARE(selector->currentData().toString(), QStringLiteral("4301"));
    QVERIFY(!region.findChild<EmptyDatasetNotice *>()->isVisible());
    QVERIFY(region.findChild<QTabWidget *>()->isVisible());
    bool latestHeader = false;
    for (auto *view : region.findChildren<QTableView *>())
        latestHeader
            = latestHeader || headers(view->model()).contains(QStringLiteral("Reported 2024"));
    QVERIFY(latestHeader);
    // The dashboard too.
    QVERIFY(!dashboard.findChild<EmptyDatasetNotice *>()->isVisible());
    QVERIFY(dashboard.findChild<QTabWidget *>()->isVisible());
    // The policy pages list the new regions.
    QCOMPARE(areas->count(), 3);
}

void TestFreshness::policyPagesWithoutPoliciesSayHowToStart()
{
    Dataset dataset;
    PolicyFixture::Ids ids;
    QVERIFY(PolicyFixture::build(dataset, path(QStringLiteral("p.koso")), &ids));
    PolicyRatesPage rates(&dataset, m_window.get());
    WhatIfView whatIf(&dataset, m_window.get());
    m_window->show();
    for (QWidget *page : { static_cast<QWidget *>(&rates), static_cast<QWidget *>(&whatIf) }) {
        auto *notice = page->findChild<EmptyDatasetNotice *>();
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->message().contains(QStringLiteral("No response policies"))
                     && notice->message().contains(QStringLiteral("policy sheet")),
                 qPrintable(notice->message()));
        QCOMPARE(notice->button()->text(), QStringLiteral("Export Policy Sheet…"));
    }
    QVERIFY(!rates.findChild<QTableWidget *>(QStringLiteral("ratesTable"))->isVisible());

    // The first policy recorded: both pages show their figures at once.
    QUndoStack stack;
    QString error;
    QVERIFY2(
        PolicyActions(&dataset, &stack).setStatus({ ids.a }, PolicyStatus::AgreedVerified, &error),
        qPrintable(error));
    QVERIFY(!rates.findChild<EmptyDatasetNotice *>()->isVisible());
    QVERIFY(!whatIf.findChild<EmptyDatasetNotice *>()->isVisible());
    QVERIFY(rates.findChild<QTableWidget *>(QStringLiteral("ratesTable"))->isVisible());
    stack.undo(); // the policy row stays (not drafted): a policy was recorded
}

void TestFreshness::noticeButtonTriggersTheWindowsAction()
{
    auto *action = new QAction(m_window.get());
    action->setObjectName(QStringLiteral("actionImportWorkbook"));
    QSignalSpy triggered(action, &QAction::triggered);
    auto *notice = new EmptyDatasetNotice(m_window.get());
    m_window->show();
    QTest::mouseClick(notice->button(), Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);
    auto *exportAction = new QAction(m_window.get());
    exportAction->setObjectName(QStringLiteral("actionExportPolicySheet"));
    QSignalSpy exported(exportAction, &QAction::triggered);
    notice->setAction(QStringLiteral("Export Policy Sheet…"),
                      QStringLiteral("actionExportPolicySheet"));
    notice->button()->click();
    QCOMPARE(exported.count(), 1);
    QCOMPARE(triggered.count(), 1);
}

void TestFreshness::oneDateStylePerLanguage()
{
    const QDate d(2026, 12, 5);
    QCOMPARE(JapaneseDate::display(d), QStringLiteral("5 Dec 2026"));
    QCOMPARE(QDate::fromString(QStringLiteral("5 Dec 2026"), Localization::dateEditFormat()), d);
    QCOMPARE(Localization::dateTime(QDateTime(d, QTime(14, 5))),
             QStringLiteral("5 Dec 2026 14:05"));
    PolicyRatesPage rates(m_dataset.get());
    QCOMPARE(rates.findChild<QDateEdit *>()->displayFormat(), Localization::dateEditFormat());
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(JapaneseDate::display(d), QStringLiteral("令和8年12月5日"));
    QCOMPARE(Localization::dateEditFormat(), QStringLiteral("yyyy/MM/dd"));
    QCOMPARE(Localization::dateTime(QDateTime(d, QTime(9, 30))),
             QStringLiteral("令和8年12月5日 09:30"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestFreshness::existingFoldersAndUserName()
{
    // A home without ~/Documents: dialogs start in the home folder instead.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldDocs = qgetenv("XDG_DOCUMENTS_DIR");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_DOCUMENTS_DIR");
    const QString folder = defaultDocumentsFolder();
    QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
    QCOMPARE(existingFolderOr(home.filePath(QStringLiteral("gone"))), folder);
    QCOMPARE(existingFolderOr(home.path()), home.path());
    qputenv("HOME", oldHome);
    if (!oldDocs.isEmpty())
        qputenv("XDG_DOCUMENTS_DIR", oldDocs);

    // Without USER the account name still comes from the system.
    const QByteArray user = qgetenv("USER");
    const QByteArray kosoUser = qgetenv("KOSO_USER");
    qunsetenv("USER");
    qunsetenv("KOSO_USER");
    QVERIFY(!systemUserName().isEmpty());
    qputenv("KOSO_USER", "planner");
    QCOMPARE(systemUserName(), QStringLiteral("planner"));
    qunsetenv("KOSO_USER");
    if (!user.isEmpty())
        qputenv("USER", user);
    if (!kosoUser.isEmpty())
        qputenv("KOSO_USER", kosoUser);
}

QTEST_MAIN(TestFreshness)
#include "tst_freshness.moc"
