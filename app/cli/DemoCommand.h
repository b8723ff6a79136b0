#pragma once

#include "Command.h"

namespace Koso {

// koso demo --out FILE [--national] [--force]: writes the demo dataset of サンプル県, or the
// synthetic national-size dataset used by the benchmarks.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
