#pragma once

#include "Command.h"

namespace Koso {

// koso promotion plan: the 推進区域対応方針 of a region as PDF or .xlsx.
class PromotionPlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PromotionPlanCommand)

public:
    bool needsGui() const override { return true; }
    QString name() const override { return QStringLiteral("promotion plan"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
