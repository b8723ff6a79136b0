#include "policy/WhatIfAnalysis.h"

#include "policy/HospitalOverview.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"

#include <QMap>

namespace Koso {

namespace {

// 必要量 of an area by function for the year closest to the target (MHLW gives 2025).
QMap<QString, qint64> requiredBeds(FigureStore &figures, FigureStore::Area area,
                                   const QString &code, int targetYear)
{
    QMap<QString, QMap<int, qint64>> byYear;
    for (const BedFigure &f : figures.beds(area, code)) {
        if (f.measure == Measure::Required && f.value.hasValue())
            byYear[f.functionKey].insert(f.year, *f.value.beds);
    }
    QMap<QString, qint64> result;
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        int best = 0;
        for (auto y = it->cbegin(); y != it->cend(); ++y) {
            if (best == 0 || qAbs(y.key() - targetYear) < qAbs(best - targetYear))
                best = y.key();
        }
        result.insert(it.key(), it->value(best));
    }
    return result;
}

} // namespace

std::optional<qint64> WhatIfRow::gapToRequired() const
{
    if (!required)
        return std::nullopt;
    return whatIf - *required;
}

QVector<WhatIfRow> WhatIfAnalysis::compute(Dataset &dataset, const QString &prefectureCode,
                                           int targetYear, const QString &regionCode)
{
    FigureStore figureStore(dataset);
    GeographyStore geography(dataset);
    const BedFunctionList functions = figureStore.bedFunctions();
    const QString area = regionCode.isEmpty() ? prefectureCode : regionCode;
    const auto hospitals = HospitalStore(dataset).hospitals(area);
    const auto policies = PolicyStore(dataset).policies(area);
    const auto figures = HospitalOverview::latestFigures(dataset, area);

    struct Sums
    {
        QMap<QString, qint64> reported, whatIf, planned, reportedOfAgreed;
        int facilities = 0;
        int agreed = 0;
    };
    QMap<QString, Sums> byRegion;
    for (const Hospital &h : hospitals) {
        const ResponsePolicy p = policies.value(h.id);
        if (h.mergedInto || p.mergedInto || !p.listed)
            continue;
        const HospitalFigures f = figures.value(h.id);
        const bool agreed = p.isAgreed() && p.targetYear <= targetYear && !p.plannedBeds.isEmpty();
        Sums &s = byRegion[h.regionCode];
        ++s.facilities;
        if (agreed)
            ++s.agreed;
        for (const BedFunction &fn : functions) {
            const qint64 now = f.beds.value(fn.key);
            s.reported[fn.key] += now;
            if (agreed) {
                // A plan that leaves a function out plans none of it.
                const qint64 planned = p.plannedBeds.value(fn.key);
                s.whatIf[fn.key] += planned;
                s.planned[fn.key] += planned;
                s.reportedOfAgreed[fn.key] += now;
            } else {
                s.whatIf[fn.key] += now;
            }
        }
    }

    auto rowsFor = [&](const QString &code, const QString &name, const Sums &s,
                       const QMap<QString, qint64> &required) {
        QVector<WhatIfRow> rows;
        WhatIfRow total;
        total.areaCode = code;
        total.areaName = name;
        total.functionKey = totalKey();
        total.functionName = tr("Total");
        total.facilities = total.agreedFacilities = 0;
        bool requiredComplete = true;
        qint64 requiredTotal = 0;
        for (const BedFunction &fn : functions) {
            WhatIfRow r;
            r.areaCode = code;
            r.areaName = name;
            r.functionKey = fn.key;
            r.functionName = fn.displayName();
            r.reported = s.reported.value(fn.key);
            r.whatIf = s.whatIf.value(fn.key);
            r.plannedByAgreed = s.planned.value(fn.key);
            r.reportedOfAgreed = s.reportedOfAgreed.value(fn.key);
            r.facilities = s.facilities;
            r.agreedFacilities = s.agreed;
            if (fn.countsInTotal) {
                const auto req = required.constFind(fn.key);
                if (req != required.cend()) {
                    r.required = *req;
                    requiredTotal += *req;
                } else {
                    requiredComplete = false;
                }
                total.reported += r.reported;
                total.whatIf += r.whatIf;
                total.plannedByAgreed += r.plannedByAgreed;
                total.reportedOfAgreed += r.reportedOfAgreed;
            }
            rows << r;
        }
        total.facilities = s.facilities;
        total.agreedFacilities = s.agreed;
        if (requiredComplete && !required.isEmpty())
            total.required = requiredTotal;
        rows << total;
        return rows;
    };

    QVector<WhatIfRow> result;
    QVector<Region> regions;
    if (regionCode.isEmpty())
        regions = geography.regions(prefectureCode);
    else if (const auto r = geography.region(regionCode))
        regions << *r;

    if (regionCode.isEmpty()) {
        Sums all;
        for (const Sums &s : std::as_const(byRegion)) {
            all.facilities += s.facilities;
            all.agreed += s.agreed;
            for (auto it = s.reported.cbegin(); it != s.reported.cend(); ++it) {
                all.reported[it.key()] += it.value();
                all.whatIf[it.key()] += s.whatIf.value(it.key());
                all.planned[it.key()] += s.planned.value(it.key());
                all.reportedOfAgreed[it.key()] += s.reportedOfAgreed.value(it.key());
            }
        }
        QMap<QString, qint64> required
            = requiredBeds(figureStore, FigureStore::Area::Prefecture, prefectureCode, targetYear);
        if (required.isEmpty()) {
            // No prefecture table imported: the regions' needs add up to the prefecture's.
            for (const Region &r : std::as_const(regions)) {
                const auto req
                    = requiredBeds(figureStore, FigureStore::Area::Region, r.code, targetYear);
                for (auto it = req.cbegin(); it != req.cend(); ++it)
                    required[it.key()] += it.value();
            }
        }
        const auto pref = geography.prefecture(prefectureCode);
        result << rowsFor(prefectureCode, pref ? pref->name : prefectureCode, all, required);
    }
    for (const Region &r : std::as_const(regions)) {
        result << rowsFor(r.code, r.name, byRegion.value(r.code),
                          requiredBeds(figureStore, FigureStore::Area::Region, r.code, targetYear));
    }
    return result;
}

