#pragma once

#include "Command.h"

namespace Koso {

// koso import FILE... --db DATASET [--edition LABEL] [--summary FILE]: imports MHLW's
// 見える化 workbooks in one transaction, with progress on stderr and the summary on stdout.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
