#pragma once

#include "Command.h"

namespace Koso {

// koso progress: the yearly targets of a fiscal year with their actual values and status.
class ProgressCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ProgressCommand)

public:
    QString name() const override { return QStringLiteral("progress"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
