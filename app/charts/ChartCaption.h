#pragma once

#include <QString>

namespace Koso {

// The text an exported chart carries around it so that it can go into a council paper as it
// is: title, subtitle (area, data), unit, source line (with the edition) and caveat.
struct ChartCaption
{
    QString title;
    QString subtitle;
    QString unit; // 単位：床
    QString source; // 出典: 厚生労働省「病床機能報告」ほか（令和6年度公表）
    QString caveat; // MHLW's caveat and any note on missing values
};

} // namespace Koso
