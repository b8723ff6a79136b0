#include "analysis/GapAnalysis.h"

#include "model/Prefecture.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace Koso {

namespace {

std::optional<double> ratio(const BedValue &value, const BedValue &required)
{
    if (!value.hasValue() || !required.hasValue() || *required.beds == 0)
        return std::nullopt;
    return double(*value.beds) / double(*required.beds);
}

std::optional<qint64> difference(const BedValue &a, const BedValue &b)
{
    if (!a.hasValue() || !b.hasValue())
        return std::nullopt;
    return *a.beds - *b.beds;
}

std::optional<double> per100k(const BedValue &value, const std::optional<qint64> &population)
{
    if (!value.hasValue() || !population || *population <= 0)
        return std::nullopt;
    return double(*value.beds) * 100000.0 / double(*population);
}

std::optional<double> share(const BedValue &part, const BedValue &whole)
{
    if (!part.hasValue() || !whole.hasValue() || *whole.beds == 0)
        return std::nullopt;
    return double(*part.beds) / double(*whole.beds);
}

// Figures of one function, by measure and year.
struct FunctionFigures
{
    QMap<int, BedValue> reported;
    QMap<int, BedValue> planned;
    QMap<int, BedValue> required;
    bool any() const { return !reported.isEmpty() || !planned.isEmpty() || !required.isEmpty(); }
    QMap<int, BedValue> &of(Measure m)
    {
        return m == Measure::Reported ? reported : (m == Measure::Planned ? planned : required);
    }
};

// Sums the functions that count in the total, year by year; a year is empty unless every
// function has a value in it.
QMap<int, BedValue> totalOf(const QVector<const QMap<int, BedValue> *> &parts)
{
    QMap<int, BedValue> result;
    QSet<int> years;
    for (const auto *p : parts) {
        for (auto it = p->cbegin(); it != p->cend(); ++it)
            years.insert(it.key());
    }
    for (int year : years) {
        qint64 sum = 0;
        QString reason;
        for (const auto *p : parts) {
            const auto it = p->constFind(year);
            if (it == p->cend()) {
                if (reason.isEmpty())
                    reason = QStringLiteral("-");
                continue;
            }
            if (!it->hasValue()) {
                if (reason.isEmpty())
                    reason = it->missingReason.isEmpty() ? QStringLiteral("-") : it->missingReason;
                continue;
            }
            sum += *it->beds;
        }
        result.insert(year, reason.isEmpty() ? BedValue::of(sum) : BedValue::missing(reason));
    }
    return result;
}

// The required year that applies: the first one not before the latest report (2025 while
// reports run up to 2025), else the newest.
int chooseRequiredYear(const QList<int> &years, int latestYear)
{
    if (years.isEmpty())
        return 0;
    for (int y : years) {
        if (y >= latestYear)
            return y;
    }
    return years.last();
}

void derive(FunctionGap &g, const GapAnalysis::Input &input, const GapAnalysis::Options &options,
            const std::optional<double> &latestRate)
{
    g.latestMinusRequired = difference(g.latest, g.required);
    g.plannedMinusRequired = difference(g.planned, g.required);
    g.latestRatio = ratio(g.latest, g.required);
    g.plannedRatio = ratio(g.planned, g.required);
    const BedValue base = g.reportedIn(options.baseYear);
    if (g.latestYear > options.baseYear) {
        g.changeSinceBase = difference(g.latest, base);
        if (g.changeSinceBase && *base.beds > 0)
            g.changeSinceBaseRate = double(*g.changeSinceBase) / double(*base.beds);
    }
    g.latestPer100k = per100k(g.latest, input.population);
    g.plannedPer100k = per100k(g.planned, input.population);
    g.requiredPer100k = per100k(g.required, input.population);
    g.latestDirection = GapAnalysis::direction(g.latest, g.required, options.threshold);
    g.plannedDirection = GapAnalysis::direction(g.planned, g.required, options.threshold);

    // The gap MHLW compared, and the part of it the data cannot explain.
    const bool usePlanned = g.plannedMinusRequired.has_value();
    g.gap = usePlanned ? g.plannedMinusRequired : g.latestMinusRequired;
    if (!g.gap)
        return;
    const qint64 required = *g.required.beds;
    if (required > 0)
        g.gapRate = double(*g.gap) / double(required);
    const double tolerance = options.threshold * double(required);
    const double magnitude = std::abs(double(*g.gap));
    double unexplained = 0;
    if (*g.gap > 0) {
        unexplained = std::max(0.0, magnitude - tolerance);
    } else if (*g.gap < 0) {
        const qint64 value = usePlanned ? *g.planned.beds : *g.latest.beds;
        double unreported = 0;
        if (latestRate && *latestRate > 0 && *latestRate < 1)
            unreported = double(value) * (1.0 - *latestRate) / *latestRate;
        unexplained = -std::max(0.0, magnitude - tolerance - unreported);
    }
    g.unexplainedGap = qint64(std::llround(unexplained));
}

} // namespace

