#include "CommandRegistry.h"

#include "ChartCommand.h"
#include "ChecklistBlankCommand.h"
#include "ChecklistCompareCommand.h"
#include "ChecklistExportCommand.h"
#include "ChecklistImportTemplateCommand.h"
#include "ChecklistListCommand.h"
#include "ChecklistPrintCommand.h"
#include "Command.h"
#include "CouncilsCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InfoCommand.h"
#include "MapCommand.h"
#include "NewCommand.h"
#include "PoliciesCommand.h"
#include "PoliciesImportCommand.h"
#include "RatesCommand.h"
#include "ReportCommand.h"
#include "TableCommand.h"
#include "WhatIfCommand.h"

namespace Koso {

std::vector<std::unique_ptr<Command>> CommandRegistry::commands()
{
    std::vector<std::unique_ptr<Command>> list;
    // One line per command; keep the order of the README.
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<NewCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<ChecklistListCommand>());
    list.push_back(std::make_unique<ChecklistPrintCommand>());
    list.push_back(std::make_unique<ChecklistBlankCommand>());
    list.push_back(std::make_unique<ChecklistCompareCommand>());
    list.push_back(std::make_unique<ChecklistExportCommand>());
    list.push_back(std::make_unique<ChecklistImportTemplateCommand>());
    list.push_back(std::make_unique<PoliciesCommand>());
    list.push_back(std::make_unique<PoliciesImportCommand>());
    list.push_back(std::make_unique<RatesCommand>());
    list.push_back(std::make_unique<WhatIfCommand>());
    list.push_back(std::make_unique<CouncilsCommand>());
    list.push_back(std::make_unique<ChartCommand>());
    list.push_back(std::make_unique<TableCommand>());
    list.push_back(std::make_unique<ReportCommand>());
    list.push_back(std::make_unique<MapCommand>());
    return list;
}

} // namespace Koso
