#include "charts/ReportCharts.h"

#include "charts/ChartExporter.h"
#include "charts/ChartFactory.h"
#include "charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QPainter>

#include <memory>

namespace Koso {

void ReportCharts::usePrintFonts(QChart *chart)
{
    chart->setTitleFont(ChartStyle::font(10, true));
    chart->legend()->setFont(ChartStyle::font(7.5));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(ChartStyle::font(8));
        axis->setTitleFont(ChartStyle::font(8));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(ChartStyle::font(7));
        }
    }
    chart->setMargins(QMargins(2, 2, 2, 2));
}

namespace {

// The report works in points, the exporter in 1/96 in.
void paintInPoints(QPainter *painter, const QRectF &rect, QChart *chart)
{
    const double toUnits = 96.0 / 72.0;
    painter->save();
    painter->scale(1 / toUnits, 1 / toUnits);
    ChartExporter::paintChart(painter, QRectF(rect.topLeft() * toUnits, rect.size() * toUnits),
                              chart);
    painter->restore();
}

} // namespace

void ReportCharts::paintRegionsChart(QPainter *painter, const QRectF &rect,
                                     const QVector<AreaGap> &regions)
{
    if (regions.isEmpty())
        return;
    std::unique_ptr<QChart> built(ChartFactory::prefectureGap(regions));
    usePrintFonts(built.get());
    paintInPoints(painter, rect, built.get());
}

void ReportCharts::paintChart(QPainter *painter, const QRectF &rect, const AreaGap &region,
                              Chart chart)
{
    std::unique_ptr<QChart> built(chart == Chart::RegionGap
                                      ? ChartFactory::regionGap(region)
                                      : ChartFactory::regionTrend(region, false));
    usePrintFonts(built.get());
    paintInPoints(painter, rect, built.get());
}

} // namespace Koso
