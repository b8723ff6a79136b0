// kosoui: widgets shared by the desktop program and the command-line tool.
namespace Koso { } // namespace Koso
