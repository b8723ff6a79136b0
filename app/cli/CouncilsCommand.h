#pragma once

#include "Command.h"

namespace Koso {

// koso councils --db DATASET [--fiscal-year 2024] --out FILE.csv|.xlsx: the meetings of the
// coordination councils, with the policies they agreed.
class CouncilsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::CouncilsCommand)

public:
    QString name() const override { return QStringLiteral("councils"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
