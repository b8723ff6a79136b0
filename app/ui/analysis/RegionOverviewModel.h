#pragma once

#include "analysis/BedOverview.h"

#include <QAbstractTableModel>

namespace Koso {

// Beds by function of one area: reported (latest year), planned, required, and planned minus
// required; the total of the four functions, then 休棟中等. Qt::DisplayRole gives the text a
// planner reads (5,243), ValueRole the number (or an invalid QVariant where there is none).
class RegionOverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reported, Planned, Required, PlannedMinusRequired, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, FunctionKeyRole };

    explicit RegionOverviewModel(QObject *parent = nullptr);

    void setOverview(const BedOverview &overview);
    const BedOverview &overview() const { return m_overview; }
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant value(const BedOverview::Row &row, int column) const;

    BedOverview m_overview;
};

} // namespace Koso
