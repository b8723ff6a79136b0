#pragma once

#include "Command.h"

namespace Koso {

// koso datapack --db DATASET [--region CODE]... --out DIR: the data pack for part ② of a
// study session (PDF, A4 landscape, and slide-size PNGs).
class DatapackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::DatapackCommand)

public:
    QString name() const override { return QStringLiteral("datapack"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace Koso
