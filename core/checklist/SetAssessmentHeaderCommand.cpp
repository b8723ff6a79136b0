#include "checklist/SetAssessmentHeaderCommand.h"

#include "checklist/ChecklistStore.h"

namespace Koso {

SetAssessmentHeaderCommand::SetAssessmentHeaderCommand(ChecklistEditor *editor, const QString &text,
                                                       qint64 assessmentId, const Header &before,
                                                       const Header &after)
    : ChecklistCommand(editor, text)
    , m_assessmentId(assessmentId)
    , m_before(before)
    , m_after(after)
{ }

bool SetAssessmentHeaderCommand::apply(QString *error)
{
    return store().setHeader(m_assessmentId, m_after.fiscalYear, m_after.filledOn, m_after.title,
                             error);
}

bool SetAssessmentHeaderCommand::revert(QString *error)
{
    return store().setHeader(m_assessmentId, m_before.fiscalYear, m_before.filledOn, m_before.title,
                             error);
}

} // namespace Koso
