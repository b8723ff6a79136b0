#pragma once

#include "analysis/AreaGap.h"
#include "analysis/RegionHospitals.h"
#include "io/Table.h"
#include "model/BedFunction.h"

#include <QCoreApplication>

#include <optional>

namespace Koso {

class Dataset;

// The tables of the gap analysis, for CSV and .xlsx export (the GUI and koso table build them
// here). Machine headers are fixed snake_case names for scripts; display headers are in the
// user's language for council papers. Numbers stay numbers; an undefined figure (a ratio with
// a required value of 0, a figure MHLW did not give) is an empty cell, a masked count is 「*」.
class GapTables
{
    Q_DECLARE_TR_FUNCTIONS(Koso::GapTables)

public:
    enum class Header { Machine, Display };

    // One row per function and the total: function, latest_year, latest, planned_year,
    // planned, required, latest_minus_required, planned_minus_required, latest_ratio,
    // planned_ratio, change_since_2015.
    static Table regionGap(const AreaGap &area, Header header, const QStringList &notes);
    // One row per region, then the prefecture and the nation where given.
    static Table prefectureGap(const QVector<AreaGap> &regions, const AreaGap *prefecture,
                               const AreaGap *nation, Header header, const QStringList &notes);
    // One row per facility, largest first.
    static Table regionHospitals(const RegionHospitals &hospitals, const BedFunctionList &functions,
                                 Header header, const QStringList &notes);

    // region-gap, prefecture-gap, region-hospitals
    static QStringList kindNames();
    static bool isRegionKind(const QString &kind);
    // Runs the analysis and builds the table of a kind for a region (4 digits) or a
    // prefecture (2 digits), with the source line and caveat as notes.
    static std::optional<Table> build(Dataset &dataset, const QString &kind, const QString &code,
                                      double threshold, Header header, QString *error);

    // Ratios are written with four decimals (1.0739).
    static QVariant ratioCell(const std::optional<double> &ratio);
};

} // namespace Koso
