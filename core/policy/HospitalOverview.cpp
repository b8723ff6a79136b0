#include "policy/HospitalOverview.h"

#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"

namespace Koso {

qint64 HospitalOverview::bedsIncludingClosed(const HospitalFigures &figures)
{
    qint64 total = 0;
    for (auto it = figures.beds.cbegin(); it != figures.beds.cend(); ++it)
        total += it.value();
    return total;
}

qint64 HospitalOverviewRow::bedsIncludingClosed() const
{
    return HospitalOverview::bedsIncludingClosed(figures);
}

QHash<qint64, HospitalFigures> HospitalOverview::latestFigures(Dataset &dataset,
                                                               const QString &areaCode)
{
    QHash<qint64, HospitalFigures> result;
    HospitalStore hospitals(dataset);
    // Oldest first, so a newer edition overwrites an older one.
    for (const Edition &e : FigureStore(dataset).editions()) {
        const auto figures = hospitals.figures(e.id, areaCode);
        for (auto it = figures.cbegin(); it != figures.cend(); ++it)
            result.insert(it.key(), it.value());
    }
    return result;
}

QHash<qint64, qint64> HospitalOverview::latestBedsIncludingClosed(Dataset &dataset,
                                                                  const QString &areaCode)
{
    QHash<qint64, qint64> result;
    // Each hospital's editions oldest first (the order of FigureStore::editions()), so the
    // newest edition that lists it overwrites the older ones, as in latestFigures().
    QString sql = QStringLiteral(
        "SELECT x.hospital_id, (SELECT SUM(b.beds) FROM hospital_bed b WHERE b.hospital_id = "
        "x.hospital_id AND b.edition_id = x.edition_id) FROM hospital_edition x "
        "JOIN edition e ON e.id = x.edition_id JOIN hospital h ON h.id = x.hospital_id");
    if (areaCode.size() == 4)
        sql += QStringLiteral(" WHERE h.region_code = ?");
    else if (!areaCode.isEmpty())
        sql += QStringLiteral(
            " WHERE h.region_code IN (SELECT code FROM region WHERE prefecture_code = ?)");
    sql += QStringLiteral(" ORDER BY x.hospital_id, e.fiscal_year, e.id");
    SqlQuery q(dataset.database(), sql);
    if (areaCode.isEmpty() ? q.exec() : q.exec({ areaCode })) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return result;
}

QVector<HospitalOverviewRow> HospitalOverview::load(Dataset &dataset, const QString &areaCode)
{
    QVector<HospitalOverviewRow> rows;
    QHash<QString, QString> regionNames;
    for (const Region &r : GeographyStore(dataset).regions())
        regionNames.insert(r.code, r.name);
    QHash<int, QString> editionLabels;
    for (const Edition &e : FigureStore(dataset).editions())
        editionLabels.insert(e.id, e.label);

    const auto figures = latestFigures(dataset, areaCode);
    const auto policies = PolicyStore(dataset).policies(areaCode);
    const auto list = HospitalStore(dataset).hospitals(areaCode);
    rows.reserve(list.size());
    for (const Hospital &h : list) {
        HospitalOverviewRow row;
        row.hospital = h;
        row.regionName = regionNames.value(h.regionCode);
        const auto f = figures.constFind(h.id);
        if (f != figures.cend()) {
            row.hasFigures = true;
            row.figures = *f;
            row.editionLabel = editionLabels.value(f->editionId);
        }
        row.policy = policies.value(h.id);
        row.policy.hospitalId = h.id;
        rows << row;
    }
    return rows;
}

} // namespace Koso
