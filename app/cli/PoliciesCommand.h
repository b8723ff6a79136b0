#pragma once

#include "Command.h"

namespace Koso {

// koso policies --db DATASET [--region CODE] --out FILE.csv|.xlsx: the policy sheet for the
// hospitals to fill in.
class PoliciesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PoliciesCommand)

public:
    QString name() const override { return QStringLiteral("policies"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
