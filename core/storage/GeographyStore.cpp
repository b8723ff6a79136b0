#include "storage/GeographyStore.h"

#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

namespace Koso {

namespace {

template<typename T> std::optional<T> optionalValue(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.value<T>();
}

QVariant toVariant(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant toVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

Region regionFromRow(const SqlQuery &q)
{
    Region r;
    r.code = q.value(0).toString();
    r.prefectureCode = q.value(1).toString();
    r.name = q.value(2).toString();
    r.population = optionalValue<qint64>(q.value(3));
    r.areaKm2 = optionalValue<double>(q.value(4));
    return r;
}

Prefecture prefectureFromRow(const SqlQuery &q)
{
    Prefecture p;
    p.code = q.value(0).toString();
    p.name = q.value(1).toString();
    p.population = optionalValue<qint64>(q.value(2));
    p.areaKm2 = optionalValue<double>(q.value(3));
    return p;
}

} // namespace

GeographyStore::GeographyStore(Dataset &dataset)
    : m_dataset(dataset)
{ }

QVector<Prefecture> GeographyStore::prefectures() const
{
    QVector<Prefecture> result;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT code, name, population, area_km2 FROM prefecture "
                              "ORDER BY code"));
    if (q.exec()) {
        while (q.next())
            result << prefectureFromRow(q);
    }
    return result;
}

std::optional<Prefecture> GeographyStore::prefecture(const QString &code) const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT code, name, population, area_km2 FROM prefecture "
                              "WHERE code = ?"));
    if (q.exec({ code }) && q.next())
        return prefectureFromRow(q);
    return std::nullopt;
}

QVector<Region> GeographyStore::regions(const QString &prefectureCode) const
{
    QVector<Region> result;
    const QString columns
        = QStringLiteral("SELECT code, prefecture_code, name, population, area_km2 FROM region ");
    SqlQuery q(m_dataset.database(),
               prefectureCode.isEmpty()
                   ? columns + QStringLiteral("ORDER BY code")
                   : columns + QStringLiteral("WHERE prefecture_code = ? ORDER BY code"));
    const bool ok = prefectureCode.isEmpty() ? q.exec() : q.exec({ prefectureCode });
    if (ok) {
        while (q.next())
            result << regionFromRow(q);
    }
    return result;
}

std::optional<Region> GeographyStore::region(const QString &code) const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT code, prefecture_code, name, population, area_km2 "
                              "FROM region WHERE code = ?"));
    if (q.exec({ code }) && q.next())
        return regionFromRow(q);
    return std::nullopt;
}

bool GeographyStore::upsertPrefecture(const Prefecture &p, QString *error)
{
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("INSERT INTO prefecture (code, name, population, area_km2) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                                        "name = excluded.name, "
                                        "population = coalesce(excluded.population, population), "
                                        "area_km2 = coalesce(excluded.area_km2, area_km2)"),
                         error, { p.code, p.name, toVariant(p.population), toVariant(p.areaKm2) });
}

bool GeographyStore::upsertRegion(const Region &r, QString *error)
{
    return SqlQuery::run(
        m_dataset.database(),
        QStringLiteral("INSERT INTO region (code, prefecture_code, name, population, area_km2) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                       "prefecture_code = excluded.prefecture_code, name = excluded.name, "
                       "population = coalesce(excluded.population, population), "
                       "area_km2 = coalesce(excluded.area_km2, area_km2)"),
        error, { r.code, r.prefectureCode, r.name, toVariant(r.population), toVariant(r.areaKm2) });
}

} // namespace Koso
