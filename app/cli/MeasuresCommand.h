#pragma once

#include "Command.h"

namespace Koso {

// koso measures --db DATASET [--json]: the support-measure catalogue and the hospitals
// linked to each measure.
class MeasuresCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::MeasuresCommand)

public:
    QString name() const override { return QStringLiteral("measures"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
