#pragma once

#include <QStringList>

namespace Koso {

// The koso tool: picks the subcommand named by the first argument and runs it. Creates the
// application object itself because chart commands need a QApplication and others must not.
class CommandLineTool
{
public:
    static int main(int argc, char *argv[]);
};

} // namespace Koso
