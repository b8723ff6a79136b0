#include "charts/ChartStyle.h"

#include "analysis/GapPalette.h"
#include "util/CjkFont.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <algorithm>
#include <cmath>

namespace Koso {

QColor ChartStyle::okabeIto(int index)
{
    return GapPalette::okabeIto(index);
}

QColor ChartStyle::neutral()
{
    return GapPalette::neutral();
}

QColor ChartStyle::functionColor(const QString &key)
{
    return GapPalette::functionColor(key);
}

QColor ChartStyle::measureColor(Measure measure)
{
    return GapPalette::measureColor(measure);
}

QStringList ChartStyle::fontFamilies()
{
    return CjkFont::families();
}

QFont ChartStyle::font(double pointSize, bool bold)
{
    return CjkFont::font(pointSize, bold);
}

void ChartStyle::styleAxis(QAbstractAxis *axis)
{
    axis->setTruncateLabels(false); // a function or region name must stay whole
    axis->setLabelsFont(font(BasePoints));
    axis->setTitleFont(font(BasePoints));
    axis->setLabelsColor(QColor(0x33, 0x33, 0x33));
    axis->setTitleBrush(QColor(0x33, 0x33, 0x33));
    axis->setGridLineColor(QColor(0xDD, 0xDD, 0xDD));
    axis->setLinePenColor(QColor(0x88, 0x88, 0x88));
}

void ChartStyle::apply(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setTitleFont(font(TitlePoints, true));
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setLocalizeNumbers(true);
    chart->legend()->setFont(font(BasePoints));
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractAxis *axis : chart->axes())
        styleAxis(axis);
}

} // namespace Koso
