#include "demo/DemoGenerator.h"

#include "checklist/ChecklistDemo.h"
#include "demo/DemoRandom.h"
#include "demo/FlowsDemo.h"
#include "demo/PlanningDemo.h"
#include "demo/PolicyDemo.h"
#include "demo/SessionsDemo.h"
#include "model/BedFigure.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/JapaneseDate.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>
#include <vector>

namespace Koso {

namespace {

QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Indexes into Beds, in the order of the bed_function table.
enum Fn { HighAcute, Acute, Recovery, Chronic, Closed, FunctionCount };
using Beds = std::array<qint64, FunctionCount>;

const QString &functionKey(int fn)
{
    static const std::array<QString, FunctionCount> keys {
        QStringLiteral("HighAcute"), QStringLiteral("Acute"), QStringLiteral("Recovery"),
        QStringLiteral("Chronic"), QStringLiteral("Closed")
    };
    return keys.at(size_t(fn));
}

qint64 totalOfFour(const Beds &b)
{
    return b[HighAcute] + b[Acute] + b[Recovery] + b[Chronic];
}

void addTo(Beds &sum, const Beds &b)
{
    for (int f = 0; f < FunctionCount; ++f)
        sum[size_t(f)] += b[size_t(f)];
}

enum class Archetype {
    University, // 特定機能病院 (大学病院)
    PrefecturalCentral, // 県立中央病院
    CorePublic, // 市立病院: the region's core hospital
    QuasiAcute, // 赤十字, 済生会, 厚生連, JCHO, 共済
    NhoCenter, // 国立病院機構: chronic and disability wards
    TownHospital, // 町立病院
    PrivateAcute,
    PrivateMixed, // ケアミックス
    Rehabilitation,
    LongTermCare,
    Orthopaedic,
    ClinicGeneral, // 有床診療所 from here on
    ClinicObstetric,
    ClinicLongTerm,
    ClinicEye,
    ClinicPublic // 国民健康保険診療所 of a village
};

bool isClinic(Archetype a)
{
    return a >= Archetype::ClinicGeneral;
}

enum class QuasiKind { RedCross, Saiseikai, Kouseiren, Jcho, Kyosai, Nho };

// A number of beds drawn for one function: with the chance given (1: always, without a draw
// of the chance), else none; only for tertiary hospitals or only for the others if asked.
struct BedDraw
{
    enum class When { Always, Tertiary, NotTertiary };
    int function;
    double chance;
    int low;
    int high;
    When when = When::Always;
};

// A facility's chance of something: 1 and 0 are certain and draw nothing.
bool happens(double chance, DemoRandom &r)
{
    return chance >= 1 || (chance > 0 && r.chance(chance));
}

// Everything the generator draws differently by the kind of facility, in the order it draws.
struct ArchetypeTraits
{
    Archetype type;
    OwnerGroup ownerGroup;
    // Name patterns ({m} municipality, {s} surname, {k} society, _ a full-width space), in a
    // city and elsewhere (none: as in a city); none in a city: the name is made otherwise.
    const char16_t *cityNames;
    const char16_t *townNames;
    // Beds by function in the 2024 report.
    std::vector<BedDraw> beds;
    // Full-time doctors per bed (none for clinics: one or two).
    double doctorsLow;
    double doctorsHigh;
    // Roles: a fixed one, 地域医療支援病院 from a size on (with a chance), 救急, 在宅療養支援.
    const char16_t *role;
    int supportFromBeds; // -1: never
    double supportChance;
    double emergency;
    double homeCare;
    double obstetrics;
    // General anaesthesias a year per acute bed (with high-acute beds when asked); none:
    // rare, as for any small hospital.
    double anaesthesiaLow;
    double anaesthesiaHigh;
    bool anaesthesiaWithHighAcute;
};

using When = BedDraw::When;

const std::vector<ArchetypeTraits> &archetypes()
{
    // clang-format off
    // type, owner group, names in a city, elsewhere; beds; doctors per bed; fixed role,
    // 地域医療支援病院 from beds and chance; chances of 救急, 在宅療養支援, obstetrics;
    // anaesthesias per bed, with high-acute beds.
    static const std::vector<ArchetypeTraits> table {
        { Archetype::University, OwnerGroup::QuasiPublic,
          nullptr,
          nullptr,
          { { HighAcute, 1, 280, 420 }, { Acute, 1, 220, 340 } },
          0.45, 0.6, u"special", -1, 0, 0, 0, 1, 8, 12, true },
        { Archetype::PrefecturalCentral, OwnerGroup::Public,
          nullptr,
          nullptr,
          { { HighAcute, 1, 80, 150 }, { Acute, 1, 300, 420 }, { Recovery, 0.5, 30, 50 } },
          0.25, 0.32, u"regional_support", -1, 0, 0, 0, 1, 8, 12, true },
        { Archetype::CorePublic, OwnerGroup::Public,
          u"{m}市立病院 {m}市民病院 市立{m}総合病院 公立{m}病院",
          u"{m}町立病院 公立{m}病院",
          { { HighAcute, 1, 20, 80, When::Tertiary }, { HighAcute, 0.4, 4, 20, When::NotTertiary },
            { Acute, 1, 180, 320 }, { Recovery, 0.6, 30, 50 }, { Chronic, 0.3, 30, 50 } },
          0.15, 0.22, nullptr, 200, 1, 1, 0, 0.7, 3, 6, false },
        { Archetype::QuasiAcute, OwnerGroup::QuasiPublic,
          nullptr,
          nullptr,
          { { HighAcute, 0.5, 8, 40 }, { Acute, 1, 140, 280 }, { Recovery, 0.5, 30, 55 },
            { Chronic, 0.2, 30, 50 } },
          0.14, 0.2, nullptr, 250, 0.6, 1, 0, 0.4, 3, 6, false },
        { Archetype::NhoCenter, OwnerGroup::QuasiPublic,
          nullptr,
          nullptr,
          { { Acute, 1, 40, 100 }, { Chronic, 1, 120, 260 } },
          0.06, 0.09, nullptr, -1, 0, 0, 0, 0, 0, 0, false },
        { Archetype::TownHospital, OwnerGroup::Public,
          u"{m}町立病院 国民健康保険{m}病院 町立{m}中央病院",
          nullptr,
          { { Acute, 1, 30, 60 }, { Recovery, 0.4, 20, 40 }, { Chronic, 0.6, 20, 50 } },
          0.05, 0.08, nullptr, -1, 0, 0.6, 0.4, 0, 0, 0, false },
        { Archetype::PrivateAcute, OwnerGroup::Private,
          u"医療法人{k}_{s}病院 医療法人社団{k}_{m}中央病院 医療法人{k}_{m}第一病院 "
          u"医療法人{k}_{s}外科病院 医療法人社団{k}_{m}協立病院",
          nullptr,
          { { Acute, 1, 50, 170 }, { Recovery, 0.35, 20, 50 } },
          0.08, 0.14, nullptr, -1, 0, 0.6, 0, 0.1, 2, 6, false },
        { Archetype::PrivateMixed, OwnerGroup::Private,
          u"医療法人{k}_{s}記念病院 医療法人社団{k}_{m}南病院 医療法人{k}_{s}総合病院",
          nullptr,
          { { Acute, 1, 30, 90 }, { Recovery, 1, 30, 60 }, { Chronic, 1, 40, 120 } },
          0.05, 0.08, nullptr, -1, 0, 0.3, 0.4, 0, 0, 0, false },
        { Archetype::Rehabilitation, OwnerGroup::Private,
          u"医療法人社団{k}_{m}リハビリテーション病院 医療法人{k}_{s}リハビリテーション病院",
          nullptr,
          { { Recovery, 1, 60, 160 }, { Chronic, 0.4, 30, 60 } },
          0.03, 0.05, nullptr, -1, 0, 0, 0.3, 0, 0, 0, false },
        { Archetype::LongTermCare, OwnerGroup::Private,
          u"医療法人{k}_{m}療養病院 医療法人{k}_{s}病院 医療法人社団{k}_{m}温泉病院 "
          u"医療法人{k}_{s}内科病院",
          nullptr,
          { { Chronic, 1, 60, 220 }, { Recovery, 0.25, 20, 50 } },
          0.02, 0.04, nullptr, -1, 0, 0, 0.3, 0, 0, 0, false },
        { Archetype::Orthopaedic, OwnerGroup::Private,
          u"医療法人{k}_{s}整形外科病院 医療法人社団{k}_{m}整形外科病院",
          nullptr,
          { { Acute, 1, 30, 80 }, { Recovery, 0.4, 15, 40 } },
          0.06, 0.1, nullptr, -1, 0, 0.3, 0, 0, 2, 6, false },
        { Archetype::ClinicGeneral, OwnerGroup::Private,
          u"{s}内科クリニック 医療法人{k}_{s}医院 {s}クリニック {m}外科クリニック",
          nullptr,
          { { Acute, 1, 6, 19 } },
          0, 0, nullptr, -1, 0, 0, 0, 0, 0, 0, false },
        { Archetype::ClinicObstetric, OwnerGroup::Private,
          u"{s}レディースクリニック 医療法人{k}_{s}産婦人科医院",
          nullptr,
          { { Acute, 1, 6, 19 } },
          0, 0, nullptr, -1, 0, 0, 0, 1, 0, 0, false },
        { Archetype::ClinicLongTerm, OwnerGroup::Private,
          u"{s}医院 医療法人{k}_{s}内科医院",
          nullptr,
          { { Chronic, 1, 6, 19 } },
          0, 0, nullptr, -1, 0, 0, 0.3, 0, 0, 0, false },
        { Archetype::ClinicEye, OwnerGroup::Private,
          u"{s}眼科クリニック {s}眼科医院",
          nullptr,
          { { Acute, 1, 4, 12 } },
          0, 0, nullptr, -1, 0, 0, 0, 0, 0, 0, false },
        { Archetype::ClinicPublic, OwnerGroup::Public,
          u"国民健康保険{m}診療所",
          nullptr,
          { { Chronic, 1, 6, 19 } },
          0, 0, nullptr, -1, 0, 0, 0.3, 0, 0, 0, false },
    };
    // clang-format on
    return table;
}

const ArchetypeTraits &traitsOf(Archetype type)
{
    const ArchetypeTraits &traits = archetypes().at(size_t(type));
    Q_ASSERT(traits.type == type); // the table is in the order of the enum
    return traits;
}

// The name of a hospital of the quasi-public groups, by group.
const char16_t *const quasiPatterns[] = {
    u"{m}赤十字病院", u"済生会{m}病院", u"{m}厚生病院",
    u"JCHO{m}病院",   u"{m}共済病院",   u"国立病院機構{m}医療センター",
};

struct RegionPlan
{
    Region region;
    QStringList municipalities; // with 市/町/村; the first is the main city
    int hospitals = 0;
    int clinics = 0;
    bool university = false;
    bool central = false;
    bool tertiaryCore = false;
    QVector<QuasiKind> quasi;
};

struct Facility
{
    int region = 0;
    Archetype type = Archetype::PrivateAcute;
    Hospital hospital;
    std::array<Beds, 2> beds {}; // per edition: the 2023 and the 2024 report
    std::array<int, 2> rank {};
    QStringList roles;
    bool obstetrics = false;
    bool emergency = false;
    bool tertiary = false;
};

struct EditionPlan
{
    QString label;
    int fiscalYear = 0;
    int reportYear = 0;
    int id = 0;
};

QString municipalityBase(const QString &municipality)
{
    return municipality.left(municipality.size() - 1);
}

bool isCity(const QString &municipality)
{
    return municipality.endsWith(QChar(u'市'));
}

// MHLW's national totals (令和6年度 edition) for 全国 00 in the demo, so that the prefecture
// can be compared with the nation: reported 2015 and 2018–2024, 見込量 2025, 必要量 2025.
const int nationalYears[] = { 2015, 2018, 2019, 2020, 2021, 2022, 2023, 2024 };
const qint64 nationalReported[4][8] = {
    { 169466, 159612, 158150, 155991, 155243, 157261, 159530, 157639 },
    { 596137, 570850, 552880, 546798, 549279, 533476, 525400, 515205 },
    { 130481, 172394, 186285, 189391, 192956, 199495, 203999, 206699 },
    { 354667, 349844, 335271, 316670, 312079, 308416, 302760, 298913 },
};
const qint64 nationalPlanned2025[4] = { 159668, 510496, 210284, 292980 };
const qint64 nationalRequired2025[4] = { 130455, 400632, 375246, 284488 };

} // namespace

struct DemoGenerator::State
{
    std::unique_ptr<GeographyStore> geography;
    std::unique_ptr<FigureStore> figures;
    std::unique_ptr<HospitalStore> hospitals;

