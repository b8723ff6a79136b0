#include "policy/PolicyHistory.h"

#include <algorithm>

namespace Koso {

void PolicyHistory::sortChronologically(QVector<PolicyChange> &changes)
{
    std::stable_sort(changes.begin(), changes.end(),
                     [](const PolicyChange &a, const PolicyChange &b) {
                         if (a.changedAt != b.changedAt)
                             return a.changedAt < b.changedAt;
                         return a.id < b.id;
                     });
}

ResponsePolicy PolicyHistory::asOf(const ResponsePolicy &current, QVector<PolicyChange> changes,
                                   const QDateTime &cutoff)
{
    ResponsePolicy policy = current;
    sortChronologically(changes);
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (it->hospitalId != current.hospitalId || it->changedAt < cutoff)
            continue;
        // Fields that are not policy fields (the hospital's name, say) are skipped by setValue.
        policy.setValue(it->field, it->oldValue);
    }
    return policy;
}

QDateTime PolicyHistory::cutoffFor(const QDate &asOf)
{
    return QDateTime(asOf.addDays(1), QTime(0, 0));
}

QString PolicyHistory::timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
}

QDateTime PolicyHistory::timeFromText(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

} // namespace Koso
