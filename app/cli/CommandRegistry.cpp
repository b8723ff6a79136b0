#include "CommandRegistry.h"

#include "Command.h"
#include "DemoCommand.h"
#include "InfoCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"

namespace Koso {

std::vector<std::unique_ptr<Command>> CommandRegistry::commands()
{
    std::vector<std::unique_ptr<Command>> list;
    // One line per command; keep the order of the README.
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    return list;
}

} // namespace Koso
