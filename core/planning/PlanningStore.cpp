#include "planning/PlanningStore.h"

#include "policy/PolicyHistory.h"
#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

#include <QSqlRecord>

namespace Koso {

namespace {

const QHash<QString, QStringList> &columnMap()
{
    static const QHash<QString, QStringList> map {
        { QStringLiteral("annual_target"),
          { QStringLiteral("region_code"), QStringLiteral("fiscal_year"),
            QStringLiteral("indicator"), QStringLiteral("function_key"),
            QStringLiteral("direction"), QStringLiteral("target"), QStringLiteral("note"),
            QStringLiteral("judgement"), QStringLiteral("cause_analysis"),
            QStringLiteral("response"), QStringLiteral("verified_on"),
            QStringLiteral("position") } },
        { QStringLiteral("gap_explanation"),
          { QStringLiteral("region_code"), QStringLiteral("function_key"),
            QStringLiteral("explanation") } },
        { QStringLiteral("promotion_designation"),
          { QStringLiteral("region_code"), QStringLiteral("kind"), QStringLiteral("designated_on"),
            QStringLiteral("note") } },
        { QStringLiteral("promotion_issue"),
          { QStringLiteral("region_code"), QStringLiteral("issues") } },
        { QStringLiteral("promotion_plan"),
          { QStringLiteral("region_code"), QStringLiteral("title"), QStringLiteral("issues"),
            QStringLiteral("direction"), QStringLiteral("drafted_on") } },
        { QStringLiteral("promotion_action"),
          { QStringLiteral("plan_id"), QStringLiteral("position"), QStringLiteral("title"),
            QStringLiteral("actor"), QStringLiteral("hospital_ids"),
            QStringLiteral("due_fiscal_year"), QStringLiteral("status") } },
        { QStringLiteral("promotion_note"),
          { QStringLiteral("action_id"), QStringLiteral("noted_on"), QStringLiteral("text") } },
        { QStringLiteral("pdca_entry"),
          { QStringLiteral("region_code"), QStringLiteral("phase"), QStringLiteral("entry_date"),
            QStringLiteral("meeting_id"), QStringLiteral("text") } },
    };
    return map;
}

QString textOf(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

PlanningStore::PlanningStore(Dataset &dataset)
    : m_dataset(dataset)
{ }

QStringList PlanningStore::tables()
{
    return { QStringLiteral("annual_target"),         QStringLiteral("gap_explanation"),
             QStringLiteral("promotion_designation"), QStringLiteral("promotion_issue"),
             QStringLiteral("promotion_plan"),        QStringLiteral("promotion_action"),
             QStringLiteral("promotion_note"),        QStringLiteral("pdca_entry") };
}

QStringList PlanningStore::columns(const QString &table)
{
    return columnMap().value(table);
}

QVector<QPair<QString, QString>> PlanningStore::children(const QString &table)
{
    if (table == QLatin1String("promotion_plan"))
        return { { QStringLiteral("promotion_action"), QStringLiteral("plan_id") } };
    if (table == QLatin1String("promotion_action"))
        return { { QStringLiteral("promotion_note"), QStringLiteral("action_id") } };
    return {};
}

bool PlanningStore::isNullable(const QString &table, const QString &column)
{
    return column == QLatin1String("verified_on") || column == QLatin1String("drafted_on")
        || column == QLatin1String("due_fiscal_year")
        || (column == QLatin1String("meeting_id") && table == QLatin1String("pdca_entry"));
}

std::optional<PlanningValues> PlanningStore::values(const QString &table, qint64 id) const
{
    const auto rows = select(table, QStringLiteral("id = ?"), { id });
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QVector<PlanningValues> PlanningStore::select(const QString &table, const QString &where,
                                              const QVariantList &binds,
                                              const QString &orderBy) const
{
    QVector<PlanningValues> rows;
    const QStringList cols = columns(table);
    if (cols.isEmpty())
        return rows;
    QString sql
        = QStringLiteral("SELECT id, %1 FROM %2").arg(cols.join(QStringLiteral(", ")), table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + orderBy;
    SqlQuery q(m_dataset.database(), sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i, binds.at(i));
    if (!q.execBound())
        return rows;
    while (q.next()) {
        PlanningValues v;
        v.insert(QStringLiteral("id"), textOf(q.value(0)));
        for (int i = 0; i < cols.size(); ++i)
            v.insert(cols.at(i), textOf(q.value(i + 1)));
        rows << v;
    }
    return rows;
}

bool PlanningStore::record(const QString &table, qint64 id, const QString &field,
                           const QString &oldValue, const QString &newValue,
                           const ChangeStamp &stamp, QString *error)
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT INTO planning_change (record_table, record_id, changed_at, "
                              "changed_by, field, old_value, new_value) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q.exec({ table, id, PolicyHistory::timeText(stamp.at), stamp.by, field,
                  oldValue.isNull() ? QStringLiteral("") : oldValue,
                  newValue.isNull() ? QStringLiteral("") : newValue })) {
        *error = q.errorMessage();
        return false;
    }
    return true;
}

qint64 PlanningStore::insert(const QString &table, const PlanningValues &values,
                             const ChangeStamp &stamp, QString *error, qint64 id)
{
    const QStringList all = columns(table);
    if (all.isEmpty()) {
        *error = tr("Unknown planning table \"%1\".").arg(table);
        return 0;
    }
    QStringList cols;
    QVariantList binds;
    if (id > 0) {
        cols << QStringLiteral("id");
        binds << id;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        if (!all.contains(it.key())) {
            *error = tr("Unknown field \"%1\" of %2.").arg(it.key(), table);
            return 0;
        }
        cols << it.key();
        if (it.value().isEmpty() && isNullable(table, it.key()))
            binds << QVariant(QMetaType(QMetaType::QString));
        else
            binds << (it.value().isNull() ? QStringLiteral("") : it.value());
    }
    QStringList marks;
    for (int i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                   .arg(table, cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i, binds.at(i));
    if (!q.execBound()) {
        *error = q.errorMessage();
        return 0;
    }
    const qint64 newId = id > 0 ? id : q.lastInsertId();
    if (!record(table, newId, QStringLiteral("added"), QString(), QString(), stamp, error))
        return 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() != QLatin1String("id") && !it.value().isEmpty()
            && !record(table, newId, it.key(), QString(), it.value(), stamp, error))
            return 0;
    }
    return newId;
}

bool PlanningStore::update(const QString &table, qint64 id, const PlanningValues &values,
                           const ChangeStamp &stamp, QString *error)
{
    const auto current = this->values(table, id);
    if (!current) {
        *error = tr("The planning record %1 of %2 does not exist.").arg(id).arg(table);
        return false;
    }
    const QStringList all = columns(table);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!all.contains(it.key())) {
            *error = tr("Unknown field \"%1\" of %2.").arg(it.key(), table);
            return false;
        }
        const QString old = current->value(it.key());
        if (old == it.value())
            continue;
        SqlQuery q(m_dataset.database(),
                   QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, it.key()));
        const QVariant value = it.value().isEmpty() && isNullable(table, it.key())
            ? QVariant(QMetaType(QMetaType::QString))
            : QVariant(it.value().isNull() ? QStringLiteral("") : it.value());
        if (!q.exec({ value, id })) {
            *error = q.errorMessage();
            return false;
        }
        if (!record(table, id, it.key(), old, it.value(), stamp, error))
            return false;
    }
    return true;
}

