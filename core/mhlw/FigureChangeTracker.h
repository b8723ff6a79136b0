#pragma once

#include "mhlw/ImportSummary.h"
#include "model/BedFigure.h"
#include "model/BedFunction.h"
#include "model/Edition.h"
#include "storage/FigureStore.h"

#include <QHash>
#include <QVector>

namespace Koso {

// Tells what writing a figure in an edition changes: every edition keeps its figures and
// the newest edition's figure is the one in use. Loaded once with every existing figure of an
// area level, then asked about each figure before it is written.
class FigureChangeTracker
{
public:
    FigureChangeTracker(FigureStore &store, FigureStore::Area area,
                        const BedFunctionList &functions);

    // Reads the existing figures (all editions).
    void load();
    // Records into changes what writing figure (in figure.editionId) changes.
    void check(const BedFigure &figure, const QString &areaName, QVector<FigureChange> *changes);

private:
    struct Entry
    {
        int editionId = 0;
        BedValue value;
    };
    bool newer(int editionA, int editionB) const; // A is newer than B
    QString labelOf(int editionId) const;
    quint64 key(const BedFigure &f);

    FigureStore &m_store;
    FigureStore::Area m_area;
    QHash<QString, QString> m_functionNames;
    QHash<QString, int> m_functionIndex; // function key → small number for the packed key
    QHash<int, Edition> m_editions;
    QHash<quint64, QVector<Entry>> m_entries;
};

} // namespace Koso