QString WhatIfAnalysis::caveat()
{
    return tr("Reported beds and the required beds (必要量) are computed differently and cannot "
              "be compared one to one (MHLW). The what-if assumes every agreed policy is carried "
              "out as planned and the other facilities keep their reported beds.");
}

Table WhatIfAnalysis::toTable(const QVector<WhatIfRow> &rows, int targetYear)
{
    Table t;
    t.title = tr("If every agreed policy is carried out (%1)").arg(targetYear);
    t.sheetName = tr("What-if");
    t.header = QStringList { tr("Code"),
                             tr("Area"),
                             tr("Function"),
                             tr("Reported beds"),
                             tr("Planned by agreed policies"),
                             tr("Reported by those facilities"),
                             tr("If carried out"),
                             tr("Change"),
                             tr("Required beds"),
                             tr("Gap to required"),
                             tr("Facilities"),
                             tr("Agreed with planned beds") };
    for (const WhatIfRow &r : rows) {
        const auto gap = r.gapToRequired();
        t.rows << QVector<QVariant> { r.areaCode,
                                      r.areaName,
                                      r.functionName,
                                      r.reported,
                                      r.plannedByAgreed,
                                      r.reportedOfAgreed,
                                      r.whatIf,
                                      r.change(),
                                      r.required ? QVariant(*r.required) : QVariant(),
                                      gap ? QVariant(*gap) : QVariant(),
                                      r.facilities,
                                      r.agreedFacilities };
    }
    t.notes << caveat();
    return t;
}

} // namespace Koso
