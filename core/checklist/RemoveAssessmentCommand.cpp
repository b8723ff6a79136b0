#include "checklist/RemoveAssessmentCommand.h"

#include "checklist/ChecklistStore.h"

namespace Koso {

RemoveAssessmentCommand::RemoveAssessmentCommand(ChecklistEditor *editor, const QString &text,
                                                 const Assessment &assessment)
    : ChecklistCommand(editor, text)
    , m_assessment(assessment)
{ }

bool RemoveAssessmentCommand::apply(QString *error)
{
    return store().deleteAssessment(m_assessment.id, error);
}

bool RemoveAssessmentCommand::revert(QString *error)
{
    return store().addAssessment(m_assessment, error).has_value();
}

} // namespace Koso
