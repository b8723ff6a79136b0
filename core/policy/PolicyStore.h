#pragma once

#include "model/BedFunction.h"
#include "policy/PolicyHistory.h"
#include "policy/ResponsePolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// Who made a change and when; every write of a policy or hospital field carries one.
struct ChangeStamp
{
    QDateTime at;
    QString by;

    // Now, by the OS user (see PolicyStore::currentUser()).
    static ChangeStamp now();
};

// Response policies and the change history of hospitals and policies. Writes go through
// setValues(), which records one policy_change row per field that really changed; they assume
// the caller holds a transaction and calls Dataset::notifyChanged() after the commit.
class PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PolicyStore)

public:
    explicit PolicyStore(Dataset &dataset);

    // The user name recorded with changes: see systemUserName() (util/UserName.h).
    static QString currentUser();
    // Hospital fields that setValues() writes besides the policy fields of ResponsePolicy.
    static QStringList hospitalFields(); // name, municipality, kind, region_code, note

    // The current policy of a hospital (a default 未策定 one if none was written); nullopt
    // when the hospital does not exist.
    std::optional<ResponsePolicy> policy(qint64 hospitalId) const;
    // The policy of every hospital of a region (4 digits), prefecture (2 digits) or all
    // (empty), merged hospitals included, keyed by hospital id.
    QHash<qint64, ResponsePolicy> policies(const QString &areaCode = QString()) const;

    // Every field of a hospital and its policy as text (see ResponsePolicy::value()).
    std::optional<QMap<QString, QString>> values(qint64 hospitalId) const;
    // Writes the given fields (others stay) and records each field whose value changed.
    // Nothing is written for an unknown field or invalid value (*error names it).
    bool setValues(qint64 hospitalId, const QMap<QString, QString> &values,
                   const ChangeStamp &stamp, QString *error);
    // Records a change without writing a field (the "added" marker of a hand-added hospital).
    bool recordChange(const PolicyChange &change, QString *error);

    // One hospital's changes, oldest first.
    QVector<PolicyChange> history(qint64 hospitalId) const;
    // Changes at or after a moment in an area, keyed by hospital id.
    QHash<qint64, QVector<PolicyChange>> changesSince(const QDateTime &from,
                                                      const QString &areaCode = QString()) const;
    std::optional<QDateTime> firstChangeAt() const;
    // Whether any hospital has a policy recorded (written by hand, a sheet or the demo).
    bool hasPolicies() const;

    std::optional<ResponsePolicy> policyAsOf(qint64 hospitalId, const QDate &asOf) const;
    QHash<qint64, ResponsePolicy> policiesAsOf(const QString &areaCode, const QDate &asOf) const;

    // Hospitals whose current policy was agreed at a meeting.
    QVector<qint64> hospitalsAgreedAt(qint64 meetingId) const;

private:
    // Bed functions, read once per store (bulk edits call setValues for every hospital).
    const BedFunctionList &functions() const;
    std::optional<QMap<QString, QString>> valuesOf(const ResponsePolicy &policy) const;
    QString areaFilter(const QString &areaCode) const;
    bool validate(const QString &field, const QString &value, QString *error) const;

    Dataset &m_dataset;
    mutable BedFunctionList m_functions;
};

} // namespace Koso
