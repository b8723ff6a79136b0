#include "HospitalFilterModel.h"

#include "HospitalTableModel.h"
#include "model/Hospital.h"

namespace Koso {

HospitalFilterModel::HospitalFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HospitalTableModel::SortRole);
}

void HospitalFilterModel::setSearchText(const QString &text)
{
    m_search = Hospital::nameKey(text).toCaseFolded();
    invalidateFilter();
}

void HospitalFilterModel::setOnlyWithClosedBeds(bool only)
{
    m_onlyClosed = only;
    invalidateFilter();
}

bool HospitalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyClosed && index.data(HospitalTableModel::ClosedBedsRole).toLongLong() <= 0)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString text
        = Hospital::nameKey(index.data(HospitalTableModel::SearchTextRole).toString())
              .toCaseFolded();
    return text.contains(m_search);
}

} // namespace Koso
