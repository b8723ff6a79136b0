#include "checklist/AssessmentTableModel.h"

#include "checklist/ChecklistEditor.h"

#include <QColor>
#include <QFont>

namespace Koso {

AssessmentTableModel::AssessmentTableModel(ChecklistEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{ }

void AssessmentTableModel::setEditor(ChecklistEditor *editor)
{
    beginResetModel();
    m_editor = editor;
    m_assessment.reset();
    endResetModel();
}

void AssessmentTableModel::setAssessmentId(qint64 id)
{
    beginResetModel();
    m_assessment.reset();
    if (id > 0 && m_editor) {
        QString error;
        m_assessment = m_editor->store().loadAssessment(id, &error);
    }
    endResetModel();
}

void AssessmentTableModel::reload()
{
    if (!m_assessment || !m_editor)
        return;
    QString error;
    auto fresh = m_editor->store().loadAssessment(m_assessment->id, &error);
    if (!fresh || fresh->templateId() != m_assessment->templateId()) {
        // Gone (undo of its creation) or answered against another version: new rows.
        beginResetModel();
        m_assessment = fresh;
        endResetModel();
        return;
    }
    // Same rows: keep the view's selection and scroll position.
    m_assessment = fresh;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AssessmentTableModel::setEvidence(const QHash<qint64, QString> &evidence)
{
    if (evidence == m_evidence)
        return;
    m_evidence = evidence;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 AssessmentTableModel::itemId(int row) const
{
    if (!m_assessment || row < 0 || row >= m_assessment->checklistTemplate.items.size())
        return 0;
    return m_assessment->checklistTemplate.items.at(row).id;
}

int AssessmentTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_assessment)
        return 0;
    return int(m_assessment->checklistTemplate.items.size());
}

int AssessmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor AssessmentTableModel::answerColor(ChecklistAnswer answer)
{
    switch (answer) {
    case ChecklistAnswer::Yes:
        return QColor(0xdc, 0xf0, 0xdc);
    case ChecklistAnswer::No:
        return QColor(0xfa, 0xe0, 0xd2);
    case ChecklistAnswer::NotApplicable:
        return QColor(0xe6, 0xe6, 0xe6);
    case ChecklistAnswer::Unanswered:
        break;
    }
    return QColor(0xff, 0xf6, 0xcc);
}

QVariant AssessmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_assessment || !index.isValid() || index.row() >= rowCount())
        return {};
    const ChecklistItem &item = m_assessment->checklistTemplate.items.at(index.row());
    const ChecklistEntry e = m_assessment->entry(item.id);
    if (role == AnswerRole)
        return int(e.answer);
    if (role == ItemIdRole)
        return item.id;
    if (role == EvidenceRole)
        return m_evidence.value(item.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NumberColumn:
            return item.number;
        case GenreColumn:
            return item.genre;
        case TextColumn:
            return item.text;
        case BasisColumn:
            return item.basis;
        case AnswerColumn:
            if (role == Qt::EditRole)
                return int(e.answer);
            return ChecklistEntry::answerLabel(e.answer);
        case RemarksColumn:
            return e.remarks;
        case SectionColumn:
            return e.section;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == NumberColumn) {
            const QString evidence = m_evidence.value(item.id);
            if (evidence.isEmpty())
                return item.textWithBasis();
            return item.textWithBasis() + QStringLiteral("\n\n")
                + tr("In this dataset:\n%1").arg(evidence);
        }
        if (index.column() == RemarksColumn && !e.remarks.isEmpty())
            return e.remarks;
        if (index.column() == AnswerColumn)
            return tr("Double-click to choose, or press 1 Yes, 2 No, 3 Not applicable, "
                      "0 Not answered.");
        break;
    case Qt::BackgroundRole:
        if (index.column() == AnswerColumn)
            return answerColor(e.answer);
        // Items the planning records evidence (the panel below the table links to them).
        if (index.column() == NumberColumn && m_evidence.contains(item.id))
            return QColor(0xDC, 0xEA, 0xF7);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == AnswerColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == AnswerColumn && e.answer != ChecklistAnswer::Unanswered) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    }
    return {};
}

QVariant AssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case BasisColumn:
        return tr("Basis");
    case AnswerColumn:
        return tr("Answer");
    case RemarksColumn:
        return tr("Remarks (evidence, next step)");
    case SectionColumn:
        return tr("Section in charge");
    }
    return {};
}

Qt::ItemFlags AssessmentTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == AnswerColumn || index.column() == RemarksColumn
        || index.column() == SectionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AssessmentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_assessment || !m_editor || !index.isValid() || role != Qt::EditRole)
        return false;
    const qint64 item = itemId(index.row());
    bool ok = false;
    switch (index.column()) {
    case AnswerColumn: {
        ChecklistAnswer answer = ChecklistAnswer::Unanswered;
        if (value.typeId() == QMetaType::Int) {
            answer = ChecklistAnswer(value.toInt());
        } else {
            const auto parsed = ChecklistEntry::parseAnswer(value.toString());
            if (!parsed)
                return false;
            answer = *parsed;
        }
        ok = m_editor->setAnswer(m_assessment->id, item, answer);
        break;
    }
    case RemarksColumn:
        ok = m_editor->setRemarks(m_assessment->id, item, value.toString());
        break;
    case SectionColumn:
        ok = m_editor->setSection(m_assessment->id, item, value.toString());
        break;
    default:
        return false;
    }
    // The dataset's change signal reloads the model.
    if (!ok)
        emit editFailed(m_editor->lastError());
    return ok;
}

bool AssessmentTableModel::setAnswers(const QList<int> &rows, ChecklistAnswer answer)
{
    if (!m_assessment || !m_editor || rows.isEmpty())
        return false;
    bool ok = false;
    if (rows.size() == 1) {
        ok = m_editor->setAnswer(m_assessment->id, itemId(rows.first()), answer);
        if (!ok)
            emit editFailed(m_editor->lastError());
        return ok;
    }
    QHash<qint64, ChecklistEntry> entries;
    for (const int row : rows) {
        const qint64 item = itemId(row);
        if (item == 0)
            continue;
        ChecklistEntry e = m_assessment->entry(item);
        e.answer = answer;
        entries.insert(item, e);
    }
    ok = m_editor->setEntries(
        m_assessment->id, entries,
        tr("Answer %1 items: %2").arg(entries.size()).arg(ChecklistEntry::answerLabel(answer)));
    if (!ok)
        emit editFailed(m_editor->lastError());
    return ok;
}

} // namespace Koso
