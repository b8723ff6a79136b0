#pragma once

#include "model/Hospital.h"
#include "policy/ResponsePolicy.h"

#include <QString>

#include <optional>

namespace Koso {

struct HospitalOverviewRow;

// What the hospital list shows: every criterion left empty lets everything through.
struct HospitalFilter
{
    QString regionCode;
    std::optional<HospitalKind> kind;
    std::optional<OwnerGroup> ownerGroup; // Unknown selects hospitals without a group
    QString role; // a role key (special, regional_support, …)
    std::optional<PolicyStatus> status;
    std::optional<bool> reverificationTarget;
    // Matched against name and municipality ignoring full-/half-width, case and spaces:
    // "ｻﾝﾌﾟﾙ 病院" finds サンプル病院.
    QString text;
    bool includeMerged = false;

    bool accepts(const HospitalOverviewRow &row) const;
    bool isEmpty() const;
};

} // namespace Koso
