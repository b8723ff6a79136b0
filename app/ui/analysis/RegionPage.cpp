#include "analysis/RegionPage.h"

#include "analysis/AnalysisSettings.h"
#include "analysis/AnalysisText.h"
#include "analysis/AnalysisWidgets.h"
#include "analysis/FunctionGapModel.h"
#include "analysis/GapAnalysis.h"
#include "analysis/GapTables.h"
#include "analysis/HospitalAnalysis.h"
#include "analysis/RegionHospitalFilter.h"
#include "analysis/RegionHospitalModel.h"
#include "charts/ChartFactory.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "widgets/ChartPanel.h"
#include "widgets/EmptyDatasetNotice.h"
#include "widgets/TableLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Koso {

RegionPage::RegionPage(QWidget *parent)
    : AnalysisPage(parent)
    , m_threshold(AnalysisSettings::threshold())
{
    setObjectName(QStringLiteral("regionPage"));
    m_functions = new FunctionGapModel(this);
    m_hospitals = new RegionHospitalModel(this);
    m_hospitalFilter = new RegionHospitalFilter(this);
    m_hospitalFilter->setSourceModel(m_hospitals);
    m_closedFilter = new RegionHospitalFilter(this);
    m_closedFilter->setSourceModel(m_hospitals);
    m_closedFilter->setOnlyWithClosedBeds(true);

    m_selector = new QComboBox(this);
    m_selector->setMinimumContentsLength(16);
    connect(m_selector, &QComboBox::activated, this,
            [this](int index) { setRegion(m_selector->itemData(index).toString()); });
    QBoxLayout *header = createHeader(
        { new QLabel(tr("Region:"), this), m_selector }, {}, [this] { exportGapTable(); },
        QString(), tr("Save this region's report page as PDF"));

    // Beds and gap: the function table above the trend and the bars.
    QTableView *functionView = AnalysisWidgets::table(m_functions, this, false);
    functionView->setObjectName(QStringLiteral("functionTable"));
    TableLayout::fitHeightToRows(functionView); // every function and 休棟中等, no scrolling
    // The shares of the required beds are in the export; a right click shows them here.
    TableLayout::hideColumns(
        functionView, { FunctionGapModel::RequiredPer100k, FunctionGapModel::RequiredShare });
    m_trendChart = new ChartPanel(this);
    m_gapChart = new ChartPanel(this);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_trendChart);
    charts->addWidget(m_gapChart);
    auto *gapTab = new QWidget(this);
    auto *gapLayout = new QVBoxLayout(gapTab);
    gapLayout->addWidget(functionView);
    m_rates = new QLabel(this);
    m_rates->setWordWrap(true);
    m_rates->setTextFormat(Qt::PlainText);
    gapLayout->addWidget(m_rates);
    gapLayout->addWidget(charts, 1);

    // Facilities: search, the table, those with 休棟中等, and who holds which beds.
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search facility or municipality"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_hospitalFilter,
            &RegionHospitalFilter::setSearchText);
    m_onlyClosed = new QCheckBox(tr("Only facilities with 休棟中等"), this);
    connect(m_onlyClosed, &QCheckBox::toggled, m_hospitalFilter,
            &RegionHospitalFilter::setOnlyWithClosedBeds);
    auto *exportHospitals = new QPushButton(tr("Export facilities…"), this);
    connect(exportHospitals, &QPushButton::clicked, this, &RegionPage::exportHospitalTable);
    m_hospitalSummary = new QLabel(this);
    m_hospitalSummary->setTextFormat(Qt::PlainText);
    m_hospitalSummary->setWordWrap(true);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_onlyClosed);
    tools->addWidget(exportHospitals);
    QTableView *hospitalView = AnalysisWidgets::table(m_hospitalFilter, this, true);
    hospitalView->setObjectName(QStringLiteral("facilityTable"));
    // Whole names and the beds by function; the rest is a right click on the header away.
    const auto keyColumnsOnly = [this](QTableView *view) {
        for (int c = 0; c < m_hospitals->columnCount(); ++c) {
            const auto kind = m_hospitals->columnKind(c);
            view->setColumnHidden(c,
                                  kind != RegionHospitalModel::ColumnKind::Rank
                                      && kind != RegionHospitalModel::ColumnKind::Name
                                      && kind != RegionHospitalModel::ColumnKind::TotalWithClosed
                                      && kind != RegionHospitalModel::ColumnKind::Beds);
        }
    };
    TableLayout::wrapHeaders(hospitalView, 56); // 「高度急性期」 over figures of four digits
    TableLayout::addColumnMenu(hospitalView);
    m_closedTitle = new QLabel(this);
    m_closedTitle->setTextFormat(Qt::PlainText);
    m_closedTitle->setWordWrap(true);
    QTableView *closedView = AnalysisWidgets::table(m_closedFilter, this, true);
    closedView->setObjectName(QStringLiteral("closedFacilityTable"));
    closedView->setMaximumHeight(160);
    TableLayout::wrapHeaders(closedView, 56);
    TableLayout::addColumnMenu(closedView);
    connect(m_hospitals, &QAbstractItemModel::modelReset, this,
            [hospitalView, closedView, keyColumnsOnly] {
                keyColumnsOnly(hospitalView);
                keyColumnsOnly(closedView);
            });
    m_hospitalChart = new ChartPanel(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_hospitalSummary);
    leftLayout->addWidget(hospitalView, 1);
    leftLayout->addWidget(m_closedTitle);
    leftLayout->addWidget(closedView);
    auto *hospitalSplit = new QSplitter(Qt::Horizontal, this);
    hospitalSplit->addWidget(left);
    hospitalSplit->addWidget(m_hospitalChart);
    hospitalSplit->setChildrenCollapsible(false);
    hospitalSplit->setStretchFactor(0, 3);
    hospitalSplit->setStretchFactor(1, 2);

    m_tabs->addTab(gapTab, tr("Beds and gap"));
    m_tabs->addTab(hospitalSplit, tr("Facilities"));
    layOut(header, nullptr);
}

