#include "RequiredData.h"
#include "analysisfixture.h"

#include "analysis/AnalysisPages.h"
#include "demo/DemoGenerator.h"
#include "mainwindow/MainWindow.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"

#include "analysis/FunctionGapModel.h"
#include "analysis/PrefectureComparisonModel.h"
#include "analysis/PrefectureDashboard.h"
#include "analysis/RegionGapModel.h"
#include "analysis/RegionHospitalFilter.h"
#include "analysis/RegionHospitalModel.h"
#include "analysis/RegionPage.h"
#include "charts/ReportCharts.h"
#include "report/RegionReport.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "widgets/ChartExportDialog.h"
#include "widgets/ChartPanel.h"
#include "widgets/ReportPrinting.h"

#include <QApplication>
#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFont>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

namespace {

QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

bool shaded(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::BackgroundRole).value<QBrush>().style()
        != Qt::NoBrush;
}

// KOSO_KEEP_EXPORTS=DIR saves a screenshot of the view for looking at it.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KOSO_KEEP_EXPORTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}

int rowOfFunction(const FunctionGapModel *model, const QString &key)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(FunctionGapModel::KeyRole).toString() == key)
            return r;
    }
    return -1;
}

} // namespace

class TestAnalysisViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dashboardShowsRegionsAndTotals();
    void dashboardSortsAndOpensRegions();
    void dashboardThresholdIsASetting();
    void dashboardComparesWithTheNation();
    void regionPageShowsFiguresAndCharts();
    void regionPageSearchesAndListsClosedBeds();
    void regionPageFollowsTheSelector();
    void viewsFollowDataChanges();
    void emptyDatasetShowsNothing();
    void exportDialogExportsAndPreviews();
    void printsReportOnAPrinter();
    void mainWindowShowsTheDemoDataset();

private:
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_dataset = nullptr;
};

void TestAnalysisViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KosoPlannerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_analysisviews"));
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestAnalysisViews::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    m_dataset = new Dataset;
    QString error;
    QVERIFY2(AnalysisFixture::build(*m_dataset, m_dir->filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
}

void TestAnalysisViews::cleanup()
{
    delete m_dataset;
    delete m_dir;
    m_dataset = nullptr;
    m_dir = nullptr;
}

void TestAnalysisViews::dashboardShowsRegionsAndTotals()
{
    PrefectureDashboard dashboard;
    dashboard.setDataset(m_dataset);
    dashboard.resize(1400, 900);
    dashboard.show();
    QCOMPARE(dashboard.prefecture(), QStringLiteral("01"));

    const RegionGapModel *regions = dashboard.regionModel();
    QCOMPARE(regions->rowCount(), 4);
    const int row = regions->rowOf(QStringLiteral("0101"));
    QCOMPARE(cell(regions, row, RegionGapModel::Name), QStringLiteral("南渡島"));
    QCOMPARE(cell(regions, row, RegionGapModel::Latest), QStringLiteral("5,243"));
    QCOMPARE(cell(regions, row, RegionGapModel::Planned), QStringLiteral("5,216"));
    QCOMPARE(cell(regions, row, RegionGapModel::Required), QStringLiteral("4,857"));
    QCOMPARE(cell(regions, row, RegionGapModel::PlannedRatio), QStringLiteral("107.4%"));
    QCOMPARE(
        regions->index(row, RegionGapModel::PlannedRatio).data(RegionGapModel::SortRole).toDouble(),
        5216.0 / 4857.0);
    // Within ±10 %: not shaded. 高度急性期 planned 163.4 %: shaded, marked ▲.
    QVERIFY(!shaded(regions, row, RegionGapModel::PlannedRatio));
    const int high = RegionGapModel::FirstFunction;
    QCOMPARE(regions->functionKeyOf(high), QStringLiteral("HighAcute"));
    QCOMPARE(cell(regions, row, high), QStringLiteral("▲163.4%"));
    QVERIFY(shaded(regions, row, high));
    QVERIFY(cell(regions, row, high, Qt::ToolTipRole).contains(QStringLiteral("585")));
    // 回復期 under the need: shaded too (the other direction).
    const int recovery = RegionGapModel::FirstFunction + 2;
    QVERIFY(cell(regions, row, recovery).startsWith(QStringLiteral("▼")));
    QVERIFY(regions->index(row, recovery).data(Qt::BackgroundRole).value<QBrush>().color()
            != regions->index(row, high).data(Qt::BackgroundRole).value<QBrush>().color());
    // Required 0: no ratio.
    const int minamiHiyama = regions->rowOf(QStringLiteral("0102"));
    QCOMPARE(cell(regions, minamiHiyama, high), QStringLiteral("－"));
    QVERIFY(regions->index(minamiHiyama, high).data(RegionGapModel::SortRole).isNull());

    // The prefecture's and the nation's totals on top.
    const FunctionGapModel *pref = dashboard.prefectureModel();
    const int total = rowOfFunction(pref, QStringLiteral("Total"));
    QCOMPARE(cell(pref, total, FunctionGapModel::Latest), QStringLiteral("6,461"));
    QCOMPARE(cell(pref, total, FunctionGapModel::Required), QStringLiteral("5,802"));
    QCOMPARE(cell(pref, total, FunctionGapModel::Planned), QStringLiteral("未報告"));
    const FunctionGapModel *nation = dashboard.nationModel();
    QCOMPARE(
        cell(nation, rowOfFunction(nation, QStringLiteral("Total")), FunctionGapModel::Required),
        QStringLiteral("1,190,821"));

    // The chart of the regions and the caveat.
    QChart *chart = dashboard.gapChart()->chart();
    QVERIFY(chart);
    QCOMPARE(chart->series().size(), 2); // reported and required (the axis title keys them)
    QVERIFY(dashboard.gapChart()->caption().title.contains(QStringLiteral("北海道")));
    QVERIFY(
        dashboard.gapChart()->caption().caveat.contains(QStringLiteral("computed differently")));
    QVERIFY(dashboard.caveatText().contains(QStringLiteral("computed differently")));
    keepScreenshot(&dashboard, QStringLiteral("dashboard.png"));
}

void TestAnalysisViews::dashboardSortsAndOpensRegions()
{
    PrefectureDashboard dashboard;
    dashboard.setDataset(m_dataset);
    QTableView *view = dashboard.regionView();
    view->sortByColumn(RegionGapModel::UnexplainedGap, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, RegionGapModel::Code).data().toString(),
             QStringLiteral("0103"));
    view->sortByColumn(RegionGapModel::Latest, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, RegionGapModel::Code).data().toString(),
             QStringLiteral("0101"));
    QCOMPARE(view->model()->index(3, RegionGapModel::Code).data().toString(),
             QStringLiteral("0199"));
    QSignalSpy opened(&dashboard, &PrefectureDashboard::regionActivated);
    emit view->doubleClicked(view->model()->index(1, RegionGapModel::Name));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("0103"));
}

void TestAnalysisViews::dashboardThresholdIsASetting()
{
    PrefectureDashboard dashboard;
    dashboard.setDataset(m_dataset);
    QCOMPARE(dashboard.threshold(), 0.10);
    QSignalSpy changed(&dashboard, &PrefectureDashboard::thresholdChanged);
    dashboard.setThreshold(0.05);
    QCOMPARE(changed.size(), 1);
    const RegionGapModel *regions = dashboard.regionModel();
    // 107.4 % is beyond ±5 %.
    QVERIFY(shaded(regions, regions->rowOf(QStringLiteral("0101")), RegionGapModel::PlannedRatio));
    // Kept for the next session.
    PrefectureDashboard again;
    QCOMPARE(again.threshold(), 0.05);
}

