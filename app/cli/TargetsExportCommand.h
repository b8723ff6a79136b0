#pragma once

#include "Command.h"

namespace Koso {

// koso targets export: writes the yearly targets as CSV or .xlsx (the import's header).
class TargetsExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::TargetsExportCommand)

public:
    QString name() const override { return QStringLiteral("targets export"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
