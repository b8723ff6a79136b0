#include "analysis/RegionOverviewModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace Koso {

RegionOverviewModel::RegionOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RegionOverviewModel::setOverview(const BedOverview &overview)
{
    beginResetModel();
    m_overview = overview;
    endResetModel();
}

void RegionOverviewModel::clear()
{
    setOverview(BedOverview());
}

int RegionOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_overview.rows.size());
}

int RegionOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionOverviewModel::value(const BedOverview::Row &row, int column) const
{
    const BedValue *v = nullptr;
    switch (column) {
    case Reported:
        v = &row.reported;
        break;
    case Planned:
        v = &row.planned;
        break;
    case Required:
        v = &row.required;
        break;
    case PlannedMinusRequired:
        if (const auto diff = row.plannedMinusRequired())
            return *diff;
        return QVariant();
    default:
        return QVariant();
    }
    return v->hasValue() ? QVariant(*v->beds) : QVariant();
}

QVariant RegionOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_overview.rows.size())
        return QVariant();
    const BedOverview::Row &row = m_overview.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(row, column);
        if (!v.isValid()) {
            // MHLW's own mark (「-」「*」) where the figure is missing.
            if (column == Reported)
                return row.reported.missingReason;
            if (column == Planned)
                return row.planned.missingReason;
            if (column == Required)
                return row.required.missingReason;
            return QString();
        }
        const qint64 n = v.toLongLong();
        if (column == PlannedMinusRequired && n > 0)
            return QStringLiteral("+") + QLocale().toString(n);
        if (column == PlannedMinusRequired && n < 0)
            return QStringLiteral("\u2212") + QLocale().toString(-n);
        return QLocale().toString(n);
    }
    case ValueRole:
        return value(row, column);
    case FunctionKeyRole:
        return row.functionKey;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.isTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::ForegroundRole:
        // 休棟中等 is outside the total: shown dimmed so nobody adds it in.
        if (!row.isTotal && row.functionKey == QLatin1String("Closed"))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::ToolTipRole:
        if (row.functionKey == QLatin1String("Closed"))
            return tr("Closed or unreported wards: not part of the total.");
        if (column == PlannedMinusRequired)
            return tr("Planned beds minus required beds.");
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant RegionOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < m_overview.rows.size() ? m_overview.rows.at(section).name : QVariant();
    auto year = [](int y) {
        return y > 0 ? QString::number(y) : QStringLiteral("–");
    };
    switch (section) {
    case Reported:
        return tr("Reported\n(%1)").arg(year(m_overview.reportedYear));
    case Planned:
        return tr("Planned\n(%1)").arg(year(m_overview.plannedYear));
    case Required:
        return tr("Required\n(%1)").arg(year(m_overview.requiredYear));
    case PlannedMinusRequired:
        return tr("Planned minus\nrequired");
    default:
        return QVariant();
    }
}

} // namespace Koso
