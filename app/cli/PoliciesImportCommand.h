#pragma once

#include "Command.h"

namespace Koso {

// koso policies import FILE --db DATASET [--dry-run]: reads a filled-in policy sheet, checks
// every row and applies all of it, or nothing when any row is bad.
class PoliciesImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PoliciesImportCommand)

public:
    QString name() const override { return QStringLiteral("policies import"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
