#pragma once

#include "checklist/ChecklistEntry.h"
#include "checklist/ChecklistStore.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>
#include <QVariant>

class QUndoStack;

namespace Koso {

class ChecklistCommand;
class Dataset;

// The one way the GUI changes checklist data: every edit becomes an undo command on the
// document's stack and is written to the dataset at once. Methods return false (and set
// lastError()) when the write failed; nothing is then left on the stack. A failure while
// undoing or redoing later is announced by Document::editFailed() (see DatasetCommand).
class ChecklistEditor : public QObject
{
    Q_OBJECT

public:
    ChecklistEditor(Dataset *dataset, QUndoStack *undoStack, QObject *parent = nullptr);

    ChecklistStore &store() { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    Dataset *dataset() const { return m_dataset; }
    QString lastError() const { return m_lastError; }

    bool setAnswer(qint64 assessmentId, qint64 itemId, ChecklistAnswer answer);
    bool setRemarks(qint64 assessmentId, qint64 itemId, const QString &remarks);
    bool setSection(qint64 assessmentId, qint64 itemId, const QString &section);
    // Several items in one undo step (e.g. pasting a column).
    bool setEntries(qint64 assessmentId, const QHash<qint64, ChecklistEntry> &entries,
                    const QString &description);
    bool setHeader(qint64 assessmentId, int fiscalYear, const QDate &filledOn,
                   const QString &title);

    // A new assessment of the given template (0: the current one), blank or as a copy of
    // copyFrom (0: blank). Returns its id, 0 on failure.
    qint64 createAssessment(int fiscalYear, const QDate &filledOn, const QString &title,
                            qint64 copyFrom = 0, qint64 templateId = 0);
    bool deleteAssessment(qint64 assessmentId);

    // Stores an edited or imported template as a new version; returns its id, 0 on failure.
    qint64 addTemplateVersion(const ChecklistTemplate &checklistTemplate,
                              const QString &description);
    // Reads a template file and stores it as the next version of name (empty: the name of
    // the current template). A bad file changes nothing.
    qint64 importTemplate(const QString &path, const QString &name);
    // Moves an assessment onto another template version, carrying its entries over by No.
    bool switchTemplate(qint64 assessmentId, qint64 templateId);

private:
    // An edit that writes after in redo() and before in undo() with one store call.
    template<typename State, typename Write>
    bool pushChange(const QString &text, const State &before, const State &after, Write write);
    bool push(ChecklistCommand *command);
    bool setField(qint64 assessmentId, qint64 itemId, int field, const QVariant &value);

    Dataset *m_dataset;
    QUndoStack *m_undoStack;
    ChecklistStore m_store;
    QString m_lastError;
};

} // namespace Koso
