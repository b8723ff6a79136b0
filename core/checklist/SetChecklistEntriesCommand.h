#pragma once

#include "checklist/ChecklistCommand.h"
#include "checklist/ChecklistEntry.h"

#include <QHash>

namespace Koso {

// Sets the answer, 備考 or section of one or more items of an assessment.
class SetChecklistEntriesCommand : public ChecklistCommand
{
public:
    SetChecklistEntriesCommand(ChecklistEditor *editor, const QString &text, qint64 assessmentId,
                               const QHash<qint64, ChecklistEntry> &before,
                               const QHash<qint64, ChecklistEntry> &after);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_assessmentId;
    QHash<qint64, ChecklistEntry> m_before;
    QHash<qint64, ChecklistEntry> m_after;
};

} // namespace Koso