    QString homeName;
    QVector<RegionPlan> regions;
    QVector<Facility> facilities;
    QVector<qint64> facilityIds;
    std::array<EditionPlan, 2> editions;
    // Every region's reported beds by year (2015–2024) before editions pick their years.
    QVector<std::map<int, Beds>> series;
    // What was written for regions, summed per prefecture: (prefecture, edition index,
    // measure, year) → beds.
    std::map<std::tuple<QString, int, int, int>, Beds> prefectureSums;
    // Reporting rates by region and year, and the facility count that weighs them.
    QVector<std::map<int, double>> rates;

    bool national = false;

    QVector<int> reportedYears(int reportYear) const
    {
        QVector<int> years { 2015 };
        // MHLW's workbooks skip 2016 and 2017; the benchmark dataset has every year.
        for (int y = national ? 2016 : 2018; y <= reportYear; ++y)
            years << y;
        return years;
    }
};

QString DemoGenerator::demoPrefectureCode()
{
    return QStringLiteral("99");
}

QString DemoGenerator::demoPrefectureName()
{
    return QStringLiteral("サンプル県");
}

QString DemoGenerator::nationalHomePrefectureCode()
{
    return QStringLiteral("13");
}

QString DemoGenerator::variantMetaKey()
{
    return QStringLiteral("demo_variant");
}

DemoGenerator::DemoGenerator(Variant variant, quint64 seed)
    : m_variant(variant)
    , m_seed(seed)
    , m_referenceDate(SessionsDemo::defaultReferenceDate())
{ }

DemoGenerator::~DemoGenerator() = default;

QString DemoGenerator::homePrefectureCode() const
{
    return m_variant == Variant::Prefecture ? demoPrefectureCode() : nationalHomePrefectureCode();
}

QVector<DemoGenerator::Step> DemoGenerator::steps()
{
    auto member = [this](bool (DemoGenerator::*fn)(Dataset &, DemoRandom &, QString *)) {
        return [this, fn](Dataset &dataset, DemoRandom &random, QString *error) {
            return (this->*fn)(dataset, random, error);
        };
    };
    return {
        { QStringLiteral("geography"), member(&DemoGenerator::geography) },
        { QStringLiteral("editions"), member(&DemoGenerator::editions) },
        { QStringLiteral("hospitals"), member(&DemoGenerator::hospitals) },
        { QStringLiteral("doctors"), member(&DemoGenerator::doctors) },
        { QStringLiteral("clinical-volumes"), member(&DemoGenerator::clinicalVolumes) },
        { QStringLiteral("region-figures"), member(&DemoGenerator::regionFigures) },
        { QStringLiteral("prefecture-figures"), member(&DemoGenerator::prefectureFigures) },
        { QStringLiteral("reporting-rates"), member(&DemoGenerator::reportingRates) },
        // Two self-assessments (令和5年度, 令和6年度) so the comparison has something to show.
        { QStringLiteral("checklist"),
          [](Dataset &dataset, DemoRandom &, QString *error) {
              return ChecklistDemo::populate(&dataset, 2024, error);
          } },
        // Councils with their meetings, and a response policy with its history for
        // every facility of the home prefecture.
        { QStringLiteral("policies-councils"),
          [](Dataset &dataset, DemoRandom &random, QString *error) {
              return PolicyDemo::write(
                  dataset, [&random] { return random.next(); }, error);
          } },
        // Yearly targets, PDCA, promotion regions and a 推進区域対応方針 (fixed, no randomness).
        { QStringLiteral("planning"),
          [](Dataset &dataset, DemoRandom &, QString *error) {
              return PlanningDemo::write(dataset, error);
          } },
        // Patient flows among the regions and across the border, demand to 2050 (fixed).
        { QStringLiteral("flows"),
          [](Dataset &dataset, DemoRandom &, QString *error) {
              return FlowsDemo::write(dataset, error);
          } },
        // Study sessions with banks, the support measures and good practices, dated around
        // the reference date (no randomness).
        { QStringLiteral("sessions"),
          [this](Dataset &dataset, DemoRandom &, QString *error) {
              return SessionsDemo::write(dataset, m_referenceDate, error);
          } },
    };
}

bool DemoGenerator::write(const QString &path, QString *error)
{
    Dataset dataset;
    const QString name = m_variant == Variant::Prefecture ? demoPrefectureName() : QString();
    if (!dataset.create(path, homePrefectureCode(), error, name))
        return false;
    if (!fill(dataset, error)) {
        dataset.close();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        return false;
    }
    dataset.close();
    return true;
}

bool DemoGenerator::writeFile(const QString &path, bool replace, QString *error)
{
    const QFileInfo target(path);
    if (target.exists() && !replace) {
        *error = tr("%1 already exists.").arg(path);
        return false;
    }
    if (target.exists() && !target.isFile()) {
        *error = tr("%1 is not a file.").arg(path);
        return false;
    }
    const QString partial
        = path + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    if (!write(partial, error)) {
        // The message names the temporary file; the user asked for path.
        error->replace(partial, path);
        return false;
    }
    // A stale WAL next to the old file would be replayed into the new one.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData())
        != 0) {
        QFile::remove(partial);
        *error = tr("Cannot move the new dataset into place as %1.").arg(path);
        return false;
    }
    return true;
}

