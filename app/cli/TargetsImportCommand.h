#pragma once

#include "Command.h"

namespace Koso {

// koso targets import: checks a sheet of yearly targets and stores all of its rows (or none).
class TargetsImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::TargetsImportCommand)

public:
    QString name() const override { return QStringLiteral("targets import"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
