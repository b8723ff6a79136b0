#pragma once

#include "Command.h"

namespace Koso {

// koso promotion list: the designations (推進区域, モデル推進区域, 重点支援区域, 再編検討区域).
class PromotionListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PromotionListCommand)

public:
    QString name() const override { return QStringLiteral("promotion list"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
