#pragma once

#include "ChecklistCliCommand.h"

namespace Koso {

// koso checklist blank --db DATASET [--template ID] --out FILE.pdf
class ChecklistBlankCommand : public ChecklistCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistBlankCommand)

public:
    QString name() const override { return QStringLiteral("checklist blank"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace Koso
