#include "analysis/PlanVsActual.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapTables.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "util/Localization.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace Koso {

namespace {

// All editions' figures of one measure, keyed by function|year, newest edition first.
using Versions = QHash<QString, QVector<EditionValue>>;

QString key(const QString &function, int year)
{
    return function + QLatin1Char('|') + QString::number(year);
}

// The newest edition's figure; the older ones that differ from it.
EditionValue newest(const QVector<EditionValue> &v)
{
    return v.isEmpty() ? EditionValue() : v.first();
}

QVector<EditionValue> olderDiffering(const QVector<EditionValue> &v)
{
    QVector<EditionValue> result;
    for (int i = 1; i < v.size(); ++i) {
        if (!(v.at(i).value == v.first().value))
            result << v.at(i);
    }
    return result;
}

// The total of the functions that count in it; no value when one of them has none.
EditionValue total(const QVector<EditionValue> &parts)
{
    EditionValue t;
    qint64 sum = 0;
    for (const EditionValue &p : parts) {
        if (!p.value.hasValue()) {
            t.value = BedValue::missing(p.value.missingReason.isEmpty() ? QStringLiteral("-")
                                                                        : p.value.missingReason);
            t.edition = p.edition;
            t.fiscalYear = p.fiscalYear;
            return t;
        }
        sum += *p.value.beds;
        // The total's edition is the newest of its parts.
        if (p.fiscalYear >= t.fiscalYear) {
            t.fiscalYear = p.fiscalYear;
            t.edition = p.edition;
        }
    }
    t.value = BedValue::of(sum);
    return t;
}

QString valueText(const BedValue &v)
{
    return v.hasValue() ? AnalysisText::tr("%1 beds").arg(AnalysisText::number(*v.beds))
                        : v.missingReason;
}

QVariant bedsCell(const BedValue &v)
{
    if (v.hasValue())
        return QVariant(*v.beds);
    return v.missingReason == QLatin1String("*") ? QVariant(v.missingReason) : QVariant();
}

} // namespace

PlanVsActual PlanVsActual::forRegion(Dataset &dataset, const QString &regionCode)
{
    PlanVsActual result;
    result.regionCode = regionCode;
    if (const auto region = GeographyStore(dataset).region(regionCode))
        result.regionName = region->name;
    FigureStore figures(dataset);
    QHash<int, Edition> editions;
    for (const Edition &e : figures.editions())
        editions.insert(e.id, e);
    const BedFunctionList functions = figures.totalFunctions();

    Versions planned;
    Versions reported;
    QMap<int, bool> reportedYears;
    for (const BedFigure &f : figures.bedsAllEditions(FigureStore::Area::Region, regionCode)) {
        if (f.measure == Measure::Required)
            continue;
        const Edition e = editions.value(f.editionId);
        EditionValue v { f.value, e.label, e.fiscalYear };
        Versions &target = f.measure == Measure::Planned ? planned : reported;
        target[key(f.functionKey, f.year)] << v;
        if (f.measure == Measure::Reported)
            reportedYears.insert(f.year, true);
    }
    for (Versions *versions : { &planned, &reported }) {
        for (auto it = versions->begin(); it != versions->end(); ++it)
            std::stable_sort(it->begin(), it->end(),
                             [](const EditionValue &a, const EditionValue &b) {
                                 return a.fiscalYear > b.fiscalYear;
                             });
    }

    QMap<int, bool> years;
    for (auto it = planned.cbegin(); it != planned.cend(); ++it) {
        const int year = it.key().section(QLatin1Char('|'), 1).toInt();
        if (reported.contains(it.key()))
            years.insert(year, true);
    }
    auto fill = [](PlanVsActualRow &row) {
        if (row.planned.value.hasValue() && row.reported.value.hasValue()) {
            row.difference = *row.reported.value.beds - *row.planned.value.beds;
            if (*row.planned.value.beds > 0)
                row.ratio = double(*row.reported.value.beds) / double(*row.planned.value.beds);
        }
    };
    for (auto y = years.cbegin(); y != years.cend(); ++y) {
        const int year = y.key();
        QVector<EditionValue> plannedParts;
        QVector<EditionValue> reportedParts;
        bool complete = true;
        for (const BedFunction &f : functions) {
            const QString k = key(f.key, year);
            if (!planned.contains(k) || !reported.contains(k)) {
                complete = false;
                continue;
            }
            PlanVsActualRow row;
            row.functionKey = f.key;
            row.functionName = f.displayName();
            row.year = year;
            row.planned = newest(planned.value(k));
            row.reported = newest(reported.value(k));
            row.olderPlanned = olderDiffering(planned.value(k));
            row.olderReported = olderDiffering(reported.value(k));
            fill(row);
            plannedParts << row.planned;
            reportedParts << row.reported;
            result.rows << row;
        }
        if (complete && !plannedParts.isEmpty()) {
            PlanVsActualRow row;
            row.functionName = tr("Total");
            row.year = year;
            row.planned = total(plannedParts);
            row.reported = total(reportedParts);
            fill(row);
            result.rows << row;
        }
    }

    // The two latest reports.
    if (reportedYears.size() >= 2) {
        const int to = reportedYears.lastKey();
        const int from = std::prev(reportedYears.cend(), 2).key();
        QVector<EditionValue> fromParts;
        QVector<EditionValue> toParts;
        auto fillChange = [](ReportedChange &c) {
            if (c.from.value.hasValue() && c.to.value.hasValue()) {
                c.change = *c.to.value.beds - *c.from.value.beds;
                if (*c.from.value.beds > 0)
                    c.ratio = double(*c.to.value.beds) / double(*c.from.value.beds);
            }
        };
        bool complete = true;
        for (const BedFunction &f : functions) {
            if (!reported.contains(key(f.key, from)) || !reported.contains(key(f.key, to))) {
                complete = false;
                continue;
            }
            ReportedChange c;
            c.functionKey = f.key;
            c.functionName = f.displayName();
            c.fromYear = from;
            c.toYear = to;
            c.from = newest(reported.value(key(f.key, from)));
            c.to = newest(reported.value(key(f.key, to)));
            fillChange(c);
            fromParts << c.from;
            toParts << c.to;
            result.latestChange << c;
        }
        if (complete && !fromParts.isEmpty()) {
            ReportedChange c;
            c.functionName = tr("Total");
            c.fromYear = from;
            c.toYear = to;
            c.from = total(fromParts);
            c.to = total(toParts);
            fillChange(c);
            result.latestChange << c;
        }
    }
    return result;
}

