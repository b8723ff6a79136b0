#pragma once

#include "Command.h"

namespace Koso {

// koso info FILE [--json]: the dataset's schema version, home prefecture and counts.
class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
