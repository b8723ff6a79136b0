#pragma once

#include "analysis/RegionHospitals.h"
#include "model/BedFunction.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Koso {

// The facilities of a region, largest first: beds by function with 休棟中等 (highlighted where
// a facility has any), each facility's share of the region's beds per function, doctors,
// roles and clinical volumes. Masked counts show MHLW's 「*」.
class RegionHospitalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int ClosedBedsRole = Qt::UserRole + 1;
    static constexpr int SearchTextRole = Qt::UserRole + 2;

    enum class ColumnKind {
        Rank,
        Name,
        Municipality,
        Kind,
        TotalWithClosed,
        Beds,
        Share,
        DoctorsFullTime,
        DoctorsPartTime,
        DoctorsPer100Beds,
        Roles,
        Volume
    };
    struct ColumnInfo
    {
        ColumnKind kind;
        QString key; // function key (Beds, Share) or metric (Volume)
    };

    explicit RegionHospitalModel(QObject *parent = nullptr);

    void setHospitals(const RegionHospitals &hospitals, const BedFunctionList &functions);
    const RegionHospitals &hospitals() const { return m_hospitals; }
    const HospitalRow *rowAt(int row) const;
    int columnOf(ColumnKind kind, const QString &key = QString()) const;
    ColumnKind columnKind(int column) const { return m_columns.value(column).kind; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The background of a 休棟中等 cell: light Okabe–Ito yellow.
    static QColor closedHighlight();

private:
    QVariant metricValue(const HospitalRow &row, const QString &key, int decimals, int role) const;

    RegionHospitals m_hospitals;
    BedFunctionList m_functions;
    QVector<ColumnInfo> m_columns;
};

} // namespace Koso