bool DemoGenerator::fill(Dataset &dataset, QString *error)
{
    if (dataset.homePrefectureCode() != homePrefectureCode()) {
        *error = tr("The demo dataset needs home prefecture %1, not %2.")
                     .arg(homePrefectureCode(), dataset.homePrefectureCode());
        return false;
    }
    d = std::make_unique<State>();
    d->national = m_variant == Variant::National;
    d->geography = std::make_unique<GeographyStore>(dataset);
    d->figures = std::make_unique<FigureStore>(dataset);
    d->hospitals = std::make_unique<HospitalStore>(dataset);

    Transaction tx(dataset.database());
    if (!tx.isActive()) {
        *error = tx.errorMessage();
        return false;
    }
    const QVector<Step> all = steps();
    for (const Step &step : all) {
        DemoRandom random(m_seed, DemoRandom::streamFor(step.name));
        QString message;
        if (!step.run(dataset, random, &message)) {
            *error = tr("Writing the demo data failed at step \"%1\": %2").arg(step.name, message);
            d.reset();
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tx.errorMessage();
        d.reset();
        return false;
    }
    d.reset();
    dataset.notifyChanged(DataChange::All);
    return true;
}

// --- geography -----------------------------------------------------------------------------

bool DemoGenerator::geography(Dataset &dataset, DemoRandom &random, QString *error)
{
    if (!SqlQuery::run(dataset.database(),
                       QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       error,
                       { variantMetaKey(),
                         d->national ? QStringLiteral("national") : QStringLiteral("prefecture") }))
        return false;

    if (!d->national) {
        struct Spec
        {
            const char16_t *code;
            const char16_t *name;
            qint64 population;
            double area;
            const char16_t *municipalities;
            int hospitals;
            int clinics;
        };
        // Five regions of a mid-sized prefecture of 1.16 million people; the capital region
        // holds the university hospital and the prefectural central hospital.
        static const Spec specs[] = {
            { u"9901", u"県央", 438214, 1118.42, u"葵市 桜台市 緑ヶ丘町 本宮町", 22, 6 },
            { u"9902", u"県北", 151873, 2476.15, u"北浜市 雪見町 白川村", 10, 4 },
            { u"9903", u"県東", 213655, 1352.80, u"朝日市 東浦町 日向町", 12, 4 },
            { u"9904", u"県南", 262980, 1607.33, u"南原市 若葉市 海辺町", 14, 4 },
            { u"9905", u"県西", 92517, 1938.61, u"西山市 川上町 森野村", 7, 3 },
        };
        const QVector<QVector<QuasiKind>> quasi = {
            { QuasiKind::RedCross, QuasiKind::Nho },
            { QuasiKind::Kouseiren },
            { QuasiKind::Saiseikai },
            { QuasiKind::Jcho, QuasiKind::Kyosai },
            {},
        };
        d->homeName = demoPrefectureName();
        qint64 population = 0;
        double area = 0;
        for (int i = 0; i < 5; ++i) {
            const Spec &s = specs[i];
            RegionPlan plan;
            plan.region.code = QString::fromUtf16(s.code);
            plan.region.prefectureCode = demoPrefectureCode();
            plan.region.name = QString::fromUtf16(s.name);
            plan.region.population = s.population;
            plan.region.areaKm2 = s.area;
            plan.municipalities = words(QString::fromUtf16(s.municipalities));
            plan.hospitals = s.hospitals;
            plan.clinics = s.clinics;
            plan.university = i == 0;
            plan.central = i == 0;
            plan.tertiaryCore = i == 3;
            plan.quasi = quasi.at(i);
            population += s.population;
            area += s.area;
            d->regions << plan;
        }
        Prefecture home { demoPrefectureCode(), demoPrefectureName(), population,
                          std::round(area * 100) / 100 };
        if (!d->geography->upsertPrefecture(home, error))
            return false;
    } else {
        // 339 regions over the 47 prefectures, 3 to 21 each.
        QVector<int> counts;
        int sum = 0;
        for (int p = 0; p < 47; ++p) {
            counts << random.uniform(3, 10);
            sum += counts.constLast();
        }
        while (sum != 339) {
            const int p = random.uniform(0, 46);
            if (sum < 339 && counts[p] < 21) {
                ++counts[p];
                ++sum;
            } else if (sum > 339 && counts[p] > 3) {
                --counts[p];
                --sum;
            }
        }
        const QStringList bases = words(QStringLiteral(
            "青葉 桜台 緑ヶ丘 本宮 北浜 雪見 白川 朝日 東浦 日向 南原 若葉 海辺 西山 川上 森野 "
            "高森 松原 栄 富士見 水沢 大野 中島 新田 宮下 上原 広瀬 城山 岩倉 鶴見 花園 若松 "
            "泉 旭 平野 丸山 小松 長浜 三沢 美浜 常盤 日高 星川 月岡 柏原 楓 椿 菖蒲 葵 "
            "桐生野 浜風 岬 湖南 山吹 藤ヶ丘 梅里 竹原 杉本 檜山 萩野 蓮池 菫 茜 瑞穂 豊岡 "
            "千早 八雲 天野 石動 大森 小谷 深沢 秋月 春日野 夏井 冬木"));
        const QStringList directions = words(QStringLiteral("中央 北部 南部 東部 西部"));
        qint64 nationalPopulation = 0;
        for (int p = 0; p < 47; ++p) {
            const QString prefCode = QStringLiteral("%1").arg(p + 1, 2, 10, QLatin1Char('0'));
            const auto pref = d->geography->prefecture(prefCode);
            if (!pref) {
                *error = tr("Prefecture %1 is missing.").arg(prefCode);
                return false;
            }
            QSet<QString> usedCities;
            qint64 prefPopulation = 0;
            for (int r = 0; r < counts.at(p); ++r) {
                RegionPlan plan;
                plan.region.code
                    = prefCode + QStringLiteral("%1").arg(r + 1, 2, 10, QLatin1Char('0'));
                plan.region.prefectureCode = prefCode;
                const int townCount = random.uniform(1, 3);
                for (int m = 0; m <= townCount; ++m) {
                    QString base;
                    do {
                        base = random.pick(bases);
                    } while (usedCities.contains(base) && usedCities.size() < bases.size() - 4);
                    usedCities.insert(base);
                    const QChar suffix = m == 0
                        ? QChar(u'市')
                        : (random.chance(0.25) ? QChar(u'村') : QChar(u'町'));
                    plan.municipalities << base + suffix;
                }
                plan.region.name = r < directions.size()
                    ? directions.at(r)
                    : municipalityBase(plan.municipalities.first()) + QStringLiteral("地域");
                // Log-uniform between 22,000 and 1.6 million people: about 125 million in all.
                const qint64 population
                    = DemoRandom::round(std::exp(random.real(std::log(2.2e4), std::log(1.6e6))));
                plan.region.population = population;
                plan.region.areaKm2 = std::round(random.real(150.0, 4500.0) * 100) / 100;
                plan.university = r == 0;
                plan.central = r == 0;
                plan.tertiaryCore = r > 0 && random.chance(0.3);
                prefPopulation += population;
                d->regions << plan;
            }
            Prefecture updated = *pref;
            updated.population = prefPopulation;
            if (!d->geography->upsertPrefecture(updated, error))
                return false;
            nationalPopulation += prefPopulation;
        }
        // Facilities follow population: about 6,200 hospitals and 1,800 clinics with beds.
        for (RegionPlan &plan : d->regions) {
            const double share = double(*plan.region.population) / double(nationalPopulation);
            plan.hospitals
                = qMax(2, int(DemoRandom::round(share * 6200 * random.real(0.85, 1.15))));
            plan.clinics = int(DemoRandom::round(share * 1800 * random.real(0.6, 1.4)));
            const int quasiCount = random.uniform(0, qMin(3, 1 + plan.hospitals / 8));
            for (int q = 0; q < quasiCount; ++q)
                plan.quasi << QuasiKind(random.uniform(0, int(QuasiKind::Nho)));
        }
        const auto nation = d->geography->prefecture(QStringLiteral("00"));
        if (nation) {
            Prefecture updated = *nation;
            updated.population = nationalPopulation;
            if (!d->geography->upsertPrefecture(updated, error))
                return false;
        }
        const auto home = d->geography->prefecture(nationalHomePrefectureCode());
        d->homeName = home ? home->name : QString();
    }

    for (const RegionPlan &plan : std::as_const(d->regions)) {
        if (!d->geography->upsertRegion(plan.region, error))
            return false;
    }
    return true;
}

// --- editions ------------------------------------------------------------------------------

bool DemoGenerator::editions(Dataset &, DemoRandom &, QString *error)
{
    // Two editions so that edition logic shows: 令和5年度 (2023 report) and 令和6年度 (2024).
    d->editions[0] = { JapaneseDate::fiscalYearLabelJa(2023), 2023, 2023, 0 };
    d->editions[1] = { JapaneseDate::fiscalYearLabelJa(2024), 2024, 2024, 0 };
    for (EditionPlan &e : d->editions) {
        e.id = d->figures->ensureEdition(e.label, e.fiscalYear, error);
        if (e.id == 0)
            return false;
    }
    return true;
}

// --- hospitals -----------------------------------------------------------------------------

namespace {

struct NamePools
{
    QStringList surnames = words(QStringLiteral(
        "田中 佐藤 鈴木 高橋 渡辺 伊藤 山本 中村 小林 加藤 吉田 山田 佐々木 松本 井上 木村 林 "
        "清水 山崎 森 池田 橋本 阿部 石川 前田 藤田 小川 岡田 後藤 長谷川 村上 近藤 石井 斎藤 "
        "坂本 遠藤 青木 藤井 西村 福田 太田 三浦 藤原 岡本 松田 中川 中野 原田 小野 竹内"));
    QStringList societies = words(QStringLiteral(
        "青葉会 清風会 恵仁会 松寿会 光和会 仁愛会 慈光会 誠心会 愛生会 博愛会 和光会 明和会 "
        "信愛会 康生会 寿会 三和会 弘仁会 大和会 正心会 啓仁会"));
};

QString fillPattern(QString pattern, const QString &m, const QString &s, const QString &k)
{
    return pattern.replace(QStringLiteral("{m}"), m)
        .replace(QStringLiteral("{s}"), s)
        .replace(QStringLiteral("{k}"), k);
}

// The facility's own name, without the corporation (医療法人〇〇会　) in front.
QString shortName(const QString &name)
{
    return name.section(QChar(u'\u3000'), -1);
}

QStringList patternsFor(Archetype type, bool inCity)
{
    const ArchetypeTraits &t = traitsOf(type);
    const char16_t *patterns = inCity || !t.townNames ? t.cityNames : t.townNames;
    return patterns ? words(QString::fromUtf16(patterns)) : QStringList();
}

QString quasiPattern(QuasiKind kind)
{
    return QString::fromUtf16(quasiPatterns[int(kind)]);
}

// Beds by function in the 2024 report.
Beds drawBeds(Archetype type, bool tertiary, DemoRandom &r)
{
    Beds b {};
    for (const BedDraw &draw : traitsOf(type).beds) {
        if ((draw.when == When::Tertiary && !tertiary)
            || (draw.when == When::NotTertiary && tertiary))
            continue;
        b[size_t(draw.function)]
            = draw.chance >= 1 || r.chance(draw.chance) ? r.uniform(draw.low, draw.high) : 0;
    }
    if (isClinic(type)) {
        // Clinics that stopped inpatient care report their beds as 休棟中等.
        if (type != Archetype::ClinicPublic && r.chance(0.15)) {
            b[Closed] = totalOfFour(b);
            b[Acute] = b[Chronic] = 0;
        }
    } else if (type != Archetype::University && type != Archetype::PrefecturalCentral
               && r.chance(0.1)) {
        b[Closed] = r.uniform(10, 48); // a ward closed for lack of nurses
    }
    return b;
}

// The 2023 report, from the 2024 one: some hospitals converted acute wards to recovery in
// 2024, some reduced beds, some closed a ward.
Beds previousYear(const Beds &now, Archetype type, DemoRandom &r)
{
    Beds b = now;
    if (isClinic(type)) {
        if (now[Closed] > 0 && r.chance(0.4)) {
            b[Acute] = now[Closed];
            b[Closed] = 0;
        }
        return b;
    }
    if (now[Recovery] >= 10 && now[Acute] >= 40 && r.chance(0.25)) {
        const int moved = r.uniform(10, int(qMin<qint64>(now[Recovery], 50)));
        b[Acute] += moved;
        b[Recovery] -= moved;
    }
    if (r.chance(0.08)) {
        if (now[Chronic] > 0)
            b[Chronic] += r.uniform(10, 40);
        else
            b[Acute] += r.uniform(10, 40);
    }
    if (now[Closed] > 0 && r.chance(0.5)) {
        b[Chronic > 0 ? Chronic : Acute] += now[Closed];
        b[Closed] = 0;
    }
    return b;
}

} // namespace

bool DemoGenerator::hospitals(Dataset &, DemoRandom &random, QString *error)
{
    const NamePools pools;
    for (int ri = 0; ri < d->regions.size(); ++ri) {
        const RegionPlan &plan = d->regions.at(ri);
        const QStringList &munis = plan.municipalities;
        QVector<Facility> list;
        auto add = [&](Archetype type, const QString &municipality) {
            Facility f;
            f.region = ri;
            f.type = type;
            f.hospital.regionCode = plan.region.code;
            f.hospital.municipality = municipality;
            f.hospital.kind = isClinic(type) ? HospitalKind::Clinic : HospitalKind::Hospital;
            list << f;
            return int(list.size()) - 1;
        };
        auto privateMunicipality = [&]() {
            QVector<int> weights;
            for (int m = 0; m < munis.size(); ++m)
                weights << (m == 0 ? 5 : (isCity(munis.at(m)) ? 3 : 1));
            return munis.at(random.weighted(weights));
        };

        if (plan.university)
            add(Archetype::University, munis.first());
        if (plan.central)
            add(Archetype::PrefecturalCentral, munis.first());
        add(Archetype::CorePublic, munis.first());
        QVector<QuasiKind> quasiKinds;
        for (QuasiKind kind : plan.quasi) {
            const int i = add(kind == QuasiKind::Nho ? Archetype::NhoCenter : Archetype::QuasiAcute,
                              random.chance(0.7) ? munis.first() : random.pick(munis));
            quasiKinds.resize(i + 1);
            quasiKinds[i] = kind;
        }
        for (int m = 1; m < munis.size(); ++m) {
            if (munis.at(m).endsWith(QChar(u'町')) && random.chance(0.5))
                add(Archetype::TownHospital, munis.at(m));
        }
        while (list.size() < plan.hospitals) {
            static const QVector<int> weights { 30, 25, 15, 22, 8 };
            static const Archetype kinds[]
                = { Archetype::PrivateAcute, Archetype::PrivateMixed, Archetype::Rehabilitation,
                    Archetype::LongTermCare, Archetype::Orthopaedic };
            add(kinds[random.weighted(weights)], privateMunicipality());
        }
        int clinics = 0;
        for (int m = 1; m < munis.size() && clinics < plan.clinics; ++m) {
            if (munis.at(m).endsWith(QChar(u'村')) && random.chance(0.7)) {
                add(Archetype::ClinicPublic, munis.at(m));
                ++clinics;
            }
        }
        for (; clinics < plan.clinics; ++clinics) {
            static const QVector<int> weights { 35, 20, 25, 20 };
            static const Archetype kinds[] = { Archetype::ClinicGeneral, Archetype::ClinicObstetric,
                                               Archetype::ClinicLongTerm, Archetype::ClinicEye };
            add(kinds[random.weighted(weights)], privateMunicipality());
        }

        QSet<QString> usedNames;
        for (int i = 0; i < list.size(); ++i) {
            Facility &f = list[i];
            const QString m = municipalityBase(f.hospital.municipality);
            const QString mainCity = municipalityBase(munis.first());
            QString name;
            for (int attempt = 0; attempt < 40; ++attempt) {
                switch (f.type) {
                case Archetype::University:
                    name = d->national ? mainCity + QStringLiteral("医科大学附属病院")
                                       : QStringLiteral("サンプル大学医学部附属病院");
                    break;
                case Archetype::PrefecturalCentral:
                    name = d->homeName.isEmpty() || d->national
                        ? QStringLiteral("県立%1中央病院").arg(mainCity)
                        : d->homeName + QStringLiteral("立中央病院");
                    break;
                case Archetype::QuasiAcute:
                case Archetype::NhoCenter:
                    name = fillPattern(quasiPattern(quasiKinds.value(i)), m, QString(), QString());
                    break;
                default: {
                    const QStringList patterns
                        = patternsFor(f.type, isCity(f.hospital.municipality));
                    name = fillPattern(random.pick(patterns), m, random.pick(pools.surnames),
                                       random.pick(pools.societies));
                    name.replace(QLatin1Char('_'), QChar(u'\u3000'));
                    break;
                }
                }
                if (attempt >= 30)
                    name += QStringLiteral("第%1").arg(attempt - 28);
                if (!usedNames.contains(Hospital::nameKey(shortName(name))))
                    break;
            }
            // Unique without the corporation's name too: two 葵南病院 would confuse a reader.
            usedNames.insert(Hospital::nameKey(shortName(name)));
            f.hospital.name = name;
            f.hospital.ownerGroup = traitsOf(f.type).ownerGroup;
        }

        // Beds, roles and obstetrics.
        for (Facility &f : list) {
            f.tertiary = f.type == Archetype::University || f.type == Archetype::PrefecturalCentral
                || (f.type == Archetype::CorePublic && plan.tertiaryCore);
            f.beds[1] = drawBeds(f.type, f.tertiary, random);
            f.beds[0] = previousYear(f.beds[1], f.type, random);
            const qint64 total = totalOfFour(f.beds[1]);
            const ArchetypeTraits &t = traitsOf(f.type);
            if (t.role)
                f.roles << QString::fromUtf16(t.role);
            if (t.supportFromBeds >= 0 && total >= t.supportFromBeds
                && happens(t.supportChance, random))
                f.roles << QStringLiteral("regional_support");
            f.emergency = happens(t.emergency, random);
            if (happens(t.homeCare, random))
                f.roles << QStringLiteral("home_care_support");
            f.obstetrics = happens(t.obstetrics, random);
            if (f.tertiary)
                f.roles << QStringLiteral("tertiary_emergency");
            else if (f.emergency)
                f.roles << QStringLiteral("secondary_emergency");
        }

        // Rank: position in the region's list by beds (MHLW lists the largest first).
        for (int e = 0; e < 2; ++e) {
            QVector<int> order(list.size());
            for (int i = 0; i < order.size(); ++i)
                order[i] = i;
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                const Beds &x = list.at(a).beds[size_t(e)];
                const Beds &y = list.at(b).beds[size_t(e)];
                return totalOfFour(x) + x[Closed] > totalOfFour(y) + y[Closed];
            });
            for (int pos = 0; pos < order.size(); ++pos)
                list[order.at(pos)].rank[size_t(e)] = pos + 1;
        }
        d->facilities << list;
    }

    for (Facility &f : d->facilities) {
        const qint64 id = d->hospitals->insert(f.hospital, error);
        if (id == 0)
            return false;
        f.hospital.id = id;
        for (int e = 0; e < 2; ++e) {
            HospitalFigures figures;
            figures.hospitalId = id;
            figures.editionId = d->editions[size_t(e)].id;
            figures.rank = f.rank[size_t(e)];
            figures.roles = f.roles;
            const Beds &b = f.beds[size_t(e)];
            for (int fn = 0; fn < FunctionCount; ++fn) {
                if (fn != Closed || b[Closed] > 0)
                    figures.beds.insert(functionKey(fn), b[size_t(fn)]);
            }
            if (!d->hospitals->putFigures(figures, error))
                return false;
        }
    }
    return true;
}

