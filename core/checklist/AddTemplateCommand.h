#pragma once

#include "checklist/ChecklistCommand.h"
#include "checklist/ChecklistTemplate.h"

namespace Koso {

// Stores a new template version (edited or imported); undo removes it while no assessment
// uses it, redo stores it again with the same ids.
class AddTemplateCommand : public ChecklistCommand
{
public:
    AddTemplateCommand(ChecklistEditor *editor, const QString &text,
                       const ChecklistTemplate &checklistTemplate);
    qint64 templateId() const { return m_template.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    ChecklistTemplate m_template;
};

} // namespace Koso