GapAnalysis::GapAnalysis(Dataset &dataset)
    : GapAnalysis(dataset, Options())
{ }

GapAnalysis::GapAnalysis(Dataset &dataset, Options options)
    : m_dataset(dataset)
    , m_options(options)
{ }

BedFunctionList GapAnalysis::functions() const
{
    if (m_functions.isEmpty())
        m_functions = FigureStore(m_dataset).bedFunctions();
    return m_functions;
}

GapDirection GapAnalysis::direction(const BedValue &value, const BedValue &required,
                                    double threshold)
{
    if (!value.hasValue() || !required.hasValue())
        return GapDirection::Unknown;
    const double v = double(*value.beds);
    const double r = double(*required.beds);
    // A small epsilon so that a difference of exactly the threshold stays within.
    const double band = threshold * r + 1e-9;
    if (v - r > band)
        return GapDirection::Over;
    if (r - v > band)
        return GapDirection::Under;
    return GapDirection::Within;
}

AreaGap GapAnalysis::compute(const Input &input, const BedFunctionList &functions,
                             const Options &options)
{
    AreaGap area;
    area.kind = input.kind;
    area.code = input.code;
    area.name = input.name;
    area.prefectureCode = input.prefectureCode;
    area.prefectureName = input.prefectureName;
    area.population = input.population;
    area.threshold = options.threshold;
    area.reportingRates = input.rates;
    std::sort(area.reportingRates.begin(), area.reportingRates.end(),
              [](const ReportingRate &a, const ReportingRate &b) { return a.year < b.year; });

    QHash<QString, FunctionFigures> byFunction;
    QSet<int> reportedYears;
    for (const BedFigure &f : input.figures) {
        if (f.measure == Measure::Reported) {
            if (f.year < options.baseYear)
                continue;
            reportedYears.insert(f.year);
        }
        byFunction[f.functionKey].of(f.measure).insert(f.year, f.value);
    }
    area.reportedYears = QVector<int>(reportedYears.cbegin(), reportedYears.cend());
    std::sort(area.reportedYears.begin(), area.reportedYears.end());
    const int latestYear = area.reportedYears.isEmpty() ? 0 : area.reportedYears.last();

    // Planned and required years are common to the area: the newest 見込量 and the required
    // year that applies.
    QSet<int> plannedYears, requiredYears;
    for (const FunctionFigures &ff : std::as_const(byFunction)) {
        for (auto it = ff.planned.cbegin(); it != ff.planned.cend(); ++it)
            plannedYears.insert(it.key());
        for (auto it = ff.required.cbegin(); it != ff.required.cend(); ++it)
            requiredYears.insert(it.key());
    }
    QList<int> plannedList(plannedYears.cbegin(), plannedYears.cend());
    QList<int> requiredList(requiredYears.cbegin(), requiredYears.cend());
    std::sort(plannedList.begin(), plannedList.end());
    std::sort(requiredList.begin(), requiredList.end());
    const int plannedYear = plannedList.isEmpty() ? 0 : plannedList.last();
    const int requiredYear = chooseRequiredYear(requiredList, latestYear);
    const std::optional<double> latestRate = area.reportingRate(latestYear);

    auto fill = [&](FunctionGap &g, const QMap<int, BedValue> &reported,
                    const QMap<int, BedValue> &planned, const QMap<int, BedValue> &required) {
        g.reported = reported;
        g.latestYear = latestYear;
        g.latest = reported.value(latestYear, BedValue::missing(QStringLiteral("-")));
        g.plannedYear = plannedYear;
        if (plannedYear)
            g.planned = planned.value(plannedYear, BedValue::missing(QStringLiteral("-")));
        else
            g.planned = BedValue::missing(QStringLiteral("-"));
        g.requiredYear = requiredYear;
        if (requiredYear)
            g.required = required.value(requiredYear, BedValue::missing(QStringLiteral("-")));
        else
            g.required = BedValue::missing(QStringLiteral("-"));
        derive(g, input, options, latestRate);
    };

    QVector<const QMap<int, BedValue> *> reportedParts, plannedParts, requiredParts;
    for (const BedFunction &bf : functions) {
        const auto it = byFunction.constFind(bf.key);
        if (bf.countsInTotal) {
            // A function of the total with no figure at all still gets a row: it is missing.
            static const FunctionFigures none;
            const FunctionFigures &ff = it == byFunction.cend() ? none : *it;
            reportedParts << &ff.reported;
            plannedParts << &ff.planned;
            requiredParts << &ff.required;
        } else if (it == byFunction.cend() || !it->any()) {
            continue; // 休棟中等 is shown only where the data holds it
        }
        FunctionGap g;
        g.functionKey = bf.key;
        g.nameJa = bf.nameJa;
        g.nameEn = bf.nameEn;
        g.countsInTotal = bf.countsInTotal;
        if (it != byFunction.cend())
            fill(g, it->reported, it->planned, it->required);
        else
            fill(g, {}, {}, {});
        area.functions << g;
    }
    area.total.functionKey = FunctionGap::totalKey();
    area.total.nameJa = QStringLiteral("合計");
    area.total.nameEn = QStringLiteral("Total");
    fill(area.total, totalOf(reportedParts), totalOf(plannedParts), totalOf(requiredParts));

    for (FunctionGap &g : area.functions) {
        if (!g.countsInTotal)
            continue;
        g.latestShare = share(g.latest, area.total.latest);
        g.plannedShare = share(g.planned, area.total.planned);
        g.requiredShare = share(g.required, area.total.required);
    }
    return area;
}

