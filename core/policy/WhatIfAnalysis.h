#pragma once

#include "io/Table.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// One area and one bed function of the what-if: "if every agreed policy is carried out".
struct WhatIfRow
{
    QString areaCode; // prefecture (2 digits) or region (4 digits)
    QString areaName;
    QString functionKey; // a bed function key, or "Total" (the four, 休棟中等 excluded)
    QString functionName;
    qint64 reported = 0; // newest reported beds of the facilities counted
    qint64 whatIf = 0; // agreed policies' planned beds, other facilities as reported
    std::optional<qint64> required; // 必要量 for 2025 (none for 休棟中等 or when not imported)
    qint64 plannedByAgreed = 0; // planned beds of the agreed policies alone
    qint64 reportedOfAgreed = 0; // what those facilities report now
    int facilities = 0;
    int agreedFacilities = 0; // agreed policies with planned beds for the year

    std::optional<qint64> gapToRequired() const; // whatIf − required
    qint64 change() const { return whatIf - reported; }
};

// Adds up the planned beds of the agreed policies (合意済, 合意・検証済, 措置済) whose target
// year is at or before the chosen year, region by region and function by function; facilities
// without such a policy count with their newest reported beds. Merged facilities are left out.
class WhatIfAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(Koso::WhatIfAnalysis)

public:
    static QString totalKey() { return QStringLiteral("Total"); }
    // The prefecture first, then each region (only regionCode when given); per area the bed
    // functions in order and then the total.
    static QVector<WhatIfRow> compute(Dataset &dataset, const QString &prefectureCode,
                                      int targetYear = 2025, const QString &regionCode = QString());
    static Table toTable(const QVector<WhatIfRow> &rows, int targetYear);
    // MHLW's caveat: reported totals and required beds are computed differently.
    static QString caveat();
};

} // namespace Koso
