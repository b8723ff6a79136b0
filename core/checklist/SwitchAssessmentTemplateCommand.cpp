#include "checklist/SwitchAssessmentTemplateCommand.h"

#include "checklist/ChecklistStore.h"

namespace Koso {

SwitchAssessmentTemplateCommand::SwitchAssessmentTemplateCommand(ChecklistEditor *editor,
                                                                 const QString &text,
                                                                 qint64 assessmentId,
                                                                 const State &before,
                                                                 const State &after)
    : ChecklistCommand(editor, text)
    , m_assessmentId(assessmentId)
    , m_before(before)
    , m_after(after)
{ }

bool SwitchAssessmentTemplateCommand::apply(QString *error)
{
    return store().setTemplate(m_assessmentId, m_after.templateId, m_after.entries, error);
}

bool SwitchAssessmentTemplateCommand::revert(QString *error)
{
    return store().setTemplate(m_assessmentId, m_before.templateId, m_before.entries, error);
}

} // namespace Koso
