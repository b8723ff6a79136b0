#include "checklist/ChecklistCommand.h"

#include "checklist/ChecklistEditor.h"

namespace Koso {

ChecklistCommand::ChecklistCommand(ChecklistEditor *editor, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
{ }

ChecklistStore &ChecklistCommand::store()
{
    return m_editor->store();
}

void ChecklistCommand::redo()
{
    QString error;
    if (apply(&error)) {
        m_done = true;
        return;
    }
    if (!m_done)
        setObsolete(true); // never applied: the stack deletes it
    m_editor->reportFailure(error);
}

void ChecklistCommand::undo()
{
    QString error;
    if (!revert(&error))
        m_editor->reportFailure(error);
}

} // namespace Koso
