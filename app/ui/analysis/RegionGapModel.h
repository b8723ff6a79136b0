#pragma once

#include "analysis/AreaGap.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Koso {

// One row per region of a prefecture: total latest / planned / required beds, gaps and
// ratios, change since 2015, beds per 100,000, the unexplained gap and its rank, and each
// function's planned ÷ required with its flag. Gap cells carry their colour (BackgroundRole)
// and an explanation (ToolTipRole); SortRole holds the raw number so sorting is numeric and
// a missing figure sorts apart from 0. The dashboard's table and chart are fed from it.
class RegionGapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Latest,
        Planned,
        Required,
        LatestMinusRequired,
        PlannedMinusRequired,
        LatestRatio,
        PlannedRatio,
        ChangeSinceBase,
        LatestPer100k,
        UnexplainedGap,
        Rank,
        FirstFunction // then one planned ÷ required column per function
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit RegionGapModel(QObject *parent = nullptr);

    void setRegions(const QVector<AreaGap> &regions);
    const QVector<AreaGap> &regions() const { return m_regions; }
    const AreaGap *regionAt(int row) const;
    int rowOf(const QString &code) const;
    // The function column's key, or empty for the fixed columns.
    QString functionKeyOf(int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<AreaGap> m_regions;
    QStringList m_functionKeys;
    QStringList m_functionNames;
};

} // namespace Koso
