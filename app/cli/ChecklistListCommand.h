#pragma once

#include "ChecklistCliCommand.h"

namespace Koso {

// koso checklist list --db DATASET: templates and assessments with their ids.
class ChecklistListCommand : public ChecklistCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistListCommand)

public:
    QString name() const override { return QStringLiteral("checklist list"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