// --- doctors and clinical volumes ----------------------------------------------------------

namespace {

double doctorRatio(Archetype type, DemoRandom &r)
{
    const ArchetypeTraits &t = traitsOf(type);
    return t.doctorsHigh > 0 ? r.real(t.doctorsLow, t.doctorsHigh) : 0;
}

// HospitalFigures carrying only what the edition row needs, so a later step keeps it.
HospitalFigures figuresFor(const Facility &f, int editionId, int e)
{
    HospitalFigures figures;
    figures.hospitalId = f.hospital.id;
    figures.editionId = editionId;
    figures.rank = f.rank[size_t(e)];
    figures.roles = f.roles;
    return figures;
}

// MHLW masks counts from 1 to 9 as 「*」.
void putCount(HospitalFigures &figures, const QString &metric, qint64 value)
{
    if (value >= 1 && value <= 9)
        figures.maskedMetrics.insert(metric, QStringLiteral("*"));
    else
        figures.metrics.insert(metric, double(value));
}

} // namespace

bool DemoGenerator::doctors(Dataset &, DemoRandom &random, QString *error)
{
    for (const Facility &f : std::as_const(d->facilities)) {
        const double ratio = doctorRatio(f.type, random);
        const qint64 total = totalOfFour(f.beds[1]) + f.beds[1][Closed];
        const qint64 fulltime2024 = isClinic(f.type)
            ? random.uniform(1, 2)
            : DemoRandom::round(double(total) * ratio) + random.uniform(1, 3);
        const double parttime2024
            = std::round(random.real(0.3, 2.0 + fulltime2024 * 0.12) * 10) / 10;
        for (int e = 0; e < 2; ++e) {
            HospitalFigures figures = figuresFor(f, d->editions[size_t(e)].id, e);
            const qint64 fulltime
                = e == 1 ? fulltime2024 : qMax<qint64>(1, fulltime2024 + random.uniform(-2, 2));
            const double parttime = e == 1
                ? parttime2024
                : std::round(qMax(0.0, parttime2024 + random.real(-0.5, 0.5)) * 10) / 10;
            figures.metrics.insert(QStringLiteral("doctors_fulltime"), double(fulltime));
            figures.metrics.insert(QStringLiteral("doctors_parttime"), parttime);
            if (!d->hospitals->putFigures(figures, error))
                return false;
        }
    }
    return true;
}

