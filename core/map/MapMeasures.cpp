#include "map/MapMeasures.h"

#include "analysis/AnalysisText.h"
#include "flows/FlowStore.h"
#include "policy/PolicyRates.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"

#include <QMap>

namespace Koso {

QStringList MapMeasures::keys()
{
    return { QStringLiteral("gap_ratio"),
             QStringLiteral("planned_ratio"),
             QStringLiteral("gap_ratio_high_acute"),
             QStringLiteral("gap_ratio_acute"),
             QStringLiteral("gap_ratio_recovery"),
             QStringLiteral("gap_ratio_chronic"),
             QStringLiteral("reporting_rate"),
             QStringLiteral("policy_rate_hospitals"),
             QStringLiteral("policy_rate_beds"),
             QStringLiteral("population"),
             QStringLiteral("inflow_share"),
             QStringLiteral("outflow_share"),
             QStringLiteral("home_visit_change_2040"),
             QStringLiteral("outpatient_change_2040") };
}

QString MapMeasures::displayName(const QString &key)
{
    if (key == QLatin1String("gap_ratio"))
        return tr("Latest reported ÷ required beds (total)");
    if (key == QLatin1String("planned_ratio"))
        return tr("Planned ÷ required beds (total)");
    if (key == QLatin1String("gap_ratio_high_acute"))
        return tr("Latest reported ÷ required beds (%1)").arg(tr("high acute"));
    if (key == QLatin1String("gap_ratio_acute"))
        return tr("Latest reported ÷ required beds (%1)").arg(tr("acute"));
    if (key == QLatin1String("gap_ratio_recovery"))
        return tr("Latest reported ÷ required beds (%1)").arg(tr("recovery"));
    if (key == QLatin1String("gap_ratio_chronic"))
        return tr("Latest reported ÷ required beds (%1)").arg(tr("chronic"));
    if (key == QLatin1String("reporting_rate"))
        return tr("Reporting rate (latest year)");
    if (key == QLatin1String("policy_rate_hospitals"))
        return tr("Policy agreement rate (hospitals)");
    if (key == QLatin1String("policy_rate_beds"))
        return tr("Policy agreement rate (beds)");
    if (key == QLatin1String("population"))
        return tr("Population");
    if (key == QLatin1String("inflow_share"))
        return tr("Inflow share (patients from other regions)");
    if (key == QLatin1String("outflow_share"))
        return tr("Outflow share (residents admitted elsewhere)");
    if (key == QLatin1String("home_visit_change_2040"))
        return tr("Home-visit demand 2040 ÷ 2024");
    if (key == QLatin1String("outpatient_change_2040"))
        return tr("Outpatient demand 2040 ÷ 2024");
    return key;
}

std::optional<MapMeasure> MapMeasures::compute(Dataset &dataset, const QString &key, QString *error)
{
    MapMeasure m;
    m.key = key;
    // Per function: the key's suffix → the bed function and its name.
    static const QHash<QString, QString> functionOf {
        { QStringLiteral("gap_ratio_high_acute"), QStringLiteral("HighAcute") },
        { QStringLiteral("gap_ratio_acute"), QStringLiteral("Acute") },
        { QStringLiteral("gap_ratio_recovery"), QStringLiteral("Recovery") },
        { QStringLiteral("gap_ratio_chronic"), QStringLiteral("Chronic") },
    };
    if (key == QLatin1String("gap_ratio") || key == QLatin1String("planned_ratio")
        || functionOf.contains(key)) {
        const bool planned = key == QLatin1String("planned_ratio");
        const QString function = functionOf.value(key);
        m.unit = tr("ratio");
        m.ratio = true;
        FigureStore figures(dataset);
        QStringList counting;
        if (function.isEmpty()) {
            m.name = planned ? tr("Planned ÷ required beds (total)")
                             : tr("Latest reported ÷ required beds (total)");
            for (const BedFunction &f : figures.totalFunctions())
                counting << f.key;
        } else {
            counting << function;
            const QString functionName = function == QLatin1String("HighAcute") ? tr("high acute")
                : function == QLatin1String("Acute")                            ? tr("acute")
                : function == QLatin1String("Recovery")                         ? tr("recovery")
                                                                                : tr("chronic");
            m.name = tr("Latest reported ÷ required beds (%1)").arg(functionName);
        }
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
    if (key == QLatin1String("reporting_rate")) {
        m.name = tr("Reporting rate (latest year)");
        m.unit = QStringLiteral("%");
        m.share = true;
        FigureStore figures(dataset);
        const auto all = figures.regionReportingRatesByPrefecture(QString());
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            std::optional<double> latest;
            for (const ReportingRate &r : it.value()) // ascending by year
                latest = r.rate;
            m.values.insert(it.key(), latest);
        }
        m.source = AnalysisText::sourceLine(figures.latestEdition());
        return m;
    }
    if (key == QLatin1String("policy_rate_hospitals") || key == QLatin1String("policy_rate_beds")) {
        const bool beds = key == QLatin1String("policy_rate_beds");
        m.name
            = beds ? tr("Policy agreement rate (beds)") : tr("Policy agreement rate (hospitals)");
        m.unit = QStringLiteral("%");
        m.share = true;
        // The dataset holds the response policies of its home prefecture only.
        const QString home = dataset.homePrefectureCode();
        for (const PolicyRate &r : PolicyRates::compute(dataset, home)) {
            if (r.scope.size() != 4 || r.group != QLatin1String("all"))
                continue;
            m.values.insert(r.scope, beds ? r.bedShare() : r.hospitalShare());
        }
        m.source = tr("Source: the response policies recorded in this dataset (合意・検証済 or "
                      "措置済), as of today");
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
