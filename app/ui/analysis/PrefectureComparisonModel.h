#pragma once

#include "analysis/AreaGap.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Koso {

// Beds per 100,000 population by function for every prefecture and the nation, the home
// prefecture in bold, for comparing the prefecture with the others.
class PrefectureComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, FirstFunction };
    static constexpr int SortRole = Qt::UserRole;

    explicit PrefectureComparisonModel(QObject *parent = nullptr);

    void setAreas(const QVector<AreaGap> &prefectures, const std::optional<AreaGap> &nation,
                  const QString &homeCode);
    const AreaGap *areaAt(int row) const;
    int rowOf(const QString &code) const;
    // Columns after Name: the functions and the total (reported per 100,000), then the
    // total required per 100,000.
    QString keyOf(int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<AreaGap> m_areas; // the nation first where held
    QString m_home;
    QStringList m_keys;
    QStringList m_names;
};

} // namespace Koso
