#pragma once

#include "io/Table.h"
#include "model/BedValue.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// A figure as one edition published it.
struct EditionValue
{
    BedValue value;
    QString edition; // label, 令和6年度
    int fiscalYear = 0;
};

// Planned against outcome: a year's 見込量 published in one edition and the same year's 実績
// reported in a later one — did the hospitals do what they said?
struct PlanVsActualRow
{
    QString functionKey; // empty for the total
    QString functionName;
    int year = 0;
    EditionValue planned; // the newest edition's 見込量 of the year
    EditionValue reported; // the newest edition's 実績 of the year
    std::optional<qint64> difference; // reported − planned
    std::optional<double> ratio; // reported ÷ planned (none when planned is 0)
    // An older edition's figure that differs from the one used (kept visible beside it).
    QVector<EditionValue> olderPlanned;
    QVector<EditionValue> olderReported;
};

// The change of reported beds between the two latest reports.
struct ReportedChange
{
    QString functionKey; // empty for the total
    QString functionName;
    int fromYear = 0;
    int toYear = 0;
    EditionValue from;
    EditionValue to;
    std::optional<qint64> change;
    std::optional<double> ratio; // to ÷ from
};

class PlanVsActual
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PlanVsActual)

public:
    QString regionCode;
    QString regionName;
    QVector<PlanVsActualRow> rows; // by year, then function order, the total last
    QVector<ReportedChange> latestChange; // per function, the total last

    // Every year of the region that has both a 見込量 and a 実績 (from any editions).
    static PlanVsActual forRegion(Dataset &dataset, const QString &regionCode);

    // function, year, planned, planned_edition, reported, reported_edition, difference, ratio
    // (machine names for scripts) or the user's language; the function is the key in snake
    // case (high_acute … total) or its name.
    Table table(bool machineHeader) const;
    Table changeTable() const;
};

} // namespace Koso
