#include "analysis/PrefectureDashboard.h"

#include "analysis/AnalysisSettings.h"
#include "analysis/AnalysisText.h"
#include "analysis/AnalysisWidgets.h"
#include "analysis/FunctionGapModel.h"
#include "analysis/GapAnalysis.h"
#include "analysis/GapTables.h"
#include "analysis/PrefectureComparisonModel.h"
#include "analysis/RegionGapModel.h"
#include "charts/ChartFactory.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "widgets/ChartPanel.h"
#include "widgets/EmptyDatasetNotice.h"
#include "widgets/TableLayout.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Koso {

PrefectureDashboard::PrefectureDashboard(QWidget *parent)
    : AnalysisPage(parent)
{
    setObjectName(QStringLiteral("prefectureDashboard"));
    m_prefectureTotals = new FunctionGapModel(this);
    m_nationTotals = new FunctionGapModel(this);
    m_regions = new RegionGapModel(this);
    m_regionProxy = new QSortFilterProxyModel(this);
    m_regionProxy->setSourceModel(m_regions);
    m_regionProxy->setSortRole(RegionGapModel::SortRole);
    m_comparison = new PrefectureComparisonModel(this);
    m_comparisonProxy = new QSortFilterProxyModel(this);
    m_comparisonProxy->setSourceModel(m_comparison);
    m_comparisonProxy->setSortRole(PrefectureComparisonModel::SortRole);

    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(0, 50);
    m_threshold->setDecimals(0);
    m_threshold->setSingleStep(5);
    m_threshold->setPrefix(QStringLiteral("±"));
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setValue(AnalysisSettings::threshold() * 100);
    m_threshold->setToolTip(tr("A function is shaded as over or under its need when it departs "
                               "from the required beds by more than this."));
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this,
            [this](double percent) { setThreshold(percent / 100.0); });
    QBoxLayout *header = createHeader(
        {}, { new QLabel(tr("Threshold:"), this), m_threshold }, [this] { exportRegionTable(); },
        tr("One A4 landscape page per region, with charts, table and caveat"),
        tr("Save the report of every region of the prefecture as one PDF"));

    // Totals of the prefecture and the nation, one tab each: a table as wide as the page
    // shows every gap column and as tall as its rows shows 休棟中等 too (1366×768).
    m_totals = new QTabWidget(this);
    m_totals->setObjectName(QStringLiteral("totalsTabs"));
    m_totals->setDocumentMode(true);
    for (auto [model, label] : { std::pair { m_prefectureTotals, tr("Prefecture") },
                                 std::pair { m_nationTotals, tr("Nation") } }) {
        QTableView *view = AnalysisWidgets::table(model, this, false);
        view->setObjectName(model == m_prefectureTotals ? QStringLiteral("prefectureTotals")
                                                        : QStringLiteral("nationTotals"));
        // The shares of the required beds are on the region page and in the export.
        TableLayout::hideColumns(
            view, { FunctionGapModel::RequiredPer100k, FunctionGapModel::RequiredShare });
        TableLayout::fitHeightToRows(view);
        m_totals->addTab(view, label);
    }
    m_totals->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    // Regions: table beside the chart.
    m_regionView = AnalysisWidgets::table(m_regionProxy, this, true);
    m_regionView->setToolTip(tr("Double-click a region to open its page; right-click the "
                                "header for more columns"));
    // The key figures fit beside the chart; the rest are a right click away.
    QVector<int> secondary { RegionGapModel::Code, RegionGapModel::ChangeSinceBase,
                             RegionGapModel::LatestPer100k, RegionGapModel::UnexplainedGap,
                             RegionGapModel::Rank };
    for (int c = RegionGapModel::FirstFunction; c < RegionGapModel::FirstFunction + 8; ++c)
        secondary << c;
    // 「2025年」 over 「必要量」: two-line headers leave the chart half the width.
    TableLayout::wrapHeaders(m_regionView, 52);
    TableLayout::hideColumns(m_regionView, secondary);
    m_regionView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_regions, &QAbstractItemModel::modelReset, m_regionView, [this] {
        for (int c = RegionGapModel::FirstFunction; c < m_regions->columnCount(); ++c)
            m_regionView->setColumnHidden(c, true);
    });
    connect(m_regionView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit regionActivated(index.data(RegionGapModel::CodeRole).toString());
    });
    m_gapChart = new ChartPanel(this);
    auto *regionSplit = m_regionSplit = new QSplitter(Qt::Horizontal, this);
    regionSplit->addWidget(m_regionView);
    regionSplit->addWidget(m_gapChart);
    regionSplit->setObjectName(QStringLiteral("regionSplit"));
    regionSplit->setChildrenCollapsible(false);
    regionSplit->setStretchFactor(0, 3);
    regionSplit->setStretchFactor(1, 2);
    regionSplit->setSizes({ 640, 480 });
    regionSplit->installEventFilter(this);

    // National comparison: chart beside every prefecture's figures.
    m_comparisonChart = new ChartPanel(this);
    QTableView *comparisonView = AnalysisWidgets::table(m_comparisonProxy, this, true);
    auto *comparisonSplit = new QSplitter(Qt::Horizontal, this);
    comparisonSplit->addWidget(m_comparisonChart);
    comparisonSplit->addWidget(comparisonView);
    comparisonSplit->setStretchFactor(0, 3);
    comparisonSplit->setStretchFactor(1, 2);

    m_tabs->addTab(regionSplit, tr("Regions"));
    m_tabs->addTab(comparisonSplit, tr("Comparison with other prefectures"));
    auto *totals = new QVBoxLayout;
    totals->addWidget(m_totals);
    layOut(header, totals);
}

