#include "CommandRegistry.h"

#include "Command.h"
#include "DemoCommand.h"
#include "InfoCommand.h"

namespace Koso {

std::vector<std::unique_ptr<Command>> CommandRegistry::commands()
{
    std::vector<std::unique_ptr<Command>> list;
    // One line per command; keep the order of the README.
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    return list;
}

} // namespace Koso