void RegionPage::setDataset(Dataset *dataset)
{
    watch(dataset);
    m_region.clear();
    chooseRegionIfNone();
    fillSelector();
    reload();
}

void RegionPage::chooseRegionIfNone()
{
    if (!m_dataset)
        return;
    GeographyStore geography(*m_dataset);
    if (!m_region.isEmpty() && geography.region(m_region))
        return;
    // The first region of the home prefecture, as soon as there is one (after an import).
    const QVector<Region> regions = geography.regions(m_dataset->homePrefectureCode());
    m_region = regions.isEmpty() ? QString() : regions.first().code;
}

void RegionPage::setRegion(const QString &code)
{
    if (code == m_region)
        return;
    m_region = code;
    m_search->clear();
    fillSelector();
    reload();
}

void RegionPage::setThreshold(double fraction)
{
    m_threshold = fraction;
    reload();
}

void RegionPage::onDataChanged(DataChanges changes)
{
    if (changes & (DataChange::Geography | DataChange::Imports)) {
        chooseRegionIfNone();
        fillSelector();
    }
    if (changes
        & (DataChange::Figures | DataChange::Hospitals | DataChange::Geography
           | DataChange::Imports))
        reload();
}

void RegionPage::fillSelector()
{
    const QSignalBlocker block(m_selector);
    m_selector->clear();
    if (!m_dataset)
        return;
    GeographyStore geography(*m_dataset);
    QString prefecture = m_dataset->homePrefectureCode();
    if (const auto region = geography.region(m_region))
        prefecture = region->prefectureCode;
    for (const Region &r : geography.regions(prefecture))
        m_selector->addItem(QStringLiteral("%1 %2").arg(r.code, r.name), r.code);
    m_selector->setCurrentIndex(m_selector->findData(m_region));
}

