#pragma once

#include "Command.h"

namespace Koso {

// koso table KIND --db DATASET (--region CODE | --prefecture CODE) --out FILE.csv|.xlsx
class TableCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::TableCommand)

public:
    QString name() const override { return QStringLiteral("table"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
