#include "analysis/GapTables.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapAnalysis.h"
#include "analysis/HospitalAnalysis.h"
#include "analysis/PlanVsActual.h"
#include "storage/FigureStore.h"

#include <cmath>

namespace Koso {

namespace {

QVariant cell(const BedValue &v)
{
    return v.hasValue() ? QVariant(*v.beds) : QVariant();
}

QVariant cell(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant yearCell(int year)
{
    return year > 0 ? QVariant(year) : QVariant();
}

QVariant rounded(const std::optional<double> &v, int decimals)
{
    if (!v || !std::isfinite(*v))
        return QVariant();
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QString directionKey(GapDirection d)
{
    switch (d) {
    case GapDirection::Over:
        return QStringLiteral("over");
    case GapDirection::Under:
        return QStringLiteral("under");
    case GapDirection::Within:
        return QStringLiteral("within");
    case GapDirection::Unknown:
        break;
    }
    return QString();
}

QVariant directionCell(GapDirection d, GapTables::Header header)
{
    if (d == GapDirection::Unknown)
        return QVariant();
    return header == GapTables::Header::Machine ? directionKey(d) : AnalysisText::directionName(d);
}

} // namespace

QVariant GapTables::ratioCell(const std::optional<double> &ratio)
{
    return rounded(ratio, 4);
}

Table GapTables::regionGap(const AreaGap &area, Header header, const QStringList &notes)
{
    Table t;
    t.title = tr("%1: reported, planned and required beds").arg(AnalysisText::areaTitle(area));
    t.sheetName = area.name;
    if (header == Header::Machine) {
        t.header = QStringList { QStringLiteral("function"),
                                 QStringLiteral("latest_year"),
                                 QStringLiteral("latest"),
                                 QStringLiteral("planned_year"),
                                 QStringLiteral("planned"),
                                 QStringLiteral("required"),
                                 QStringLiteral("latest_minus_required"),
                                 QStringLiteral("planned_minus_required"),
                                 QStringLiteral("latest_ratio"),
                                 QStringLiteral("planned_ratio"),
                                 QStringLiteral("change_since_%1").arg(2015) };
    } else {
        t.header = QStringList { tr("Function"),
                                 tr("Latest year"),
                                 tr("Latest reported (beds)"),
                                 tr("Planned year"),
                                 tr("Planned (beds)"),
                                 tr("Required (beds)"),
                                 tr("Latest − required"),
                                 tr("Planned − required"),
                                 tr("Latest ÷ required"),
                                 tr("Planned ÷ required"),
                                 tr("Change since %1").arg(2015) };
    }
    for (const FunctionGap *f : area.rowsWithTotal()) {
        // Machine-readable tables name functions by their key (HighAcute … Total), as
        // koso export does; people read the display name.
        t.rows << QVector<QVariant> { header == Header::Machine ? f->functionKey : f->displayName(),
                                      yearCell(f->latestYear),
                                      cell(f->latest),
                                      yearCell(f->plannedYear),
                                      cell(f->planned),
                                      cell(f->required),
                                      cell(f->latestMinusRequired),
                                      cell(f->plannedMinusRequired),
                                      ratioCell(f->latestRatio),
                                      ratioCell(f->plannedRatio),
                                      cell(f->changeSinceBase) };
    }
    t.notes = notes;
    return t;
}

Table GapTables::prefectureGap(const QVector<AreaGap> &regions, const AreaGap *prefecture,
                               const AreaGap *nation, Header header, const QStringList &notes)
{
    Table t;
    const QString prefName = prefecture
        ? prefecture->name
        : (regions.isEmpty() ? QString() : regions.first().prefectureName);
    t.title = tr("%1: gap between reported, planned and required beds by region").arg(prefName);
    t.sheetName = prefName;
    const bool machine = header == Header::Machine;

    QVector<const FunctionGap *> functionTemplate;
    const AreaGap *sample = prefecture ? prefecture : (regions.isEmpty() ? nullptr : &regions[0]);
    if (sample) {
        for (const FunctionGap &f : sample->functions) {
            if (f.countsInTotal)
                functionTemplate << &f;
        }
    }

    if (machine) {
        t.header = QStringList { QStringLiteral("code"),
                                 QStringLiteral("name"),
                                 QStringLiteral("latest_year"),
                                 QStringLiteral("latest"),
                                 QStringLiteral("planned_year"),
                                 QStringLiteral("planned"),
                                 QStringLiteral("required"),
                                 QStringLiteral("latest_minus_required"),
                                 QStringLiteral("planned_minus_required"),
                                 QStringLiteral("latest_ratio"),
                                 QStringLiteral("planned_ratio"),
                                 QStringLiteral("change_since_%1").arg(2015),
                                 QStringLiteral("latest_per_100k"),
                                 QStringLiteral("unexplained_gap"),
                                 QStringLiteral("unexplained_rank") };
        for (const FunctionGap *f : std::as_const(functionTemplate)) {
            const QString &k = f->functionKey;
            t.header << k + QStringLiteral("_latest") << k + QStringLiteral("_planned")
                     << k + QStringLiteral("_required") << k + QStringLiteral("_planned_ratio")
                     << k + QStringLiteral("_flag") << k + QStringLiteral("_unexplained_gap")
                     << k + QStringLiteral("_unexplained_rank");
        }
    } else {
        t.header = QStringList { tr("Code"),
                                 tr("Name"),
                                 tr("Latest year"),
                                 tr("Latest reported (beds)"),
                                 tr("Planned year"),
                                 tr("Planned (beds)"),
                                 tr("Required (beds)"),
                                 tr("Latest − required"),
                                 tr("Planned − required"),
                                 tr("Latest ÷ required"),
                                 tr("Planned ÷ required"),
                                 tr("Change since %1").arg(2015),
                                 tr("Latest per 100,000 population"),
                                 tr("Unexplained gap"),
                                 tr("Rank by unexplained gap") };
        for (const FunctionGap *f : std::as_const(functionTemplate)) {
            const QString n = f->displayName();
            t.header << tr("%1 latest").arg(n) << tr("%1 planned").arg(n)
                     << tr("%1 required").arg(n) << tr("%1 planned ÷ required").arg(n)
                     << tr("%1 flag").arg(n) << tr("%1 unexplained gap").arg(n)
                     << tr("%1 rank").arg(n);
        }
    }

    auto rowOf = [&](const AreaGap &a, bool ranked) {
        const FunctionGap &g = a.total;
        QVector<QVariant> row { a.code,
                                a.name,
                                yearCell(g.latestYear),
                                cell(g.latest),
                                yearCell(g.plannedYear),
                                cell(g.planned),
                                cell(g.required),
                                cell(g.latestMinusRequired),
                                cell(g.plannedMinusRequired),
                                ratioCell(g.latestRatio),
                                ratioCell(g.plannedRatio),
                                cell(g.changeSinceBase),
                                rounded(g.latestPer100k, 1),
                                cell(g.unexplainedGap),
                                ranked && g.rank > 0 ? QVariant(g.rank) : QVariant() };
        for (const FunctionGap *tpl : std::as_const(functionTemplate)) {
            const FunctionGap *f = a.find(tpl->functionKey);
            if (!f) {
                row << QVariant() << QVariant() << QVariant() << QVariant() << QVariant()
                    << QVariant() << QVariant();
                continue;
            }
            row << cell(f->latest) << cell(f->planned) << cell(f->required)
                << ratioCell(f->plannedRatio) << directionCell(f->plannedDirection, header)
                << cell(f->unexplainedGap)
                << (ranked && f->rank > 0 ? QVariant(f->rank) : QVariant());
        }
        return row;
    };
    for (const AreaGap &a : regions)
        t.rows << rowOf(a, true);
    if (prefecture)
        t.rows << rowOf(*prefecture, false);
    if (nation)
        t.rows << rowOf(*nation, false);
    t.notes = notes;
    return t;
}

Table GapTables::regionHospitals(const RegionHospitals &hospitals, const BedFunctionList &functions,
                                 Header header, const QStringList &notes)
{
    Table t;
    t.title = tr("%1: facilities by beds").arg(hospitals.regionName);
    t.sheetName = hospitals.regionName;
    const bool machine = header == Header::Machine;
    const QStringList volumes = HospitalAnalysis::volumeKeys();
    BedFunctionList counting;
    for (const BedFunction &f : functions) {
        if (f.countsInTotal)
            counting << f;
    }

    if (machine) {
        t.header = QStringList { QStringLiteral("rank"), QStringLiteral("name"),
                                 QStringLiteral("municipality"), QStringLiteral("kind"),
                                 QStringLiteral("total_with_closed") };
        for (const BedFunction &f : functions)
            t.header << f.key;
        for (const BedFunction &f : counting)
            t.header << f.key + QStringLiteral("_share");
        t.header << QStringLiteral("closed_share") << QStringLiteral("doctors_fulltime")
                 << QStringLiteral("doctors_parttime") << QStringLiteral("doctors_per_100_beds")
                 << QStringLiteral("roles");
        for (const QString &v : volumes)
            t.header << v;
        for (const BedFunction &f : counting)
            t.header << QStringLiteral("los_") + f.key;
    } else {
        t.header = QStringList { tr("Rank"), tr("Facility"), tr("Municipality"), tr("Kind"),
                                 tr("Beds incl. closed") };
        for (const BedFunction &f : functions)
            t.header << f.displayName();
        for (const BedFunction &f : counting)
            t.header << tr("Share of region's %1").arg(f.displayName());
        t.header << tr("Share of region's closed beds") << tr("Doctors (full-time)")
                 << tr("Doctors (part-time)") << tr("Doctors per 100 beds") << tr("Roles");
        for (const QString &v : volumes)
            t.header << HospitalAnalysis::metricName(v);
        for (const BedFunction &f : counting)
            t.header << tr("Mean length of stay: %1").arg(f.displayName());
    }

    auto metricCell = [](const HospitalRow &r, const QString &key, int decimals) -> QVariant {
        if (const auto v = r.metric(key))
            return rounded(v, decimals);
        const auto masked = r.maskedMetrics.constFind(key);
        if (masked != r.maskedMetrics.cend())
            return *masked;
        return QVariant();
    };
    auto shareCell = [](const HospitalRow &r, const QString &key) -> QVariant {
        const auto it = r.shares.constFind(key);
        return it == r.shares.cend() ? QVariant() : rounded(*it, 4);
    };

    for (const HospitalRow &r : hospitals.rows) {
        QVector<QVariant> row;
        row << (r.rank ? QVariant(*r.rank) : QVariant()) << r.hospital.name
            << r.hospital.municipality
            << (r.hospital.kind == HospitalKind::Clinic ? tr("Clinic") : tr("Hospital"))
            << r.totalWithClosed;
        for (const BedFunction &f : functions)
            row << r.bedsOf(f.key);
        for (const BedFunction &f : counting)
            row << shareCell(r, f.key);
        row << shareCell(r, QStringLiteral("Closed"))
            << metricCell(r, QStringLiteral("doctors_fulltime"), 1)
            << metricCell(r, QStringLiteral("doctors_parttime"), 1)
            << rounded(r.doctorsPer100Beds, 1);
        QStringList roles;
        for (const QString &key : HospitalAnalysis::roleKeys()) {
            if (r.hasRole(key))
                roles << HospitalAnalysis::roleName(key);
        }
        row << (roles.isEmpty() ? QVariant() : QVariant(roles.join(tr(", "))));
        for (const QString &v : volumes)
            row << metricCell(r, v, 0);
        for (const BedFunction &f : counting)
            row << metricCell(r, QStringLiteral("los_") + f.key, 1);
        t.rows << row;
    }
    t.notes = notes;
    return t;
}

QStringList GapTables::kindNames()
{
    return { QStringLiteral("region-gap"), QStringLiteral("prefecture-gap"),
             QStringLiteral("region-hospitals"), QStringLiteral("plan-vs-actual") };
}

bool GapTables::isRegionKind(const QString &kind)
{
    return kind != QLatin1String("prefecture-gap");
}

std::optional<Table> GapTables::build(Dataset &dataset, const QString &kind, const QString &code,
                                      double threshold, Header header, QString *error)
{
    if (!kindNames().contains(kind)) {
        *error = tr("Unknown table kind \"%1\"; use one of: %2.")
                     .arg(kind, kindNames().join(tr(", ")));
        return std::nullopt;
    }
    GapAnalysis::Options options;
    options.threshold = threshold;
    GapAnalysis analysis(dataset, options);
    FigureStore figures(dataset);
    const std::optional<Edition> edition = figures.latestEdition();
    const QString source = AnalysisText::sourceLine(edition);

    if (isRegionKind(kind)) {
        const auto region = analysis.region(code);
        if (!region) {
            *error = tr("There is no region %1 in this dataset.").arg(code);
            return std::nullopt;
        }
        if (kind == QLatin1String("plan-vs-actual")) {
            const PlanVsActual plan = PlanVsActual::forRegion(dataset, code);
            if (plan.rows.isEmpty()) {
                *error = tr("Region %1 %2 has no year with both planned beds (見込量) and reported "
                            "beds (実績); import a later edition that reports the planned year.")
                             .arg(code, region->name);
                return std::nullopt;
            }
            return plan.table(header == Header::Machine);
        }
        if (kind == QLatin1String("region-hospitals")) {
            const RegionHospitals hospitals = HospitalAnalysis::forRegion(dataset, code);
            if (hospitals.rows.isEmpty()) {
                *error = tr("The dataset lists no facilities in region %1 %2.")
                             .arg(code, region->name);
                return std::nullopt;
            }
            return regionHospitals(hospitals, figures.bedFunctions(), header,
                                   { AnalysisText::sourceLine(hospitals.edition) });
        }
        return regionGap(*region, header, { source, AnalysisText::caveat(&*region) });
    }
    const auto prefecture = analysis.prefecture(code);
    if (!prefecture || prefecture->kind == AreaKind::Nation) {
        *error = tr("There is no prefecture %1 in this dataset.").arg(code);
        return std::nullopt;
    }
    const QVector<AreaGap> regions = analysis.regions(code);
    if (regions.isEmpty()) {
        *error = tr("The dataset holds no regions of %1 %2.").arg(code, prefecture->name);
        return std::nullopt;
    }
    const auto nation = analysis.nation();
    const QString thresholdNote
        = tr("Flags: over or under the required beds by more than %1. Unexplained gap: planned − "
             "required beyond that band and beyond the beds of facilities that did not report.")
              .arg(AnalysisText::percent(threshold, 0));
    return prefectureGap(regions, &*prefecture,
                         nation && nation->total.latest.hasValue() ? &*nation : nullptr, header,
                         { source, AnalysisText::caveat(&*prefecture), thresholdNote });
}

} // namespace Koso
