#include "checklist/SetChecklistEntriesCommand.h"

#include "checklist/ChecklistStore.h"

namespace Koso {

SetChecklistEntriesCommand::SetChecklistEntriesCommand(ChecklistEditor *editor, const QString &text,
                                                       qint64 assessmentId,
                                                       const QHash<qint64, ChecklistEntry> &before,
                                                       const QHash<qint64, ChecklistEntry> &after)
    : ChecklistCommand(editor, text)
    , m_assessmentId(assessmentId)
    , m_before(before)
    , m_after(after)
{ }

bool SetChecklistEntriesCommand::apply(QString *error)
{
    return store().setEntries(m_assessmentId, m_after, error);
}

bool SetChecklistEntriesCommand::revert(QString *error)
{
    return store().setEntries(m_assessmentId, m_before, error);
}

} // namespace Koso
