#pragma once

#include "Command.h"

namespace Koso {

// koso promotion candidates: the regions of the home prefecture ranked by MHLW's criteria for
// promotion regions.
class PromotionCandidatesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PromotionCandidatesCommand)

public:
    QString name() const override { return QStringLiteral("promotion candidates"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
