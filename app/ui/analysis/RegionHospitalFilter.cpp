#include "analysis/RegionHospitalFilter.h"

#include "analysis/RegionHospitalModel.h"
#include "model/Hospital.h"

namespace Koso {

RegionHospitalFilter::RegionHospitalFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RegionHospitalModel::SortRole);
}

void RegionHospitalFilter::setSearchText(const QString &text)
{
    m_search = Hospital::nameKey(text).toCaseFolded();
    invalidateFilter();
}

void RegionHospitalFilter::setOnlyWithClosedBeds(bool only)
{
    m_onlyClosed = only;
    invalidateFilter();
}

bool RegionHospitalFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyClosed && index.data(RegionHospitalModel::ClosedBedsRole).toLongLong() <= 0)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString text
        = Hospital::nameKey(index.data(RegionHospitalModel::SearchTextRole).toString())
              .toCaseFolded();
    return text.contains(m_search);
}

} // namespace Koso
