#pragma once

#include "Command.h"

namespace Koso {

// koso sessions --db DATASET [--json]: the study sessions with their MHLW request
// deadline and the hospitals invited and attending.
class SessionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SessionsCommand)

public:
    QString name() const override { return QStringLiteral("sessions"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