void GapAnalysis::rank(QVector<AreaGap> &areas)
{
    if (areas.isEmpty())
        return;
    QStringList keys { FunctionGap::totalKey() };
    for (const FunctionGap &f : areas.first().functions)
        keys << f.functionKey;
    for (const QString &key : std::as_const(keys)) {
        struct Entry
        {
            FunctionGap *gap;
            const QString *code;
        };
        QVector<Entry> entries;
        for (AreaGap &a : areas) {
            // Non-const access, so that a shared vector detaches before we take pointers.
            FunctionGap *g = key == FunctionGap::totalKey() ? &a.total : nullptr;
            for (FunctionGap &f : a.functions) {
                if (!g && f.functionKey == key)
                    g = &f;
            }
            if (!g)
                continue;
            g->rank = 0;
            if (g->unexplainedGap)
                entries << Entry { g, &a.code };
        }
        std::sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
            const qint64 ux = std::abs(*x.gap->unexplainedGap);
            const qint64 uy = std::abs(*y.gap->unexplainedGap);
            if (ux != uy)
                return ux > uy;
            const double rx = x.gap->gapRate ? std::abs(*x.gap->gapRate) : 0.0;
            const double ry = y.gap->gapRate ? std::abs(*y.gap->gapRate) : 0.0;
            if (rx != ry)
                return rx > ry;
            return *x.code < *y.code;
        });
        for (int i = 0; i < entries.size(); ++i)
            entries[i].gap->rank = i + 1;
    }
}

QVector<BedFigure> GapAnalysis::sumFigures(const QVector<QVector<BedFigure>> &parts,
                                           const QString &areaCode)
{
    struct Sum
    {
        qint64 beds = 0;
        int count = 0;
        QString reason;
    };
    std::map<std::tuple<int, int, QString>, Sum> sums;
    for (const QVector<BedFigure> &part : parts) {
        for (const BedFigure &f : part) {
            Sum &s = sums[std::make_tuple(int(f.measure), f.year, f.functionKey)];
            ++s.count;
            if (f.value.hasValue())
                s.beds += *f.value.beds;
            else if (s.reason.isEmpty())
                s.reason
                    = f.value.missingReason.isEmpty() ? QStringLiteral("-") : f.value.missingReason;
        }
    }
    QVector<BedFigure> result;
    result.reserve(int(sums.size()));
    for (const auto &[key, s] : sums) {
        BedFigure f;
        f.areaCode = areaCode;
        f.measure = Measure(std::get<0>(key));
        f.year = std::get<1>(key);
        f.functionKey = std::get<2>(key);
        if (!s.reason.isEmpty())
            f.value = BedValue::missing(s.reason);
        else if (s.count < parts.size())
            f.value = BedValue::missing(QStringLiteral("-"));
        else
            f.value = BedValue::of(s.beds);
        result << f;
    }
    return result;
}

