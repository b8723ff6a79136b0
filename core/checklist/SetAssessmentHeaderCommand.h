#pragma once

#include "checklist/ChecklistCommand.h"

#include <QDate>

namespace Koso {

// Changes an assessment's fiscal year, 記入日 or title.
class SetAssessmentHeaderCommand : public ChecklistCommand
{
public:
    struct Header
    {
        int fiscalYear = 0;
        QDate filledOn;
        QString title;
    };

    SetAssessmentHeaderCommand(ChecklistEditor *editor, const QString &text, qint64 assessmentId,
                               const Header &before, const Header &after);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_assessmentId;
    Header m_before;
    Header m_after;
};

} // namespace Koso