bool DemoGenerator::clinicalVolumes(Dataset &, DemoRandom &random, QString *error)
{
    for (const Facility &f : std::as_const(d->facilities)) {
        for (int e = 0; e < 2; ++e) {
            const Beds &b = f.beds[size_t(e)];
            const double acuteBeds = double(b[Acute]);
            HospitalFigures figures = figuresFor(f, d->editions[size_t(e)].id, e);

            qint64 ambulance;
            if (f.tertiary)
                ambulance
                    = DemoRandom::round(double(b[HighAcute] + b[Acute]) * random.real(10, 16));
            else if (f.emergency)
                ambulance = DemoRandom::round(acuteBeds * random.real(5, 10));
            else
                ambulance = isClinic(f.type) || random.chance(0.4) ? 0 : random.uniform(0, 40);

            const ArchetypeTraits &t = traitsOf(f.type);
            qint64 anaesthesia = t.anaesthesiaHigh > 0
                ? DemoRandom::round(
                    double(t.anaesthesiaWithHighAcute ? b[HighAcute] + b[Acute] : b[Acute])
                    * random.real(t.anaesthesiaLow, t.anaesthesiaHigh))
                : (isClinic(f.type) || random.chance(0.6) ? 0 : random.uniform(0, 30));
            const qint64 operations = anaesthesia > 0
                ? DemoRandom::round(double(anaesthesia) * random.real(1.4, 2.2)
                                    + acuteBeds * random.real(0.5, 1.5))
                : 0;
            qint64 births = 0;
            if (f.obstetrics)
                births = isClinic(f.type) ? random.uniform(80, 400) : random.uniform(150, 900);
            if (totalOfFour(b) == 0) // no inpatients: only outpatient figures remain
                ambulance = anaesthesia = births = 0;

            putCount(figures, QStringLiteral("ambulance"), ambulance);
            putCount(figures, QStringLiteral("general_anaesthesia"), anaesthesia);
            putCount(figures, QStringLiteral("operations"), operations);
            putCount(figures, QStringLiteral("births"), births);

            // Mean length of stay (平均在棟日数) of each function the facility runs.
            static const double losRange[4][2] = { { 6, 11 }, { 9, 17 }, { 45, 85 }, { 120, 450 } };
            for (int fn = HighAcute; fn <= Chronic; ++fn) {
                if (b[size_t(fn)] > 0)
                    figures.metrics.insert(
                        QStringLiteral("los_") + functionKey(fn),
                        std::round(random.real(losRange[fn][0], losRange[fn][1]) * 10) / 10);
            }
            if (!d->hospitals->putFigures(figures, error))
                return false;
        }
    }
    return true;
}

