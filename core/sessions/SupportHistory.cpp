#include "sessions/SupportHistory.h"

#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

#include <QSet>

namespace Koso {

bool SupportHistory::record(Dataset &dataset, const QString &entity, qint64 entityId,
                            const QMap<QString, QString> &before,
                            const QMap<QString, QString> &after, const ChangeStamp &stamp,
                            QString *error)
{
    SqlQuery q(dataset.database(),
               QStringLiteral("INSERT INTO support_change (entity, entity_id, changed_at, "
                              "changed_by, field, old_value, new_value) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString at = PolicyHistory::timeText(stamp.at);
    auto put = [&](const QString &field, const QString &from, const QString &to) {
        if (!q.exec({ entity, entityId, at, stamp.by, field,
                      from.isNull() ? QStringLiteral("") : from,
                      to.isNull() ? QStringLiteral("") : to })) {
            *error = q.errorMessage();
            return false;
        }
        return true;
    };
    if (before.isEmpty() && !after.isEmpty())
        return put(QStringLiteral("added"), QString(),
                   after.value(QStringLiteral("title"), after.value(QStringLiteral("name"))));
    if (after.isEmpty() && !before.isEmpty())
        return put(QStringLiteral("removed"),
                   before.value(QStringLiteral("title"), before.value(QStringLiteral("name"))),
                   QString());
    QStringList fields = before.keys();
    for (const QString &k : after.keys()) {
        if (!before.contains(k))
            fields << k;
    }
    for (const QString &field : std::as_const(fields)) {
        const QString from = before.value(field);
        const QString to = after.value(field);
        if (from != to && !put(field, from, to))
            return false;
    }
    return true;
}

QVector<PolicyChange> SupportHistory::changes(Dataset &dataset, const QString &entity,
                                              qint64 entityId)
{
    QVector<PolicyChange> result;
    SqlQuery q(dataset.database(),
               QStringLiteral("SELECT id, entity_id, changed_at, changed_by, field, old_value, "
                              "new_value FROM support_change WHERE entity = ? AND entity_id = ? "
                              "ORDER BY changed_at, id"));
    if (!q.exec({ entity, entityId }))
        return result;
    while (q.next()) {
        PolicyChange c;
        c.id = q.value(0).toLongLong();
        c.hospitalId = q.value(1).toLongLong();
        c.changedAt = PolicyHistory::timeFromText(q.value(2).toString());
        c.changedBy = q.value(3).toString();
        c.field = q.value(4).toString();
        c.oldValue = q.value(5).toString();
        c.newValue = q.value(6).toString();
        result << c;
    }
    return result;
}

} // namespace Koso