bool PlanningStore::remove(const QString &table, qint64 id, const ChangeStamp &stamp,
                           QString *error)
{
    if (columns(table).isEmpty()) {
        *error = tr("Unknown planning table \"%1\".").arg(table);
        return false;
    }
    SqlQuery q(m_dataset.database(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    if (!q.exec({ id })) {
        *error = q.errorMessage();
        return false;
    }
    return record(table, id, QStringLiteral("removed"), QString(), QString(), stamp, error);
}

QVector<PlanningChange> PlanningStore::history(const QString &table, qint64 id) const
{
    QVector<PlanningChange> result;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT id, record_table, record_id, changed_at, changed_by, field, "
                              "old_value, new_value FROM planning_change WHERE record_table = ?")
                   + (id > 0 ? QStringLiteral(" AND record_id = ?") : QString())
                   + QStringLiteral(" ORDER BY changed_at, id"));
    if (!(id > 0 ? q.exec({ table, id }) : q.exec({ table })))
        return result;
    while (q.next()) {
        PlanningChange c;
        c.id = q.value(0).toLongLong();
        c.table = q.value(1).toString();
        c.recordId = q.value(2).toLongLong();
        c.changedAt = PolicyHistory::timeFromText(q.value(3).toString());
        c.changedBy = q.value(4).toString();
        c.field = q.value(5).toString();
        c.oldValue = q.value(6).toString();
        c.newValue = q.value(7).toString();
        result << c;
    }
    return result;
}