void TestAnalysisViews::dashboardComparesWithTheNation()
{
    PrefectureDashboard dashboard;
    dashboard.setDataset(m_dataset);
    const PrefectureComparisonModel *comparison = dashboard.comparisonModel();
    QCOMPARE(comparison->rowCount(), 2); // the nation and 北海道 (the others hold no figures)
    const int nation = comparison->rowOf(QStringLiteral("00"));
    const int home = comparison->rowOf(QStringLiteral("01"));
    QVERIFY(nation >= 0 && home >= 0);
    QVERIFY(comparison->index(home, 0).data(Qt::FontRole).value<QFont>().bold());
    // 全国 高度急性期: 157,639 ÷ 126,146,099 × 100,000 = 125.0
    QCOMPARE(cell(comparison, nation, PrefectureComparisonModel::FirstFunction),
             QStringLiteral("125.0"));
    QChart *chart = dashboard.comparisonChart()->chart();
    QVERIFY(chart && !chart->series().isEmpty());
}

void TestAnalysisViews::regionPageShowsFiguresAndCharts()
{
    RegionPage page;
    page.setDataset(m_dataset);
    page.resize(1400, 900);
    page.show();
    QCOMPARE(page.region(), QStringLiteral("0101"));
    const FunctionGapModel *functions = page.functionModel();
    QCOMPARE(functions->rowCount(), 5);
    const int total = rowOfFunction(functions, QStringLiteral("Total"));
    QCOMPARE(cell(functions, total, FunctionGapModel::Latest), QStringLiteral("5,243"));
    QCOMPARE(cell(functions, total, FunctionGapModel::Base), QStringLiteral("5,595"));
    QCOMPARE(cell(functions, total, FunctionGapModel::PlannedRatio), QStringLiteral("107.4%"));
    QCOMPARE(cell(functions, total, FunctionGapModel::ChangeSinceBase),
             QStringLiteral("−352 (−6.3%)"));
    const int high = rowOfFunction(functions, QStringLiteral("HighAcute"));
    QCOMPARE(cell(functions, high, FunctionGapModel::LatestRatio), QStringLiteral("160.7%"));
    QCOMPARE(cell(functions, high, FunctionGapModel::LatestMinusRequired), QStringLiteral("▲+355"));
    QVERIFY(shaded(functions, high, FunctionGapModel::LatestRatio));
    QVERIFY(page.caveatText().contains(QStringLiteral("2024: 98.0%")));
    QCOMPARE(page.reportingRatesText(),
             QStringLiteral("Reporting rate by year: 2015: 95.0%, 2024: 98.0%"));

    // Trend: a line per function, the required level dashed, the planned level marked.
    QChart *trend = page.trendChart()->chart();
    int dashed = 0, markers = 0, solid = 0;
    for (QAbstractSeries *s : trend->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            markers += scatter->count();
        else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            if (line->pen().style() == Qt::DashLine && line->count() == 2)
                ++dashed;
            else if (line->pen().style() == Qt::SolidLine)
                ++solid;
        }
    }
    QCOMPARE(solid, 4);
    QCOMPARE(dashed, 4);
    QCOMPARE(markers, 4);
    QVERIFY(page.trendChart()->caption().title.contains(QStringLiteral("2015")));
    QVERIFY(page.gapChart()->chart()->series().size() == 1);
    QVERIFY(page.hospitalChart()->chart()->series().size() == 1);
    keepScreenshot(&page, QStringLiteral("region-page.png"));
}

