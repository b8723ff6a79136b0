#pragma once

#include "ChecklistCliCommand.h"

namespace Koso {

// koso checklist compare --db DATASET [--from ID] [--to ID|latest] --out FILE.pdf
class ChecklistCompareCommand : public ChecklistCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistCompareCommand)

public:
    QString name() const override { return QStringLiteral("checklist compare"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace Koso
