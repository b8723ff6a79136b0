#pragma once

#include "model/BedFunction.h"
#include "policy/HospitalOverview.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Koso {

class Dataset;

// The hospitals of an area with their newest figures and policy, one row each. Numbers sort
// as numbers (SortRole); HospitalIdRole gives the hospital's id.
class HospitalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { HospitalIdRole = Qt::UserRole + 1, SortRole };
    enum class ColumnKind {
        Name,
        Region,
        Municipality,
        Kind,
        OwnerGroup,
        Roles,
        Status,
        Reverification,
        Beds,
        TotalBeds,
        Metric
    };

    explicit HospitalTableModel(QObject *parent = nullptr);

    void reload(Dataset &dataset, const QString &areaCode);
    const HospitalOverviewRow &hospitalRow(int row) const { return m_rows.at(row); }
    int rowOfHospital(qint64 id) const;
    int columnOfKind(ColumnKind kind, const QString &key = QString()) const;
    ColumnKind columnKind(int column) const { return m_columns.value(column).kind; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        ColumnKind kind;
        QString key; // function key or metric name
        QString title;
        QString tooltip;
    };
    void buildColumns(const BedFunctionList &functions);
    QVariant value(const HospitalOverviewRow &row, const Column &column) const;

    QVector<Column> m_columns;
    QVector<HospitalOverviewRow> m_rows;
};

} // namespace Koso
