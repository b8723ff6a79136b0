#pragma once

#include "checklist/ChecklistCommand.h"
#include "checklist/ChecklistEntry.h"

#include <QHash>

namespace Koso {

// Moves an assessment onto another template version with its entries carried over; undo
// puts back the old version and entries.
class SwitchAssessmentTemplateCommand : public ChecklistCommand
{
public:
    struct State
    {
        qint64 templateId = 0;
        QHash<qint64, ChecklistEntry> entries;
    };

    SwitchAssessmentTemplateCommand(ChecklistEditor *editor, const QString &text,
                                    qint64 assessmentId, const State &before, const State &after);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_assessmentId;
    State m_before;
    State m_after;
};

} // namespace Koso
