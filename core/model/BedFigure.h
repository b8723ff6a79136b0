#pragma once

#include "model/BedValue.h"
#include "model/Measure.h"

#include <QString>

namespace Koso {

// One bed figure of a region or prefecture (areaCode is 4 or 2 digits).
struct BedFigure
{
    QString areaCode;
    Measure measure = Measure::Reported;
    int year = 0;
    QString functionKey;
    BedValue value;
    int editionId = 0;
};

// 報告率 of one year, as a fraction.
struct ReportingRate
{
    QString areaCode;
    int year = 0;
    std::optional<double> rate;
    QString missingReason;
    int editionId = 0;
};

} // namespace Koso
