#include "storage/HospitalStore.h"

#include "storage/Dataset.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"

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

QHash<qint64, QString> HospitalStore::names() const
{
    QHash<qint64, QString> result;
    SqlQuery q(m_dataset.database(), QStringLiteral("SELECT id, name FROM hospital"));
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toString());
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
    // Facilities listed without a municipality (「未報告」) are stored with an empty one.
    const QString town = municipality.isNull() ? QStringLiteral("") : municipality;
    if (q.exec({ regionCode, Hospital::nameKey(name), town }) && q.next())
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
    if (!prepareWriters(error))
        return 0;
    SqliteStatement &q = *m_insert;
    // A given id is kept, so that undoing a removal brings the same hospital back.
    q.bind(0, h.id > 0 ? std::optional<qint64>(h.id) : std::nullopt);
    q.bind(1, h.regionCode);
    q.bind(2, h.name);
    q.bind(3, Hospital::nameKey(h.name));
    q.bind(4, h.municipality.isNull() ? QStringLiteral("") : h.municipality);
    q.bind(5, hospitalKindKey(h.kind));
    const QString group = ownerGroupKey(h.ownerGroup);
    q.bind(6, group.isEmpty() ? QString() : group);
    q.bind(7, h.mergedInto);
    q.bind(8, qint64(h.addedByHand));
    q.bind(9, h.note.isNull() ? QStringLiteral("") : h.note);
    if (!q.exec()) {
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
                    QStringLiteral("SELECT x.hospital_id, x.rank, x.roles, x.missing_reason "
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
            f.missingReason = listed.value(3).toString();
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

bool HospitalStore::prepareWriters(QString *error)
{
    if (m_insert)
        return true;
    const QSqlDatabase db = m_dataset.database();
    m_insert = std::make_unique<SqliteStatement>(
        db,
        QStringLiteral("INSERT INTO hospital (id, region_code, name, name_key, municipality, "
                       "kind, owner_group, merged_into, added_by_hand, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_putEdition = std::make_unique<SqliteStatement>(
        db,
        QStringLiteral("INSERT OR REPLACE INTO hospital_edition (hospital_id, edition_id, rank, "
                       "roles, missing_reason) VALUES (?, ?, ?, ?, ?)"));
    for (const auto *statement : { m_insert.get(), m_putEdition.get() }) {
        if (!statement->isPrepared()) {
            *error = statement->errorMessage();
            m_insert.reset();
            return false;
        }
    }
    SqlQuery functions(db, QStringLiteral("SELECT key, id FROM bed_function"));
    if (functions.exec()) {
        while (functions.next())
            m_functionIds.insert(functions.value(0).toString(), functions.value(1).toInt());
    }
    return true;
}

SqliteStatement *HospitalStore::rowsStatement(std::vector<std::unique_ptr<SqliteStatement>> &cache,
                                              const QString &head, const QString &tuple, int n,
                                              QString *error)
{
    if (int(cache.size()) <= n)
        cache.resize(size_t(n) + 1);
    std::unique_ptr<SqliteStatement> &statement = cache[size_t(n)];
    if (!statement) {
        QStringList tuples;
        for (int i = 0; i < n; ++i)
            tuples << tuple;
        statement = std::make_unique<SqliteStatement>(m_dataset.database(),
                                                      head + tuples.join(QStringLiteral(", ")));
        if (!statement->isPrepared()) {
            *error = statement->errorMessage();
            statement.reset();
            return nullptr;
        }
    }
    return statement.get();
}

bool HospitalStore::putFigures(const HospitalFigures &f, QString *error)
{
    if (!prepareWriters(error))
        return false;
    SqliteStatement &edition = *m_putEdition;
    edition.bind(0, f.hospitalId);
    edition.bind(1, f.editionId);
    edition.bind(2, f.rank ? std::optional<qint64>(*f.rank) : std::nullopt);
    edition.bind(3, notNull(f.roles.join(QLatin1Char(' '))));
    edition.bind(4, f.missingReason.isEmpty() ? QString() : f.missingReason);
    if (!edition.exec()) {
        *error = edition.errorMessage();
        return false;
    }

    // Each table's rows of the facility in one statement: an import writes some 200,000 rows
    // and the cost is mostly per statement.
    if (!f.beds.isEmpty()) {
        SqliteStatement *beds = rowsStatement(
            m_putBeds,
            QStringLiteral("INSERT OR REPLACE INTO hospital_bed (hospital_id, edition_id, "
                           "function_id, beds) VALUES "),
            QStringLiteral("(?, ?, ?, ?)"), int(f.beds.size()), error);
        if (!beds)
            return false;
        int i = 0;
        for (auto it = f.beds.cbegin(); it != f.beds.cend(); ++it, ++i) {
            const int fid = m_functionIds.value(it.key());
            if (fid == 0) {
                beds->reset();
                *error = tr("Unknown bed function %1.").arg(it.key());
                return false;
            }
            beds->bind(4 * i, f.hospitalId);
            beds->bind(4 * i + 1, f.editionId);
            beds->bind(4 * i + 2, fid);
            beds->bind(4 * i + 3, it.value());
        }
        if (!beds->exec()) {
            *error = beds->errorMessage();
            return false;
        }
    }

    const int metricCount = int(f.metrics.size() + f.maskedMetrics.size());
    if (metricCount > 0) {
        SqliteStatement *metrics = rowsStatement(
            m_putMetrics,
            QStringLiteral("INSERT OR REPLACE INTO hospital_metric (hospital_id, edition_id, "
                           "metric, value, missing_reason) VALUES "),
            QStringLiteral("(?, ?, ?, ?, ?)"), metricCount, error);
        if (!metrics)
            return false;
        auto utf8 = [this](const QString &name) -> const QByteArray & {
            auto it = m_utf8.constFind(name);
            if (it == m_utf8.cend())
                it = m_utf8.insert(name, name.toUtf8());
            return *it;
        };
        int i = 0;
        for (auto it = f.metrics.cbegin(); it != f.metrics.cend(); ++it, ++i) {
            metrics->bind(5 * i, f.hospitalId);
            metrics->bind(5 * i + 1, f.editionId);
            metrics->bindUtf8Static(5 * i + 2, utf8(it.key()));
            metrics->bind(5 * i + 3, it.value());
            metrics->bindNull(5 * i + 4);
        }
        for (auto it = f.maskedMetrics.cbegin(); it != f.maskedMetrics.cend(); ++it, ++i) {
            metrics->bind(5 * i, f.hospitalId);
            metrics->bind(5 * i + 1, f.editionId);
            metrics->bindUtf8Static(5 * i + 2, utf8(it.key()));
            metrics->bindNull(5 * i + 3);
            metrics->bind(5 * i + 4, it.value().isEmpty() ? QStringLiteral("-") : it.value());
        }
        if (!metrics->exec()) {
            *error = metrics->errorMessage();
            return false;
        }
    }
    return true;
}

QSet<qint64> HospitalStore::listedIn(int editionId) const
{
    QSet<qint64> ids;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT hospital_id FROM hospital_edition WHERE edition_id = ?"));
    if (q.exec({ editionId })) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

bool HospitalStore::removeFigures(int editionId, const QStringList &regionCodes, QString *error)
{
    for (const QString &code : regionCodes) {
        for (const char *table : { "hospital_edition", "hospital_bed", "hospital_metric" }) {
            if (!SqlQuery::run(m_dataset.database(),
                               QStringLiteral("DELETE FROM %1 WHERE edition_id = ? AND hospital_id "
                                              "IN (SELECT id FROM hospital WHERE region_code = ?)")
                                   .arg(QLatin1String(table)),
                               error, { editionId, code }))
                return false;
        }
    }
    return true;
}

} // namespace Koso
