#include "charts/RegionReportBuilder.h"

#include "analysis/GapAnalysis.h"
#include "charts/ReportCharts.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"

namespace Koso {

std::optional<RegionReport> RegionReportBuilder::build(Dataset &dataset, const QString &code,
                                                       double threshold, QString *error)
{
    GapAnalysis::Options options;
    options.threshold = threshold;
    GapAnalysis analysis(dataset, options);
    QVector<AreaGap> regions;
    std::optional<AreaGap> summary;
    if (code.size() == 4) {
        const auto region = analysis.region(code);
        if (!region) {
            *error = tr("There is no region %1 in this dataset.").arg(code);
            return std::nullopt;
        }
        regions << *region;
    } else {
        const auto prefecture = analysis.prefecture(code);
        if (!prefecture || prefecture->kind == AreaKind::Nation) {
            *error = tr("There is no prefecture %1 in this dataset.").arg(code);
            return std::nullopt;
        }
        regions = analysis.regions(code);
        if (regions.isEmpty()) {
            *error = tr("The dataset holds no regions of %1 %2.").arg(code, prefecture->name);
            return std::nullopt;
        }
        summary = prefecture;
    }
    RegionReport report(regions, FigureStore(dataset).latestEdition());
    if (summary)
        report.setPrefectureSummary(*summary);
    return report;
}

bool RegionReportBuilder::writePdf(Dataset &dataset, const QString &code, double threshold,
                                   const QString &path, int *pages, QString *error)
{
    auto report = build(dataset, code, threshold, error);
    if (!report)
        return false;
    ReportCharts charts;
    report->setChartPainter(&charts);
    if (!report->writePdf(path, error))
        return false;
    if (pages)
        *pages = report->pageCount();
    return true;
}

} // namespace Koso
