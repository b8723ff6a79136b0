#pragma once

#include "ChecklistCliCommand.h"

namespace Koso {

// koso checklist import-template FILE --db DATASET [--name NAME]
class ChecklistImportTemplateCommand : public ChecklistCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistImportTemplateCommand)

public:
    QString name() const override { return QStringLiteral("checklist import-template"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Koso
