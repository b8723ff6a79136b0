#pragma once

#include "ChecklistCliCommand.h"

namespace Koso {

// koso checklist export --db DATASET [--assessment ID|latest] --out FILE.csv|.xlsx
class ChecklistExportCommand : public ChecklistCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistExportCommand)

public:
    QString name() const override { return QStringLiteral("checklist export"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
