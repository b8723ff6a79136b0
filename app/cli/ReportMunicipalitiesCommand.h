#pragma once

#include "Command.h"

namespace Koso {

// koso report municipalities: the report of the councils' discussions to the municipalities (PDF or
// .xlsx).
class ReportMunicipalitiesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ReportMunicipalitiesCommand)

public:
    bool needsGui() const override { return true; }
    QString name() const override { return QStringLiteral("report municipalities"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
