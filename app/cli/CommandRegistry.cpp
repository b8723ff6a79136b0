#include "CommandRegistry.h"

#include "ChartCommand.h"
#include "Command.h"
#include "DemoCommand.h"
#include "InfoCommand.h"
#include "ReportCommand.h"
#include "TableCommand.h"

namespace Koso {

std::vector<std::unique_ptr<Command>> CommandRegistry::commands()
{
    std::vector<std::unique_ptr<Command>> list;
    // One line per command; keep the order of the README.
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<ChartCommand>());
    list.push_back(std::make_unique<TableCommand>());
    list.push_back(std::make_unique<ReportCommand>());
    return list;
}

} // namespace Koso
