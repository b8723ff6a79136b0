#include "measures/SupportMeasure.h"

#include <QLocale>

namespace Koso {

bool SupportMeasure::isValidOn(const QDate &day) const
{
    if (validFrom.isValid() && day < validFrom)
        return false;
    if (validTo.isValid() && day > validTo)
        return false;
    return !(retiredOn.isValid() && day >= retiredOn);
}

bool SupportMeasure::sameContent(const SupportMeasure &o) const
{
    return id == o.id && name == o.name && category == o.category && basis == o.basis
        && eligible == o.eligible && conditions == o.conditions && summary == o.summary
        && validFrom == o.validFrom && validTo == o.validTo && retiredOn == o.retiredOn;
}

QString MeasureUse::stageKey(Stage stage)
{
    return stage == Stage::Used ? QStringLiteral("used") : QStringLiteral("planned");
}

MeasureUse::Stage MeasureUse::stageFromKey(const QString &key)
{
    return key == QLatin1String("used") ? Stage::Used : Stage::Planned;
}

QString MeasureUse::stageName(Stage stage)
{
    return stage == Stage::Used ? tr("Used") : tr("Planned");
}

QString MeasureUse::amountText(const std::optional<qint64> &yen)
{
    if (!yen)
        return tr("—");
    return tr("%1 yen").arg(QLocale().toString(*yen));
}

QVector<PracticeCase::Kind> PracticeCase::kinds()
{
    return { Kind::Prefecture, Kind::Conversion, Kind::Merger, Kind::Downsizing, Kind::Network };
}

QString PracticeCase::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Prefecture:
        return QStringLiteral("prefecture");
    case Kind::Conversion:
        return QStringLiteral("conversion");
    case Kind::Merger:
        return QStringLiteral("merger");
    case Kind::Downsizing:
        return QStringLiteral("downsizing");
    case Kind::Network:
        return QStringLiteral("network");
    }
    return QString();
}

std::optional<PracticeCase::Kind> PracticeCase::kindFromKey(const QString &key)
{
    for (Kind k : kinds()) {
        if (kindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString PracticeCase::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Prefecture:
        return tr("Prefecture's way of working");
    case Kind::Conversion:
        return tr("Conversion");
    case Kind::Merger:
        return tr("Merger");
    case Kind::Downsizing:
        return tr("Downsizing");
    case Kind::Network:
        return tr("Network");
    }
    return QString();
}

} // namespace Koso
