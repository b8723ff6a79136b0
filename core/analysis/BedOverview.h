#pragma once

#include "model/BedFigure.h"
#include "model/BedFunction.h"

#include <QVector>

#include <optional>

namespace Koso {

// One area's beds by function as a planner first looks at them: the latest reported year,
// the planned beds (見込量) and the required beds (必要量), with the total of the four
// functions. 休棟中等 comes after the total and never counts in it.
struct BedOverview
{
    struct Row
    {
        QString functionKey; // empty for the total row
        QString name;
        bool isTotal = false;
        BedValue reported;
        BedValue planned;
        BedValue required;
        // Planned minus required where both are known.
        std::optional<qint64> plannedMinusRequired() const;
    };

    int reportedYear = 0;
    int plannedYear = 0;
    int requiredYear = 0;
    int editionId = 0; // the edition the reported figures come from
    QVector<Row> rows;

    bool isEmpty() const { return reportedYear == 0 && plannedYear == 0 && requiredYear == 0; }

    // figures: the newest edition's figure per key (FigureStore::beds).
    static BedOverview build(const QVector<BedFigure> &figures, const BedFunctionList &functions);
};

} // namespace Koso
