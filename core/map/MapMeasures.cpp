#include "map/MapMeasures.h"

#include "analysis/AnalysisText.h"
#include "flows/FlowStore.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"

#include <QMap>

namespace Koso {

QStringList MapMeasures::keys()
{
    return { QStringLiteral("gap_ratio"),
             QStringLiteral("planned_ratio"),
             QStringLiteral("population"),
             QStringLiteral("inflow_share"),
             QStringLiteral("outflow_share"),
             QStringLiteral("home_visit_change_2040"),
             QStringLiteral("outpatient_change_2040") };
}

std::optional<MapMeasure> MapMeasures::compute(Dataset &dataset, const QString &key, QString *error)
{
    MapMeasure m;
    m.key = key;
    if (key == QLatin1String("gap_ratio") || key == QLatin1String("planned_ratio")) {
        const bool planned = key == QLatin1String("planned_ratio");
        m.name = planned ? tr("Planned ÷ required beds (total)")
                         : tr("Latest reported ÷ required beds (total)");
        m.unit = tr("ratio");
        m.ratio = true;
        FigureStore figures(dataset);
        QStringList counting;
        for (const BedFunction &f : figures.totalFunctions())
            counting << f.key;
        m.source = AnalysisText::sourceLine(figures.latestEdition());
        const auto all = figures.regionBedsByPrefecture(QString());
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            int latestYear = 0;
            int plannedYear = 0;
            int requiredYear = 0;
            for (const BedFigure &f : it.value()) {
                int &year = f.measure == Measure::Reported ? latestYear
                    : f.measure == Measure::Planned        ? plannedYear
                                                           : requiredYear;
                year = std::max(year, f.year);
            }
            // Sum over the counting functions; no value if one is missing.
            auto total = [&](Measure measure, int year) -> std::optional<double> {
                double sum = 0;
                int n = 0;
                for (const BedFigure &f : it.value()) {
                    if (f.measure != measure || f.year != year || !counting.contains(f.functionKey))
                        continue;
                    if (!f.value.hasValue())
                        return std::nullopt;
                    sum += double(*f.value.beds);
                    ++n;
                }
                return n == counting.size() ? std::optional<double>(sum) : std::nullopt;
            };
            const auto numerator = planned ? total(Measure::Planned, plannedYear)
                                           : total(Measure::Reported, latestYear);
            const auto required = total(Measure::Required, requiredYear);
            m.values.insert(it.key(),
                            numerator && required && *required > 0
                                ? std::optional<double>(*numerator / *required)
                                : std::nullopt);
        }
        return m;
    }
    if (key == QLatin1String("population")) {
        m.name = tr("Population");
        m.unit = tr("persons");
        for (const Region &r : GeographyStore(dataset).regions())
            m.values.insert(
                r.code, r.population ? std::optional<double>(double(*r.population)) : std::nullopt);
        m.source = tr("Source: MHLW, 見える化 workbooks (2020 census)");
        return m;
    }
    FlowStore store(dataset);
    if (key == QLatin1String("inflow_share") || key == QLatin1String("outflow_share")) {
        const QString direction = key.section(QLatin1Char('_'), 0, 0);
        m.name = direction == QLatin1String("inflow")
            ? tr("Inflow share (patients from other regions)")
            : tr("Outflow share (residents admitted elsewhere)");
        m.unit = QStringLiteral("%");
        m.share = true;
        for (const FlowShare &s : store.flows()) {
            if (s.direction == direction && s.group == QLatin1String("all"))
                m.values.insert(s.regionCode, s.share);
        }
        m.source = tr("Source: MHLW, 構想区域の流出率及び流入率 (NDB), %1")
                       .arg(store.flowEditionLabel());
        return m;
    }
    if (key == QLatin1String("home_visit_change_2040")
        || key == QLatin1String("outpatient_change_2040")) {
        const QString kind
            = key.startsWith(u'h') ? QStringLiteral("home_visit") : QStringLiteral("outpatient");
        m.name = kind == QLatin1String("home_visit") ? tr("Home-visit demand 2040 ÷ 2024")
                                                     : tr("Outpatient demand 2040 ÷ 2024");
        m.unit = tr("ratio");
        m.ratio = true;
        QMap<QString, QPair<std::optional<double>, std::optional<double>>> pairs;
        for (const DemandFigure &d : store.demand()) {
            if (d.kind != kind)
                continue;
            if (d.fiscalYear == 2024)
                pairs[d.regionCode].first = d.claimsPerMonth;
            else if (d.fiscalYear == 2040)
                pairs[d.regionCode].second = d.claimsPerMonth;
        }
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
            const auto &p = it.value();
            m.values.insert(it.key(),
                            p.first && p.second && *p.first > 0
                                ? std::optional<double>(*p.second / *p.first)
                                : std::nullopt);
        }
        m.source = tr("Source: MHLW, 構想区域別の医療需要推計, %1").arg(store.demandEditionLabel());
        return m;
    }
    *error
        = tr("Unknown measure \"%1\"; use one of: %2.").arg(key, keys().join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace Koso
