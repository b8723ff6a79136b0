#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontDatabase>
#include <QLegend>

#include <algorithm>
#include <cmath>

namespace Koso {

QColor ChartStyle::okabeIto(int index)
{
    static const QRgb colours[]
        = { 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x000000 };
    return QColor(colours[((index % 8) + 8) % 8]);
}

QColor ChartStyle::neutral()
{
    return QColor(0x99, 0x99, 0x99);
}

QColor ChartStyle::functionColor(const QString &key)
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
    // A function added later (包括期 …) takes the remaining colours.
    return okabeIto(6);
}

QColor ChartStyle::measureColor(Measure measure)
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

QColor ChartStyle::gapBackground(GapDirection direction, double deviation, double threshold)
{
    if (direction != GapDirection::Over && direction != GapDirection::Under)
        return QColor();
    // 1: beyond the threshold, 2: beyond twice, 3: beyond four times.
    const double t = threshold > 0 ? threshold : 0.10;
    const double size = std::abs(deviation);
    const int level = size > 4 * t ? 3 : (size > 2 * t ? 2 : 1);
    static const QRgb over[] = { 0xFEE0B6, 0xFDB863, 0xE08214 };
    static const QRgb under[] = { 0xD8DAEB, 0xB2ABD2, 0x8073AC };
    return QColor(direction == GapDirection::Over ? over[level - 1] : under[level - 1]);
}

QStringList ChartStyle::fontFamilies()
{
    static const QStringList families = [] {
        const QStringList wanted {
            QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Source Han Sans JP"),
            QStringLiteral("Yu Gothic UI"),     QStringLiteral("Yu Gothic"),
            QStringLiteral("Meiryo"),           QStringLiteral("IPAexGothic"),
            QStringLiteral("IPAGothic"),        QStringLiteral("VL Gothic"),
            QStringLiteral("TakaoGothic")
        };
        const QStringList installed = QFontDatabase::families(QFontDatabase::Japanese);
        QStringList result;
        for (const QString &f : wanted) {
            if (installed.contains(f))
                result << f;
        }
        // Keep the preferred names even when absent, so that a file opened elsewhere asks
        // for a Japanese font rather than the platform default.
        for (const QString &f : wanted) {
            if (!result.contains(f))
                result << f;
        }
        return result;
    }();
    return families;
}

QFont ChartStyle::font(double pointSize, bool bold)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

void ChartStyle::styleAxis(QAbstractAxis *axis)
{
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