void PrefectureDashboard::setDataset(Dataset *dataset)
{
    watch(dataset);
    m_prefecture = dataset ? dataset->homePrefectureCode() : QString();
    reload();
}

void PrefectureDashboard::setPrefecture(const QString &code)
{
    m_prefecture = code;
    reload();
}

double PrefectureDashboard::threshold() const
{
    return m_threshold->value() / 100.0;
}

void PrefectureDashboard::setThreshold(double fraction)
{
    if (qAbs(fraction - threshold()) > 1e-9) {
        const QSignalBlocker block(m_threshold);
        m_threshold->setValue(fraction * 100);
    }
    AnalysisSettings::setThreshold(fraction);
    reload();
    emit thresholdChanged(fraction);
}

void PrefectureDashboard::onDataChanged(DataChanges changes)
{
    if (changes & (DataChange::Figures | DataChange::Geography | DataChange::Imports))
        reload();
}

void PrefectureDashboard::reload()
{
    const bool noDataset = !m_dataset || m_prefecture.isEmpty();
    // A dataset with nothing imported says what to do next instead of showing zeros.
    const bool empty = !noDataset && !FigureStore(*m_dataset).latestEdition();
    m_notice->setVisible(empty);
    m_totals->setVisible(!empty);
    m_tabs->setVisible(!empty);
    if (noDataset || empty) {
        m_title->setText(noDataset ? tr("No dataset open") : tr("No figures yet"));
        m_regions->setRegions({});
        m_prefectureTotals->setArea(std::nullopt);
        m_nationTotals->setArea(std::nullopt);
        m_comparison->setAreas({}, std::nullopt, QString());
        m_gapChart->setChart(nullptr, {});
        m_comparisonChart->setChart(nullptr, {});
        m_caveat->setText(AnalysisText::caveat());
        return;
    }
    GapAnalysis::Options options;
    options.threshold = threshold();
    GapAnalysis analysis(*m_dataset, options);
    const auto prefecture = analysis.prefecture(m_prefecture);
    const auto nation = analysis.nation();
    const QVector<AreaGap> regions = analysis.regions(m_prefecture);
    const QVector<AreaGap> prefectures = analysis.prefectures();
    const std::optional<Edition> edition = FigureStore(*m_dataset).latestEdition();

    const QString name = prefecture ? prefecture->name : m_prefecture;
    m_title->setText(edition
                         ? tr("%1: beds by region (%2)")
                               .arg(name, tr("%1 edition").arg(AnalysisText::editionLabel(edition)))
                         : tr("%1: beds by region").arg(name));
    // A tab reads & as its shortcut marker: a name's own & is doubled to stay text.
    const auto tabText = [](QString text) {
        return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
    };
    m_totals->setTabText(0, tabText(name));
    m_totals->setTabText(1, tr("Nation")); // 全国 in Japanese, not the data's name
    m_prefectureTotals->setArea(prefecture);
    m_nationTotals->setArea(nation && nation->total.latest.hasValue() ? nation : std::nullopt);
    m_regions->setRegions(regions);
    m_comparison->setAreas(prefectures, nation, m_prefecture);

    if (prefecture && !regions.isEmpty()) {
        // Two bars a region, each readable: the chart scrolls vertically for many regions.
        m_gapChart->setMinimumChartHeight(150 + 30 * int(regions.size()));
        m_gapChart->setChart(
            ChartFactory::prefectureGap(regions),
            ChartFactory::caption(ChartFactory::Kind::PrefectureGap, *prefecture, edition));
        const bool nationHasFigures = nation && nation->total.latest.hasValue();
        m_comparisonChart->setChart(
            ChartFactory::nationalComparison(*prefecture, nationHasFigures ? &*nation : nullptr,
                                             prefectures),
            ChartFactory::caption(ChartFactory::Kind::NationalComparison, *prefecture, edition));
    } else {
        m_gapChart->setChart(nullptr, {});
        m_comparisonChart->setChart(nullptr, {});
    }
    m_caveat->setText(AnalysisText::caveat(prefecture ? &*prefecture : nullptr));
    QTimer::singleShot(0, this, &PrefectureDashboard::fitRegionSplit);
}

void PrefectureDashboard::fitRegionSplit()
{
    // The table as wide as its visible columns (no sideways scrolling), the chart the rest.
    const int total = m_regionSplit->width();
    if (total <= 0)
        return;
    const int table = TableLayout::contentWidth(m_regionView)
        + m_regionView->verticalScrollBar()->sizeHint().width() + 16;
    const int chart = qMax(320, total - table - m_regionSplit->handleWidth());
    m_regionSplit->setSizes({ total - chart - m_regionSplit->handleWidth(), chart });
}

bool PrefectureDashboard::eventFilter(QObject *watched, QEvent *event)
{
    // Whenever the splitter gets its size (shown, window resized), the table keeps its width.
    if (watched == m_regionSplit
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitRegionSplit();
    return QWidget::eventFilter(watched, event);
}

void PrefectureDashboard::exportRegionTable()
{
    exportTable(QStringLiteral("prefecture-gap"), m_prefecture, threshold());
}

QVector<AreaGap> PrefectureDashboard::reportRegions() const
{
    return m_regions->regions();
}

QString PrefectureDashboard::reportName() const
{
    const QVector<AreaGap> &regions = m_regions->regions();
    return regions.isEmpty() ? QString()
                             : tr("%1 region report").arg(regions.first().prefectureName);
}

} // namespace Koso