void TestAnalysisViews::regionPageSearchesAndListsClosedBeds()
{
    RegionPage page;
    page.setDataset(m_dataset);
    const RegionHospitalModel *hospitals = page.hospitalModel();
    QCOMPARE(hospitals->rowCount(), 5);
    const int closedColumn
        = hospitals->columnOf(RegionHospitalModel::ColumnKind::Beds, QStringLiteral("Closed"));
    QVERIFY(closedColumn > 0);
    QCOMPARE(cell(hospitals, 0, hospitals->columnOf(RegionHospitalModel::ColumnKind::Name)),
             QStringLiteral("市立函館病院"));
    QCOMPARE(cell(hospitals, 0, closedColumn), QStringLiteral("20"));
    QCOMPARE(hospitals->index(0, closedColumn).data(Qt::BackgroundRole).value<QBrush>().color(),
             RegionHospitalModel::closedHighlight());
    QVERIFY(!shaded(hospitals, 1, closedColumn)); // 0 closed beds: not highlighted
    QCOMPARE(cell(hospitals, 1,
                  hospitals->columnOf(RegionHospitalModel::ColumnKind::Volume,
                                      QStringLiteral("births"))),
             QStringLiteral("*"));

    // Search by name or municipality; full-width letters match too.
    page.searchField()->setText(QStringLiteral("函館"));
    QCOMPARE(page.hospitalFilter()->rowCount(), 3);
    page.searchField()->setText(QStringLiteral("五稜郭"));
    QCOMPARE(page.hospitalFilter()->rowCount(), 1);
    page.searchField()->setText(QStringLiteral("ＨＹＰＥＲＬＩＮＫ"));
    QCOMPARE(page.hospitalFilter()->rowCount(), 1);
    page.searchField()->clear();
    page.hospitalFilter()->setOnlyWithClosedBeds(true);
    QCOMPARE(page.hospitalFilter()->rowCount(), 2);

    // The facilities with 休棟中等 listed apart, most first.
    const RegionHospitalFilter *closed = page.closedFilter();
    QCOMPARE(closed->rowCount(), 2);
    QCOMPARE(closed->index(0, 1).data().toString(), QStringLiteral("医療法人　七飯療養病院"));
    QCOMPARE(closed->index(0, closedColumn).data().toString(), QStringLiteral("100"));

    // Sorting is numeric.
    page.hospitalFilter()->setOnlyWithClosedBeds(false);
    const int acute
        = hospitals->columnOf(RegionHospitalModel::ColumnKind::Beds, QStringLiteral("Acute"));
    page.hospitalFilter()->sort(acute, Qt::AscendingOrder);
    QCOMPARE(page.hospitalFilter()->index(0, acute).data().toString(), QStringLiteral("0"));
    QCOMPARE(page.hospitalFilter()->index(4, acute).data().toString(), QStringLiteral("270"));
}

void TestAnalysisViews::regionPageFollowsTheSelector()
{
    RegionPage page;
    page.setDataset(m_dataset);
    QComboBox *selector = page.regionSelector();
    QCOMPARE(selector->count(), 4);
    const int index = selector->findData(QStringLiteral("0102"));
    selector->setCurrentIndex(index);
    emit selector->activated(index);
    QCOMPARE(page.region(), QStringLiteral("0102"));
    const FunctionGapModel *functions = page.functionModel();
    const int high = rowOfFunction(functions, QStringLiteral("HighAcute"));
    QCOMPARE(cell(functions, high, FunctionGapModel::LatestRatio), QStringLiteral("－"));
    QCOMPARE(page.hospitalModel()->rowCount(), 0);
    page.setRegion(QStringLiteral("0199"));
    QCOMPARE(selector->currentData().toString(), QStringLiteral("0199"));
    const int chronic = rowOfFunction(page.functionModel(), QStringLiteral("Chronic"));
    QCOMPARE(cell(page.functionModel(), chronic, FunctionGapModel::Planned),
             QStringLiteral("未報告"));
    QVERIFY(page.gapChart()->caption().caveat.contains(QStringLiteral("未報告")));
}

