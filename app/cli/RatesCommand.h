#pragma once

#include "Command.h"

namespace Koso {

// koso rates --db DATASET [--region CODE] [--as-of YYYY-MM-DD] [--json] [--take-snapshots]:
// the share of hospitals and beds whose response policy is agreed and verified.
class RatesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::RatesCommand)

public:
    QString name() const override { return QStringLiteral("rates"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
