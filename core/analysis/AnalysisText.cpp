#include "analysis/AnalysisText.h"

#include "util/JapaneseDate.h"

#include <QLocale>

#include <cmath>

namespace Koso {

QString AnalysisText::caveat(const AreaGap *area)
{
    QString text = tr("MHLW: the bed function report totals and the required beds are computed "
                      "differently and must not be compared naively; discuss them in the "
                      "coordination council after detailed analysis. The reporting rate differs "
                      "by year.");
    if (!area)
        return text;
    // The first and the latest year with a rate.
    QVector<ReportingRate> shown;
    for (const ReportingRate &r : area->reportingRates) {
        if (!r.rate)
            continue;
        if (shown.size() < 2)
            shown << r;
        else
            shown.last() = r;
    }
    QStringList rates;
    for (const ReportingRate &r : std::as_const(shown))
        rates << tr("%1: %2").arg(yearLabel(r.year), percent(*r.rate));
    if (!rates.isEmpty())
        text = tr("%1 Reporting rate: %2.").arg(text, rates.join(tr(", ")));
    return text;
}

QString AnalysisText::reportingRates(const AreaGap &area)
{
    QStringList rates;
    for (const ReportingRate &r : area.reportingRates) {
        if (r.rate)
            rates << tr("%1: %2").arg(yearLabel(r.year), percent(*r.rate));
    }
    if (rates.isEmpty())
        return QString();
    return tr("Reporting rate by year: %1").arg(rates.join(tr(", ")));
}

QString AnalysisText::editionLabel(const std::optional<Edition> &edition)
{
    if (!edition)
        return QString();
    if (edition->fiscalYear > 0)
        return JapaneseDate::fiscalYearLabel(edition->fiscalYear);
    return edition->label;
}

QString AnalysisText::sourceLine(const std::optional<Edition> &edition)
{
    if (!edition)
        return tr("Source: MHLW \"Bed Function Report\" and others");
    return tr("Source: MHLW \"Bed Function Report\" and others (%1 edition)")
        .arg(editionLabel(edition));
}

QString AnalysisText::unitNote()
{
    return tr("Unit: beds");
}

QString AnalysisText::number(qint64 value)
{
    return QLocale().toString(value);
}

QString AnalysisText::signedNumber(qint64 value)
{
    if (value > 0)
        return QLatin1Char('+') + number(value);
    if (value < 0)
        return QChar(0x2212) + number(-value); // a real minus sign
    return number(0);
}

QString AnalysisText::percent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString AnalysisText::signedPercent(double fraction, int decimals)
{
    const QString body = QLocale().toString(std::abs(fraction) * 100.0, 'f', decimals);
    const QString zero = QLocale().toString(0.0, 'f', decimals);
    if (body == zero)
        return body + QLatin1Char('%');
    return (fraction > 0 ? QString(QLatin1Char('+')) : QString(QChar(0x2212))) + body
        + QLatin1Char('%');
}

QString AnalysisText::directionName(GapDirection direction)
{
    switch (direction) {
    case GapDirection::Over:
        return tr("Over the need");
    case GapDirection::Under:
        return tr("Under the need");
    case GapDirection::Within:
        return tr("Within the threshold");
    case GapDirection::Unknown:
        break;
    }
    return tr("No comparison");
}

QString AnalysisText::directionMark(GapDirection direction)
{
    switch (direction) {
    case GapDirection::Over:
        return QStringLiteral("▲");
    case GapDirection::Under:
        return QStringLiteral("▼");
    default:
        return QString();
    }
}

QString AnalysisText::areaTitle(const AreaGap &area)
{
    switch (area.kind) {
    case AreaKind::Nation:
        return area.name;
    case AreaKind::Prefecture:
        return area.name;
    case AreaKind::Region:
        break;
    }
    return tr("%1 %2 region").arg(area.prefectureName, area.name).trimmed();
}

QString AnalysisText::measureName(Measure measure)
{
    switch (measure) {
    case Measure::Reported:
        return tr("Reported");
    case Measure::Planned:
        return tr("Planned");
    case Measure::Required:
        return tr("Required");
    }
    return QString();
}

QString AnalysisText::yearLabel(int year)
{
    return tr("%1", "year").arg(year);
}

} // namespace Koso