// --- region and prefecture figures ---------------------------------------------------------

bool DemoGenerator::regionFigures(Dataset &, DemoRandom &random, QString *error)
{
    // The last two reported years are the facilities' own sums; earlier years follow the
    // national trend back to 2015: acute and chronic beds higher, recovery far lower.
    const int regionCount = int(d->regions.size());
    QVector<std::array<Beds, 2>> sums(regionCount);
    for (const Facility &f : std::as_const(d->facilities)) {
        addTo(sums[f.region][0], f.beds[0]);
        addTo(sums[f.region][1], f.beds[1]);
    }
    static const double factor2015[FunctionCount] = { 1.03, 1.17, 0.55, 1.15, 0.55 };
    d->series.resize(regionCount);
    for (int ri = 0; ri < regionCount; ++ri) {
        std::map<int, Beds> &series = d->series[ri];
        series[2024] = sums[ri][1];
        series[2023] = sums[ri][0];
        for (int year = 2015; year <= 2022; ++year) {
            const double t = double(2023 - year) / 8.0;
            Beds b {};
            for (int fn = 0; fn < FunctionCount; ++fn) {
                const double m = (1.0 + (factor2015[fn] - 1.0) * t) * random.real(0.996, 1.004);
                b[size_t(fn)] = DemoRandom::round(double(sums[ri][0][size_t(fn)]) * m);
            }
            series[year] = b;
        }
    }

    auto put = [&](int ri, int e, Measure measure, int year, const Beds &b, bool withClosed) {
        const RegionPlan &plan = d->regions.at(ri);
        BedFigure figure;
        figure.areaCode = plan.region.code;
        figure.measure = measure;
        figure.year = year;
        figure.editionId = d->editions[size_t(e)].id;
        for (int fn = 0; fn < FunctionCount; ++fn) {
            if (fn == Closed && !withClosed)
                continue;
            figure.functionKey = functionKey(fn);
            figure.value = BedValue::of(b[size_t(fn)]);
            if (!d->figures->putBed(FigureStore::Area::Region, figure, error))
                return false;
        }
        addTo(d->prefectureSums[{ plan.region.prefectureCode, e, int(measure), year }], b);
        return true;
    };

    for (int ri = 0; ri < regionCount; ++ri) {
        const std::map<int, Beds> &series = d->series.at(ri);
        const Beds &latest = series.at(2024);
        const double perLakh = double(d->regions.at(ri).region.population.value_or(100000)) / 1e5;

        // 必要量 2025, the same in both editions: acute above it, recovery far below it.
        Beds required {};
        required[HighAcute] = latest[HighAcute] > 0
            ? DemoRandom::round(double(latest[HighAcute]) * random.real(0.78, 0.95))
            : DemoRandom::round(perLakh * random.real(20, 50));
        required[Acute] = DemoRandom::round(double(latest[Acute]) * random.real(0.64, 0.76));
        required[Recovery]
            = qMax(DemoRandom::round(double(latest[Recovery]) * random.real(1.8, 2.5)),
                   DemoRandom::round(perLakh * random.real(220, 300)));
        required[Chronic] = DemoRandom::round(double(latest[Chronic]) * random.real(0.82, 0.98));

        for (int e = 0; e < 2; ++e) {
            const EditionPlan &edition = d->editions[size_t(e)];
            for (int year : d->reportedYears(edition.reportYear)) {
                Beds b = series.at(year);
                // A late report revises one region's 2023 figure in the newer edition.
                if (e == 1 && ri == 2 && year == 2023)
                    b[Acute] += 12;
                if (!put(ri, e, Measure::Reported, year, b, true))
                    return false;
            }
            // 見込量 2025 from the edition's own last report: a little acute to recovery.
            const Beds &base = series.at(edition.reportYear);
            Beds planned {};
            planned[HighAcute]
                = DemoRandom::round(double(base[HighAcute]) * random.real(0.98, 1.03));
            planned[Acute] = DemoRandom::round(double(base[Acute]) * random.real(0.95, 0.985));
            planned[Recovery] = DemoRandom::round(double(base[Recovery]) * random.real(1.04, 1.12));
            planned[Chronic] = DemoRandom::round(double(base[Chronic]) * random.real(0.95, 0.99));
            if (!put(ri, e, Measure::Planned, 2025, planned, false)
                || !put(ri, e, Measure::Required, 2025, required, false))
                return false;
        }
    }
    return true;
}

