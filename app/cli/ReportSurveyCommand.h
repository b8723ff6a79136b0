#pragma once

#include "Command.h"

namespace Koso {

// koso report survey: the figures of MHLW's survey of the prefecture's work (取組状況) as .xlsx.
class ReportSurveyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ReportSurveyCommand)

public:
    bool needsGui() const override { return true; }
    QString name() const override { return QStringLiteral("report survey"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
