#pragma once

#include "checklist/Assessment.h"
#include "checklist/ChecklistCommand.h"

namespace Koso {

// Adds an assessment (blank or copied); undo removes it, redo brings it back with its id.
class AddAssessmentCommand : public ChecklistCommand
{
public:
    AddAssessmentCommand(ChecklistEditor *editor, const QString &text,
                         const Assessment &assessment);
    qint64 assessmentId() const { return m_assessment.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Assessment m_assessment;
};

} // namespace Koso