bool DemoGenerator::prefectureFigures(Dataset &, DemoRandom &random, QString *error)
{
    auto put = [&](const QString &code, int e, Measure measure, int year, const Beds &b,
                   bool withClosed) {
        BedFigure figure;
        figure.areaCode = code;
        figure.measure = measure;
        figure.year = year;
        figure.editionId = d->editions[size_t(e)].id;
        for (int fn = 0; fn < FunctionCount; ++fn) {
            if (fn == Closed && !withClosed)
                continue;
            figure.functionKey = functionKey(fn);
            figure.value = BedValue::of(b[size_t(fn)]);
            if (!d->figures->putBed(FigureStore::Area::Prefecture, figure, error))
                return false;
        }
        return true;
    };

    std::map<std::tuple<int, int, int>, Beds> nation;
    for (const auto &[key, beds] : d->prefectureSums) {
        const auto &[code, e, measure, year] = key;
        if (!put(code, e, Measure(measure), year, beds, Measure(measure) == Measure::Reported))
            return false;
        addTo(nation[{ e, measure, year }], beds);
    }

    if (d->national) {
        for (const auto &[key, beds] : nation) {
            const auto &[e, measure, year] = key;
            if (!put(QStringLiteral("00"), e, Measure(measure), year, beds,
                     Measure(measure) == Measure::Reported))
                return false;
        }
        return true;
    }

    // 全国 for comparison: MHLW's totals; the older edition's 見込量 is synthetic.
    for (int e = 0; e < 2; ++e) {
        const int reportYear = d->editions[size_t(e)].reportYear;
        for (int i = 0; i < 8; ++i) {
            if (nationalYears[i] > reportYear)
                continue;
            Beds b {};
            for (int fn = 0; fn < 4; ++fn)
                b[size_t(fn)] = nationalReported[fn][i];
            if (!put(QStringLiteral("00"), e, Measure::Reported, nationalYears[i], b, false))
                return false;
        }
        Beds planned {};
        Beds required {};
        for (int fn = 0; fn < 4; ++fn) {
            planned[size_t(fn)] = e == 1
                ? nationalPlanned2025[fn]
                : DemoRandom::round(double(nationalPlanned2025[fn]) * random.real(0.99, 1.01));
            required[size_t(fn)] = nationalRequired2025[fn];
        }
        if (!put(QStringLiteral("00"), e, Measure::Planned, 2025, planned, false)
            || !put(QStringLiteral("00"), e, Measure::Required, 2025, required, false))
            return false;
    }
    return true;
}

