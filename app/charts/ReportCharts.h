#pragma once

#include "report/ReportChartPainter.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Koso {

// Paints the charts of a printed region report with Qt Charts, as vector graphics.
class ReportCharts : public ReportChartPainter
{
public:
    void paintChart(QPainter *painter, const QRectF &rect, const AreaGap &region,
                    Chart chart) override;
    void paintRegionsChart(QPainter *painter, const QRectF &rect,
                           const QVector<AreaGap> &regions) override;

    // Smaller fonts for a chart that shares an A4 page with a table.
    static void usePrintFonts(QChart *chart);
};

} // namespace Koso
