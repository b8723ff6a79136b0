#include "model/Measure.h"

namespace Koso {

QString measureKey(Measure m)
{
    switch (m) {
    case Measure::Reported:
        return QStringLiteral("reported");
    case Measure::Planned:
        return QStringLiteral("planned");
    case Measure::Required:
        return QStringLiteral("required");
    }
    return QString();
}

bool measureFromKey(const QString &key, Measure *m)
{
    for (Measure candidate : { Measure::Reported, Measure::Planned, Measure::Required }) {
        if (measureKey(candidate) == key) {
            *m = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Koso
