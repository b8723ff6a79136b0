#include "storage/DatasetSummary.h"

#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

namespace Koso {

namespace {

qint64 scalar(const Dataset &dataset, const QString &sql)
{
    SqlQuery q(dataset.database(), sql);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace

DatasetSummary DatasetSummary::read(const Dataset &dataset)
{
    DatasetSummary s;
    s.path = dataset.path();
    s.schemaVersion = dataset.schemaVersion();
    s.homePrefectureCode = dataset.homePrefectureCode();
    SqlQuery name(dataset.database(), QStringLiteral("SELECT name FROM prefecture WHERE code = ?"));
    if (name.exec({ s.homePrefectureCode }) && name.next())
        s.homePrefectureName = name.value(0).toString();
    s.prefectures = int(
        scalar(dataset, QStringLiteral("SELECT count(DISTINCT prefecture_code) FROM region")));
    s.regions = int(scalar(dataset, QStringLiteral("SELECT count(*) FROM region")));
    s.hospitals = scalar(dataset, QStringLiteral("SELECT count(*) FROM hospital"));
    s.clinics
        = scalar(dataset, QStringLiteral("SELECT count(*) FROM hospital WHERE kind = 'clinic'"));
    SqlQuery editions(dataset.database(),
                      QStringLiteral("SELECT label FROM edition ORDER BY fiscal_year, id"));
    if (editions.exec()) {
        while (editions.next())
            s.editions << editions.value(0).toString();
    }
    return s;
}

} // namespace Koso
