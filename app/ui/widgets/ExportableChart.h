#pragma once

#include "charts/ChartCaption.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Koso {

// A chart that can be exported for a council paper like every other chart: the chart itself
// and the words that go around it. Widgets holding one emit exportChartRequested(), which
// PolicyPages connects to the shared export dialog (PNG, SVG, PDF, clipboard), so the pages
// never write files themselves.
class ExportableChart
{
public:
    virtual ~ExportableChart() = default;

    virtual QChart *exportableChart() const = 0;
    virtual QString chartTitle() const = 0;
    virtual QString chartSubtitle() const { return QString(); }
    virtual QString chartUnit() const { return QString(); }
    virtual QString chartSource() const = 0;
    virtual QString chartCaveat() const { return QString(); }

    ChartCaption chartCaption() const
    {
        return { chartTitle(), chartSubtitle(), chartUnit(), chartSource(), chartCaveat() };
    }
};

} // namespace Koso
