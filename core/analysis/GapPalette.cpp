#include "analysis/GapPalette.h"

#include <cmath>

namespace Koso {

QColor GapPalette::okabeIto(int index)
{
    static const QRgb colours[]
        = { 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x000000 };
    return QColor(colours[((index % 8) + 8) % 8]);
}

QColor GapPalette::neutral()
{
    return QColor(0x99, 0x99, 0x99);
}

QColor GapPalette::functionColor(const QString &key)
{
    if (key == QLatin1String("HighAcute"))
        return okabeIto(5); // vermillion
    if (key == QLatin1String("Acute"))
        return okabeIto(0); // orange
    if (key == QLatin1String("Recovery"))
        return okabeIto(2); // bluish green
    if (key == QLatin1String("Chronic"))
        return okabeIto(4); // blue
    if (key == QLatin1String("Closed"))
        return neutral();
    if (key == FunctionGap::totalKey())
        return okabeIto(7);
    // A function added later (包括期 …) takes a colour of its own.
    return okabeIto(6);
}

QColor GapPalette::measureColor(Measure measure)
{
    switch (measure) {
    case Measure::Reported:
        return okabeIto(4); // blue
    case Measure::Planned:
        return okabeIto(1); // sky blue
    case Measure::Required:
        return okabeIto(0); // orange
    }
    return neutral();
}

QColor GapPalette::gapBackground(GapDirection direction, double deviation, double threshold)
{
    if (direction != GapDirection::Over && direction != GapDirection::Under)
        return QColor();
    const double t = threshold > 0 ? threshold : 0.10;
    const double size = std::abs(deviation);
    const int level = size > 4 * t ? 3 : (size > 2 * t ? 2 : 1);
    static const QRgb over[] = { 0xFEE0B6, 0xFDB863, 0xE08214 };
    static const QRgb under[] = { 0xD8DAEB, 0xB2ABD2, 0x8073AC };
    return QColor(direction == GapDirection::Over ? over[level - 1] : under[level - 1]);
}

QColor GapPalette::textOn(const QColor &background)
{
    if (!background.isValid())
        return QColor(0x22, 0x22, 0x22);
    return background.lightness() < 150 ? QColor(Qt::white) : QColor(0x22, 0x22, 0x22);
}

double GapPalette::deviation(const std::optional<double> &ratio, GapDirection direction)
{
    if (ratio)
        return *ratio - 1.0;
    return direction == GapDirection::Over ? 1e9 : 0.0;
}

} // namespace Koso
