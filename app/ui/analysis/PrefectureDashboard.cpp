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
#include "charts/RegionReportBuilder.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "util/Folders.h"
#include "widgets/ChartPanel.h"
#include "widgets/EmptyDatasetNotice.h"
#include "widgets/ReportPrinter.h"
#include "widgets/TableExport.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Koso {

PrefectureDashboard::PrefectureDashboard(QWidget *parent)
    : QWidget(parent)
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

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true); // a long title wraps instead of widening the window

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
    auto *exportTable = new QPushButton(tr("Export table…"), this);
    connect(exportTable, &QPushButton::clicked, this, &PrefectureDashboard::exportRegionTable);
    auto *print = new QPushButton(tr("Print report…"), this);
    print->setToolTip(tr("One A4 landscape page per region, with charts, table and caveat"));
    connect(print, &QPushButton::clicked, this, &PrefectureDashboard::printReport);
    auto *pdf = new QPushButton(tr("Report PDF…"), this);
    pdf->setToolTip(tr("Save the report of every region of the prefecture as one PDF"));
    connect(pdf, &QPushButton::clicked, this, &PrefectureDashboard::saveReportPdf);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(new QLabel(tr("Threshold:"), this));
    header->addWidget(m_threshold);
    header->addWidget(exportTable);
    header->addWidget(print);
    header->addWidget(pdf);

    // Totals of the prefecture and the nation, side by side.
    auto *totals = new QHBoxLayout;
    for (auto [model, label] : { std::pair { m_prefectureTotals, tr("Prefecture") },
                                 std::pair { m_nationTotals, tr("Nation") } }) {
        auto *box = new QVBoxLayout;
        auto *caption = new QLabel(label, this);
        caption->setObjectName(model == m_prefectureTotals ? QStringLiteral("prefectureCaption")
                                                           : QStringLiteral("nationCaption"));
        box->addWidget(caption);
        QTableView *view = AnalysisWidgets::table(model, this, false);
        view->setMaximumHeight(190);
        box->addWidget(view);
        totals->addLayout(box, 1);
    }

    // Regions: table beside the chart.
    m_regionView = AnalysisWidgets::table(m_regionProxy, this, true);
    m_regionView->setToolTip(tr("Double-click a region to open its page"));
    connect(m_regionView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit regionActivated(index.data(RegionGapModel::CodeRole).toString());
    });
    m_gapChart = new ChartPanel(this);
    auto *regionSplit = new QSplitter(Qt::Horizontal, this);
    regionSplit->addWidget(m_regionView);
    regionSplit->addWidget(m_gapChart);
    regionSplit->setStretchFactor(0, 3);
    regionSplit->setStretchFactor(1, 2);

    // National comparison: chart beside every prefecture's figures.
    m_comparisonChart = new ChartPanel(this);
    QTableView *comparisonView = AnalysisWidgets::table(m_comparisonProxy, this, true);
    auto *comparisonSplit = new QSplitter(Qt::Horizontal, this);
    comparisonSplit->addWidget(m_comparisonChart);
    comparisonSplit->addWidget(comparisonView);
    comparisonSplit->setStretchFactor(0, 3);
    comparisonSplit->setStretchFactor(1, 2);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(regionSplit, tr("Regions"));
    m_tabs->addTab(comparisonSplit, tr("Comparison with other prefectures"));

    m_caveat = AnalysisWidgets::caveatLabel(this);
    m_notice = new EmptyDatasetNotice(this);
    m_notice->hide();
    m_totals = new QWidget(this);
    m_totals->setLayout(totals);
    totals->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_totals);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_caveat);
}

void PrefectureDashboard::setDataset(Dataset *dataset)
{
    if (m_dataset)
        disconnect(m_dataset, nullptr, this, nullptr);
    m_dataset = dataset;
    m_prefecture = dataset ? dataset->homePrefectureCode() : QString();
    if (dataset)
        connect(dataset, &Dataset::changed, this, &PrefectureDashboard::onDataChanged);
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

QString PrefectureDashboard::caveatText() const
{
    return m_caveat->text();
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
    if (auto *caption = findChild<QLabel *>(QStringLiteral("prefectureCaption")))
        caption->setText(name);
    if (auto *caption = findChild<QLabel *>(QStringLiteral("nationCaption")))
        caption->setText(tr("Nation")); // 全国 in Japanese, not the data's name
    m_prefectureTotals->setArea(prefecture);
    m_nationTotals->setArea(nation && nation->total.latest.hasValue() ? nation : std::nullopt);
    m_regions->setRegions(regions);
    m_comparison->setAreas(prefectures, nation, m_prefecture);

    if (prefecture && !regions.isEmpty()) {
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
}

void PrefectureDashboard::exportRegionTable()
{
    if (!m_dataset)
        return;
    QString error;
    const auto table = GapTables::build(*m_dataset, QStringLiteral("prefecture-gap"), m_prefecture,
                                        threshold(), GapTables::Header::Display, &error);
    if (table)
        TableExport::saveAs(this, *table, table->title);
}

void PrefectureDashboard::printReport()
{
    if (!m_dataset || m_regions->regions().isEmpty())
        return;
    ReportPrinter::preview(
        this, RegionReport(m_regions->regions(), FigureStore(*m_dataset).latestEdition()));
}

void PrefectureDashboard::saveReportPdf()
{
    if (!m_dataset || m_regions->regions().isEmpty())
        return;
    const QString folder = defaultDocumentsFolder();
    const QString name = tr("%1 region report").arg(m_regions->regions().first().prefectureName);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report as PDF"), QDir(folder).filePath(name + QStringLiteral(".pdf")),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!RegionReportBuilder::writePdf(*m_dataset, m_prefecture, threshold(), path, nullptr,
                                       &error))
        QMessageBox::warning(this, tr("Save report as PDF"), error);
}

} // namespace Koso
