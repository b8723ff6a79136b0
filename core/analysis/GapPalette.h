#pragma once

#include "analysis/AreaGap.h"
#include "model/Measure.h"

#include <QColor>
#include <QString>

namespace Koso {

// The colours of the gap analysis, shared by charts, tables and printed reports: the
// Okabe–Ito palette (distinguishable with the common colour-vision deficiencies) and, for
// gap cells, ColorBrewer's PuOr (orange over the need, purple under it).
class GapPalette
{
public:
    // orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, black
    static QColor okabeIto(int index);
    static QColor neutral();
    static QColor functionColor(const QString &functionKey);
    static QColor measureColor(Measure measure);
    // Invalid for within the threshold or unknown; darker the further beyond the threshold
    // (beyond once, twice, four times). deviation is value ÷ required − 1.
    static QColor gapBackground(GapDirection direction, double deviation, double threshold);
    // value ÷ required − 1 of a function's latest or planned figure; 0 if it has no ratio
    // (a gap with 0 required counts as the strongest shade).
    // Black or white, whichever reads better on the background.
    static QColor textOn(const QColor &background);
    static double deviation(const std::optional<double> &ratio, GapDirection direction);
};

} // namespace Koso
