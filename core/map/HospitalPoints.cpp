#include "map/HospitalPoints.h"

#include "mhlw/FacilityMatcher.h"
#include "storage/Dataset.h"
#include "storage/SqlQuery.h"
#include "util/JapaneseDate.h"

#include <QHash>
#include <QMap>

namespace Koso {

// The facilities matched to 医療情報ネット (FacilityMatcher) whose row has coordinates in
// Japan; unmatched facilities and rows without coordinates are not points. Beds and the main
// function come from the newest edition that lists the hospital, its status from its current
// response policy.
QVector<HospitalPoint> HospitalPoints::load(Dataset &dataset, const QString &prefectureCode)
{
    QVector<HospitalPoint> points;
    const QVector<LocatedFacility> located = FacilityMatcher::located(dataset, prefectureCode);
    QHash<qint64, int> index;
    for (const LocatedFacility &f : located) {
        if (!f.matched || !f.latitude || !f.longitude)
            continue;
        HospitalPoint p;
        p.hospitalId = f.hospitalId;
        p.name = f.name;
        p.regionCode = f.regionCode;
        p.lonLat = QPointF(*f.longitude, *f.latitude);
        index.insert(p.hospitalId, int(points.size()));
        points << p;
    }
    if (points.isEmpty())
        return points;
    const QSqlDatabase db = dataset.database();

    // Beds of the newest edition listing each hospital, by function (休棟中等 excluded).
    SqlQuery beds(
        db,
        QStringLiteral("SELECT hb.hospital_id, bf.key, hb.beds, e.fiscal_year, e.id, bf.position "
                       "FROM hospital_bed hb JOIN bed_function bf ON bf.id = hb.function_id "
                       "JOIN edition e ON e.id = hb.edition_id WHERE bf.counts_in_total = 1 "
                       "ORDER BY hb.hospital_id, e.fiscal_year DESC, e.id DESC, bf.position"));
    if (beds.exec()) {
        qint64 current = -1;
        int edition = -1;
        int mostBeds = -1;
        while (beds.next()) {
            const qint64 id = beds.value(0).toLongLong();
            const auto it = index.constFind(id);
            if (it == index.cend())
                continue;
            if (id != current) {
                current = id;
                edition = beds.value(4).toInt();
                mostBeds = -1;
            }
            if (beds.value(4).toInt() != edition)
                continue; // an older edition
            HospitalPoint &p = points[*it];
            const int n = beds.value(2).toInt();
            p.beds += n;
            if (n > mostBeds && n > 0) {
                mostBeds = n;
                p.mainFunction = beds.value(1).toString();
            }
        }
    }
    SqlQuery policies(db, QStringLiteral("SELECT hospital_id, status FROM response_policy"));
    if (policies.exec()) {
        while (policies.next()) {
            const auto it = index.constFind(policies.value(0).toLongLong());
            if (it != index.cend())
                points[*it].policyStatus = policies.value(1).toString();
        }
    }
    return points;
}

QString HospitalPoints::sourceLine(Dataset &dataset)
{
    return tr("Hospital locations: 出典：厚生労働省 医療情報ネット オープンデータ (%1); "
              "hospitals not matched by name are not shown.")
        .arg(JapaneseDate::display(FacilityMatcher::snapshotInUse(dataset)));
}

} // namespace Koso
