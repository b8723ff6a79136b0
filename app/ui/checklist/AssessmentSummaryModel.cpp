#include "checklist/AssessmentSummaryModel.h"

#include "checklist/Assessment.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Koso {

AssessmentSummaryModel::AssessmentSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AssessmentSummaryModel::setAssessment(const Assessment *assessment)
{
    const bool sameShape = m_summary && assessment
        && AssessmentSummary(*assessment).genres().size() == m_summary->genres().size();
    if (sameShape) {
        m_summary.emplace(*assessment);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_summary.reset();
    if (assessment)
        m_summary.emplace(*assessment);
    endResetModel();
}

AssessmentSummary::Counts AssessmentSummaryModel::counts(int row) const
{
    if (!m_summary || row < 0)
        return {};
    if (row < m_summary->genres().size())
        return m_summary->genres().at(row);
    return m_summary->total();
}

int AssessmentSummaryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_summary)
        return 0;
    return int(m_summary->genres().size()) + 1;
}

int AssessmentSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!m_summary || !index.isValid())
        return {};
    const bool total = index.row() == m_summary->genres().size();
    const AssessmentSummary::Counts c = counts(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case GenreColumn:
            return total ? tr("Total") : c.genre;
        case ItemsColumn:
            return c.items;
        case YesColumn:
            return c.yes;
        case NoColumn:
            return c.no;
        case NotApplicableColumn:
            return c.notApplicable;
        case UnansweredColumn:
            return c.unanswered;
        case YesShareColumn:
            if (c.applicable() == 0)
                return QStringLiteral("—");
            return tr("%1 / %2 (%3%)")
                .arg(c.yes)
                .arg(c.applicable())
                .arg(QLocale().toString(100.0 * c.yesShare(), 'f', 0));
        }
    } else if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    } else if (role == Qt::TextAlignmentRole) {
        return int(index.column() == GenreColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                 : Qt::AlignCenter);
    } else if (role == Qt::BackgroundRole && index.column() == UnansweredColumn
               && c.unanswered > 0) {
        return QColor(0xff, 0xf6, 0xcc);
    }
    return {};
}

QVariant AssessmentSummaryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GenreColumn:
        return tr("Genre");
    case ItemsColumn:
        return tr("Items");
    case YesColumn:
        return tr("Yes");
    case NoColumn:
        return tr("No");
    case NotApplicableColumn:
        return tr("Not applicable");
    case UnansweredColumn:
        return tr("Not answered");
    case YesShareColumn:
        return tr("Yes / applicable");
    }
    return {};
}

} // namespace Koso
