#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Koso {

// A share of one region's patients (NDB, MHLW's ④ 流入率・流出率): the overall share of other
// regions (group "all") or one listed partner's share within a function group.
struct FlowShare
{
    QString regionCode;
    QString direction; // inflow, outflow
    QString group; // all, acute, comprehensive, chronic
    int position = 0;
    QString partnerCode; // empty for "all" and for a row whose partner could not be read
    QString partnerName;
    std::optional<double> share;
    QString missingReason;
    int editionId = 0;
};

// Claims per month of one kind of demand in one fiscal year (構想区域別の医療需要推計).
struct DemandFigure
{
    QString regionCode;
    QString kind; // home_visit, outpatient
    int fiscalYear = 0;
    QString scenario; // base, current (現状投影)
    std::optional<double> claimsPerMonth;
    QString missingReason;
    int editionId = 0;
};

struct RegionPopulation
{
    QString regionCode;
    int year = 0;
    std::optional<qint64> population;
    QString missingReason;
};

namespace FlowKeys {
inline QStringList directions()
{
    return { QStringLiteral("inflow"), QStringLiteral("outflow") };
}
// In the order of MHLW's tables; "all" first.
inline QStringList groups()
{
    return { QStringLiteral("all"), QStringLiteral("acute"), QStringLiteral("comprehensive"),
             QStringLiteral("chronic") };
}
inline QStringList demandKinds()
{
    return { QStringLiteral("home_visit"), QStringLiteral("outpatient") };
}
} // namespace FlowKeys

} // namespace Koso