std::optional<AreaGap> GapAnalysis::region(const QString &code) const
{
    GeographyStore geography(m_dataset);
    const auto region = geography.region(code);
    if (!region)
        return std::nullopt;
    FigureStore figures(m_dataset);
    Input input;
    input.kind = AreaKind::Region;
    input.code = region->code;
    input.name = region->name;
    input.prefectureCode = region->prefectureCode;
    if (const auto pref = geography.prefecture(region->prefectureCode))
        input.prefectureName = pref->name;
    input.population = region->population;
    input.figures = figures.beds(FigureStore::Area::Region, code);
    input.rates = figures.reportingRates(FigureStore::Area::Region, code);
    return compute(input, functions(), m_options);
}

QVector<AreaGap> GapAnalysis::regions(const QString &prefectureCode) const
{
    GeographyStore geography(m_dataset);
    FigureStore figures(m_dataset);
    QHash<QString, QString> prefectureNames;
    for (const Prefecture &p : geography.prefectures())
        prefectureNames.insert(p.code, p.name);
    const QHash<QString, QVector<BedFigure>> beds = figures.regionBedsByPrefecture(prefectureCode);
    const QHash<QString, QVector<ReportingRate>> rates
        = figures.regionReportingRatesByPrefecture(prefectureCode);
    const BedFunctionList list = functions();

    QVector<AreaGap> result;
    for (const Region &r : geography.regions(prefectureCode)) {
        Input input;
        input.kind = AreaKind::Region;
        input.code = r.code;
        input.name = r.name;
        input.prefectureCode = r.prefectureCode;
        input.prefectureName = prefectureNames.value(r.prefectureCode);
        input.population = r.population;
        input.figures = beds.value(r.code);
        input.rates = rates.value(r.code);
        result << compute(input, list, m_options);
    }
    rank(result);
    return result;
}

std::optional<AreaGap> GapAnalysis::prefecture(const QString &code) const
{
    GeographyStore geography(m_dataset);
    const auto pref = geography.prefecture(code);
    if (!pref)
        return std::nullopt;
    FigureStore figures(m_dataset);
    Input input;
    input.kind = pref->isNational() ? AreaKind::Nation : AreaKind::Prefecture;
    input.code = pref->code;
    input.name = pref->name;
    input.prefectureCode = pref->code;
    input.prefectureName = pref->name;
    input.population = pref->population;
    input.figures = figures.beds(FigureStore::Area::Prefecture, code);
    input.rates = figures.reportingRates(FigureStore::Area::Prefecture, code);

    // Without the area's own figures (or population), sum its parts: the nation from the 47
    // prefectures where they have figures, else from the regions. A sum is empty unless every
    // part has the figure, so a partial dataset never passes for the whole.
    if (input.figures.isEmpty() || !input.population) {
        const bool national = pref->isNational();
        QVector<QVector<BedFigure>> prefectureParts;
        std::optional<qint64> prefecturePopulation = 0;
        if (national) {
            bool anyFigures = false;
            for (const Prefecture &p : geography.prefectures()) {
                if (!Prefecture::isOneOf47(p.code))
                    continue;
                prefectureParts << figures.beds(FigureStore::Area::Prefecture, p.code);
                anyFigures = anyFigures || !prefectureParts.constLast().isEmpty();
                if (prefecturePopulation && p.population)
                    *prefecturePopulation += *p.population;
                else
                    prefecturePopulation.reset();
            }
            if (!anyFigures)
                prefectureParts.clear();
        }
        QVector<QVector<BedFigure>> regionParts;
        std::optional<qint64> regionPopulation = 0;
        const QString regionFilter = national ? QString() : pref->code;
        const auto byRegion = figures.regionBedsByPrefecture(regionFilter);
        for (const Region &r : geography.regions(regionFilter)) {
            regionParts << byRegion.value(r.code);
            if (regionPopulation && r.population)
                *regionPopulation += *r.population;
            else
                regionPopulation.reset();
        }
        if (input.figures.isEmpty())
            input.figures
                = sumFigures(prefectureParts.isEmpty() ? regionParts : prefectureParts, code);
        if (!input.population) {
            if (prefecturePopulation && *prefecturePopulation > 0)
                input.population = prefecturePopulation;
            else if (regionPopulation && *regionPopulation > 0)
                input.population = regionPopulation;
        }
    }
    return compute(input, functions(), m_options);
}

QVector<AreaGap> GapAnalysis::prefectures() const
{
    QVector<AreaGap> result;
    GeographyStore geography(m_dataset);
    for (const Prefecture &p : geography.prefectures()) {
        if (p.isNational())
            continue;
        if (auto gap = prefecture(p.code)) {
            if (!gap->reportedYears.isEmpty() || gap->total.required.hasValue())
                result << *gap;
        }
    }
    rank(result);
    return result;
}

} // namespace Koso