bool DemoGenerator::reportingRates(Dataset &, DemoRandom &random, QString *error)
{
    const int regionCount = int(d->regions.size());
    QVector<int> facilityCount(regionCount);
    for (const Facility &f : std::as_const(d->facilities))
        ++facilityCount[f.region];

    // Rates rise from 92–96 % in 2015 to 97.5–100 % in 2024, with MHLW's one decimal of %.
    auto roundRate = [](double r) {
        return std::round(qBound(0.0, r, 1.0) * 1000) / 1000;
    };
    d->rates.resize(regionCount);
    for (int ri = 0; ri < regionCount; ++ri) {
        const double first = random.real(0.915, 0.965);
        const double last = random.real(0.975, 1.0);
        for (int year = 2015; year <= 2024; ++year) {
            const double t = double(year - 2015) / 9.0;
            d->rates[ri][year] = roundRate(first + (last - first) * t
                                           + (year == 2024 ? 0 : random.real(-0.004, 0.004)));
        }
    }

    std::map<std::tuple<QString, int, int>, std::pair<double, int>> weighted;
    for (int e = 0; e < 2; ++e) {
        const EditionPlan &edition = d->editions[size_t(e)];
        for (int year : d->reportedYears(edition.reportYear)) {
            for (int ri = 0; ri < regionCount; ++ri) {
                ReportingRate rate;
                rate.areaCode = d->regions.at(ri).region.code;
                rate.year = year;
                rate.editionId = edition.id;
                rate.rate = d->rates.at(ri).at(year);
                if (!d->figures->putReportingRate(FigureStore::Area::Region, rate, error))
                    return false;
                for (const QString &code :
                     { d->regions.at(ri).region.prefectureCode, QStringLiteral("00") }) {
                    auto &[sum, weight] = weighted[{ code, e, year }];
                    sum += *rate.rate * facilityCount.at(ri);
                    weight += facilityCount.at(ri);
                }
            }
        }
    }
    for (const auto &[key, value] : weighted) {
        const auto &[code, e, year] = key;
        ReportingRate rate;
        rate.areaCode = code;
        rate.year = year;
        rate.editionId = d->editions[size_t(e)].id;
        if (code == QLatin1String("00") && !d->national) {
            // The nation: MHLW's 95.4 % (2015) and 98.2 % (2024); years between interpolated.
            rate.rate = roundRate(0.954 + (0.982 - 0.954) * double(year - 2015) / 9.0);
        } else {
            rate.rate = roundRate(value.first / qMax(1, value.second));
        }
        if (!d->figures->putReportingRate(FigureStore::Area::Prefecture, rate, error))
            return false;
    }
    return true;
}

} // namespace Koso
