#pragma once

#include "Command.h"

namespace Koso {

// koso report sessions --db DATASET --fiscal-year FY --out FILE.xlsx|.pdf: the holding
// status of the study sessions MHLW asks for.
class SessionsReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SessionsReportCommand)

public:
    QString name() const override { return QStringLiteral("report sessions"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace Koso
