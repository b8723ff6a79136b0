#include "policy/HospitalFilterProxy.h"

#include "policy/HospitalTableModel.h"

namespace Koso {

HospitalFilterProxy::HospitalFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HospitalTableModel::SortRole);
    setSortLocaleAware(true);
}

void HospitalFilterProxy::setFilter(const HospitalFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool HospitalFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const HospitalTableModel *>(sourceModel());
    return model && m_filter.accepts(model->hospitalRow(sourceRow));
}

} // namespace Koso
