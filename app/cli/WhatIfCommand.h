#pragma once

#include "Command.h"

namespace Koso {

// koso whatif --db DATASET [--region CODE] [--year 2025] [--out FILE]: planned beds if every
// agreed policy is carried out, against required and reported beds.
class WhatIfCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::WhatIfCommand)

public:
    QString name() const override { return QStringLiteral("whatif"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