void TestAnalysisViews::viewsFollowDataChanges()
{
    PrefectureDashboard dashboard;
    dashboard.setDataset(m_dataset);
    RegionPage page;
    page.setDataset(m_dataset);
    FigureStore figures(*m_dataset);
    QString error;
    BedFigure f;
    f.areaCode = QStringLiteral("0101");
    f.measure = Measure::Reported;
    f.year = 2024;
    f.functionKey = QStringLiteral("HighAcute");
    f.value = BedValue::of(1000);
    f.editionId = figures.latestEdition()->id;
    QVERIFY2(figures.putBed(FigureStore::Area::Region, f, &error), qPrintable(error));
    m_dataset->notifyChanged(DataChange::Figures);
    const RegionGapModel *regions = dashboard.regionModel();
    QCOMPARE(cell(regions, regions->rowOf(QStringLiteral("0101")), RegionGapModel::Latest),
             QStringLiteral("5,303"));
    QCOMPARE(cell(page.functionModel(),
                  rowOfFunction(page.functionModel(), QStringLiteral("Total")),
                  FunctionGapModel::Latest),
             QStringLiteral("5,303"));
}

void TestAnalysisViews::emptyDatasetShowsNothing()
{
    QTemporaryDir dir;
    Dataset empty;
    QString error;
    QVERIFY(empty.create(dir.filePath(QStringLiteral("e.koso")), QStringLiteral("13"), &error));
    PrefectureDashboard dashboard;
    dashboard.setDataset(&empty);
    QCOMPARE(dashboard.regionModel()->rowCount(), 0);
    QVERIFY(dashboard.gapChart()->chart()->series().isEmpty());
    RegionPage page;
    page.setDataset(&empty);
    QCOMPARE(page.functionModel()->rowCount(), 0);
    dashboard.setDataset(nullptr);
    page.setDataset(nullptr);
    QCOMPARE(dashboard.regionModel()->rowCount(), 0);
}

void TestAnalysisViews::exportDialogExportsAndPreviews()
{
    RegionPage page;
    page.setDataset(m_dataset);
    ChartPanel *panel = page.gapChart();
    ChartExportDialog dialog(panel->chart(), panel->caption());
    QCOMPARE(dialog.options().pixelSize, QSize(1920, 1080));
    QCOMPARE(dialog.options().dpi, 144);
    QCOMPARE(dialog.previewImage().size(), QSize(480, 270));
    dialog.setOptions({ QSize(1600, 1200), 200 });
    QCOMPARE(dialog.previewImage().size(), QSize(360, 270));
    const QString path = m_dir->filePath(QStringLiteral("dialog.png"));
    dialog.setFilePath(path);
    QString error;
    QVERIFY2(dialog.exportChart(&error), qPrintable(error));
    QCOMPARE(QImage(path).size(), QSize(1600, 1200));
    // The chart stays in its panel.
    QCOMPARE(panel->chart()->scene(), panel->view()->scene());
    // The last size and resolution are remembered for the next export.
    ChartExportDialog next(panel->chart(), panel->caption());
    QCOMPARE(next.options().pixelSize, QSize(1600, 1200));
    QCOMPARE(next.options().dpi, 200);
}

void TestAnalysisViews::printsReportOnAPrinter()
{
    KOSO_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
                 "pdfinfo (poppler-utils) is not installed.");
    PrefectureDashboard dashboard;
    dashboard.setDataset(m_dataset);
    RegionReport report(dashboard.regionModel()->regions(),
                        FigureStore(*m_dataset).latestEdition());
    ReportCharts charts;
    report.setChartPainter(&charts);
    QPrinter printer(QPrinter::HighResolution);
    ReportPrinting::setUpPrinter(report, &printer);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    QString error;
    QVERIFY2(report.render(&printer, &error) == 4, qPrintable(error));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { path });
    info.waitForFinished();
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+4\\n"))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("842 x 595")), qPrintable(text));
}

