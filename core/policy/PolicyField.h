#pragma once

#include <QString>

// The names of the fields a hospital's response policy is edited, imported, recorded in the
// history and undone by: the columns of response_policy, and of hospital for owner_group and
// merged_into (see ResponsePolicy::fields(), PolicyStore::setValues()). One spelling for every
// store, command, page and the demo.
namespace Koso::PolicyField {

inline const QString Status = QStringLiteral("status");
inline const QString OwnerGroup = QStringLiteral("owner_group");
inline const QString ReverificationTarget = QStringLiteral("reverification_target");
inline const QString PlanKind = QStringLiteral("plan_kind");
inline const QString PlannedRole = QStringLiteral("planned_role");
inline const QString TargetYear = QStringLiteral("target_year");
inline const QString WrittenOn = QStringLiteral("written_on");
inline const QString AgreedOn = QStringLiteral("agreed_on");
inline const QString AgreedMeetingId = QStringLiteral("agreed_meeting_id");
inline const QString Notes = QStringLiteral("notes");
inline const QString Links = QStringLiteral("links");
inline const QString MergedInto = QStringLiteral("merged_into");

} // namespace Koso::PolicyField
