#pragma once

#include "model/Hospital.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Koso {

// MHLW's status words, in the order a policy moves through them.
enum class PolicyStatus {
    NotDrafted, // 未策定
    Drafting, // 策定中
    Drafted, // 策定済
    Verifying, // 検証中
    Agreed, // 合意済
    Verified, // 検証済
    AgreedVerified, // 合意・検証済
    Implemented // 措置済
};

// The plan that serves as the policy: 公立病院経営強化プラン for public hospitals,
// 公的医療機関等2025プラン for quasi-public ones.
enum class PlanKind { None, PublicReformPlan, Public2025Plan };

QString policyStatusKey(PolicyStatus status);
std::optional<PolicyStatus> policyStatusFromKey(const QString &key);
QVector<PolicyStatus> allPolicyStatuses();
// MHLW counts 合意・検証済 as done, and 措置済 (carried out) too.
bool policyStatusIsDone(PolicyStatus status);
// The council has agreed the policy: 合意済, 合意・検証済, 措置済.
bool policyStatusIsAgreed(PolicyStatus status);

QString planKindKey(PlanKind kind);
std::optional<PlanKind> planKindFromKey(const QString &key);

// One hospital's response policy (対応方針), together with the hospital fields that rates and
// the history depend on (owner group, merger, whether the hospital was listed yet).
//
// Every field has a text form (value()/setValue()) so that the change history, the as-of
// reconstruction, undo commands and the Excel import all treat fields alike. Field keys:
// status, owner_group, reverification_target, plan_kind, planned_role, target_year,
// written_on, agreed_on, agreed_meeting_id, notes, links, beds.<function key>, merged_into,
// added. Empty text means "none".
struct ResponsePolicy
{
    qint64 hospitalId = 0;
    PolicyStatus status = PolicyStatus::NotDrafted;
    OwnerGroup ownerGroup = OwnerGroup::Unknown;
    bool reverificationTarget = false;
    PlanKind planKind = PlanKind::None;
    QString plannedRole;
    int targetYear = 2025;
    QMap<QString, qint64> plannedBeds; // function key → beds; absent = not planned
    QDate writtenOn;
    QDate agreedOn;
    std::optional<qint64> agreedMeetingId;
    QString notes;
    QStringList links;
    std::optional<qint64> mergedInto;
    bool listed = true; // false before a hand-added hospital was added
    QDateTime updatedAt;

    static constexpr int DefaultTargetYear = 2025;
    // The dates of a policy (策定日, 合意日) lie from 2000-01-01 to ten years after today;
    // outside is a typing error (0001-01-01, 1900/1/1).
    static QDate earliestDate() { return QDate(2000, 1, 1); }
    static QDate latestDate(const QDate &today = QDate::currentDate())
    {
        return today.addYears(10);
    }
    static bool isPlausibleDate(const QDate &date, const QDate &today = QDate::currentDate())
    {
        return date.isValid() && date >= earliestDate() && date <= latestDate(today);
    }
    static QString bedField(const QString &functionKey);
    static bool isBedField(const QString &field);
    static QString functionKeyOfField(const QString &field);
    // The fields of a policy (hospital fields owner_group and merged_into included), with one
    // beds.<key> per function key given.
    static QStringList fields(const QStringList &functionKeys);
    // Whether field is a known key (beds.<anything> is).
    static bool isField(const QString &field);

    QString value(const QString &field) const;
    // False when the field is unknown or the text is not a valid value for it.
    bool setValue(const QString &field, const QString &value);

    bool isDone() const { return policyStatusIsDone(status); }
    bool isAgreed() const { return policyStatusIsAgreed(status); }
    qint64 plannedTotal() const; // the four functions, 休棟中等 excluded
    bool operator==(const ResponsePolicy &other) const;
};

} // namespace Koso
