#pragma once

#include "model/BedFunction.h"
#include "model/Hospital.h"
#include "policy/ResponsePolicy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Koso {

// The words of policies and hospitals: names in the user's language (tr()), the fixed
// Japanese words MHLW and the Excel sheets use, and lenient parsing of what people type
// (full-width, spaces, 合意･検証済 with a half-width dot, English names and keys).
class PolicyVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PolicyVocabulary)

public:
    static QString statusName(PolicyStatus status);
    static QString statusWordJa(PolicyStatus status);
    static std::optional<PolicyStatus> parseStatus(const QString &text);

    static QString planKindName(PlanKind kind);
    static QString planKindWordJa(PlanKind kind);
    static std::optional<PlanKind> parsePlanKind(const QString &text);

    // Unknown gives an empty word ("not set" in names).
    static QString ownerGroupName(OwnerGroup group);
    static QString ownerGroupWordJa(OwnerGroup group);
    static std::optional<OwnerGroup> parseOwnerGroup(const QString &text);

    static QString kindName(HospitalKind kind);
    static QString kindWordJa(HospitalKind kind);

    // special regional_support tertiary_emergency secondary_emergency home_care_support
    static QStringList roleKeys();
    static QString roleName(const QString &roleKey);

    // 再検証対象 cells: ○/はい/対象/1/yes → true, empty/×/いいえ/0/no → false.
    static std::optional<bool> parseFlag(const QString &text);

    // Rate groups: all, public, quasi_public, private, unknown, reverification.
    static QStringList rateGroups();
    static QString rateGroupName(const QString &groupKey);

    // A field's name for history views; bed fields use the function's display name.
    static QString fieldName(const QString &field, const BedFunctionList &functions = {});
    // A stored field value as a reader wants it (status names, 和暦 dates, はい/いいえ).
    static QString displayValue(const QString &field, const QString &value);

    // NFKC, case folded, without white space: what search and word matching compare.
    static QString normalize(const QString &text);
};

} // namespace Koso
