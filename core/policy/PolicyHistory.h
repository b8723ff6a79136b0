#pragma once

#include "policy/ResponsePolicy.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace Koso {

// One recorded change of one field of a hospital or its policy.
struct PolicyChange
{
    qint64 id = 0;
    qint64 hospitalId = 0;
    QDateTime changedAt; // local time
    QString changedBy; // the OS user name
    QString field;
    QString oldValue; // '' = none
    QString newValue;
};

// Rebuilds a policy as it stood at a past moment from the current policy and its changes.
//
// Working backwards from the current state (undoing every change made at or after the
// moment, newest first) gives the same answer as replaying the changes made before it from
// an empty policy when the history is complete, and stays right for values that were there
// before any history was recorded (an owner group from an import, say).
class PolicyHistory
{
public:
    // The policy as it was just before cutoff.
    static ResponsePolicy asOf(const ResponsePolicy &current, QVector<PolicyChange> changes,
                               const QDateTime &cutoff);
    // "As of 2024-03-31" means at the end of that day: the cutoff is the next midnight.
    static QDateTime cutoffFor(const QDate &asOf);
    // The stored form of a change time (sorts as text in time order).
    static QString timeText(const QDateTime &at);
    static QDateTime timeFromText(const QString &text);
    // Newest last; ties keep the order they were recorded in (by id).
    static void sortChronologically(QVector<PolicyChange> &changes);
};

} // namespace Koso
