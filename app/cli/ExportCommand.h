#pragma once

#include "Command.h"

namespace Koso {

// koso export region-beds|prefecture-beds|hospitals --db DATASET [--prefecture CODE]
// [--edition LABEL]: the imported figures as tidy CSV on stdout (UTF-8).
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
