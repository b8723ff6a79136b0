#pragma once

#include "ChecklistCliCommand.h"

namespace Koso {

// koso checklist print --db DATASET [--assessment ID|latest] --out FILE.pdf
class ChecklistPrintCommand : public ChecklistCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistPrintCommand)

public:
    QString name() const override { return QStringLiteral("checklist print"); }
    QString summary() const override;
    bool needsGui() const override { return true; } // fonts for the PDF
    int run(const QStringList &arguments) override;
};

} // namespace Koso
