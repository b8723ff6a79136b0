#pragma once

#include "Command.h"

namespace Koso {

// koso sessions import FILE --db DATASET [--dry-run]: study sessions from CSV or .xlsx
// (title,date,format,status,co_hosts), all of them or none.
class SessionsImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SessionsImportCommand)

public:
    QString name() const override { return QStringLiteral("sessions import"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
