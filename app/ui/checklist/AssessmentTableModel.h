#pragma once

#include "checklist/Assessment.h"

#include <QAbstractTableModel>
#include <optional>

namespace Koso {

class ChecklistEditor;

// The items of one assessment: No., genre, item, basis, answer, 備考 and section in charge.
// Answer, 備考 and section are editable; every edit goes through the ChecklistEditor (one
// undo step, saved at once) and the model follows the dataset's change signal.
class AssessmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        GenreColumn,
        TextColumn,
        BasisColumn,
        AnswerColumn,
        RemarksColumn,
        SectionColumn,
        ColumnCount
    };
    // The answer as an int (ChecklistAnswer) under this role, whatever the column.
    static constexpr int AnswerRole = Qt::UserRole + 1;
    static constexpr int ItemIdRole = Qt::UserRole + 2;
    // What the dataset's planning records say about the item (ChecklistEvidence), one line
    // per kind of record; empty for items the records do not speak to.
    static constexpr int EvidenceRole = Qt::UserRole + 3;

    explicit AssessmentTableModel(ChecklistEditor *editor, QObject *parent = nullptr);

    // Another dataset's editor (nullptr: none); shows nothing until setAssessmentId().
    void setEditor(ChecklistEditor *editor);

    // 0 shows nothing.
    void setAssessmentId(qint64 id);
    qint64 assessmentId() const { return m_assessment ? m_assessment->id : 0; }
    const std::optional<Assessment> &assessment() const { return m_assessment; }
    // Reads the assessment again (after a change in the dataset).
    void reload();

    qint64 itemId(int row) const;
    // The evidence of each item by item id (see EvidenceRole).
    void setEvidence(const QHash<qint64, QString> &evidence);
    // Sets the answer of several rows in one undo step.
    bool setAnswers(const QList<int> &rows, ChecklistAnswer answer);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QColor answerColor(ChecklistAnswer answer);

signals:
    // An edit could not be saved; the message says why.
    void editFailed(const QString &message);

private:
    ChecklistEditor *m_editor;
    std::optional<Assessment> m_assessment;
    QHash<qint64, QString> m_evidence;
};

} // namespace Koso
