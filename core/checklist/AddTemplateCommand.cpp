#include "checklist/AddTemplateCommand.h"

#include "checklist/ChecklistStore.h"

namespace Koso {

AddTemplateCommand::AddTemplateCommand(ChecklistEditor *editor, const QString &text,
                                       const ChecklistTemplate &checklistTemplate)
    : ChecklistCommand(editor, text)
    , m_template(checklistTemplate)
{ }

bool AddTemplateCommand::apply(QString *error)
{
    const auto stored = store().addTemplate(m_template, error);
    if (!stored)
        return false;
    m_template = *stored;
    return true;
}

bool AddTemplateCommand::revert(QString *error)
{
    return store().deleteTemplate(m_template.id, error);
}

} // namespace Koso
