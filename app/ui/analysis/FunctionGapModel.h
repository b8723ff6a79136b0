#pragma once

#include "analysis/AreaGap.h"

#include <QAbstractTableModel>

namespace Koso {

// The functions and the total of one area (a region, the prefecture, the nation): reported
// 2015 and latest, planned, required, gaps, ratios, change, beds per 100,000 and shares. 休棟中等
// follows the total where the data holds it and is never coloured: it has no required beds.
class FunctionGapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Function,
        Base,
        Latest,
        Planned,
        Required,
        LatestMinusRequired,
        PlannedMinusRequired,
        LatestRatio,
        PlannedRatio,
        ChangeSinceBase,
        LatestPer100k,
        RequiredPer100k,
        LatestShare,
        RequiredShare,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit FunctionGapModel(QObject *parent = nullptr);

    void setArea(const std::optional<AreaGap> &area);
    const std::optional<AreaGap> &area() const { return m_area; }
    const FunctionGap *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<AreaGap> m_area;
    QVector<const FunctionGap *> m_rows;
};

} // namespace Koso
