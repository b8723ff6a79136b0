#include "policy/HospitalTableModel.h"

#include "policy/PolicyVocabulary.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Koso {

HospitalTableModel::HospitalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    buildColumns({});
}

void HospitalTableModel::buildColumns(const BedFunctionList &functions)
{
    m_columns = {
        { ColumnKind::Name, QString(), tr("Name"), QString() },
        { ColumnKind::Region, QString(), tr("Region"), QString() },
        { ColumnKind::Municipality, QString(), tr("Municipality"), QString() },
        { ColumnKind::Kind, QString(), tr("Kind"), QString() },
        { ColumnKind::OwnerGroup, QString(), tr("Owner group"), QString() },
        { ColumnKind::Roles, QString(), tr("Roles"), QString() },
        { ColumnKind::Status, QString(), tr("Policy status"), QString() },
        { ColumnKind::Reverification, QString(), tr("Re-verif."),
          tr("Named for re-verification (再検証対象)") },
    };
    for (const BedFunction &f : functions)
        m_columns << Column { ColumnKind::Beds, f.key, f.displayName(),
                              tr("Beds reported in the newest edition: %1").arg(f.displayName()) };
    m_columns << Column { ColumnKind::TotalBeds, QString(), tr("Total"),
                          tr("The four functions; 休棟中等 not included") }
              << Column { ColumnKind::Metric, QStringLiteral("doctors_fulltime"), tr("Doctors"),
                          tr("Full-time doctors") }
              << Column { ColumnKind::Metric, QStringLiteral("ambulance"), tr("Ambulance"),
                          tr("Ambulance cases accepted per year") }
              << Column { ColumnKind::Metric, QStringLiteral("general_anaesthesia"),
                          tr("Gen. anaesthesia"), tr("Operations under general anaesthesia") }
              << Column { ColumnKind::Metric, QStringLiteral("births"), tr("Births"),
                          tr("Births per year") }
              << Column { ColumnKind::Metric, QStringLiteral("operations"), tr("Operations"),
                          tr("All operations per year") };
}

void HospitalTableModel::reload(Dataset &dataset, const QString &areaCode)
{
    beginResetModel();
    buildColumns(FigureStore(dataset).bedFunctions());
    m_rows = HospitalOverview::load(dataset, areaCode);
    endResetModel();
}

int HospitalTableModel::rowOfHospital(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).hospital.id == id)
            return r;
    }
    return -1;
}

int HospitalTableModel::columnOfKind(ColumnKind kind, const QString &key) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).kind == kind && (key.isEmpty() || m_columns.at(c).key == key))
            return c;
    }
    return -1;
}

int HospitalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HospitalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant HospitalTableModel::value(const HospitalOverviewRow &row, const Column &column) const
{
    const Hospital &h = row.hospital;
    switch (column.kind) {
    case ColumnKind::Name:
        return h.name;
    case ColumnKind::Region:
        return row.regionName;
    case ColumnKind::Municipality:
        return h.municipality;
    case ColumnKind::Kind:
        return PolicyVocabulary::kindName(h.kind);
    case ColumnKind::OwnerGroup:
        return h.ownerGroup == OwnerGroup::Unknown ? QString()
                                                   : PolicyVocabulary::ownerGroupName(h.ownerGroup);
    case ColumnKind::Roles: {
        QStringList names;
        for (const QString &r : row.figures.roles)
            names << PolicyVocabulary::roleName(r);
        return names.join(QStringLiteral(", "));
    }
    case ColumnKind::Status:
        return PolicyVocabulary::statusName(row.policy.status);
    case ColumnKind::Reverification:
        return row.policy.reverificationTarget ? QStringLiteral("○") : QString();
    case ColumnKind::Beds:
        if (!row.hasFigures || !row.figures.beds.contains(column.key))
            return QVariant();
        return row.figures.beds.value(column.key);
    case ColumnKind::TotalBeds:
        return row.hasFigures ? QVariant(row.figures.totalBeds()) : QVariant();
    case ColumnKind::Metric:
        if (row.figures.metrics.contains(column.key))
            return row.figures.metrics.value(column.key);
        if (row.figures.maskedMetrics.contains(column.key))
            return row.figures.maskedMetrics.value(column.key);
        return QVariant();
    }
    return QVariant();
}

QVariant HospitalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return QVariant();
    const HospitalOverviewRow &row = m_rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    const bool numeric = column.kind == ColumnKind::Beds || column.kind == ColumnKind::TotalBeds
        || column.kind == ColumnKind::Metric;
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(row, column);
        if (numeric && v.typeId() != QMetaType::QString && v.isValid())
            return QLocale().toString(v.toDouble(), 'f', 0);
        return v;
    }
    case SortRole: {
        const QVariant v = value(row, column);
        if (column.kind == ColumnKind::Status)
            return int(row.policy.status);
        if (numeric)
            return v.typeId() == QMetaType::QString || !v.isValid() ? -1.0 : v.toDouble();
        return v;
    }
    case Qt::TextAlignmentRole:
        if (numeric)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column.kind == ColumnKind::Reverification)
            return int(Qt::AlignCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (row.isMerged())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return QVariant();
    case Qt::ToolTipRole:
        if (row.isMerged())
            return tr("Merged into another hospital");
        if (column.kind == ColumnKind::Metric && row.figures.maskedMetrics.contains(column.key))
            return tr("Masked by MHLW (small count)");
        if (numeric && row.hasFigures)
            return tr("Reported in %1").arg(row.editionLabel);
        return QVariant();
    case HospitalIdRole:
        return row.hospital.id;
    default:
        return QVariant();
    }
}

QVariant HospitalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QVariant();
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::ToolTipRole && !m_columns.at(section).tooltip.isEmpty())
        return m_columns.at(section).tooltip;
    return QVariant();
}

} // namespace Koso
