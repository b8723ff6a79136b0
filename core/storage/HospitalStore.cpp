#include "storage/HospitalStore.h"

#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

namespace Koso {

namespace {

const QString hospitalColumns
    = QStringLiteral("SELECT h.id, h.region_code, h.name, h.municipality, h.kind, h.owner_group, "
                     "h.merged_into, h.added_by_hand, h.note FROM hospital h ");

Hospital hospitalFromRow(const SqlQuery &q)
{
    Hospital h;
    h.id = q.value(0).toLongLong();
    h.regionCode = q.value(1).toString();
    h.name = q.value(2).toString();
    h.municipality = q.value(3).toString();
    h.kind = hospitalKindFromKey(q.value(4).toString());
    h.ownerGroup = ownerGroupFromKey(q.value(5).toString());
    if (!q.value(6).isNull())
        h.mergedInto = q.value(6).toLongLong();
    h.addedByHand = q.value(7).toBool();
    h.note = q.value(8).toString();
    return h;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// A null QString binds as NULL: NOT NULL text columns get an empty string instead.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

HospitalStore::HospitalStore(Dataset &dataset)
    : m_dataset(dataset)
{ }

HospitalStore::~HospitalStore() = default;

QString HospitalStore::areaFilter(const QString &areaCode, const QString &column) const
{
    if (areaCode.isEmpty())
        return QString();
    if (areaCode.size() == 4)
        return QStringLiteral(" WHERE %1 = ?").arg(column);
    return QStringLiteral(" WHERE %1 IN (SELECT code FROM region WHERE prefecture_code = ?)")
        .arg(column);
}

QVector<Hospital> HospitalStore::hospitals(const QString &areaCode) const
{
    QVector<Hospital> result;
    SqlQuery q(m_dataset.database(),
               hospitalColumns + areaFilter(areaCode, QStringLiteral("h.region_code"))
                   + QStringLiteral(" ORDER BY h.region_code, h.id"));
    if (areaCode.isEmpty() ? q.exec() : q.exec({ areaCode })) {
        while (q.next())
            result << hospitalFromRow(q);
    }
    return result;
}

std::optional<Hospital> HospitalStore::hospital(qint64 id) const
{
    SqlQuery q(m_dataset.database(), hospitalColumns + QStringLiteral("WHERE h.id = ?"));
    if (q.exec({ id }) && q.next())
        return hospitalFromRow(q);
    return std::nullopt;
}

std::optional<Hospital> HospitalStore::findByKey(const QString &regionCode, const QString &name,
                                                 const QString &municipality) const
{
    SqlQuery q(m_dataset.database(),
               hospitalColumns
                   + QStringLiteral("WHERE h.region_code = ? AND h.name_key = ? "
                                    "AND h.municipality = ?"));
    if (q.exec({ regionCode, Hospital::nameKey(name), notNull(municipality) }) && q.next())
        return hospitalFromRow(q);
    return std::nullopt;
}

qint64 HospitalStore::count() const
{
    SqlQuery q(m_dataset.database(), QStringLiteral("SELECT count(*) FROM hospital"));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 HospitalStore::insert(const Hospital &h, QString *error)
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT INTO hospital (region_code, name, name_key, municipality, "
                              "kind, owner_group, merged_into, added_by_hand, note) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q.exec({ h.regionCode, h.name, Hospital::nameKey(h.name), notNull(h.municipality),
                  hospitalKindKey(h.kind), nullable(ownerGroupKey(h.ownerGroup)),
                  h.mergedInto ? QVariant(*h.mergedInto) : QVariant(QMetaType(QMetaType::LongLong)),
                  int(h.addedByHand), notNull(h.note) })) {
        *error = q.errorMessage();
        return 0;
    }
    return q.lastInsertId();
}

bool HospitalStore::update(const Hospital &h, QString *error)
{
    return SqlQuery::run(
        m_dataset.database(),
        QStringLiteral("UPDATE hospital SET region_code = ?, name = ?, name_key = ?, "
                       "municipality = ?, kind = ?, owner_group = ?, merged_into = ?, "
                       "added_by_hand = ?, note = ? WHERE id = ?"),
        error,
        { h.regionCode, h.name, Hospital::nameKey(h.name), notNull(h.municipality),
          hospitalKindKey(h.kind), nullable(ownerGroupKey(h.ownerGroup)),
          h.mergedInto ? QVariant(*h.mergedInto) : QVariant(QMetaType(QMetaType::LongLong)),
          int(h.addedByHand), notNull(h.note), h.id });
}

QHash<qint64, HospitalFigures> HospitalStore::figures(int editionId, const QString &areaCode) const
{
    QHash<qint64, HospitalFigures> result;
    const QSqlDatabase db = m_dataset.database();
    const QString filter = areaFilter(areaCode, QStringLiteral("h.region_code"));
    const QString join = QStringLiteral(" JOIN hospital h ON h.id = x.hospital_id");
    const QString editionFilter
        = (filter.isEmpty() ? QStringLiteral(" WHERE ") : filter + QStringLiteral(" AND "))
        + QStringLiteral("x.edition_id = ?");
    auto run = [&](SqlQuery &q) {
        return areaCode.isEmpty() ? q.exec({ editionId }) : q.exec({ areaCode, editionId });
    };

    SqlQuery listed(db,
                    QStringLiteral("SELECT x.hospital_id, x.rank, x.roles "
                                   "FROM hospital_edition x")
                        + join + editionFilter);
    if (run(listed)) {
        while (listed.next()) {
            HospitalFigures &f = result[listed.value(0).toLongLong()];
            f.hospitalId = listed.value(0).toLongLong();
            f.editionId = editionId;
            if (!listed.value(1).isNull())
                f.rank = listed.value(1).toInt();
            f.roles = listed.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    SqlQuery beds(db,
                  QStringLiteral("SELECT x.hospital_id, bf.key, x.beds FROM hospital_bed x "
                                 "JOIN bed_function bf ON bf.id = x.function_id")
                      + join + editionFilter);
    if (run(beds)) {
        while (beds.next()) {
            auto it = result.find(beds.value(0).toLongLong());
            if (it != result.end())
                it->beds.insert(beds.value(1).toString(), beds.value(2).toLongLong());
        }
    }
    SqlQuery metrics(db,
                     QStringLiteral("SELECT x.hospital_id, x.metric, x.value, "
                                    "x.missing_reason FROM hospital_metric x")
                         + join + editionFilter);
    if (run(metrics)) {
        while (metrics.next()) {
            auto it = result.find(metrics.value(0).toLongLong());
            if (it == result.end())
                continue;
            if (metrics.value(2).isNull())
                it->maskedMetrics.insert(metrics.value(1).toString(), metrics.value(3).toString());
            else
                it->metrics.insert(metrics.value(1).toString(), metrics.value(2).toDouble());
        }
    }
    return result;
}

QVector<HospitalFigures> HospitalStore::figureHistory(qint64 hospitalId) const
{
    QVector<HospitalFigures> result;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT x.edition_id, h.region_code FROM hospital_edition x "
                              "JOIN edition e ON e.id = x.edition_id "
                              "JOIN hospital h ON h.id = x.hospital_id "
                              "WHERE x.hospital_id = ? ORDER BY e.fiscal_year, e.id"));
    if (!q.exec({ hospitalId }))
        return result;
    while (q.next()) {
        const auto all = figures(q.value(0).toInt(), q.value(1).toString());
        const auto it = all.constFind(hospitalId);
        if (it != all.cend())
            result << *it;
    }
    return result;
}

bool HospitalStore::putFigures(const HospitalFigures &f, QString *error)
{
    const QSqlDatabase db = m_dataset.database();
    if (!m_putEdition) {
        m_putEdition = std::make_unique<SqlQuery>(
            db,
            QStringLiteral("INSERT OR REPLACE INTO hospital_edition (hospital_id, "
                           "edition_id, rank, roles) VALUES (?, ?, ?, ?)"));
        m_putBed = std::make_unique<SqlQuery>(
            db,
            QStringLiteral("INSERT OR REPLACE INTO hospital_bed (hospital_id, edition_id, "
                           "function_id, beds) VALUES (?, ?, ?, ?)"));
        m_putMetric = std::make_unique<SqlQuery>(
            db,
            QStringLiteral("INSERT OR REPLACE INTO hospital_metric (hospital_id, "
                           "edition_id, metric, value, missing_reason) "
                           "VALUES (?, ?, ?, ?, ?)"));
        SqlQuery functions(db, QStringLiteral("SELECT key, id FROM bed_function"));
        if (functions.exec()) {
            while (functions.next())
                m_functionIds.insert(functions.value(0).toString(), functions.value(1).toInt());
        }
    }
    if (!m_putEdition->exec({ f.hospitalId, f.editionId,
                              f.rank ? QVariant(*f.rank) : QVariant(QMetaType(QMetaType::Int)),
                              notNull(f.roles.join(QLatin1Char(' '))) })) {
        *error = m_putEdition->errorMessage();
        return false;
    }
    for (auto it = f.beds.cbegin(); it != f.beds.cend(); ++it) {
        const int fid = m_functionIds.value(it.key());
        if (fid == 0) {
            *error = tr("Unknown bed function %1.").arg(it.key());
            return false;
        }
        if (!m_putBed->exec({ f.hospitalId, f.editionId, fid, it.value() })) {
            *error = m_putBed->errorMessage();
            return false;
        }
    }
    for (auto it = f.metrics.cbegin(); it != f.metrics.cend(); ++it) {
        if (!m_putMetric->exec({ f.hospitalId, f.editionId, it.key(), it.value(),
                                 QVariant(QMetaType(QMetaType::QString)) })) {
            *error = m_putMetric->errorMessage();
            return false;
        }
    }
    for (auto it = f.maskedMetrics.cbegin(); it != f.maskedMetrics.cend(); ++it) {
        if (!m_putMetric->exec({ f.hospitalId, f.editionId, it.key(),
                                 QVariant(QMetaType(QMetaType::Double)), it.value() })) {
            *error = m_putMetric->errorMessage();
            return false;
        }
    }
    return true;
}

} // namespace Koso