Table PlanVsActual::table(bool machineHeader) const
{
    Table t;
    t.title = tr("Planned against reported beds: %1 %2").arg(regionCode, regionName);
    t.sheetName = QStringLiteral("plan-vs-actual");
    if (machineHeader)
        t.header = QStringList { QStringLiteral("function"),   QStringLiteral("year"),
                                 QStringLiteral("planned"),    QStringLiteral("planned_edition"),
                                 QStringLiteral("reported"),   QStringLiteral("reported_edition"),
                                 QStringLiteral("difference"), QStringLiteral("ratio") };
    else
        t.header = QStringList { tr("Function"),           tr("Year"),
                                 tr("Planned (見込量)"),   tr("Planned in"),
                                 tr("Reported (実績)"),    tr("Reported in"),
                                 tr("Reported − planned"), tr("Reported ÷ planned") };
    for (const PlanVsActualRow &r : rows) {
        // Machine-readable outputs name functions by their keys everywhere (HighAcute … Total).
        const QString function = machineHeader
            ? (r.functionKey.isEmpty() ? QStringLiteral("Total") : r.functionKey)
            : r.functionName;
        t.rows << QVector<QVariant> { function,
                                      r.year,
                                      bedsCell(r.planned.value),
                                      r.planned.edition,
                                      bedsCell(r.reported.value),
                                      r.reported.edition,
                                      r.difference ? QVariant(*r.difference) : QVariant(),
                                      GapTables::ratioCell(r.ratio) };
    }
    t.notes << tr("Planned beds (見込量) are what hospitals said in the edition named; reported "
                  "beds (実績) are what they reported for the same year in a later edition.")
            << AnalysisText::caveat();
    for (const PlanVsActualRow &r : rows) {
        for (const EditionValue &o : r.olderPlanned)
            t.notes << tr("%1 %2: planned %3 in %4 (now %5 in %6).")
                           .arg(r.functionName)
                           .arg(r.year)
                           .arg(valueText(o.value), o.edition, valueText(r.planned.value),
                                r.planned.edition);
        for (const EditionValue &o : r.olderReported)
            t.notes << tr("%1 %2: reported %3 in %4 (now %5 in %6).")
                           .arg(r.functionName)
                           .arg(r.year)
                           .arg(valueText(o.value), o.edition, valueText(r.reported.value),
                                r.reported.edition);
    }
    return t;
}

Table PlanVsActual::changeTable() const
{
    Table t;
    t.title = tr("Change of reported beds between the two latest reports: %1 %2")
                  .arg(regionCode, regionName);
    t.header = QStringList { tr("Function"), tr("From"),   tr("Beds"), tr("To"),
                             tr("Beds"),     tr("Change"), tr("Ratio") };
    for (const ReportedChange &c : latestChange)
        t.rows << QVector<QVariant> { c.functionName,
                                      c.fromYear,
                                      bedsCell(c.from.value),
                                      c.toYear,
                                      bedsCell(c.to.value),
                                      c.change ? QVariant(*c.change) : QVariant(),
                                      GapTables::ratioCell(c.ratio) };
    return t;
}

} // namespace Koso
