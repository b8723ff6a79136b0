#include "policy/PolicyStore.h"

#include "policy/PolicyField.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/SqlQuery.h"
#include "util/UserName.h"

#include <QSet>

namespace Koso {

namespace {

// A null QString binds as SQL NULL: NOT NULL text columns get '' instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

const QString policyColumns = QStringLiteral(
    "SELECT h.id, h.owner_group, h.merged_into, p.hospital_id, p.status, "
    "p.reverification_target, p.plan_kind, p.planned_role, p.target_year, p.written_on, "
    "p.agreed_on, p.agreed_meeting_id, p.notes, p.links, p.updated_at "
    "FROM hospital h LEFT JOIN response_policy p ON p.hospital_id = h.id");

ResponsePolicy policyFromRow(const SqlQuery &q)
{
    ResponsePolicy p;
    p.hospitalId = q.value(0).toLongLong();
    p.ownerGroup = ownerGroupFromKey(q.value(1).toString());
    if (!q.value(2).isNull())
        p.mergedInto = q.value(2).toLongLong();
    if (q.value(3).isNull())
        return p;
    p.status = policyStatusFromKey(q.value(4).toString()).value_or(PolicyStatus::NotDrafted);
    p.reverificationTarget = q.value(5).toBool();
    p.planKind = planKindFromKey(q.value(6).toString()).value_or(PlanKind::None);
    p.plannedRole = q.value(7).toString();
    p.targetYear = q.value(8).toInt();
    p.writtenOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    p.agreedOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    if (!q.value(11).isNull())
        p.agreedMeetingId = q.value(11).toLongLong();
    p.notes = q.value(12).toString();
    p.links = q.value(13).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    p.updatedAt = PolicyHistory::timeFromText(q.value(14).toString());
    return p;
}

PolicyChange changeFromRow(const SqlQuery &q)
{
    PolicyChange c;
    c.id = q.value(0).toLongLong();
    c.hospitalId = q.value(1).toLongLong();
    c.changedAt = PolicyHistory::timeFromText(q.value(2).toString());
    c.changedBy = q.value(3).toString();
    c.field = q.value(4).toString();
    c.oldValue = q.value(5).toString();
    c.newValue = q.value(6).toString();
    return c;
}

const QString changeColumns = QStringLiteral(
    "SELECT c.id, c.hospital_id, c.changed_at, c.changed_by, c.field, c.old_value, c.new_value "
    "FROM policy_change c ");

// Fields that live on the hospital row rather than the policy row.
bool isHospitalColumn(const QString &field)
{
    return PolicyStore::hospitalFields().contains(field) || field == PolicyField::OwnerGroup
        || field == PolicyField::MergedInto;
}

} // namespace

ChangeStamp ChangeStamp::now()
{
    return ChangeStamp { QDateTime::currentDateTime(), PolicyStore::currentUser() };
}

PolicyStore::PolicyStore(Dataset &dataset)
    : m_dataset(dataset)
{ }

QString PolicyStore::currentUser()
{
    const QString user = systemUserName();
    return user.isEmpty() ? tr("unknown user") : user;
}

QStringList PolicyStore::hospitalFields()
{
    return { QStringLiteral("name"), QStringLiteral("municipality"), QStringLiteral("kind"),
             QStringLiteral("region_code"), QStringLiteral("note") };
}

QString PolicyStore::areaFilter(const QString &areaCode) const
{
    if (areaCode.isEmpty())
        return QString();
    if (areaCode.size() == 4)
        return QStringLiteral(" WHERE h.region_code = ?");
    return QStringLiteral(" WHERE h.region_code IN (SELECT code FROM region WHERE "
                          "prefecture_code = ?)");
}

std::optional<ResponsePolicy> PolicyStore::policy(qint64 hospitalId) const
{
    const QSqlDatabase db = m_dataset.database();
    SqlQuery q(db, policyColumns + QStringLiteral(" WHERE h.id = ?"));
    if (!q.exec({ hospitalId }) || !q.next())
        return std::nullopt;
    ResponsePolicy p = policyFromRow(q);
    SqlQuery beds(db,
                  QStringLiteral("SELECT bf.key, b.beds FROM policy_planned_bed b "
                                 "JOIN bed_function bf ON bf.id = b.function_id "
                                 "WHERE b.hospital_id = ?"));
    if (beds.exec({ hospitalId })) {
        while (beds.next())
            p.plannedBeds.insert(beds.value(0).toString(), beds.value(1).toLongLong());
    }
    return p;
}

QHash<qint64, ResponsePolicy> PolicyStore::policies(const QString &areaCode) const
{
    QHash<qint64, ResponsePolicy> result;
    const QSqlDatabase db = m_dataset.database();
    const QString filter = areaFilter(areaCode);
    SqlQuery q(db, policyColumns + filter);
    if (!(areaCode.isEmpty() ? q.exec() : q.exec({ areaCode })))
        return result;
    while (q.next()) {
        ResponsePolicy p = policyFromRow(q);
        result.insert(p.hospitalId, p);
    }
    SqlQuery beds(db,
                  QStringLiteral("SELECT b.hospital_id, bf.key, b.beds FROM policy_planned_bed b "
                                 "JOIN bed_function bf ON bf.id = b.function_id "
                                 "JOIN hospital h ON h.id = b.hospital_id")
                      + filter);
    if (areaCode.isEmpty() ? beds.exec() : beds.exec({ areaCode })) {
        while (beds.next()) {
            auto it = result.find(beds.value(0).toLongLong());
            if (it != result.end())
                it->plannedBeds.insert(beds.value(1).toString(), beds.value(2).toLongLong());
        }
    }
    return result;
}

const BedFunctionList &PolicyStore::functions() const
{
    if (m_functions.isEmpty())
        m_functions = FigureStore(m_dataset).bedFunctions();
    return m_functions;
}

std::optional<QMap<QString, QString>> PolicyStore::values(qint64 hospitalId) const
{
    const auto p = policy(hospitalId);
    if (!p)
        return std::nullopt;
    return valuesOf(*p);
}

std::optional<QMap<QString, QString>> PolicyStore::valuesOf(const ResponsePolicy &policy) const
{
    const ResponsePolicy *p = &policy;
    const qint64 hospitalId = policy.hospitalId;
    QMap<QString, QString> map;
    QStringList keys;
    for (const BedFunction &f : functions())
        keys << f.key;
    for (const QString &field : ResponsePolicy::fields(keys))
        map.insert(field, p->value(field));
    // Planned beds for functions no longer in the list still show.
    for (auto it = p->plannedBeds.cbegin(); it != p->plannedBeds.cend(); ++it)
        map.insert(ResponsePolicy::bedField(it.key()), QString::number(it.value()));
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT name, municipality, kind, region_code, note FROM hospital "
                              "WHERE id = ?"));
    if (q.exec({ hospitalId }) && q.next()) {
        const QStringList fields = hospitalFields();
        for (int i = 0; i < fields.size(); ++i)
            map.insert(fields.at(i), q.value(i).toString());
    }
    return map;
}