void TestAnalysisViews::mainWindowShowsTheDemoDataset()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.koso"));
    QString error;
    QVERIFY2(DemoGenerator().write(path, &error), qPrintable(error));

    MainWindow window;
    auto *pages = window.findChild<AnalysisPages *>(QStringLiteral("analysisPages"));
    QVERIFY(pages);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    // The region overview first, then the dashboard and the region page.
    QVERIFY(navigation->count() > 3);
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Prefecture dashboard"));
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Region analysis"));
    QVERIFY(window.fileMenu()->actions().contains(
        window.findChild<QAction *>(QStringLiteral("actionPrintPrefectureReport"))));
    QVERIFY(window.fileMenu()->actions().contains(
        window.findChild<QAction *>(QStringLiteral("actionSavePrefectureReport"))));
    QVERIFY(
        !window.findChild<QAction *>(QStringLiteral("actionPrintPrefectureReport"))->isEnabled());
    QVERIFY2(window.openFile(path, true, &error), qPrintable(error));
    window.show();
    QVERIFY(
        window.findChild<QAction *>(QStringLiteral("actionPrintPrefectureReport"))->isEnabled());

    // The dashboard shows サンプル県's regions with the dataset's own figures.
    PrefectureDashboard *dashboard = pages->dashboard();
    QCOMPARE(dashboard->prefecture(), DemoGenerator::demoPrefectureCode());
    const RegionGapModel *regions = dashboard->regionModel();
    Dataset &dataset = *window.document()->dataset();
    const QVector<Region> expected = GeographyStore(dataset).regions(dashboard->prefecture());
    QCOMPARE(regions->rowCount(), int(expected.size()));
    QVERIFY(regions->rowCount() > 0);
    FigureStore figures(dataset);
    for (const Region &r : expected) {
        // Totals summed here from the stored figures of the four functions.
        int latestYear = 0;
        for (const BedFigure &f : figures.beds(FigureStore::Area::Region, r.code)) {
            if (f.measure == Measure::Reported)
                latestYear = std::max(latestYear, f.year);
        }
        qint64 latest = 0, required = 0;
        for (const BedFigure &f : figures.beds(FigureStore::Area::Region, r.code)) {
            if (f.functionKey == QLatin1String("Closed"))
                continue;
            if (f.measure == Measure::Reported && f.year == latestYear)
                latest += f.value.valueOr(0);
            if (f.measure == Measure::Required)
                required += f.value.valueOr(0);
        }
        const int row = regions->rowOf(r.code);
        QVERIFY(row >= 0);
        QCOMPARE(
            regions->index(row, RegionGapModel::Latest).data(RegionGapModel::SortRole).toLongLong(),
            latest);
        QCOMPARE(regions->index(row, RegionGapModel::Required)
                     .data(RegionGapModel::SortRole)
                     .toLongLong(),
                 required);
        QCOMPARE(cell(regions, row, RegionGapModel::Latest), QLocale().toString(latest));
    }
    QVERIFY(!dashboard->gapChart()->chart()->series().isEmpty());

    // Double-clicking a region opens its page in the window.
    const QString code = expected.at(1).code;
    emit dashboard->regionView()->doubleClicked(dashboard->regionView()->model()->index(
        static_cast<QSortFilterProxyModel *>(dashboard->regionView()->model())
            ->mapFromSource(regions->index(regions->rowOf(code), 0))
            .row(),
        RegionGapModel::Name));
    QCOMPARE(window.currentPage(), pages->regionPage());
    QCOMPARE(pages->regionPage()->region(), code);
    const int facilities = int(HospitalStore(dataset).hospitals(code).size());
    QVERIFY(facilities > 0);
    QCOMPARE(pages->regionPage()->hospitalModel()->rowCount(), facilities);
    QVERIFY(pages->regionPage()->functionModel()->rowCount() >= 5);
    keepScreenshot(&window, QStringLiteral("main-window-region.png"));
    window.setCurrentPage(dashboard);
    keepScreenshot(&window, QStringLiteral("main-window-dashboard.png"));

    // Closing the dataset empties both pages.
    window.closeDocument();
    QCOMPARE(regions->rowCount(), 0);
    QCOMPARE(pages->regionPage()->hospitalModel()->rowCount(), 0);
}

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysisviews.moc"
