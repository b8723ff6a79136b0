#include "analysis/GapCellFormat.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapPalette.h"

#include <QBrush>
#include <QLocale>

namespace Koso {

QString GapCellFormat::beds(const BedValue &value)
{
    if (value.hasValue())
        return AnalysisText::number(*value.beds);
    return value.missingReason.isEmpty() ? QStringLiteral("－") : value.missingReason;
}

QString GapCellFormat::difference(const std::optional<qint64> &value, GapDirection direction)
{
    if (!value)
        return QStringLiteral("－");
    return AnalysisText::directionMark(direction) + AnalysisText::signedNumber(*value);
}

QString GapCellFormat::ratio(const std::optional<double> &value)
{
    return value ? AnalysisText::percent(*value) : QStringLiteral("－");
}

QString GapCellFormat::change(const std::optional<qint64> &beds, const std::optional<double> &rate)
{
    if (!beds)
        return QStringLiteral("－");
    QString text = AnalysisText::signedNumber(*beds);
    if (rate)
        text += QStringLiteral(" (%1)").arg(AnalysisText::signedPercent(*rate));
    return text;
}

QString GapCellFormat::decimal(const std::optional<double> &value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("－");
}

QVariant GapCellFormat::sortValue(const BedValue &value)
{
    return value.hasValue() ? QVariant(*value.beds) : QVariant();
}

QVariant GapCellFormat::background(GapDirection direction, const std::optional<double> &ratio,
                                   double threshold)
{
    const QColor c
        = GapPalette::gapBackground(direction, GapPalette::deviation(ratio, direction), threshold);
    return c.isValid() ? QVariant(QBrush(c)) : QVariant();
}

QVariant GapCellFormat::foreground(GapDirection direction, const std::optional<double> &ratio,
                                   double threshold)
{
    const QColor c
        = GapPalette::gapBackground(direction, GapPalette::deviation(ratio, direction), threshold);
    return c.isValid() ? QVariant(QBrush(GapPalette::textOn(c))) : QVariant();
}

QString GapCellFormat::explain(const FunctionGap &f, bool planned, double threshold)
{
    const BedValue &value = planned ? f.planned : f.latest;
    const int year = planned ? f.plannedYear : f.latestYear;
    const GapDirection direction = planned ? f.plannedDirection : f.latestDirection;
    const std::optional<double> &r = planned ? f.plannedRatio : f.latestRatio;
    const QString what = planned ? tr("Planned %1").arg(year) : tr("Reported %1").arg(year);
    QString text = tr("%1 %2: %3 beds against %4 required")
                       .arg(f.displayName(), what, beds(value), beds(f.required));
    if (r)
        text += tr(" = %1").arg(AnalysisText::percent(*r));
    else if (f.required.hasValue() && *f.required.beds == 0)
        text += tr(" (no ratio: nothing is required)");
    switch (direction) {
    case GapDirection::Over:
        text += QLatin1Char('\n')
            + tr("Over the need by more than %1.").arg(AnalysisText::percent(threshold, 0));
        break;
    case GapDirection::Under:
        text += QLatin1Char('\n')
            + tr("Under the need by more than %1.").arg(AnalysisText::percent(threshold, 0));
        break;
    default:
        break;
    }
    return text;
}

} // namespace Koso
