#pragma once

#include <memory>
#include <vector>

namespace Koso {

class Command;

// Every koso subcommand, in the order "koso --help" lists them.
class CommandRegistry
{
public:
    static std::vector<std::unique_ptr<Command>> commands();
};

} // namespace Koso
