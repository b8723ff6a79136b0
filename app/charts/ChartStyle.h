#pragma once

#include "analysis/AreaGap.h"
#include "model/Measure.h"

#include <QColor>
#include <QFont>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractAxis;
QT_END_NAMESPACE

namespace Koso {

// Colours and fonts of every chart: the Okabe–Ito palette (distinguishable with the common
// colour-vision deficiencies) and a font family with Japanese glyphs, set explicitly so that
// PDF and SVG output embed it instead of whatever the platform falls back to.
class ChartStyle
{
public:
    // Okabe & Ito (2008), from GapPalette.
    static QColor okabeIto(int index);
    static QColor neutral(); // grey for "others" and legend-only keys
    static QColor functionColor(const QString &functionKey);
    static QColor measureColor(Measure measure);

    // Families tried in order: a CJK family present on this machine comes first.
    static QStringList fontFamilies();
    static QFont font(double pointSize, bool bold = false);
    static constexpr double TitlePoints = 12; // on screen; an export draws its own title
    static constexpr double BasePoints = 10;
    static constexpr double SmallPoints = 9;

    // White background, no animation, fonts of the title, legend and every axis.
    static void apply(QChart *chart);
    static void styleAxis(QAbstractAxis *axis);
};

} // namespace Koso
