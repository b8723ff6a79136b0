#include "analysis/RegionHospitals.h"

#include <algorithm>

namespace Koso {

std::optional<double> HospitalRow::metric(const QString &key) const
{
    const auto it = metrics.constFind(key);
    if (it == metrics.cend())
        return std::nullopt;
    return *it;
}

QVector<HospitalRow> RegionHospitals::withClosedBeds() const
{
    QVector<HospitalRow> result;
    for (const HospitalRow &r : rows) {
        if (r.closedBeds() > 0)
            result << r;
    }
    std::stable_sort(result.begin(), result.end(), [](const HospitalRow &a, const HospitalRow &b) {
        return a.closedBeds() > b.closedBeds();
    });
    return result;
}

QVector<const HospitalRow *> RegionHospitals::largestIn(const QString &functionKey, int n) const
{
    QVector<const HospitalRow *> result;
    for (const HospitalRow &r : rows) {
        if (r.bedsOf(functionKey) > 0)
            result << &r;
    }
    std::stable_sort(result.begin(), result.end(), [&](const HospitalRow *a, const HospitalRow *b) {
        return a->bedsOf(functionKey) > b->bedsOf(functionKey);
    });
    if (result.size() > n)
        result.resize(n);
    return result;
}

} // namespace Koso
