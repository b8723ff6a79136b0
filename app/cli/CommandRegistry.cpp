#include "CommandRegistry.h"

#include "ChecklistBlankCommand.h"
#include "ChecklistCompareCommand.h"
#include "ChecklistExportCommand.h"
#include "ChecklistImportTemplateCommand.h"
#include "ChecklistListCommand.h"
#include "ChecklistPrintCommand.h"
#include "Command.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InfoCommand.h"

namespace Koso {

std::vector<std::unique_ptr<Command>> CommandRegistry::commands()
{
    std::vector<std::unique_ptr<Command>> list;
    // One line per command; keep the order of the README.
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<ChecklistListCommand>());
    list.push_back(std::make_unique<ChecklistPrintCommand>());
    list.push_back(std::make_unique<ChecklistBlankCommand>());
    list.push_back(std::make_unique<ChecklistCompareCommand>());
    list.push_back(std::make_unique<ChecklistExportCommand>());
    list.push_back(std::make_unique<ChecklistImportTemplateCommand>());
    return list;
}

} // namespace Koso
