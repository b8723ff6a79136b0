#pragma once

#include "io/Table.h"

#include <QCoreApplication>
#include <QString>

namespace Koso {

class Dataset;

// The imported MHLW figures as tidy tables (one figure per row), for `koso export` and for
// users who analyse them elsewhere. The newest edition's figure is used for each key; totals
// are the sum of the four functions (no value when one of them has none).
class TidyExport
{
    Q_DECLARE_TR_FUNCTIONS(Koso::TidyExport)

public:
    // region_code, region_name, measure, year, function, beds; all regions or one
    // prefecture's.
    static Table regionBeds(Dataset &dataset, const QString &prefectureCode = QString());
    // prefecture_code, prefecture_name, measure, year, function, beds (00 = 全国).
    static Table prefectureBeds(Dataset &dataset);
    // One row per facility listed in an edition of 別添5 (the latest with a list when
    // editionLabel is empty): region_code, name, municipality, total (休棟中等 included, as
    // MHLW's 休棟中等含む計), beds by function, Closed, doctors and clinical volumes.
    // Unreported facilities have empty figures. False with *error when there is no such list.
    static bool hospitals(Dataset &dataset, const QString &prefectureCode,
                          const QString &editionLabel, Table *table, QString *error);
};

} // namespace Koso
