#pragma once

#include "io/Table.h"

#include <QCoreApplication>

namespace Koso {

class Dataset;

// The patient flows and demand estimates as tidy tables (koso export flows|demand).
class FlowTables
{
    Q_DECLARE_TR_FUNCTIONS(Koso::FlowTables)

public:
    // direction, function_group, region_code, partner_region_code, share: one row per listed
    // partner (the region itself included) and one "all" row (partner empty) per region and
    // direction. A share with no value is empty.
    static Table flows(Dataset &dataset, const QString &prefectureCode = QString());
    // region_code, kind, fiscal_year, claims_per_month.
    static Table demand(Dataset &dataset, const QString &prefectureCode = QString());
};

} // namespace Koso
