#pragma once

#include "Command.h"

namespace Koso {

// koso locations --db DATASET [--prefecture CODE | --all] [--unmatched] [--json]: the
// facilities matched to 医療情報ネット's hospital locations (and those not matched, with the
// reason), and the regions whose counts of hospitals and clinics with beds still disagree with
// the summary rows of 別添5.
class LocationsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::LocationsCommand)

public:
    QString name() const override { return QStringLiteral("locations"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
