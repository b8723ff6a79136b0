#pragma once

#include "analysis/AreaGap.h"

#include <QRectF>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace Koso {

// Draws the charts of a printed report. Charts need Qt Charts, which core must not link: the
// application supplies the painter, and a report without one leaves the chart frames empty.
class ReportChartPainter
{
public:
    enum class Chart { RegionGap, RegionTrend };

    virtual ~ReportChartPainter() = default;
    // rect is in painter units of one point (1/72 in); paint vector graphics only, so that
    // a PDF stays sharp at any zoom.
    virtual void paintChart(QPainter *painter, const QRectF &rect, const AreaGap &region,
                            Chart chart)
        = 0;
    // The chart of every region of a prefecture (reported against required beds) on the
    // report's prefecture summary page; a painter without it leaves the frame empty.
    virtual void paintRegionsChart(QPainter *painter, const QRectF &rect,
                                   const QVector<AreaGap> &regions)
    {
        Q_UNUSED(painter);
        Q_UNUSED(rect);
        Q_UNUSED(regions);
    }
};

} // namespace Koso
