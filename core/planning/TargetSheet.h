#pragma once

#include "io/Table.h"
#include "planning/PlanningRecords.h"

#include <QCoreApplication>

#include <memory>

namespace Koso {

class Dataset;
class PlanningEditCommand;
struct TableData;

// The yearly targets as a table (CSV or .xlsx) with the header
// region_code,fiscal_year,indicator,function,direction,target,note, read back all rows or none.
//
// A row whose region, year, indicator and function (for text targets: and wording) match a
// stored target updates it (its cause analysis and response stay); other rows are added.
class TargetSheet
{
    Q_DECLARE_TR_FUNCTIONS(Koso::TargetSheet)

public:
    static QStringList header();
    static Table toTable(const QVector<AnnualTarget> &targets);

    // Checks every cell; on any error returns false with one message per bad cell
    // ("line 3, column indicator: …") and no targets.
    static bool parse(Dataset &dataset, const TableData &data, QVector<AnnualTarget> *targets,
                      QStringList *errors);
    static bool read(Dataset &dataset, const QString &path, QVector<AnnualTarget> *targets,
                     QStringList *errors);

    // One undo step adding or updating the targets; nullptr when nothing would change.
    // *added / *updated: counts.
    static std::unique_ptr<PlanningEditCommand>
    importCommand(Dataset *dataset, const QVector<AnnualTarget> &targets, int *added, int *updated);
};

} // namespace Koso
