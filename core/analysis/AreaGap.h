#pragma once

#include "model/BedFigure.h"
#include "model/BedValue.h"

#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace Koso {

// Which way a figure departs from the required beds, judged against the threshold band.
enum class GapDirection {
    Unknown, // no figure, or nothing to compare with
    Under, // below required by more than the threshold
    Within,
    Over // above required by more than the threshold (or beds where none are required)
};

enum class AreaKind { Nation, Prefecture, Region };

// One function's (or the total's) reported, planned and required beds of an area, and what
// follows from them. Every derived figure is empty where it cannot be computed (a missing
// figure, a required value of 0 for a ratio): never 0 and never infinity.
struct FunctionGap
{
    static QString totalKey() { return QStringLiteral("Total"); }

    QString functionKey; // HighAcute … Closed, or totalKey()
    QString nameJa;
    QString nameEn;
    bool countsInTotal = true; // false for 休棟中等

    QMap<int, BedValue> reported; // year → beds, 2015 and every later year held
    int latestYear = 0;
    BedValue latest;
    int plannedYear = 0;
    BedValue planned; // 見込量
    int requiredYear = 0;
    BedValue required; // 必要量

    std::optional<qint64> latestMinusRequired;
    std::optional<qint64> plannedMinusRequired;
    std::optional<double> latestRatio;
    std::optional<double> plannedRatio;
    std::optional<qint64> changeSinceBase; // latest − base year (2015)
    std::optional<double> changeSinceBaseRate; // as a fraction of the base year

    std::optional<double> latestPer100k;
    std::optional<double> plannedPer100k;
    std::optional<double> requiredPer100k;
    // Share of the area's total of the four functions (empty for the total and for 休棟中等).
    std::optional<double> latestShare;
    std::optional<double> plannedShare;
    std::optional<double> requiredShare;

    GapDirection latestDirection = GapDirection::Unknown;
    GapDirection plannedDirection = GapDirection::Unknown;

    // The gap MHLW chose promotion regions by: planned − required (latest − required where
    // there is no planned figure), and the part of it that the data cannot explain (see
    // GapAnalysis). rank orders areas by |unexplainedGap|, 1 = largest; 0 = not ranked.
    std::optional<qint64> gap;
    std::optional<double> gapRate; // gap ÷ required
    std::optional<qint64> unexplainedGap;
    int rank = 0;

    bool isTotal() const { return functionKey == totalKey(); }
    // The name in the language of the default QLocale.
    QString displayName() const;
    BedValue reportedIn(int year) const { return reported.value(year, BedValue::missing({})); }
};

// The gap analysis of one area: the nation, a prefecture or a region.
struct AreaGap
{
    AreaKind kind = AreaKind::Region;
    QString code; // 00, 2-digit prefecture or 4-digit region code
    QString name;
    QString prefectureCode;
    QString prefectureName;
    std::optional<qint64> population;
    QVector<int> reportedYears; // ascending
    QVector<FunctionGap> functions; // in bed_function order, 休棟中等 last where held
    FunctionGap total;
    QVector<ReportingRate> reportingRates; // ascending by year
    double threshold = 0.10;

    // The function with this key, or the total; nullptr if not held.
    const FunctionGap *find(const QString &key) const;
    // The four functions and the total, in that order (what the gap table shows).
    QVector<const FunctionGap *> rowsWithTotal() const;
    std::optional<double> reportingRate(int year) const;
    int latestYear() const { return total.latestYear; }
    // 南渡島 for a region, 北海道 for a prefecture, 全国 for the nation.
    QString displayName() const { return name; }
    bool isFlagged() const;
};

} // namespace Koso
