#include "policy/HospitalFilter.h"

#include "policy/HospitalOverview.h"
#include "policy/PolicyVocabulary.h"

namespace Koso {

bool HospitalFilter::accepts(const HospitalOverviewRow &row) const
{
    const Hospital &h = row.hospital;
    if (!includeMerged && h.mergedInto)
        return false;
    if (!regionCode.isEmpty() && h.regionCode != regionCode)
        return false;
    if (kind && h.kind != *kind)
        return false;
    if (ownerGroup && h.ownerGroup != *ownerGroup)
        return false;
    if (!role.isEmpty() && !row.figures.roles.contains(role))
        return false;
    if (status && row.policy.status != *status)
        return false;
    if (reverificationTarget && row.policy.reverificationTarget != *reverificationTarget)
        return false;
    if (!text.trimmed().isEmpty()) {
        const QString needle = PolicyVocabulary::normalize(text);
        if (!PolicyVocabulary::normalize(h.name).contains(needle)
            && !PolicyVocabulary::normalize(h.municipality).contains(needle))
            return false;
    }
    return true;
}

bool HospitalFilter::isEmpty() const
{
    return regionCode.isEmpty() && !kind && !ownerGroup && role.isEmpty() && !status
        && !reverificationTarget && text.trimmed().isEmpty() && !includeMerged;
}

} // namespace Koso
