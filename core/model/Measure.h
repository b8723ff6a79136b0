#pragma once

#include <QString>

namespace Koso {

// What a bed figure is: beds reported in the bed function report, beds hospitals plan to have
// (見込量), or beds the region needs (必要量).
enum class Measure { Reported, Planned, Required };

QString measureKey(Measure m);
bool measureFromKey(const QString &key, Measure *m);

} // namespace Koso
