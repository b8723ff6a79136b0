// The office screen (1366×768), readable chart axes, names that stay text, and the
// prefecture report's summary page.

#include "analysis/AnalysisPages.h"
#include "analysis/AnalysisText.h"
#include "analysis/FunctionGapModel.h"
#include "analysis/GapAnalysis.h"
#include "analysis/HospitalAnalysis.h"
#include "analysis/PrefectureDashboard.h"
#include "analysis/RegionGapModel.h"
#include "analysis/RegionHospitalModel.h"
#include "analysis/RegionOverviewPage.h"
#include "analysis/RegionPage.h"
#include "charts/ChartAxes.h"
#include "charts/ChartFactory.h"
#include "charts/RegionReportBuilder.h"
#include "demo/DemoGenerator.h"
#include "mainwindow/MainWindow.h"
#include "policy/HospitalListPage.h"
#include "policy/HospitalTableModel.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "widgets/ChartPanel.h"
#include "widgets/ScreenFit.h"

#include <QAbstractBarSeries>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLegendMarker>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Koso;

namespace {

const QString Markup = QStringLiteral("<b>x</b><img src=\"%1\">");

// Every value axis of a chart (the QCategoryAxis of ChartAxes).
QVector<QCategoryAxis *> valueAxes(QChart *chart)
{
    QVector<QCategoryAxis *> axes;
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *c = qobject_cast<QCategoryAxis *>(axis); c && c->min() == 0)
            axes << c;
    }
    return axes;
}

bool isRoundStep(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    const double m = step / magnitude;
    for (double nice : { 1.0, 2.0, 2.5, 5.0 }) {
        if (std::abs(m - nice) < 1e-9)
            return true;
    }
    return false;
}

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void niceTicksAreRound_data();
    void niceTicksAreRound();
    void tickLabelsGroupThousands();
    void everyChartAxisIsRoundWithTheUnit();
    void hospitalChartEndsOnARoundBound();
    void prefectureChartNamesEveryRegionWithoutACutKey();

    void namesInChartsAreEscaped();
    void namesInLabelsArePlainText();
    void reportPdfNeverEmbedsAFileNamedInData();

    void prefectureReportOpensWithASummaryPage();

    void firstWindowFitsTheScreen();
    void dashboardShowsEveryKeyFigureAt1366();
    void regionPageShowsEveryFunctionAt1366();
    void hospitalListShowsBedColumnsAt1366();
    void mnemonicMarkersAreNeverShownAsText();
    void navigationNamesAreDistinct();

private:
    void openAt1366(MainWindow &window);
    void rename(const QString &regionName, const QString &hospitalName);
    void keepScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;
    QString m_image;
};

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestScreenFit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_demo = m_dir->filePath(QStringLiteral("demo.koso"));
    DemoGenerator generator;
    QString error;
    QVERIFY2(generator.writeFile(m_demo, false, &error), qPrintable(error));
    // A local image of about 300 KB that a markup name would pull into a PDF.
    m_image = m_dir->filePath(QStringLiteral("local.png"));
    QImage noise(400, 400, QImage::Format_RGB32);
    quint32 seed = 12345;
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x) {
            seed = seed * 1103515245u + 12345u;
            noise.setPixel(x, y, seed >> 8);
        }
    QVERIFY(noise.save(m_image, "PNG"));
}

void TestScreenFit::cleanup()
{
    m_dir.reset();
}

void TestScreenFit::rename(const QString &regionName, const QString &hospitalName)
{
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.open(m_demo, &error), qPrintable(error));
    QSqlQuery q(dataset.database());
    q.prepare(QStringLiteral("UPDATE region SET name = ? WHERE code = '9901'"));
    q.addBindValue(regionName);
    QVERIFY(q.exec());
    q.prepare(QStringLiteral("UPDATE hospital SET name = ? WHERE id = 1"));
    q.addBindValue(hospitalName);
    QVERIFY(q.exec());
}

