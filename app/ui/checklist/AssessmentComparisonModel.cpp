#include "checklist/AssessmentComparisonModel.h"

#include "checklist/AssessmentTableModel.h"
#include "report/ChecklistComparisonReport.h"
#include "util/JapaneseDate.h"

#include <QFont>

namespace Koso {

AssessmentComparisonModel::AssessmentComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AssessmentComparisonModel::setComparison(const std::optional<AssessmentComparison> &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AssessmentComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_comparison)
        return 0;
    return int(m_comparison->rows().size());
}

int AssessmentComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!m_comparison || !index.isValid() || index.row() >= rowCount())
        return {};
    const AssessmentComparison::Row &r = m_comparison->rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return r.number;
        case GenreColumn:
            return r.genre;
        case TextColumn:
            return r.text;
        case BeforeColumn:
            return r.inBefore ? ChecklistEntry::answerLabel(r.before.answer) : QStringLiteral("—");
        case AfterColumn:
            return r.inAfter ? ChecklistEntry::answerLabel(r.after.answer) : QStringLiteral("—");
        case ChangeColumn:
            return AssessmentComparison::changeLabel(r.change());
        case RemarksColumn:
            return r.after.remarks;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn && r.textChanged)
            return tr("The wording of this item changed between the two template versions.");
        if (index.column() == BeforeColumn && !r.before.remarks.isEmpty())
            return r.before.remarks;
        if (index.column() == RemarksColumn && r.remarksChanged())
            return tr("Before: %1").arg(r.before.remarks);
        break;
    case Qt::BackgroundRole:
        if (index.column() == BeforeColumn && r.inBefore)
            return AssessmentTableModel::answerColor(r.before.answer);
        if (index.column() == AfterColumn && r.inAfter)
            return AssessmentTableModel::answerColor(r.after.answer);
        if (r.answerChanged())
            return ChecklistComparisonReport::changedRowColor();
        break;
    case Qt::FontRole:
        if ((index.column() == TextColumn && r.textChanged)
            || (index.column() == ChangeColumn && r.answerChanged())) {
            QFont f;
            f.setItalic(index.column() == TextColumn);
            f.setBold(index.column() == ChangeColumn);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == BeforeColumn
            || index.column() == AfterColumn || index.column() == ChangeColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant AssessmentComparisonModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case GenreColumn:
        return tr("Genre");
    case TextColumn:
        return tr("Item");
    case BeforeColumn:
        return m_comparison ? ChecklistComparisonReport::columnLabel(m_comparison->before())
                                  .replace(QLatin1Char('\n'), QLatin1Char(' '))
                            : tr("Before");
    case AfterColumn:
        return m_comparison ? ChecklistComparisonReport::columnLabel(m_comparison->after())
                                  .replace(QLatin1Char('\n'), QLatin1Char(' '))
                            : tr("After");
    case ChangeColumn:
        return tr("Change");
    case RemarksColumn:
        return tr("Remarks (later)");
    }
    return {};
}

} // namespace Koso
