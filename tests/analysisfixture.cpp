#include "analysisfixture.h"

#include "io/TableReader.h"
#include "model/Hospital.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QHash>

using namespace Koso;

namespace AnalysisFixture {

namespace {

const QStringList functionKeys { QStringLiteral("HighAcute"), QStringLiteral("Acute"),
                                 QStringLiteral("Recovery"), QStringLiteral("Chronic") };

struct Writer
{
    FigureStore &figures;
    int edition;
    QString *error;

    // values: four functions; a negative number stands for "no value" (「未報告」).
    bool put(FigureStore::Area area, const QString &code, Measure m, int year,
             const QVector<qint64> &values)
    {
        for (int i = 0; i < functionKeys.size(); ++i) {
            BedFigure f;
            f.areaCode = code;
            f.measure = m;
            f.year = year;
            f.functionKey = functionKeys.at(i);
            f.value = values.at(i) < 0 ? BedValue::missing(QStringLiteral("未報告"))
                                       : BedValue::of(values.at(i));
            f.editionId = edition;
            if (!figures.putBed(area, f, error))
                return false;
        }
        return true;
    }
    bool rate(FigureStore::Area area, const QString &code, int year, double rate)
    {
        return figures.putReportingRate(
            area, ReportingRate { code, year, rate, QString(), edition }, error);
    }
};

struct HospitalSpec
{
    int rank;
    QString name;
    QString municipality;
    HospitalKind kind;
    QVector<qint64> beds; // HighAcute, Acute, Recovery, Chronic, Closed
    QStringList roles;
    QMap<QString, double> metrics;
    QMap<QString, QString> masked;
};

} // namespace

bool build(Dataset &dataset, const QString &path, QString *error)
{
    if (!dataset.create(path, QStringLiteral("01"), error))
        return false;
    Transaction tx(dataset.database());
    GeographyStore geography(dataset);
    FigureStore figures(dataset);
    HospitalStore hospitals(dataset);
    const int edition = figures.ensureEdition(QStringLiteral("令和6年度"), 2024, error);
    if (edition == 0)
        return false;

    Prefecture nation { QStringLiteral("00"), QStringLiteral("全国"), 126146099, std::nullopt };
    if (!geography.upsertPrefecture(nation, error))
        return false;
    const QVector<Region> regions {
        { QStringLiteral("0101"), QStringLiteral("01"), QStringLiteral("南渡島"), 359223, 2670.6 },
        { QStringLiteral("0102"), QStringLiteral("01"), QStringLiteral("南檜山"), 21139, 1423.38 },
        { QStringLiteral("0103"), QStringLiteral("01"), QStringLiteral("北渡島檜山"), 33405,
          2473.77 },
        { QStringLiteral("0199"), QStringLiteral("01"), QStringLiteral("テスト区域"), 10000,
          100.0 },
    };
    for (const Region &r : regions) {
        if (!geography.upsertRegion(r, error))
            return false;
    }

    Writer w { figures, edition, error };
    using A = FigureStore::Area;
    const bool ok =
        // 0101 南渡島: MHLW R6 (2018 invented).
        w.put(A::Region, QStringLiteral("0101"), Measure::Reported, 2015, { 382, 3310, 472, 1431 })
        && w.put(A::Region, QStringLiteral("0101"), Measure::Reported, 2018,
                 { 800, 2600, 600, 1300 })
        && w.put(A::Region, QStringLiteral("0101"), Measure::Reported, 2024,
                 { 940, 2363, 785, 1155 })
        && w.put(A::Region, QStringLiteral("0101"), Measure::Planned, 2025,
                 { 956, 2322, 778, 1160 })
        && w.put(A::Region, QStringLiteral("0101"), Measure::Required, 2025,
                 { 585, 1759, 1618, 895 })
        && w.rate(A::Region, QStringLiteral("0101"), 2015, 0.95)
        && w.rate(A::Region, QStringLiteral("0101"), 2024, 0.98)
        // 0102 南檜山
        && w.put(A::Region, QStringLiteral("0102"), Measure::Reported, 2015, { 0, 202, 0, 197 })
        && w.put(A::Region, QStringLiteral("0102"), Measure::Reported, 2024, { 0, 168, 0, 165 })
        && w.put(A::Region, QStringLiteral("0102"), Measure::Planned, 2025, { 0, 168, 0, 141 })
        && w.put(A::Region, QStringLiteral("0102"), Measure::Required, 2025, { 0, 56, 119, 70 })
        && w.rate(A::Region, QStringLiteral("0102"), 2024, 1.0)
        // 0103 北渡島檜山
        && w.put(A::Region, QStringLiteral("0103"), Measure::Reported, 2015, { 0, 370, 52, 571 })
        && w.put(A::Region, QStringLiteral("0103"), Measure::Reported, 2024, { 0, 124, 375, 214 })
        && w.put(A::Region, QStringLiteral("0103"), Measure::Planned, 2025, { 0, 91, 375, 214 })
        && w.put(A::Region, QStringLiteral("0103"), Measure::Required, 2025, { 18, 103, 196, 228 })
        && w.rate(A::Region, QStringLiteral("0103"), 2024, 1.0)
        // 0199 テスト区域 (invented)
        && w.put(A::Region, QStringLiteral("0199"), Measure::Reported, 2015, { 0, 100, 20, 50 })
        && w.put(A::Region, QStringLiteral("0199"), Measure::Reported, 2024, { 12, 90, 30, 40 })
        && w.put(A::Region, QStringLiteral("0199"), Measure::Planned, 2025, { 12, 80, 40, -1 })
        && w.put(A::Region, QStringLiteral("0199"), Measure::Required, 2025, { 0, 60, 50, 45 })
        && w.rate(A::Region, QStringLiteral("0199"), 2024, 0.9)
        // The nation (MHLW R6).
        && w.put(A::Prefecture, QStringLiteral("00"), Measure::Reported, 2015,
                 { 169466, 596137, 130481, 354667 })
        && w.put(A::Prefecture, QStringLiteral("00"), Measure::Reported, 2024,
                 { 157639, 515205, 206699, 298913 })
        && w.put(A::Prefecture, QStringLiteral("00"), Measure::Planned, 2025,
                 { 159668, 510496, 210284, 292980 })
        && w.put(A::Prefecture, QStringLiteral("00"), Measure::Required, 2025,
                 { 130455, 400632, 375246, 284488 })
        && w.rate(A::Prefecture, QStringLiteral("00"), 2015, 0.954)
        && w.rate(A::Prefecture, QStringLiteral("00"), 2024, 0.982);
    if (!ok)
        return false;

    // 0101's facilities (the first as MHLW lists it; the others invented).
    const QVector<HospitalSpec> specs {
        { 1,
          QStringLiteral("市立函館病院"),
          QStringLiteral("函館市"),
          HospitalKind::Hospital,
          { 292, 270, 0, 0, 20 },
          { QStringLiteral("regional_support"), QStringLiteral("tertiary_emergency"),
            QStringLiteral("secondary_emergency") },
          { { QStringLiteral("doctors_fulltime"), 129 },
            { QStringLiteral("doctors_parttime"), 0 },
            { QStringLiteral("ambulance"), 6767 },
            { QStringLiteral("general_anaesthesia"), 1694 },
            { QStringLiteral("births"), 101 },
            { QStringLiteral("operations"), 5495 },
            { QStringLiteral("los_HighAcute"), 11.944 },
            { QStringLiteral("los_Acute"), 11.871 } },
          { { QStringLiteral("los_Recovery"), QStringLiteral("-") } } },
        { 2,
          QStringLiteral("函館五稜郭病院"),
          QStringLiteral("函館市"),
          HospitalKind::Hospital,
          { 300, 180, 0, 0, 0 },
          { QStringLiteral("regional_support"), QStringLiteral("secondary_emergency") },
          { { QStringLiteral("doctors_fulltime"), 90 },
            { QStringLiteral("doctors_parttime"), 12.5 },
            { QStringLiteral("ambulance"), 4000 } },
          { { QStringLiteral("births"), QStringLiteral("*") } } },
        { 3,
          QStringLiteral("医療法人　七飯療養病院"),
          QStringLiteral("七飯町"),
          HospitalKind::Hospital,
          { 0, 0, 60, 240, 100 },
          {},
          { { QStringLiteral("doctors_fulltime"), 8 } },
          {} },
        { 4,
          QStringLiteral("北斗回復期病院"),
          QStringLiteral("北斗市"),
          HospitalKind::Hospital,
          { 0, 60, 120, 0, 0 },
          { QStringLiteral("home_care_support") },
          {},
          {} },
        { 5,
          QStringLiteral("=HYPERLINK(\"x\") 診療所"),
          QStringLiteral("函館市"),
          HospitalKind::Clinic,
          { 0, 19, 0, 0, 0 },
          {},
          {},
          {} },
    };
    const QStringList bedKeys = functionKeys + QStringList { QStringLiteral("Closed") };
    for (const HospitalSpec &s : specs) {
        Hospital h;
        h.regionCode = QStringLiteral("0101");
        h.name = s.name;
        h.municipality = s.municipality;
        h.kind = s.kind;
        const qint64 id = hospitals.insert(h, error);
        if (id == 0)
            return false;
        HospitalFigures f;
        f.hospitalId = id;
        f.editionId = edition;
        f.rank = s.rank;
        f.roles = s.roles;
        for (int i = 0; i < bedKeys.size(); ++i)
            f.beds.insert(bedKeys.at(i), s.beds.at(i));
        f.metrics = s.metrics;
        f.maskedMetrics = s.masked;
        if (!hospitals.putFigures(f, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    return true;
}

bool buildFromReference(Dataset &dataset, const QString &path, const QString &referenceDir,
                        const QString &homePrefecture, QString *error)
{
    const QDir dir(referenceDir);
    TableData regionsCsv, prefecturesCsv;
    if (!TableReader::read(dir.filePath(QStringLiteral("koso_kuiki_beds.csv")), &regionsCsv, error)
        || !TableReader::read(dir.filePath(QStringLiteral("prefecture_beds_by_year.csv")),
                              &prefecturesCsv, error))
        return false;
    if (!dataset.create(path, homePrefecture, error))
        return false;
    Transaction tx(dataset.database());
    GeographyStore geography(dataset);
    FigureStore figures(dataset);
    const int edition = figures.ensureEdition(QStringLiteral("令和6年度"), 2024, error);
    if (edition == 0)
        return false;
    Writer w { figures, edition, error };
    const QStringList ja { QStringLiteral("高度急性期"), QStringLiteral("急性期"),
                           QStringLiteral("回復期"), QStringLiteral("慢性期") };

    auto headerOf = [](const TableData &t) {
        QStringList h;
        for (int c = 0; c < t.rows.value(0).size(); ++c)
            h << t.text(0, c);
        return h;
    };
    const QStringList header = headerOf(regionsCsv);
    for (int i = 1; i < regionsCsv.rows.size(); ++i) {
        auto cell = [&](const QString &name) {
            return regionsCsv.text(i, int(header.indexOf(name)));
        };
        Region r;
        r.code = cell(QStringLiteral("area_code"));
        r.prefectureCode = cell(QStringLiteral("pref_code"));
        r.name = cell(QStringLiteral("area_name"));
        r.population = cell(QStringLiteral("population_2020")).toLongLong();
        r.areaKm2 = cell(QStringLiteral("area_km2_2020")).toDouble();
        if (!geography.upsertRegion(r, error))
            return false;
        auto values = [&](const QString &prefix) {
            QVector<qint64> v;
            for (const QString &f : ja)
                v << cell(prefix + f).toLongLong();
            return v;
        };
        if (!w.put(FigureStore::Area::Region, r.code, Measure::Reported, 2015,
                   values(QStringLiteral("reported2015_")))
            || !w.put(FigureStore::Area::Region, r.code, Measure::Reported, 2024,
                      values(QStringLiteral("reported2024_")))
            || !w.put(FigureStore::Area::Region, r.code, Measure::Planned, 2025,
                      values(QStringLiteral("planned2025_R6_")))
            || !w.put(FigureStore::Area::Region, r.code, Measure::Required, 2025,
                      values(QStringLiteral("need2025_"))))
            return false;
    }

    // prefecture_beds_by_year: one row per prefecture and function.
    const QStringList ph = headerOf(prefecturesCsv);
    QHash<QString, QHash<QString, int>> byPrefecture; // code → function → row
    for (int i = 1; i < prefecturesCsv.rows.size(); ++i)
        byPrefecture[prefecturesCsv.text(i, 0)][prefecturesCsv.text(i, 2)] = i;
    for (auto p = byPrefecture.cbegin(); p != byPrefecture.cend(); ++p) {
        auto values = [&](const QString &col) {
            QVector<qint64> v;
            for (const QString &f : ja)
                v << prefecturesCsv.text(p->value(f), int(ph.indexOf(col))).toLongLong();
            return v;
        };
        for (int year : { 2015, 2018, 2019, 2020, 2021, 2022, 2023, 2024 }) {
            if (!w.put(FigureStore::Area::Prefecture, p.key(), Measure::Reported, year,
                       values(QStringLiteral("reported_%1").arg(year))))
                return false;
        }
        if (!w.put(FigureStore::Area::Prefecture, p.key(), Measure::Planned, 2025,
                   values(QStringLiteral("planned_2025_R6")))
            || !w.put(FigureStore::Area::Prefecture, p.key(), Measure::Required, 2025,
                      values(QStringLiteral("need_2025"))))
            return false;
    }
    // Prefecture populations from their regions.
    QHash<QString, qint64> population;
    for (const Region &r : geography.regions())
        population[r.prefectureCode] += r.population.value_or(0);
    for (const Prefecture &p : geography.prefectures()) {
        if (p.isNational() || !population.contains(p.code))
            continue;
        Prefecture updated = p;
        updated.population = population.value(p.code);
        if (!geography.upsertPrefecture(updated, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    return true;
}

} // namespace AnalysisFixture
