#include "mhlw/ImportRegions.h"

#include "mhlw/ImportContext.h"
#include "mhlw/ImportSummary.h"
#include "model/Region.h"
#include "storage/GeographyStore.h"

namespace Koso {

ImportRegions::ImportRegions(ImportContext &ctx)
    : m_ctx(ctx)
{
    for (const Region &r : ctx.geography->regions())
        m_known.insert(r.code);
    for (const Prefecture &p : ctx.geography->prefectures())
        m_prefectures.insert(p.code);
}

bool ImportRegions::meet(const Region &region, const QString &place, QString *error)
{
    if (!m_known.contains(region.code)) {
        if (!m_prefectures.contains(region.prefectureCode)) {
            *error = tr("%1: the region %2 is of no known prefecture (%3).")
                         .arg(place, region.code, region.prefectureCode);
            return false;
        }
        if (!m_ctx.geography->upsertRegion(region, error))
            return false;
        m_known.insert(region.code);
    }
    if (!m_seen.contains(region.code)) {
        m_seen.insert(region.code);
        ++m_ctx.file->regions;
    }
    return true;
}

} // namespace Koso
