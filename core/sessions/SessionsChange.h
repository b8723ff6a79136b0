#pragma once

#include "storage/Dataset.h"

namespace Koso {

// What a write of study sessions, bank contacts, support measures or cases reports to the
// views. They travel with the council work (sessions and cases link to councils), so they
// share its flag; a dedicated DataChange value can replace this one line.
inline constexpr DataChange SessionsChange = DataChange::Councils;

} // namespace Koso