void TestScreenFit::keepScreenshot(QWidget *widget, const QString &name)
{
    // KOSO_SCREENSHOT_DIR=/tmp/x keeps what the test saw, to look at.
    const QString dir = qEnvironmentVariable("KOSO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

void TestScreenFit::niceTicksAreRound_data()
{
    QTest::addColumn<double>("maximum");
    QTest::addColumn<double>("top");
    // The figures of the issue: 6,268 (a region), 49,689 (Tokyo), 101 (a hospital chart).
    QTest::newRow("6268") << 6268.0 << 8000.0;
    QTest::newRow("49689") << 49689.0 << 50000.0;
    QTest::newRow("101") << 101.0 << 125.0;
    QTest::newRow("102") << 102.0 << 125.0;
    QTest::newRow("1190821") << 1190821.0 << 1250000.0;
    QTest::newRow("7") << 7.0 << 8.0;
    QTest::newRow("0") << 0.0 << 1.0;
}

void TestScreenFit::niceTicksAreRound()
{
    QFETCH(double, maximum);
    QFETCH(double, top);
    const QVector<double> ticks = ChartAxes::niceTicks(maximum);
    QVERIFY(ticks.size() >= 2 && ticks.size() <= 7);
    QCOMPARE(ticks.first(), 0.0);
    QCOMPARE(ticks.last(), top);
    QVERIFY(ticks.last() >= maximum);
    const double step = ticks.at(1) - ticks.at(0);
    QVERIFY2(isRoundStep(step), qPrintable(QString::number(step)));
    for (int i = 1; i < ticks.size(); ++i)
        QCOMPARE(ticks.at(i) - ticks.at(i - 1), step);
}

void TestScreenFit::tickLabelsGroupThousands()
{
    QCOMPARE(ChartAxes::tickLabel(12000), QStringLiteral("12,000"));
    QCOMPARE(ChartAxes::tickLabel(1250000), QStringLiteral("1,250,000"));
    QCOMPARE(ChartAxes::tickLabel(0), QStringLiteral("0"));
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(ChartAxes::tickLabel(50000), QStringLiteral("50,000"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    std::unique_ptr<QValueAxis> axis(ChartAxes::valueAxis(6268, QStringLiteral("Unit: beds")));
    auto *c = qobject_cast<QCategoryAxis *>(axis.get());
    QVERIFY(c);
    QCOMPARE(c->categoriesLabels(),
             QStringList({ QStringLiteral("0"), QStringLiteral("2,000"), QStringLiteral("4,000"),
                           QStringLiteral("6,000"), QStringLiteral("8,000") }));
    QCOMPARE(c->max(), 8000.0);
}

void TestScreenFit::everyChartAxisIsRoundWithTheUnit()
{
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.open(m_demo, &error), qPrintable(error));
    for (const QString &kindName : ChartFactory::kindNames()) {
        const auto kind = ChartFactory::kindFromName(kindName);
        QVERIFY(kind);
        const QString code
            = ChartFactory::isRegionKind(*kind) ? QStringLiteral("9901") : QStringLiteral("99");
        auto built = ChartFactory::build(dataset, *kind, code, 0.1, &error);
        QVERIFY2(built, qPrintable(error));
        const QVector<QCategoryAxis *> axes = valueAxes(built->chart.get());
        QVERIFY2(axes.size() == 1, qPrintable(kindName));
        QCategoryAxis *axis = axes.first();
        const QStringList labels = axis->categoriesLabels();
        QVERIFY(labels.size() >= 2);
        double previous = -1, step = 0;
        for (const QString &label : labels) {
            // Whole numbers with grouping: "1,000", never "1000" or "1567".
            QVERIFY2(
                QRegularExpression(QStringLiteral("^\\d{1,3}(,\\d{3})*$")).match(label).hasMatch(),
                qPrintable(kindName + QLatin1Char(' ') + label));
            const double value = QLocale().toDouble(label);
            if (previous >= 0) {
                if (step == 0)
                    step = value - previous;
                QCOMPARE(value - previous, step);
            }
            previous = value;
        }
        QVERIFY2(isRoundStep(step), qPrintable(kindName));
        QCOMPARE(axis->max(), previous);
        if (*kind == ChartFactory::Kind::NationalComparison)
            QVERIFY(axis->titleText().contains(QStringLiteral("100,000")));
        else
            QVERIFY2(axis->titleText().startsWith(AnalysisText::unitNote()),
                     qPrintable(axis->titleText()));
    }
}

void TestScreenFit::hospitalChartEndsOnARoundBound()
{
    // A small region: its largest function holds about a hundred beds.
    RegionHospitals hospitals;
    hospitals.regionName = QStringLiteral("Small");
    HospitalRow row;
    row.hospital.name = QStringLiteral("A");
    row.beds.insert(QStringLiteral("Acute"), 101);
    row.totalWithClosed = 101;
    hospitals.rows << row;
    hospitals.functionTotals.insert(QStringLiteral("Acute"), 101);
    BedFunctionList functions;
    BedFunction acute;
    acute.key = QStringLiteral("Acute");
    acute.nameEn = QStringLiteral("Acute");
    acute.nameJa = QStringLiteral("急性期");
    acute.countsInTotal = true;
    functions << acute;
    std::unique_ptr<QChart> chart(ChartFactory::regionHospitals(hospitals, functions));
    const QVector<QCategoryAxis *> axes = valueAxes(chart.get());
    QCOMPARE(axes.size(), 1);
    // A round bound above 101 (not 101 or 102): a multiple of the round step.
    const QStringList labels = axes.first()->categoriesLabels();
    const double step = QLocale().toDouble(labels.at(1));
    QVERIFY(isRoundStep(step));
    QVERIFY2(axes.first()->max() >= 101 && axes.first()->max() <= 150
                 && std::fmod(axes.first()->max(), step) == 0,
             qPrintable(QString::number(axes.first()->max())));
    QVERIFY(axes.first()->categoriesLabels().size() <= 6); // room for "1,000" side by side
}

void TestScreenFit::prefectureChartNamesEveryRegionWithoutACutKey()
{
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.open(m_demo, &error), qPrintable(error));
    auto built = ChartFactory::build(dataset, ChartFactory::Kind::PrefectureGap,
                                     QStringLiteral("99"), 0.1, &error);
    QVERIFY2(built, qPrintable(error));
    // Reported and required: no legend-only series whose long text would be cut.
    QCOMPARE(built->chart->series().size(), 2);
    QString axisTitle = valueAxes(built->chart.get()).first()->titleText();
    QVERIFY2(axisTitle.contains(QStringLiteral("2024"))
                 && axisTitle.contains(QStringLiteral("2025")),
             qPrintable(axisTitle));
    for (QAbstractAxis *axis : built->chart->axes()) {
        if (auto *regions = qobject_cast<QBarCategoryAxis *>(axis))
            QCOMPARE(regions->count(), 5);
    }
}

void TestScreenFit::namesInChartsAreEscaped()
{
    const QString name = Markup.arg(m_image);
    rename(name, name);
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.open(m_demo, &error), qPrintable(error));
    const QString escaped = name.toHtmlEscaped();
    for (auto kind : { ChartFactory::Kind::RegionTrend, ChartFactory::Kind::RegionGap,
                       ChartFactory::Kind::RegionHospitals, ChartFactory::Kind::PrefectureGap }) {
        const QString code
            = ChartFactory::isRegionKind(kind) ? QStringLiteral("9901") : QStringLiteral("99");
        auto built = ChartFactory::build(dataset, kind, code, 0.1, &error);
        QVERIFY2(built, qPrintable(error));
        QChart *chart = built->chart.get();
        QVERIFY2(!chart->title().contains(QStringLiteral("<b>")), qPrintable(chart->title()));
        if (kind != ChartFactory::Kind::PrefectureGap)
            QVERIFY2(chart->title().contains(escaped), qPrintable(chart->title()));
        // The caption is painted as text: it keeps the name as it is.
        if (ChartFactory::isRegionKind(kind))
            QVERIFY(built->caption.title.contains(name));
        for (QLegendMarker *marker : chart->legend()->markers())
            QVERIFY2(!marker->label().contains(QStringLiteral("<img")),
                     qPrintable(marker->label()));
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets())
                    QVERIFY2(!set->label().contains(QStringLiteral("<img")),
                             qPrintable(set->label()));
        }
        for (QAbstractAxis *axis : chart->axes()) {
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                for (const QString &c : categories->categories())
                    QVERIFY2(!c.contains(QStringLiteral("<img")), qPrintable(c));
                if (kind == ChartFactory::Kind::PrefectureGap)
                    QVERIFY(categories->categories().contains(escaped));
            }
        }
        if (kind == ChartFactory::Kind::RegionHospitals) {
            bool found = false;
            for (QLegendMarker *marker : chart->legend()->markers())
                found = found || marker->label().contains(QStringLiteral("&quot;"))
                    || marker->label().contains(QStringLiteral("&lt;"));
            QVERIFY(found); // the hospital's name, escaped (and shortened)
        }
    }
}