bool PolicyStore::validate(const QString &field, const QString &value, QString *error) const
{
    if (field == QLatin1String("name")) {
        if (value.trimmed().isEmpty()) {
            *error = tr("A hospital needs a name.");
            return false;
        }
        return true;
    }
    if (field == QLatin1String("kind")) {
        if (value != QLatin1String("hospital") && value != QLatin1String("clinic")) {
            *error = tr("Unknown kind of facility \"%1\".").arg(value);
            return false;
        }
        return true;
    }
    if (field == QLatin1String("region_code")) {
        SqlQuery q(m_dataset.database(), QStringLiteral("SELECT 1 FROM region WHERE code = ?"));
        if (!q.exec({ value }) || !q.next()) {
            *error = tr("Unknown region code \"%1\".").arg(value);
            return false;
        }
        return true;
    }
    if (hospitalFields().contains(field))
        return true;
    ResponsePolicy scratch;
    if (!ResponsePolicy::isField(field)) {
        *error = tr("Unknown policy field \"%1\".").arg(field);
        return false;
    }
    if (!scratch.setValue(field, value)) {
        *error = tr("\"%1\" is not a valid value for %2.").arg(value, field);
        return false;
    }
    return true;
}

bool PolicyStore::setValues(qint64 hospitalId, const QMap<QString, QString> &newValues,
                            const ChangeStamp &stamp, QString *error)
{
    const auto currentPolicy = policy(hospitalId);
    const auto current = currentPolicy ? valuesOf(*currentPolicy) : std::nullopt;
    if (!current || !currentPolicy) {
        *error = tr("There is no hospital with id %1.").arg(hospitalId);
        return false;
    }
    const QSqlDatabase db = m_dataset.database();

    QHash<QString, int> functionIds;
    for (const BedFunction &f : functions())
        functionIds.insert(f.key, f.id);

    QVector<PolicyChange> changes;
    ResponsePolicy updated = *currentPolicy;
    bool policyChanged = false;
    bool bedsChanged = false;
    QMap<QString, QString> hospitalColumns;
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        const QString &field = it.key();
        if (!validate(field, it.value(), error))
            return false;
        if (ResponsePolicy::isBedField(field)
            && !functionIds.contains(ResponsePolicy::functionKeyOfField(field))) {
            *error = tr("Unknown bed function %1.").arg(ResponsePolicy::functionKeyOfField(field));
            return false;
        }
        if (field == PolicyField::MergedInto && it.value() == QString::number(hospitalId)) {
            *error = tr("A hospital cannot be merged into itself.");
            return false;
        }
        const QString oldValue = current->value(field);
        if (oldValue == it.value())
            continue;
        changes << PolicyChange { 0, hospitalId, stamp.at, stamp.by, field, oldValue, it.value() };
        if (field == QLatin1String("added"))
            continue; // a marker only
        if (isHospitalColumn(field)) {
            hospitalColumns.insert(field, it.value());
            updated.setValue(field, it.value());
            continue;
        }
        updated.setValue(field, it.value());
        policyChanged = true;
        bedsChanged = bedsChanged || ResponsePolicy::isBedField(field);
    }
    if (changes.isEmpty())
        return true;

    for (auto it = hospitalColumns.cbegin(); it != hospitalColumns.cend(); ++it) {
        QVariant v = text(it.value());
        if (it.key() == PolicyField::OwnerGroup)
            v = nullableText(it.value());
        else if (it.key() == PolicyField::MergedInto)
            v = nullableId(updated.mergedInto);
        // The column name comes from the fixed list above, never from input.
        if (!SqlQuery::run(db,
                           QStringLiteral("UPDATE hospital SET %1 = ? WHERE id = ?").arg(it.key()),
                           error, { v, hospitalId }))
            return false;
        // A kind set by hand is no longer a guess, and the 医療情報ネット match leaves it.
        if (it.key() == QLatin1String("kind")
            && !SqlQuery::run(
                db, QStringLiteral("UPDATE hospital SET kind_basis = 'hand' WHERE id = ?"), error,
                { hospitalId }))
            return false;
        if (it.key() == QLatin1String("name")
            && !SqlQuery::run(db, QStringLiteral("UPDATE hospital SET name_key = ? WHERE id = ?"),
                              error, { Hospital::nameKey(it.value()), hospitalId }))
            return false;
    }

    if (policyChanged) {
        SqlQuery upsert(
            db,
            QStringLiteral(
                "INSERT INTO response_policy (hospital_id, status, reverification_target, "
                "plan_kind, planned_role, target_year, written_on, agreed_on, agreed_meeting_id, "
                "notes, links, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (hospital_id) DO UPDATE SET status = excluded.status, "
                "reverification_target = excluded.reverification_target, "
                "plan_kind = excluded.plan_kind, planned_role = excluded.planned_role, "
                "target_year = excluded.target_year, written_on = excluded.written_on, "
                "agreed_on = excluded.agreed_on, agreed_meeting_id = excluded.agreed_meeting_id, "
                "notes = excluded.notes, links = excluded.links, "
                "updated_at = excluded.updated_at"));
        if (!upsert.exec({ hospitalId, policyStatusKey(updated.status),
                           int(updated.reverificationTarget), planKindKey(updated.planKind),
                           text(updated.plannedRole), updated.targetYear,
                           nullableDate(updated.writtenOn), nullableDate(updated.agreedOn),
                           nullableId(updated.agreedMeetingId), text(updated.notes),
                           text(updated.links.join(QLatin1Char('\n'))),
                           PolicyHistory::timeText(stamp.at) })) {
            *error = upsert.errorMessage();
            return false;
        }
    }
    if (bedsChanged) {
        if (!SqlQuery::run(db,
                           QStringLiteral("DELETE FROM policy_planned_bed WHERE hospital_id = ?"),
                           error, { hospitalId }))
            return false;
        SqlQuery insert(db,
                        QStringLiteral("INSERT INTO policy_planned_bed (hospital_id, function_id, "
                                       "beds) VALUES (?, ?, ?)"));
        for (auto it = updated.plannedBeds.cbegin(); it != updated.plannedBeds.cend(); ++it) {
            if (!insert.exec({ hospitalId, functionIds.value(it.key()), it.value() })) {
                *error = insert.errorMessage();
                return false;
            }
        }
    }
    for (const PolicyChange &c : std::as_const(changes)) {
        if (!recordChange(c, error))
            return false;
    }
    return true;
}

