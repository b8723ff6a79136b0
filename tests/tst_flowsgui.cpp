// The flows and demand page: the region's partners (table and chart), its demand curves and
// the ranking of the prefecture's regions, the flow matrix and planned against reported beds.

#include "FlowWorkbooks.h"
#include "MhlwWorkbooks.h"
#include "flows/FlowsPage.h"
#include "mhlw/ImportSession.h"
#include "storage/Dataset.h"
#include "widgets/ChartPanel.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

namespace {

FlowWorkbooks::Partner partner(int region, const QString &name, const QVariant &share)
{
    return { region / 100, QStringLiteral("熊本県"), region, name, share };
}

} // namespace

class TestFlowsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsFlowsDemandMatrixAndPlan();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Dataset> m_dataset;
};

void TestFlowsGui::initTestCase()
{
    m_dataset = std::make_unique<Dataset>();
    QString error;
    QVERIFY2(
        m_dataset->create(m_dir.filePath(QStringLiteral("g.koso")), QStringLiteral("43"), &error),
        qPrintable(error));
    FlowWorkbooks::FlowBook flows;
    FlowWorkbooks::Region a;
    a.regionCode = 4301;
    a.regionName = QStringLiteral("熊本・上益城");
    a.overall = 0.1;
    a.groups[0] = { partner(4301, a.regionName, 0.9), partner(4302, QStringLiteral("宇城"), 0.08) };
    a.groups[1] = { partner(4301, a.regionName, 0.95) };
    a.groups[2] = { partner(4301, a.regionName, 0.97) };
    FlowWorkbooks::Region b;
    b.regionCode = 4302;
    b.regionName = QStringLiteral("宇城");
    b.overall = 0.6;
    b.groups[0] = { partner(4301, a.regionName, 0.55), partner(4302, b.regionName, 0.4) };
    b.groups[1] = { partner(4302, b.regionName, 0.7) };
    b.groups[2] = { partner(4302, b.regionName, 0.8) };
    flows.inflow = { a, b };
    flows.outflow = { a, b };
    QVERIFY(FlowWorkbooks::writeFlowBook(m_dir.filePath(QStringLiteral("f.xlsx")), flows));
    FlowWorkbooks::DemandBook demand;
    FlowWorkbooks::DemandRow r;
    r.regionCode = QStringLiteral("4301");
    r.regionName = a.regionName;
    r.population2024 = 780000;
    r.population2040 = 700000;
    r.claims = { 100.0, 120.0, 130.0, 140.0, 135.0, 125.0 };
    FlowWorkbooks::DemandRow s = r;
    s.regionCode = QStringLiteral("4302");
    s.regionName = b.regionName;
    s.claims = { 100.0, 105.0, 106.0, 104.0, 100.0, 95.0 };
    demand.homeVisit = { r, s };
    demand.outpatient = { r, s };
    QVERIFY(FlowWorkbooks::writeDemandBook(m_dir.filePath(QStringLiteral("d.xlsx")), demand));
    ImportSession session(*m_dataset);
    session.setEdition(QStringLiteral("令和7年度"));
    ImportSummary summary;
    QVERIFY2(session.run({ m_dir.filePath(QStringLiteral("f.xlsx")),
                           m_dir.filePath(QStringLiteral("d.xlsx")) },
                         &summary, &error),
             qPrintable(error));
}

void TestFlowsGui::showsFlowsDemandMatrixAndPlan()
{
    FlowsPage page;
    page.resize(1366, 768);
    page.setDataset(m_dataset.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setRegion(QStringLiteral("4302"));
    QCOMPARE(page.region(), QStringLiteral("4302"));

    // Outflow, acute by default: 4301 first (55 %), then the region itself.
    auto *partners = page.findChild<QTableView *>(QStringLiteral("flowPartnerTable"));
    QVERIFY(partners);
    QCOMPARE(partners->model()->rowCount(), 2);
    QCOMPARE(partners->model()->index(0, 0).data().toString(), QStringLiteral("4301"));
    QVERIFY(partners->model()->index(0, 2).data().toString().contains(QStringLiteral("55.0")));
    auto *chart = page.findChild<ChartPanel *>(QStringLiteral("flowPartnerChart"));
    QVERIFY(chart && chart->chart());
    QVERIFY(chart->caption().source.contains(QStringLiteral("令和7年度")));

    auto *group = page.findChild<QComboBox *>(QStringLiteral("flowsGroup"));
    group->setCurrentIndex(2); // chronic
    QCOMPARE(partners->model()->rowCount(), 1);

    auto *demandChart = page.findChild<ChartPanel *>(QStringLiteral("demandChart"));
    QVERIFY(demandChart && demandChart->chart());
    QCOMPARE(demandChart->chart()->series().size(), 4); // two lines with their points
    auto *ranking = page.findChild<QTableView *>(QStringLiteral("demandRankingTable"));
    QCOMPARE(ranking->model()->rowCount(), 2);
    // Sorted by the change of home visits to 2040: 熊本・上益城 (+40 %) first.
    QVERIFY(ranking->model()->index(0, 0).data().toString().startsWith(QStringLiteral("4301")));
    QVERIFY2(ranking->model()->index(0, 5).data().toString().contains(QStringLiteral("40.0")),
             qPrintable(ranking->model()->index(0, 5).data().toString()));

    group->setCurrentIndex(0);
    auto *matrix = page.findChild<QTableView *>(QStringLiteral("flowMatrixTable"));
    QCOMPARE(matrix->model()->rowCount(), 2);
    QCOMPARE(matrix->model()->columnCount(), 1 + 2 + 2);
    QVERIFY(matrix->model()->index(1, 1).data().toString().contains(QStringLiteral("55.0")));
    QVERIFY(matrix->model()->index(1, 4).data().toString().contains(QStringLiteral("5.0")));

    auto *plan = page.findChild<QTableView *>(QStringLiteral("planVsActualTable"));
    QVERIFY(plan);
    QCOMPARE(plan->model()->rowCount(), 0); // no bed figures in this dataset

    const QString shots = qEnvironmentVariable("KOSO_SCREENSHOT_DIR");
    for (int i = 0; i < page.tabs()->count(); ++i) {
        page.tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        if (!shots.isEmpty())
            page.grab().save(QStringLiteral("%1/flows-tab%2.png").arg(shots).arg(i));
    }
}

QTEST_MAIN(TestFlowsGui)
#include "tst_flowsgui.moc"