void TestScreenFit::namesInLabelsArePlainText()
{
    const QString name = Markup.arg(m_image);
    rename(name, name);
    MainWindow window;
    openAt1366(window);
    auto *pages = window.findChild<AnalysisPages *>(QStringLiteral("analysisPages"));
    QVERIFY(pages);
    pages->openRegion(QStringLiteral("9901"));
    QVERIFY(window.regionOverviewPage()->selectArea(QStringLiteral("9901")));
    QCoreApplication::processEvents();
    int withName = 0;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->text().contains(QStringLiteral("<img")))
            continue;
        ++withName;
        QVERIFY2(label->textFormat() == Qt::PlainText,
                 qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
    }
    if (withName < 2) {
        for (QLabel *label : window.findChildren<QLabel *>())
            qWarning() << label->objectName() << label->text().left(80);
    }
    QVERIFY(withName >= 2); // the region page's title and the region list's
    QVERIFY(pages->regionPage()->findChildren<QLabel *>().size() > 0);
    bool titleShown = false;
    for (QLabel *label : pages->regionPage()->findChildren<QLabel *>())
        titleShown
            = titleShown || (label->text().contains(name) && label->textFormat() == Qt::PlainText);
    QVERIFY(titleShown);
    // The on-screen charts: escaped titles.
    QVERIFY(!pages->regionPage()->trendChart()->chart()->title().contains(QStringLiteral("<b>")));
    keepScreenshot(&window, QStringLiteral("markup-names.png"));
}