bool PolicyStore::recordChange(const PolicyChange &c, QString *error)
{
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("INSERT INTO policy_change (hospital_id, changed_at, "
                                        "changed_by, field, old_value, new_value) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         error,
                         { c.hospitalId, PolicyHistory::timeText(c.changedAt), text(c.changedBy),
                           c.field, text(c.oldValue), text(c.newValue) });
}

QVector<PolicyChange> PolicyStore::history(qint64 hospitalId) const
{
    QVector<PolicyChange> result;
    SqlQuery q(m_dataset.database(),
               changeColumns
                   + QStringLiteral("WHERE c.hospital_id = ? ORDER BY c.changed_at, c.id"));
    if (q.exec({ hospitalId })) {
        while (q.next())
            result << changeFromRow(q);
    }
    return result;
}

QHash<qint64, QVector<PolicyChange>> PolicyStore::changesSince(const QDateTime &from,
                                                               const QString &areaCode) const
{
    QHash<qint64, QVector<PolicyChange>> result;
    QString sql = changeColumns + QStringLiteral("JOIN hospital h ON h.id = c.hospital_id");
    QString filter = areaFilter(areaCode);
    sql += filter.isEmpty() ? QStringLiteral(" WHERE ") : filter + QStringLiteral(" AND ");
    sql += QStringLiteral("c.changed_at >= ? ORDER BY c.changed_at, c.id");
    SqlQuery q(m_dataset.database(), sql);
    const QString fromText = PolicyHistory::timeText(from);
    if (areaCode.isEmpty() ? q.exec({ fromText }) : q.exec({ areaCode, fromText })) {
        while (q.next()) {
            const PolicyChange c = changeFromRow(q);
            result[c.hospitalId] << c;
        }
    }
    return result;
}

