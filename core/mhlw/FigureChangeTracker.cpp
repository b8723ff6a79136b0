#include "mhlw/FigureChangeTracker.h"

namespace Koso {

FigureChangeTracker::FigureChangeTracker(FigureStore &store, FigureStore::Area area,
                                         const BedFunctionList &functions)
    : m_store(store)
    , m_area(area)
{
    for (const BedFunction &f : functions)
        m_functionNames.insert(f.key, f.displayName());
}

// One number per figure key (area, measure, year, function): the import checks tens of
// thousands of figures, and string keys would cost more than the check itself.
quint64 FigureChangeTracker::key(const BedFigure &f)
{
    auto it = m_functionIndex.constFind(f.functionKey);
    if (it == m_functionIndex.cend())
        it = m_functionIndex.insert(f.functionKey, int(m_functionIndex.size()));
    bool numeric = false;
    const quint64 area = f.areaCode.toULongLong(&numeric);
    // Codes are digits (0101, 43); anything else gets a number of its own.
    const quint64 areaPart = numeric ? area : (quint64(qHash(f.areaCode)) | (quint64(1) << 31));
    return (areaPart << 32) | (quint64(f.measure) << 28) | (quint64(f.year & 0xfff) << 16)
        | quint64(*it & 0xffff);
}

void FigureChangeTracker::load()
{
    m_editions.clear();
    m_entries.clear();
    for (const Edition &e : m_store.editions())
        m_editions.insert(e.id, e);
    const QVector<BedFigure> all = m_store.allBedFigures(m_area);
    m_entries.reserve(all.size());
    for (const BedFigure &f : all)
        m_entries[key(f)] << Entry { f.editionId, f.value };
}

bool FigureChangeTracker::newer(int a, int b) const
{
    const Edition ea = m_editions.value(a);
    const Edition eb = m_editions.value(b);
    if (ea.fiscalYear != eb.fiscalYear)
        return ea.fiscalYear > eb.fiscalYear;
    return a > b;
}

QString FigureChangeTracker::labelOf(int editionId) const
{
    return m_editions.value(editionId).label;
}

void FigureChangeTracker::check(const BedFigure &figure, const QString &areaName,
                                QVector<FigureChange> *changes)
{
    if (!m_editions.contains(figure.editionId)) {
        // An edition created by this import.
        for (const Edition &e : m_store.editions())
            m_editions.insert(e.id, e);
    }
    QVector<Entry> &entries = m_entries[key(figure)];
    const Entry *inUse = nullptr; // before this write
    const Entry *newestOther = nullptr; // of the other editions
    Entry *same = nullptr;
    for (Entry &e : entries) {
        if (!inUse || newer(e.editionId, inUse->editionId))
            inUse = &e;
        if (e.editionId == figure.editionId)
            same = &e;
        else if (!newestOther || newer(e.editionId, newestOther->editionId))
            newestOther = &e;
    }

    FigureChange c;
    c.areaCode = figure.areaCode;
    c.areaName = areaName;
    c.measure = figure.measure;
    c.year = figure.year;
    c.functionKey = figure.functionKey;
    c.functionName = m_functionNames.value(figure.functionKey, figure.functionKey);
    if (inUse) {
        const bool thisIsNewest = !newestOther || newer(figure.editionId, newestOther->editionId);
        if (thisIsNewest && !(inUse->value == figure.value)) {
            c.before = inUse->value;
            c.beforeEdition = labelOf(inUse->editionId);
            c.after = figure.value;
            c.afterEdition = labelOf(figure.editionId);
            *changes << c;
        } else if (!thisIsNewest && !(newestOther->value == figure.value)) {
            c.before = newestOther->value;
            c.beforeEdition = labelOf(newestOther->editionId);
            c.after = figure.value;
            c.afterEdition = labelOf(figure.editionId);
            c.newerKept = true;
            *changes << c;
        }
    }
    if (same)
        same->value = figure.value;
    else
        entries << Entry { figure.editionId, figure.value };
}

} // namespace Koso
