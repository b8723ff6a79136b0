#pragma once

#include "checklist/Assessment.h"
#include "checklist/ChecklistCommand.h"

namespace Koso {

// Removes an assessment; undo restores it whole, with its id and entries.
class RemoveAssessmentCommand : public ChecklistCommand
{
public:
    RemoveAssessmentCommand(ChecklistEditor *editor, const QString &text,
                            const Assessment &assessment);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Assessment m_assessment;
};

} // namespace Koso
