#pragma once

#include "Command.h"

namespace Koso {

// koso report --db DATASET (--prefecture CODE | --region CODE) --out FILE.pdf
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace Koso
