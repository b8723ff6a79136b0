#pragma once

#include "Command.h"

namespace Koso {

// koso new --out FILE --prefecture CODE: an empty dataset for the office's own prefecture, the
// scripted way to start before `koso import` (File › New in the desktop program).
class NewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::NewCommand)

public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
