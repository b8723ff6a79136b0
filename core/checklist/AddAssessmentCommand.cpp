#include "checklist/AddAssessmentCommand.h"

#include "checklist/ChecklistStore.h"

namespace Koso {

AddAssessmentCommand::AddAssessmentCommand(ChecklistEditor *editor, const QString &text,
                                           const Assessment &assessment)
    : ChecklistCommand(editor, text)
    , m_assessment(assessment)
{ }

bool AddAssessmentCommand::apply(QString *error)
{
    const auto stored = store().addAssessment(m_assessment, error);
    if (!stored)
        return false;
    m_assessment = *stored;
    return true;
}

bool AddAssessmentCommand::revert(QString *error)
{
    return store().deleteAssessment(m_assessment.id, error);
}

} // namespace Koso
