#pragma once

#include "policy/PolicyHistory.h"
#include "policy/PolicyStore.h"

#include <QMap>
#include <QString>
#include <QVector>

namespace Koso {

class Dataset;

// The change history of study sessions, bank contacts, measure links and cases (table
// support_change), kept like the policy history: one row per field that changed, who and when.
class SupportHistory
{
public:
    // Records every field whose value differs between before and after (a missing key is '').
    // An empty before records field "added", an empty after "removed".
    static bool record(Dataset &dataset, const QString &entity, qint64 entityId,
                       const QMap<QString, QString> &before, const QMap<QString, QString> &after,
                       const ChangeStamp &stamp, QString *error);
    // Oldest first; PolicyChange::hospitalId holds the entity id.
    static QVector<PolicyChange> changes(Dataset &dataset, const QString &entity, qint64 entityId);
};

} // namespace Koso
