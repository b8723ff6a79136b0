#include "map/RegionOverrides.h"

#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace Koso {

namespace {

RegionOverride overrideFrom(const SqlQuery &q)
{
    RegionOverride o;
    o.municipalityCode = q.value(0).toString();
    o.regionCode = q.value(1).toString();
    o.note = q.value(2).toString();
    o.changedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    o.changedBy = q.value(4).toString();
    return o;
}

} // namespace

QVector<RegionOverride> RegionOverrides::all(Dataset &dataset)
{
    QVector<RegionOverride> result;
    SqlQuery q(dataset.database(),
               QStringLiteral("SELECT municipality_code, region_code, note, changed_at, changed_by "
                              "FROM region_override ORDER BY municipality_code"));
    if (!q.exec())
        return result;
    while (q.next())
        result << overrideFrom(q);
    return result;
}

std::optional<RegionOverride> RegionOverrides::of(Dataset &dataset, const QString &municipalityCode)
{
    SqlQuery q(dataset.database(),
               QStringLiteral("SELECT municipality_code, region_code, note, changed_at, changed_by "
                              "FROM region_override WHERE municipality_code = ?"));
    if (!q.exec({ municipalityCode }) || !q.next())
        return std::nullopt;
    return overrideFrom(q);
}

QHash<QString, QString> RegionOverrides::regionOfMunicipality(Dataset &dataset)
{
    QHash<QString, QString> result;
    for (const RegionOverride &o : all(dataset))
        result.insert(o.municipalityCode, o.regionCode);
    return result;
}

bool RegionOverrides::write(Dataset &dataset, const QString &municipalityCode,
                            const std::optional<RegionOverride> &before,
                            const std::optional<RegionOverride> &after, QString *error)
{
    const QSqlDatabase db = dataset.database();
    if (!SqlQuery::run(db,
                       QStringLiteral("DELETE FROM region_override WHERE municipality_code = ?"),
                       error, { municipalityCode }))
        return false;
    if (after
        && !SqlQuery::run(db,
                          QStringLiteral("INSERT INTO region_override (municipality_code, "
                                         "region_code, note, changed_at, changed_by) "
                                         "VALUES (?, ?, ?, ?, ?)"),
                          error,
                          { municipalityCode, after->regionCode, after->note,
                            after->changedAt.toString(Qt::ISODate), after->changedBy }))
        return false;
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO region_override_change (municipality_code, "
                                        "changed_at, changed_by, old_region_code, new_region_code) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         error,
                         { municipalityCode, QDateTime::currentDateTime().toString(Qt::ISODate),
                           PolicyStore::currentUser(),
                           before ? before->regionCode : QStringLiteral(""),
                           after ? after->regionCode : QStringLiteral("") });
}

QVector<RegionOverrides::Change> RegionOverrides::history(Dataset &dataset,
                                                          const QString &municipalityCode)
{
    QVector<Change> result;
    SqlQuery q(dataset.database(),
               QStringLiteral("SELECT changed_at, changed_by, old_region_code, new_region_code "
                              "FROM region_override_change WHERE municipality_code = ? "
                              "ORDER BY changed_at, id"));
    if (!q.exec({ municipalityCode }))
        return result;
    while (q.next())
        result << Change { QDateTime::fromString(q.value(0).toString(), Qt::ISODate),
                           q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
    return result;
}

MoveMunicipalityCommand::MoveMunicipalityCommand(Dataset *dataset, const QString &municipalityCode,
                                                 const QString &municipalityName,
                                                 const QString &regionCode, const QString &note,
                                                 QUndoCommand *parent)
    : DatasetCommand(dataset, QString(), parent)
    , m_code(municipalityCode)
    , m_before(RegionOverrides::of(*dataset, municipalityCode))
{
    if (!regionCode.isEmpty()) {
        m_after = RegionOverride { municipalityCode, regionCode, note, QDateTime::currentDateTime(),
                                   PolicyStore::currentUser() };
        setText(tr("Move %1 to region %2").arg(municipalityName, regionCode));
    } else {
        setText(tr("Restore the region of %1").arg(municipalityName));
    }
}

bool MoveMunicipalityCommand::write(const std::optional<RegionOverride> &from,
                                    const std::optional<RegionOverride> &to, QString *error)
{
    Transaction tx(m_dataset->database());
    if (!RegionOverrides::write(*m_dataset, m_code, from, to, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    m_dataset->notifyChanged(DataChange::Geography);
    return true;
}

bool MoveMunicipalityCommand::apply(QString *error)
{
    return write(m_before, m_after, error);
}

bool MoveMunicipalityCommand::revert(QString *error)
{
    return write(m_after, m_before, error);
}

} // namespace Koso
