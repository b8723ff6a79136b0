#include "analysis/HospitalAnalysis.h"

#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"

#include <algorithm>

namespace Koso {

RegionHospitals HospitalAnalysis::forRegion(Dataset &dataset, const QString &regionCode,
                                            std::optional<int> editionId)
{
    RegionHospitals result;
    result.regionCode = regionCode;
    if (const auto region = GeographyStore(dataset).region(regionCode))
        result.regionName = region->name;

    FigureStore figureStore(dataset);
    HospitalStore store(dataset);
    QVector<Edition> editions = figureStore.editions();
    std::reverse(editions.begin(), editions.end()); // newest first
    QHash<qint64, HospitalFigures> figures;
    for (const Edition &e : std::as_const(editions)) {
        if (editionId && e.id != *editionId)
            continue;
        figures = store.figures(e.id, regionCode);
        if (!figures.isEmpty() || editionId) {
            result.edition = e;
            break;
        }
    }
    if (figures.isEmpty())
        return result;

    const QVector<Hospital> hospitals = store.hospitals(regionCode);
    for (const Hospital &h : hospitals) {
        const auto it = figures.constFind(h.id);
        if (it == figures.cend())
            continue;
        HospitalRow row;
        row.hospital = h;
        row.rank = it->rank;
        row.roles = it->roles;
        row.beds = it->beds;
        row.metrics = it->metrics;
        row.maskedMetrics = it->maskedMetrics;
        row.totalBeds = it->totalBeds();
        row.totalWithClosed = row.totalBeds + row.closedBeds();
        for (auto b = row.beds.cbegin(); b != row.beds.cend(); ++b)
            result.functionTotals[b.key()] += b.value();
        result.totalBeds += row.totalBeds;
        result.totalWithClosed += row.totalWithClosed;
        if (h.kind == HospitalKind::Clinic)
            ++result.clinicCount;
        else
            ++result.hospitalCount;
        const auto full = row.metric(QStringLiteral("doctors_fulltime"));
        const auto part = row.metric(QStringLiteral("doctors_parttime"));
        if ((full || part) && row.totalWithClosed > 0)
            row.doctorsPer100Beds
                = (full.value_or(0) + part.value_or(0)) * 100.0 / double(row.totalWithClosed);
        result.rows << row;
    }
    for (HospitalRow &row : result.rows) {
        for (auto b = row.beds.cbegin(); b != row.beds.cend(); ++b) {
            const qint64 whole = result.functionTotals.value(b.key());
            if (whole > 0)
                row.shares.insert(b.key(), double(b.value()) / double(whole));
        }
    }
    // MHLW's order (largest first); facilities without a rank after, by size.
    std::stable_sort(result.rows.begin(), result.rows.end(),
                     [](const HospitalRow &a, const HospitalRow &b) {
                         if (a.rank && b.rank)
                             return *a.rank < *b.rank;
                         if (a.rank.has_value() != b.rank.has_value())
                             return a.rank.has_value();
                         return a.totalWithClosed > b.totalWithClosed;
                     });
    return result;
}

QStringList HospitalAnalysis::roleKeys()
{
    return { QStringLiteral("special"), QStringLiteral("regional_support"),
             QStringLiteral("tertiary_emergency"), QStringLiteral("secondary_emergency"),
             QStringLiteral("home_care_support") };
}

QString HospitalAnalysis::roleName(const QString &key)
{
    if (key == QLatin1String("special"))
        return tr("Special function");
    if (key == QLatin1String("regional_support"))
        return tr("Regional support");
    if (key == QLatin1String("tertiary_emergency"))
        return tr("Tertiary emergency");
    if (key == QLatin1String("secondary_emergency"))
        return tr("Secondary emergency");
    if (key == QLatin1String("home_care_support"))
        return tr("Home care support");
    return key;
}

QStringList HospitalAnalysis::volumeKeys()
{
    return { QStringLiteral("ambulance"), QStringLiteral("general_anaesthesia"),
             QStringLiteral("births"), QStringLiteral("operations") };
}

QString HospitalAnalysis::metricName(const QString &key)
{
    if (key == QLatin1String("doctors_fulltime"))
        return tr("Doctors (full-time)");
    if (key == QLatin1String("doctors_parttime"))
        return tr("Doctors (part-time)");
    if (key == QLatin1String("ambulance"))
        return tr("Ambulance cases");
    if (key == QLatin1String("general_anaesthesia"))
        return tr("General-anaesthesia operations");
    if (key == QLatin1String("births"))
        return tr("Births");
    if (key == QLatin1String("operations"))
        return tr("Operations");
    return key;
}

} // namespace Koso
