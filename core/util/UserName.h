#pragma once

#include <QString>

namespace Koso {

// The account name of whoever runs the program, for change histories and import records:
// KOSO_USER when set (tests, shared accounts), the system's own record of the account
// (getpwuid(geteuid()) on Unix), then LOGNAME, USER and USERNAME. Empty when none is known.
QString systemUserName();

} // namespace Koso
