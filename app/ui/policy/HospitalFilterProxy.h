#pragma once

#include "policy/HospitalFilter.h"

#include <QSortFilterProxyModel>

namespace Koso {

// Filters a HospitalTableModel with a HospitalFilter and sorts numbers as numbers.
class HospitalFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HospitalFilterProxy(QObject *parent = nullptr);

    void setFilter(const HospitalFilter &filter);
    const HospitalFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    HospitalFilter m_filter;
};

} // namespace Koso
