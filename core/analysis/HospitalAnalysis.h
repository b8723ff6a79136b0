#pragma once

#include "analysis/RegionHospitals.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Koso {

class Dataset;

// The hospital level of a region: every facility's beds by function (休棟中等 included), its
// share of the region's beds in each function, doctors, roles and clinical volumes.
class HospitalAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(Koso::HospitalAnalysis)

public:
    // The newest edition that lists facilities of the region, or the edition given.
    static RegionHospitals forRegion(Dataset &dataset, const QString &regionCode,
                                     std::optional<int> editionId = std::nullopt);

    // Role keys in MHLW's column order, and their names (特定機能, 地域支援, …).
    static QStringList roleKeys();
    static QString roleName(const QString &key);
    // Clinical volume metrics in MHLW's column order (ambulance, general_anaesthesia, …).
    static QStringList volumeKeys();
    static QString metricName(const QString &key);
};

} // namespace Koso
