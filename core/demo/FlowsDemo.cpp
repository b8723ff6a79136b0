#include "demo/FlowsDemo.h"

#include "flows/FlowData.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>

namespace Koso {

namespace {

constexpr int Home = 5; // the five regions of サンプル県
constexpr int Places = 7; // and two regions across the border
constexpr int Groups = 3; // acute, comprehensive, chronic

const char16_t *const placeCodes[Places]
    = { u"9901", u"9902", u"9903", u"9904", u"9905", u"9801", u"9701" };
const char16_t *const placeNames[Places]
    = { u"県央", u"県北", u"県東", u"県南", u"県西", u"北港", u"山辺" };

// Where the residents of each home region are admitted (rows sum to 1), by function group:
// 県央 (the university and central hospitals) draws acute patients from every region; 県北
// and 県西 lose patients across the border to 北隣県 北港 and 西隣県 山辺; 慢性期 stays nearest
// home.
using Table = std::array<std::array<double, Places>, Home>;
const std::array<Table, Groups> admittedIn { {
    { { { 0.93, 0.01, 0.02, 0.03, 0.00, 0.01, 0.00 },
        { 0.22, 0.68, 0.02, 0.00, 0.00, 0.08, 0.00 },
        { 0.15, 0.01, 0.80, 0.04, 0.00, 0.00, 0.00 },
        { 0.10, 0.00, 0.03, 0.86, 0.01, 0.00, 0.00 },
        { 0.28, 0.00, 0.00, 0.05, 0.55, 0.00, 0.12 } } },
    { { { 0.95, 0.01, 0.01, 0.02, 0.00, 0.01, 0.00 },
        { 0.12, 0.82, 0.01, 0.00, 0.00, 0.05, 0.00 },
        { 0.09, 0.00, 0.88, 0.03, 0.00, 0.00, 0.00 },
        { 0.06, 0.00, 0.02, 0.91, 0.01, 0.00, 0.00 },
        { 0.17, 0.00, 0.00, 0.04, 0.71, 0.00, 0.08 } } },
    { { { 0.90, 0.03, 0.02, 0.04, 0.01, 0.00, 0.00 },
        { 0.08, 0.86, 0.00, 0.00, 0.00, 0.06, 0.00 },
        { 0.06, 0.02, 0.89, 0.03, 0.00, 0.00, 0.00 },
        { 0.04, 0.00, 0.02, 0.93, 0.01, 0.00, 0.00 },
        { 0.10, 0.00, 0.00, 0.06, 0.78, 0.00, 0.06 } } },
} };
// Inpatients per 1,000 residents by group, to weigh the regions for the inflow.
const std::array<double, Groups> perThousand { 4.0, 3.5, 2.5 };
// Patients from across the border admitted in the home regions, by group: (from, to, count).
struct Crossing
{
    int from;
    int to;
    std::array<double, Groups> patients;
};
const Crossing crossings[] = {
    { 5, 1, { 30, 25, 15 } }, // 北港 → 県北
    { 5, 0, { 20, 5, 0 } }, // 北港 → 県央
    { 6, 4, { 15, 12, 8 } }, // 山辺 → 県西
};

// Demand (claims per month per resident in 2024) and its change to 2030–2050 under 現状投影:
// home visits grow with the old in the capital region and peak early in the rural ones;
// outpatients fall with the population. Populations: 2040 against 2024.
struct Outlook
{
    double homeVisitRate;
    double outpatientRate;
    std::array<double, 5> homeVisits; // 2030, 2035, 2040, 2045, 2050 against 2024
    std::array<double, 5> outpatients;
    double population2040;
};
const Outlook outlooks[Home] = {
    { 0.0128, 0.86, { 1.14, 1.25, 1.31, 1.30, 1.26 }, { 0.99, 0.97, 0.94, 0.90, 0.86 }, 0.93 },
    { 0.0104, 0.92, { 1.06, 1.08, 1.05, 0.98, 0.90 }, { 0.93, 0.86, 0.79, 0.72, 0.65 }, 0.76 },
    { 0.0117, 0.89, { 1.10, 1.17, 1.19, 1.15, 1.09 }, { 0.96, 0.92, 0.87, 0.82, 0.77 }, 0.85 },
    { 0.0121, 0.88, { 1.11, 1.18, 1.21, 1.17, 1.11 }, { 0.96, 0.91, 0.86, 0.81, 0.76 }, 0.86 },
    { 0.0098, 0.94, { 1.05, 1.06, 1.02, 0.95, 0.87 }, { 0.92, 0.84, 0.77, 0.70, 0.63 }, 0.74 },
};
const int outlookYears[5] = { 2030, 2035, 2040, 2045, 2050 };

double rounded(double value, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(value * f) / f;
}

struct Share
{
    int place;
    double share;
};

// The listed partners, largest share first (the region itself included), as MHLW lists them.
QVector<Share> listed(const std::array<double, Places> &patients)
{
    double total = 0;
    for (double p : patients)
        total += p;
    QVector<Share> shares;
    for (int i = 0; i < Places; ++i) {
        if (patients[size_t(i)] > 0 && total > 0)
            shares << Share { i, rounded(patients[size_t(i)] / total, 3) };
    }
    std::stable_sort(shares.begin(), shares.end(),
                     [](const Share &a, const Share &b) { return a.share > b.share; });
    return shares;
}

} // namespace

bool FlowsDemo::write(Dataset &dataset, QString *error)
{
    // Only the demo prefecture's five regions (the national variant has no such table).
    QHash<QString, Region> regions;
    for (const Region &r : GeographyStore(dataset).regions(dataset.homePrefectureCode()))
        regions.insert(r.code, r);
    for (int i = 0; i < Home; ++i) {
        if (!regions.contains(QString::fromUtf16(placeCodes[i])))
            return true;
    }
    const QVector<Edition> editions = FigureStore(dataset).editions();
    if (editions.isEmpty())
        return true;
    const int edition = editions.last().id;

    const QSqlDatabase db = dataset.database();
    SqliteStatement share(
        db,
        QStringLiteral("INSERT INTO region_flow_share (edition_id, region_code, direction, "
                       "function_group, position, partner_region_code, partner_region_name, "
                       "share, missing_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)"));
    SqliteStatement demand(
        db,
        QStringLiteral("INSERT INTO region_demand (edition_id, region_code, kind, fiscal_year, "
                       "scenario, claims_per_month, missing_reason) VALUES (?, ?, ?, ?, ?, ?, "
                       "NULL)"));
    SqliteStatement population(
        db,
        QStringLiteral("INSERT INTO region_population (edition_id, region_code, year, "
                       "population, missing_reason) VALUES (?, ?, ?, ?, NULL)"));
    for (const SqliteStatement *s : { &share, &demand, &population }) {
        if (!s->isPrepared()) {
            *error = s->errorMessage();
            return false;
        }
    }
    auto exec = [error](SqliteStatement &s) {
        if (s.exec())
            return true;
        *error = s.errorMessage();
        return false;
    };

    // Patients by group: [group][from][to], residents of every place (the border regions only
    // with their crossings into the home prefecture).
    std::array<std::array<std::array<double, Places>, Places>, Groups> patients {};
    for (int g = 0; g < Groups; ++g) {
        for (int from = 0; from < Home; ++from) {
            const double residents = double(
                regions.value(QString::fromUtf16(placeCodes[from])).population.value_or(0));
            for (int to = 0; to < Places; ++to)
                patients[size_t(g)][size_t(from)][size_t(to)]
                    = std::round(residents / 1000.0 * perThousand[size_t(g)]
                                 * admittedIn[size_t(g)][size_t(from)][size_t(to)]);
        }
        for (const Crossing &c : crossings)
            patients[size_t(g)][size_t(c.from)][size_t(c.to)] = c.patients[size_t(g)];
    }

    const QStringList groups = FlowKeys::groups(); // all, acute, comprehensive, chronic
    for (int r = 0; r < Home; ++r) {
        const QString code = QString::fromUtf16(placeCodes[r]);
        for (const QString &direction : FlowKeys::directions()) {
            const bool inflow = direction == QLatin1String("inflow");
            double own = 0, total = 0;
            QVector<QVector<Share>> byGroup;
            for (int g = 0; g < Groups; ++g) {
                std::array<double, Places> row {};
                for (int p = 0; p < Places; ++p)
                    row[size_t(p)] = inflow ? patients[size_t(g)][size_t(p)][size_t(r)]
                                            : patients[size_t(g)][size_t(r)][size_t(p)];
                for (int p = 0; p < Places; ++p)
                    total += row[size_t(p)];
                own += row[size_t(r)];
                byGroup << listed(row);
            }
            // "all": the share of other regions over the three groups, no partner.
            share.bind(0, edition);
            share.bind(1, code);
            share.bind(2, direction);
            share.bind(3, groups.at(0));
            share.bind(4, 0);
            share.bindNull(5);
            share.bind(6, QStringLiteral("")); // NOT NULL, empty
            share.bind(7, total > 0 ? rounded(1.0 - own / total, 3) : 0.0);
            if (!exec(share))
                return false;
            for (int g = 0; g < Groups; ++g) {
                const QVector<Share> &shares = byGroup.at(g);
                for (int position = 0; position < shares.size(); ++position) {
                    const Share &s = shares.at(position);
                    share.bind(0, edition);
                    share.bind(1, code);
                    share.bind(2, direction);
                    share.bind(3, groups.at(g + 1));
                    share.bind(4, position + 1); // as listed, from 1
                    share.bind(5, QString::fromUtf16(placeCodes[s.place]));
                    share.bind(6, QString::fromUtf16(placeNames[s.place]));
                    share.bind(7, s.share);
                    if (!exec(share))
                        return false;
                }
            }
        }

        // Demand: 2024 actual and 2030–2050 現状投影; populations of 2024 and 2040.
        const Outlook &o = outlooks[r];
        const qint64 residents = regions.value(code).population.value_or(0);
        const struct
        {
            const char *kind;
            double rate;
            const std::array<double, 5> &change;
        } kinds[] = { { "home_visit", o.homeVisitRate, o.homeVisits },
                      { "outpatient", o.outpatientRate, o.outpatients } };
        for (const auto &k : kinds) {
            const double base = std::round(double(residents) * k.rate);
            auto put = [&](int year, const QString &scenario, double value) {
                demand.bind(0, edition);
                demand.bind(1, code);
                demand.bind(2, QString::fromLatin1(k.kind));
                demand.bind(3, year);
                demand.bind(4, scenario);
                demand.bind(5, value);
                return exec(demand);
            };
            if (!put(2024, QStringLiteral("base"), base))
                return false;
            for (int y = 0; y < 5; ++y) {
                if (!put(outlookYears[y], QStringLiteral("current"),
                         std::round(base * k.change[size_t(y)])))
                    return false;
            }
        }
        for (const auto &[year, persons] :
             { std::pair<int, qint64> { 2024, residents },
               std::pair<int, qint64> { 2040, qRound64(double(residents) * o.population2040) } }) {
            population.bind(0, edition);
            population.bind(1, code);
            population.bind(2, year);
            population.bind(3, persons);
            if (!exec(population))
                return false;
        }
    }
    return true;
}

} // namespace Koso
