#include "map/HospitalPoints.h"

namespace Koso {

// Interface agreed between the map page and the 医療情報ネット import; the import fills it in.
QVector<HospitalPoint> HospitalPoints::load(Dataset &, const QString &)
{
    return {};
}

} // namespace Koso
