#pragma once

#include <QString>
#include <QUndoCommand>

namespace Koso {

class ChecklistEditor;
class ChecklistStore;

// Base of the checklist's undo commands: each writes to the dataset in redo() and undo(). A
// first redo() that fails marks the command obsolete, so the stack drops it; later failures
// are reported through the editor.
class ChecklistCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    ChecklistCommand(ChecklistEditor *editor, const QString &text);
    virtual bool apply(QString *error) = 0;
    virtual bool revert(QString *error) = 0;
    ChecklistStore &store();

private:
    ChecklistEditor *m_editor;
    bool m_done = false;
};

} // namespace Koso
