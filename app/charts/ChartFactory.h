#pragma once

#include "charts/ChartCaption.h"
#include "analysis/AreaGap.h"
#include "analysis/RegionHospitals.h"
#include "model/BedFunction.h"
#include "model/Edition.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Koso {

class Dataset;

// The charts of the gap analysis, built from analysis results with their titles, axes (unit
// 床), legends and the colour-blind-safe palette; the views and koso chart share them.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChartFactory)

public:
    enum class Kind { RegionTrend, RegionGap, PrefectureGap, RegionHospitals, NationalComparison };

    struct Built
    {
        std::unique_ptr<QChart> chart;
        ChartCaption caption;
    };

    // region-trend, region-gap, prefecture-gap, region-hospitals, national-comparison
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QStringList kindNames();
    static bool isRegionKind(Kind kind);

    // Trend lines 2015 → latest by function, required as a dashed line, planned marked.
    // Without legend keys for the dashed line and the marker, the title explains them (for
    // narrow charts).
    static QChart *regionTrend(const AreaGap &area, bool legendKeys = true);
    // Bars latest / planned / required per function.
    static QChart *regionGap(const AreaGap &area);
    // For every region, stacked by function: the latest report and the required beds.
    static QChart *prefectureGap(const QVector<AreaGap> &regions);
    // Which facilities hold each function's beds (the largest few, the rest together).
    static QChart *regionHospitals(const RegionHospitals &hospitals,
                                   const BedFunctionList &functions, int largest = 7);
    // Beds per 100,000 population by function: this prefecture, the nation and the median
    // of the other prefectures.
    static QChart *nationalComparison(const AreaGap &home, const AreaGap *nation,
                                      const QVector<AreaGap> &prefectures);

    static ChartCaption caption(Kind kind, const AreaGap &area,
                                const std::optional<Edition> &edition,
                                const RegionHospitals *hospitals = nullptr);

    // Runs the analysis and builds chart and caption, as koso chart does; code is a region
    // for the region kinds and a prefecture for the others.
    static std::optional<Built> build(Dataset &dataset, Kind kind, const QString &code,
                                      double threshold, QString *error);

    // The median of the other prefectures' beds per 100,000 in a function (empty if none).
    static std::optional<double> medianPer100k(const QVector<AreaGap> &prefectures,
                                               const QString &exceptCode,
                                               const QString &functionKey);
    // "慢性期 見込量 (未報告)" for every figure a chart of the area shows as 0.
    static QStringList missingFigures(const AreaGap &area, bool includePlanned = true);
};

} // namespace Koso
