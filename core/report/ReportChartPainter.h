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
};

} // namespace Koso