QVector<AnnualTarget> PlanningStore::targets(int fiscalYear, const QString &regionCode) const
{
    QStringList where;
    QVariantList binds;
    if (fiscalYear > 0) {
        where << QStringLiteral("fiscal_year = ?");
        binds << fiscalYear;
    }
    if (!regionCode.isEmpty()) {
        where << QStringLiteral("region_code = ?");
        binds << regionCode;
    }
    QVector<AnnualTarget> result;
    const auto rows = select(QStringLiteral("annual_target"), where.join(QStringLiteral(" AND ")),
                             binds, QStringLiteral("fiscal_year, region_code, position, id"));
    result.reserve(rows.size());
    for (const auto &v : rows)
        result << AnnualTarget::fromValues(v);
    return result;
}

QVector<int> PlanningStore::targetYears() const
{
    QVector<int> years;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT DISTINCT fiscal_year FROM annual_target ORDER BY 1"));
    if (q.exec()) {
        while (q.next())
            years << q.value(0).toInt();
    }
    return years;
}

QHash<QString, GapExplanation> PlanningStore::explanations(const QString &regionCode) const
{
    QHash<QString, GapExplanation> result;
    for (const auto &v : select(QStringLiteral("gap_explanation"),
                                QStringLiteral("region_code = ?"), { regionCode })) {
        GapExplanation e;
        e.id = v.value(QStringLiteral("id")).toLongLong();
        e.regionCode = regionCode;
        e.functionKey = v.value(QStringLiteral("function_key"));
        e.explanation = v.value(QStringLiteral("explanation"));
        result.insert(e.functionKey, e);
    }
    return result;
}

QVector<Designation> PlanningStore::designations(const QString &regionCode) const
{
    QVector<Designation> result;
    const auto rows = regionCode.isEmpty()
        ? select(QStringLiteral("promotion_designation"), QString(), {},
                 QStringLiteral("designated_on, region_code, id"))
        : select(QStringLiteral("promotion_designation"), QStringLiteral("region_code = ?"),
                 { regionCode }, QStringLiteral("designated_on, id"));
    for (const auto &v : rows)
        result << Designation::fromValues(v);
    return result;
}

QVector<PromotionPlan> PlanningStore::plans() const
{
    QVector<PromotionPlan> result;
    for (const auto &v :
         select(QStringLiteral("promotion_plan"), QString(), {}, QStringLiteral("region_code")))
        result << PromotionPlan::fromValues(v);
    return result;
}

std::optional<PromotionPlan> PlanningStore::plan(const QString &regionCode) const
{
    const auto rows = select(QStringLiteral("promotion_plan"), QStringLiteral("region_code = ?"),
                             { regionCode });
    if (rows.isEmpty())
        return std::nullopt;
    return PromotionPlan::fromValues(rows.first());
}

QVector<PromotionAction> PlanningStore::actions(qint64 planId) const
{
    QVector<PromotionAction> result;
    for (const auto &v : select(QStringLiteral("promotion_action"), QStringLiteral("plan_id = ?"),
                                { planId }, QStringLiteral("position, id")))
        result << PromotionAction::fromValues(v);
    return result;
}

QVector<PromotionNote> PlanningStore::notes(qint64 actionId) const
{
    QVector<PromotionNote> result;
    for (const auto &v : select(QStringLiteral("promotion_note"), QStringLiteral("action_id = ?"),
                                { actionId }, QStringLiteral("noted_on, id")))
        result << PromotionNote::fromValues(v);
    return result;
}

QVector<PdcaEntry> PlanningStore::pdca(const QString &regionCode) const
{
    QVector<PdcaEntry> result;
    for (const auto &v : select(QStringLiteral("pdca_entry"), QStringLiteral("region_code = ?"),
                                { regionCode }, QStringLiteral("entry_date, id")))
        result << PdcaEntry::fromValues(v);
    return result;
}

QHash<QString, QString> PlanningStore::otherIssues() const
{
    QHash<QString, QString> result;
    for (const auto &v : select(QStringLiteral("promotion_issue")))
        result.insert(v.value(QStringLiteral("region_code")), v.value(QStringLiteral("issues")));
    return result;
}

qint64 PlanningStore::otherIssuesId(const QString &regionCode) const
{
    const auto rows = select(QStringLiteral("promotion_issue"), QStringLiteral("region_code = ?"),
                             { regionCode });
    return rows.isEmpty() ? 0 : rows.first().value(QStringLiteral("id")).toLongLong();
}

} // namespace Koso