QString RegionPage::reportingRatesText() const
{
    return m_rates->text();
}

void RegionPage::reload()
{
    std::optional<AreaGap> area;
    if (m_dataset && !m_region.isEmpty()) {
        GapAnalysis::Options options;
        options.threshold = m_threshold;
        area = GapAnalysis(*m_dataset, options).region(m_region);
    }
    m_functions->setArea(area);
    // A dataset without regions (nothing imported yet) says what to do instead of zeros.
    const bool empty = m_dataset && !area
        && GeographyStore(*m_dataset).regions(m_dataset->homePrefectureCode()).isEmpty();
    m_notice->setVisible(empty);
    m_tabs->setVisible(!empty);
    if (!area) {
        m_title->setText(!m_dataset  ? tr("No dataset open")
                             : empty ? tr("No figures yet")
                                     : tr("No region"));
        m_hospitals->setHospitals({}, {});
        m_trendChart->setChart(nullptr, {});
        m_gapChart->setChart(nullptr, {});
        m_hospitalChart->setChart(nullptr, {});
        m_hospitalSummary->clear();
        m_closedTitle->clear();
        m_caveat->setText(AnalysisText::caveat());
        m_rates->clear();
        return;
    }
    m_rates->setText(AnalysisText::reportingRates(*area));
    FigureStore figures(*m_dataset);
    const std::optional<Edition> edition = figures.latestEdition();
    m_title->setText(AnalysisText::areaTitle(*area));
    m_trendChart->setChart(ChartFactory::regionTrend(*area),
                           ChartFactory::caption(ChartFactory::Kind::RegionTrend, *area, edition));
    m_gapChart->setChart(ChartFactory::regionGap(*area),
                         ChartFactory::caption(ChartFactory::Kind::RegionGap, *area, edition));

    const RegionHospitals hospitals = HospitalAnalysis::forRegion(*m_dataset, m_region);
    const BedFunctionList functions = figures.bedFunctions();
    m_hospitals->setHospitals(hospitals, functions);
    if (hospitals.rows.isEmpty()) {
        m_hospitalSummary->setText(tr("The dataset lists no facilities in this region."));
        m_hospitalChart->setChart(nullptr, {});
    } else {
        m_hospitalSummary->setText(
            tr("%1 hospitals and %2 clinics with beds (%3 edition); %4 beds, %5 of them 休棟中等.")
                .arg(hospitals.hospitalCount)
                .arg(hospitals.clinicCount)
                .arg(AnalysisText::editionLabel(hospitals.edition))
                .arg(AnalysisText::number(hospitals.totalWithClosed))
                .arg(AnalysisText::number(
                    hospitals.functionTotals.value(QStringLiteral("Closed")))));
        m_hospitalChart->setChart(
            ChartFactory::regionHospitals(hospitals, functions),
            ChartFactory::caption(ChartFactory::Kind::RegionHospitals, *area, edition, &hospitals));
    }
    m_closedTitle->setText(tr("Facilities with 休棟中等 beds (%n): the council asks them to "
                              "explain their unused wards.",
                              nullptr, int(hospitals.withClosedBeds().size())));
    m_closedFilter->sort(
        m_hospitals->columnOf(RegionHospitalModel::ColumnKind::Beds, QStringLiteral("Closed")),
        Qt::DescendingOrder);
    m_caveat->setText(AnalysisText::caveat(&*area));
}

void RegionPage::exportGapTable()
{
    exportTable(QStringLiteral("region-gap"), m_region, m_threshold);
}

void RegionPage::exportHospitalTable()
{
    exportTable(QStringLiteral("region-hospitals"), m_region, m_threshold);
}

QVector<AreaGap> RegionPage::reportRegions() const
{
    if (!m_functions->area())
        return {};
    return { *m_functions->area() };
}

QString RegionPage::reportName() const
{
    return m_functions->area() ? AnalysisText::areaTitle(*m_functions->area()) : QString();
}

} // namespace Koso
