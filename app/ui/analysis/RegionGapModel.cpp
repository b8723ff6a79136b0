#include "analysis/RegionGapModel.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapCellFormat.h"

namespace Koso {

RegionGapModel::RegionGapModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RegionGapModel::setRegions(const QVector<AreaGap> &regions)
{
    beginResetModel();
    m_regions = regions;
    m_functionKeys.clear();
    m_functionNames.clear();
    if (!m_regions.isEmpty()) {
        for (const FunctionGap &f : m_regions.first().functions) {
            if (f.countsInTotal) {
                m_functionKeys << f.functionKey;
                m_functionNames << f.displayName();
            }
        }
    }
    endResetModel();
}

const AreaGap *RegionGapModel::regionAt(int row) const
{
    return row >= 0 && row < m_regions.size() ? &m_regions.at(row) : nullptr;
}

int RegionGapModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).code == code)
            return i;
    }
    return -1;
}

QString RegionGapModel::functionKeyOf(int column) const
{
    const int i = column - FirstFunction;
    return i >= 0 && i < m_functionKeys.size() ? m_functionKeys.at(i) : QString();
}

int RegionGapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regions.size());
}

int RegionGapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFunction + int(m_functionKeys.size());
}

QVariant RegionGapModel::data(const QModelIndex &index, int role) const
{
    const AreaGap *a = regionAt(index.row());
    if (!a)
        return QVariant();
    if (role == CodeRole)
        return a->code;
    const FunctionGap &t = a->total;
    const int column = index.column();
    const double threshold = a->threshold;

    if (column >= FirstFunction) {
        const FunctionGap *f = a->find(functionKeyOf(column));
        if (!f)
            return QVariant();
        switch (role) {
        case Qt::DisplayRole:
            return AnalysisText::directionMark(f->plannedDirection)
                + GapCellFormat::ratio(f->plannedRatio);
        case SortRole:
            return GapCellFormat::sortValue(f->plannedRatio);
        case Qt::BackgroundRole:
            return GapCellFormat::background(f->plannedDirection, f->plannedRatio, threshold);
        case Qt::ForegroundRole:
            return GapCellFormat::foreground(f->plannedDirection, f->plannedRatio, threshold);
        case Qt::ToolTipRole:
            return GapCellFormat::explain(*f, true, threshold);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant();
        }
    }

    if (role == Qt::TextAlignmentRole)
        return int((column == Code || column == Name ? Qt::AlignLeft : Qt::AlignRight)
                   | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool display = role == Qt::DisplayRole;
        switch (Column(column)) {
        case Code:
            return a->code;
        case Name:
            return a->name;
        case Latest:
            return display ? GapCellFormat::beds(t.latest) : GapCellFormat::sortValue(t.latest);
        case Planned:
            return display ? GapCellFormat::beds(t.planned) : GapCellFormat::sortValue(t.planned);
        case Required:
            return display ? GapCellFormat::beds(t.required) : GapCellFormat::sortValue(t.required);
        case LatestMinusRequired:
            return display ? GapCellFormat::difference(t.latestMinusRequired, t.latestDirection)
                           : GapCellFormat::sortValue(t.latestMinusRequired);
        case PlannedMinusRequired:
            return display ? GapCellFormat::difference(t.plannedMinusRequired, t.plannedDirection)
                           : GapCellFormat::sortValue(t.plannedMinusRequired);
        case LatestRatio:
            return display ? GapCellFormat::ratio(t.latestRatio)
                           : GapCellFormat::sortValue(t.latestRatio);
        case PlannedRatio:
            return display ? GapCellFormat::ratio(t.plannedRatio)
                           : GapCellFormat::sortValue(t.plannedRatio);
        case ChangeSinceBase:
            return display ? GapCellFormat::change(t.changeSinceBase, t.changeSinceBaseRate)
                           : GapCellFormat::sortValue(t.changeSinceBase);
        case LatestPer100k:
            return display ? GapCellFormat::decimal(t.latestPer100k)
                           : GapCellFormat::sortValue(t.latestPer100k);
        case UnexplainedGap:
            return display ? (t.unexplainedGap ? AnalysisText::signedNumber(*t.unexplainedGap)
                                               : QStringLiteral("－"))
                           : GapCellFormat::sortValue(t.unexplainedGap);
        case Rank:
            if (t.rank <= 0)
                return display ? QVariant(QStringLiteral("－")) : QVariant();
            return display ? QVariant(QString::number(t.rank)) : QVariant(t.rank);
        case FirstFunction:
            break;
        }
        return QVariant();
    }
    const bool latestCell = column == LatestMinusRequired || column == LatestRatio;
    const bool plannedCell = column == PlannedMinusRequired || column == PlannedRatio;
    if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
        if (!latestCell && !plannedCell)
            return QVariant();
        const GapDirection d = latestCell ? t.latestDirection : t.plannedDirection;
        const auto &r = latestCell ? t.latestRatio : t.plannedRatio;
        return role == Qt::BackgroundRole ? GapCellFormat::background(d, r, threshold)
                                          : GapCellFormat::foreground(d, r, threshold);
    }
    if (role == Qt::ToolTipRole) {
        if (latestCell || plannedCell)
            return GapCellFormat::explain(t, plannedCell, threshold);
        if (column == UnexplainedGap || column == Rank)
            return tr("Planned − required beyond the ±%1 band and beyond the beds that "
                      "facilities which did not report may hold; rank 1 is the largest.")
                .arg(AnalysisText::percent(threshold, 0));
    }
    return QVariant();
}

QVariant RegionGapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    const AreaGap *a = regionAt(0);
    const int latestYear = a ? a->total.latestYear : 0;
    const int plannedYear = a ? a->total.plannedYear : 0;
    const int requiredYear = a ? a->total.requiredYear : 0;
    if (role == Qt::ToolTipRole && section >= FirstFunction)
        return tr("Planned %1 ÷ required %2 of %3")
            .arg(plannedYear)
            .arg(requiredYear)
            .arg(m_functionNames.value(section - FirstFunction));
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Region");
    case Latest:
        return latestYear > 0 ? tr("Reported %1").arg(latestYear) : tr("Reported");
    case Planned:
        return plannedYear > 0 ? tr("Planned %1").arg(plannedYear) : tr("Planned");
    case Required:
        return requiredYear > 0 ? tr("Required %1").arg(requiredYear) : tr("Required");
    case LatestMinusRequired:
        return tr("Reported − required");
    case PlannedMinusRequired:
        return tr("Planned − required");
    case LatestRatio:
        return tr("Reported ÷ required");
    case PlannedRatio:
        return tr("Planned ÷ required");
    case ChangeSinceBase:
        return tr("Change since %1").arg(2015);
    case LatestPer100k:
        return tr("Per 100,000");
    case UnexplainedGap:
        return tr("Unexplained gap");
    case Rank:
        return tr("Rank");
    default:
        return tr("%1 planned ÷ required").arg(m_functionNames.value(section - FirstFunction));
    }
}

} // namespace Koso