std::optional<QDateTime> PolicyStore::firstChangeAt() const
{
    SqlQuery q(m_dataset.database(), QStringLiteral("SELECT min(changed_at) FROM policy_change"));
    if (q.exec() && q.next() && !q.value(0).isNull())
        return PolicyHistory::timeFromText(q.value(0).toString());
    return std::nullopt;
}

bool PolicyStore::hasPolicies() const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM response_policy)"));
    return q.exec() && q.next() && q.value(0).toBool();
}

std::optional<ResponsePolicy> PolicyStore::policyAsOf(qint64 hospitalId, const QDate &asOf) const
{
    const auto current = policy(hospitalId);
    if (!current)
        return std::nullopt;
    return PolicyHistory::asOf(*current, history(hospitalId), PolicyHistory::cutoffFor(asOf));
}

QHash<qint64, ResponsePolicy> PolicyStore::policiesAsOf(const QString &areaCode,
                                                        const QDate &asOf) const
{
    QHash<qint64, ResponsePolicy> result = policies(areaCode);
    const QDateTime cutoff = PolicyHistory::cutoffFor(asOf);
    const auto later = changesSince(cutoff, areaCode);
    for (auto it = later.cbegin(); it != later.cend(); ++it) {
        auto p = result.find(it.key());
        if (p != result.end())
            *p = PolicyHistory::asOf(*p, it.value(), cutoff);
    }
    return result;
}

QVector<qint64> PolicyStore::hospitalsAgreedAt(qint64 meetingId) const
{
    QVector<qint64> ids;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT hospital_id FROM response_policy WHERE agreed_meeting_id = ? "
                              "ORDER BY hospital_id"));
    if (q.exec({ meetingId })) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

} // namespace Koso