void TestScreenFit::reportPdfNeverEmbedsAFileNamedInData()
{
    Dataset plain;
    QString error;
    QVERIFY2(plain.open(m_demo, &error), qPrintable(error));
    const QString before = m_dir->filePath(QStringLiteral("before.pdf"));
    QVERIFY2(
        RegionReportBuilder::writePdf(plain, QStringLiteral("9901"), 0.1, before, nullptr, &error),
        qPrintable(error));
    plain.close();

    const QString name = Markup.arg(m_image);
    rename(name, name);
    Dataset dataset;
    QVERIFY2(dataset.open(m_demo, &error), qPrintable(error));
    const QString after = m_dir->filePath(QStringLiteral("after.pdf"));
    QVERIFY2(
        RegionReportBuilder::writePdf(dataset, QStringLiteral("9901"), 0.1, after, nullptr, &error),
        qPrintable(error));
    const qint64 sizeBefore = QFileInfo(before).size();
    const qint64 sizeAfter = QFileInfo(after).size();
    // The 300 KB image would more than double it; the name's letters add a little.
    QVERIFY2(sizeAfter < sizeBefore * 1.3 && sizeAfter < sizeBefore + 60000,
             qPrintable(QStringLiteral("%1 → %2").arg(sizeBefore).arg(sizeAfter)));
    QFile pdf(after);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(!pdf.readAll().contains("/Subtype /Image"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the size and image checks passed.");
    const QString text = tool(QStringLiteral("pdftotext"), { after, QStringLiteral("-") });
    QVERIFY2(text.contains(QStringLiteral("<b>x</b>")), qPrintable(text.left(400)));
}

void TestScreenFit::prefectureReportOpensWithASummaryPage()
{
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.open(m_demo, &error), qPrintable(error));
    auto report = RegionReportBuilder::build(dataset, QStringLiteral("99"), 0.1, &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY(report->hasPrefectureSummary());
    QCOMPARE(report->pageCount(), int(report->regions().size()) + 1);
    QVERIFY2(report->pageTitle(0).contains(QStringLiteral("サンプル県")),
             qPrintable(report->pageTitle(0)));
    QVERIFY(report->pageTitle(1).contains(report->regions().first().name));
    // A single region's report has no summary.
    auto single = RegionReportBuilder::build(dataset, QStringLiteral("9901"), 0.1, &error);
    QVERIFY(single && !single->hasPrefectureSummary() && single->pageCount() == 1);

    const QString path = m_dir->filePath(QStringLiteral("prefecture.pdf"));
    int pages = 0;
    QVERIFY2(
        RegionReportBuilder::writePdf(dataset, QStringLiteral("99"), 0.1, path, &pages, &error),
        qPrintable(error));
    QCOMPARE(pages, 6);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the page count was checked.");
    const QString first = tool(QStringLiteral("pdftotext"),
                               { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                 QStringLiteral("1"), path, QStringLiteral("-") });
    // Totals by function, the chart of the regions (their names) and the caveat.
    for (const QString &expected :
         { QStringLiteral("サンプル県"), QStringLiteral("Total"), QStringLiteral("県央"),
           QStringLiteral("県南"), QStringLiteral("computed differently") })
        QVERIFY2(first.contains(expected), qPrintable(expected + QLatin1Char('\n') + first));
}

void TestScreenFit::firstWindowFitsTheScreen()
{
    MainWindow window;
    const QSize available = window.screen()->availableGeometry().size();
    QVERIFY(window.width() <= available.width() - ScreenFit::FrameAllowanceWidth);
    QVERIFY(window.height() <= available.height() - ScreenFit::FrameAllowanceHeight);
    QCOMPARE(ScreenFit::fitted(&window, QSize(100, 100)), QSize(100, 100));
    QCOMPARE(ScreenFit::fitted(&window, QSize(100000, 100000)),
             QSize(available.width() - ScreenFit::FrameAllowanceWidth,
                   available.height() - ScreenFit::FrameAllowanceHeight));
}

void TestScreenFit::openAt1366(MainWindow &window)
{
    QString error;
    QVERIFY2(window.openFile(m_demo, true, &error), qPrintable(error));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
}

void TestScreenFit::dashboardShowsEveryKeyFigureAt1366()
{
    MainWindow window;
    openAt1366(window);
    auto *pages = window.findChild<AnalysisPages *>(QStringLiteral("analysisPages"));
    PrefectureDashboard *dashboard = pages->dashboard();
    window.setCurrentPage(dashboard);
    QTest::qWait(50);
    QCoreApplication::processEvents();
    keepScreenshot(&window, QStringLiteral("dashboard-1366.png"));

    // The region table: every visible column without a horizontal scroll bar.
    QTableView *regions = dashboard->regionView();
    QCOMPARE(regions->horizontalScrollBar()->maximum(), 0);
    QVERIFY(!regions->horizontalScrollBar()->isVisible());
    // Its gap columns are among the visible ones.
    for (int c : { RegionGapModel::LatestMinusRequired, RegionGapModel::PlannedMinusRequired,
                   RegionGapModel::LatestRatio, RegionGapModel::PlannedRatio })
        QVERIFY(!regions->isColumnHidden(c));
    // The totals: every row (休棟中等 included) and every visible column, no scroll bar.
    for (const QString &name : { QStringLiteral("prefectureTotals") }) {
        auto *view = dashboard->findChild<QTableView *>(name);
        QVERIFY(view);
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(view->verticalScrollBar()->maximum(), 0);
        const int rows = view->model()->rowCount();
        QVERIFY(rows >= 6);
        QVERIFY(view->rowViewportPosition(rows - 1) + view->rowHeight(rows - 1)
                <= view->viewport()->height());
        for (int c : { FunctionGapModel::LatestMinusRequired, FunctionGapModel::PlannedRatio })
            QVERIFY(!view->isColumnHidden(c));
    }
    // The region chart is tall enough for every region's two bars.
    QVERIFY(dashboard->gapChart()->view()->minimumHeight() >= 150 + 30 * 5);
}

void TestScreenFit::regionPageShowsEveryFunctionAt1366()
{
    MainWindow window;
    openAt1366(window);
    auto *pages = window.findChild<AnalysisPages *>(QStringLiteral("analysisPages"));
    pages->openRegion(QStringLiteral("9901"));
    QTest::qWait(50);
    auto *functions = pages->regionPage()->findChild<QTableView *>(QStringLiteral("functionTable"));
    QVERIFY(functions);
    QCOMPARE(functions->verticalScrollBar()->maximum(), 0);
    QCOMPARE(functions->horizontalScrollBar()->maximum(), 0);
    const int rows = functions->model()->rowCount();
    QVERIFY(functions->rowViewportPosition(rows - 1) + functions->rowHeight(rows - 1)
            <= functions->viewport()->height());
    keepScreenshot(&window, QStringLiteral("region-1366.png"));

    // The facilities: whole names and the beds by function in view.
    auto *tabs = pages->regionPage()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QTest::qWait(50);
    auto *facilities
        = pages->regionPage()->findChild<QTableView *>(QStringLiteral("facilityTable"));
    QVERIFY(facilities);
    const RegionHospitalModel *model = pages->regionPage()->hospitalModel();
    const int name = model->columnOf(RegionHospitalModel::ColumnKind::Name);
    const int longest = static_cast<QAbstractItemView *>(facilities)->sizeHintForColumn(name);
    QVERIFY2(facilities->columnWidth(name) >= longest,
             qPrintable(QStringLiteral("%1 < %2").arg(facilities->columnWidth(name)).arg(longest)));
    const int acute
        = model->columnOf(RegionHospitalModel::ColumnKind::Beds, QStringLiteral("Acute"));
    QVERIFY(acute >= 0 && !facilities->isColumnHidden(acute));
    keepScreenshot(&window, QStringLiteral("facilities-1366.png"));
}

void TestScreenFit::hospitalListShowsBedColumnsAt1366()
{
    MainWindow window;
    openAt1366(window);
    auto *list = window.findChild<HospitalListPage *>();
    QVERIFY(list);
    window.setCurrentPage(window.findChild<QWidget *>(QStringLiteral("hospitalsHost")));
    QTest::qWait(50);
    keepScreenshot(&window, QStringLiteral("hospitals-1366.png"));
    auto *view = list->findChild<QTableView *>(QStringLiteral("hospitalTable"));
    QVERIFY(view);
    auto *model = qobject_cast<HospitalTableModel *>(
        qobject_cast<QAbstractProxyModel *>(view->model())->sourceModel());
    QVERIFY(model);
    int beds = 0;
    for (int c = 0; c < model->columnCount(); ++c) {
        const auto kind = model->columnKind(c);
        if (kind != HospitalTableModel::ColumnKind::Beds
            && kind != HospitalTableModel::ColumnKind::TotalBeds
            && kind != HospitalTableModel::ColumnKind::Name)
            continue;
        ++beds;
        QVERIFY(!view->isColumnHidden(c));
        const int right = view->columnViewportPosition(c) + view->columnWidth(c);
        QVERIFY2(view->columnViewportPosition(c) >= 0 && right <= view->viewport()->width(),
                 qPrintable(model->headerData(c, Qt::Horizontal).toString()));
    }
    QVERIFY(beds >= 6);
    // No filter is cut: each combo is as wide as its longest choice.
    for (const QString &name :
         { QStringLiteral("regionFilter"), QStringLiteral("kindFilter"),
           QStringLiteral("ownerGroupFilter"), QStringLiteral("roleFilter"),
           QStringLiteral("statusFilter"), QStringLiteral("reverificationFilter") }) {
        auto *combo = list->findChild<QComboBox *>(name);
        QVERIFY(combo);
        QVERIFY2(combo->width() >= combo->sizeHint().width(), qPrintable(name));
        QVERIFY(combo->geometry().right() <= list->width());
    }
}

void TestScreenFit::mnemonicMarkersAreNeverShownAsText()
{
    MainWindow window;
    openAt1366(window);
    // A label shows "&A" as text unless it has a buddy to take the shortcut.
    static const QRegularExpression marker(QStringLiteral("&[^&\\s]"));
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::PlainText || !label->text().contains(marker))
            continue;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    // The what-if page's area label in particular.
    bool found = false;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->text() == QStringLiteral("&Area:")) {
            found = true;
            QVERIFY(label->buddy());
        }
    }
    QVERIFY(found);
}

void TestScreenFit::navigationNamesAreDistinct()
{
    MainWindow window;
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QStringList names;
    for (int i = 0; i < navigation->count(); ++i)
        names << navigation->item(i)->text();
    QCOMPARE(names.removeDuplicates(), 0);
    QVERIFY(names.contains(QStringLiteral("Region list")));
    QVERIFY(names.contains(QStringLiteral("Region analysis")));
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
