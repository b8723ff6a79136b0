#include "model/Hospital.h"

#include <QChar>

namespace Koso {

QString hospitalKindKey(HospitalKind kind)
{
    return kind == HospitalKind::Clinic ? QStringLiteral("clinic") : QStringLiteral("hospital");
}

HospitalKind hospitalKindFromKey(const QString &key)
{
    return key == QLatin1String("clinic") ? HospitalKind::Clinic : HospitalKind::Hospital;
}

QString ownerGroupKey(OwnerGroup group)
{
    switch (group) {
    case OwnerGroup::Public:
        return QStringLiteral("public");
    case OwnerGroup::QuasiPublic:
        return QStringLiteral("quasi_public");
    case OwnerGroup::Private:
        return QStringLiteral("private");
    case OwnerGroup::Unknown:
        break;
    }
    return QString();
}

OwnerGroup ownerGroupFromKey(const QString &key)
{
    if (key == QLatin1String("public"))
        return OwnerGroup::Public;
    if (key == QLatin1String("quasi_public"))
        return OwnerGroup::QuasiPublic;
    if (key == QLatin1String("private"))
        return OwnerGroup::Private;
    return OwnerGroup::Unknown;
}

QString Hospital::nameKey(const QString &name)
{
    const QString normalized = name.normalized(QString::NormalizationForm_KC);
    QString key;
    key.reserve(normalized.size());
    for (const QChar c : normalized) {
        if (!c.isSpace())
            key.append(c);
    }
    return key;
}

qint64 HospitalFigures::totalBeds() const
{
    qint64 total = 0;
    for (auto it = beds.cbegin(); it != beds.cend(); ++it) {
        if (it.key() != QLatin1String("Closed"))
            total += it.value();
    }
    return total;
}

} // namespace Koso
