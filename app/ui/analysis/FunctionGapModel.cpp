#include "analysis/FunctionGapModel.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapAnalysis.h"
#include "analysis/GapCellFormat.h"

#include <QFont>

namespace Koso {

FunctionGapModel::FunctionGapModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FunctionGapModel::setArea(const std::optional<AreaGap> &area)
{
    beginResetModel();
    m_area = area;
    m_rows.clear();
    if (m_area) {
        // Const access only: a non-const one would detach the shared vector and leave the
        // row pointers in the old copy.
        const AreaGap &a = *m_area;
        m_rows = a.rowsWithTotal();
        for (const FunctionGap &f : a.functions) {
            if (!f.countsInTotal)
                m_rows << &f;
        }
    }
    endResetModel();
}

const FunctionGap *FunctionGapModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int FunctionGapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FunctionGapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunctionGapModel::data(const QModelIndex &index, int role) const
{
    const FunctionGap *f = rowAt(index.row());
    if (!f)
        return QVariant();
    const int column = index.column();
    const double threshold = m_area->threshold;
    if (role == KeyRole)
        return f->functionKey;
    if (role == Qt::TextAlignmentRole)
        return int((column == Function ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::FontRole && f->isTotal()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool display = role == Qt::DisplayRole;
        const BedValue base = f->reportedIn(GapAnalysis::DefaultBaseYear);
        switch (Column(column)) {
        case Function:
            return f->displayName();
        case Base:
            return display ? GapCellFormat::beds(base) : GapCellFormat::sortValue(base);
        case Latest:
            return display ? GapCellFormat::beds(f->latest) : GapCellFormat::sortValue(f->latest);
        case Planned:
            return display ? GapCellFormat::beds(f->planned) : GapCellFormat::sortValue(f->planned);
        case Required:
            return display ? GapCellFormat::beds(f->required)
                           : GapCellFormat::sortValue(f->required);
        case LatestMinusRequired:
            return display ? GapCellFormat::difference(f->latestMinusRequired, f->latestDirection)
                           : GapCellFormat::sortValue(f->latestMinusRequired);
        case PlannedMinusRequired:
            return display ? GapCellFormat::difference(f->plannedMinusRequired, f->plannedDirection)
                           : GapCellFormat::sortValue(f->plannedMinusRequired);
        case LatestRatio:
            return display ? GapCellFormat::ratio(f->latestRatio)
                           : GapCellFormat::sortValue(f->latestRatio);
        case PlannedRatio:
            return display ? GapCellFormat::ratio(f->plannedRatio)
                           : GapCellFormat::sortValue(f->plannedRatio);
        case ChangeSinceBase:
            return display ? GapCellFormat::change(f->changeSinceBase, f->changeSinceBaseRate)
                           : GapCellFormat::sortValue(f->changeSinceBase);
        case LatestPer100k:
            return display ? GapCellFormat::decimal(f->latestPer100k)
                           : GapCellFormat::sortValue(f->latestPer100k);
        case RequiredPer100k:
            return display ? GapCellFormat::decimal(f->requiredPer100k)
                           : GapCellFormat::sortValue(f->requiredPer100k);
        case LatestShare:
            return display
                ? (f->latestShare ? AnalysisText::percent(*f->latestShare) : QStringLiteral("－"))
                : GapCellFormat::sortValue(f->latestShare);
        case RequiredShare:
            return display ? (f->requiredShare ? AnalysisText::percent(*f->requiredShare)
                                               : QStringLiteral("－"))
                           : GapCellFormat::sortValue(f->requiredShare);
        case ColumnCount:
            break;
        }
        return QVariant();
    }
    const bool latestCell = column == LatestMinusRequired || column == LatestRatio;
    const bool plannedCell = column == PlannedMinusRequired || column == PlannedRatio;
    if (!f->countsInTotal && !f->isTotal())
        return QVariant();
    if ((role == Qt::BackgroundRole || role == Qt::ForegroundRole) && (latestCell || plannedCell)) {
        const GapDirection d = latestCell ? f->latestDirection : f->plannedDirection;
        const auto &r = latestCell ? f->latestRatio : f->plannedRatio;
        return role == Qt::BackgroundRole ? GapCellFormat::background(d, r, threshold)
                                          : GapCellFormat::foreground(d, r, threshold);
    }
    if (role == Qt::ToolTipRole && (latestCell || plannedCell))
        return GapCellFormat::explain(*f, plannedCell, threshold);
    return QVariant();
}

QVariant FunctionGapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    const FunctionGap *t = m_area ? &m_area->total : nullptr;
    switch (section) {
    case Function:
        return tr("Function");
    case Base:
        return tr("Reported %1").arg(GapAnalysis::DefaultBaseYear);
    case Latest:
        return t && t->latestYear > 0 ? tr("Reported %1").arg(t->latestYear) : tr("Reported");
    case Planned:
        return t && t->plannedYear > 0 ? tr("Planned %1").arg(t->plannedYear) : tr("Planned");
    case Required:
        return t && t->requiredYear > 0 ? tr("Required %1").arg(t->requiredYear) : tr("Required");
    case LatestMinusRequired:
        return tr("Reported − required");
    case PlannedMinusRequired:
        return tr("Planned − required");
    case LatestRatio:
        return tr("Reported ÷ required");
    case PlannedRatio:
        return tr("Planned ÷ required");
    case ChangeSinceBase:
        return tr("Change since %1").arg(GapAnalysis::DefaultBaseYear);
    case LatestPer100k:
        return tr("Reported per 100,000");
    case RequiredPer100k:
        return tr("Required per 100,000");
    case LatestShare:
        return tr("Share reported");
    case RequiredShare:
        return tr("Share required");
    default:
        return QVariant();
    }
}

} // namespace Koso
