#include "demo/DemoGenerator.h"
#include "demo/DemoRandom.h"
#include "demo/SessionsDemo.h"
#include "flows/FlowStore.h"
#include "sessions/SessionStore.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"
#include "util/JapaneseDate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <map>

using namespace Koso;

namespace {

// Every table's rows in a fixed order, as text: two datasets with the same content give the
// same dump whatever order the rows were written in. The creation time is left out, and so are
// the tables (and meta keys) named in skip.
QByteArray canonicalDump(const QString &path, const QSet<QString> &skip = {})
{
    Dataset dataset;
    QString error;
    if (!dataset.open(path, &error)) {
        qWarning() << error;
        return {};
    }
    QByteArray dump;
    SqlQuery tables(dataset.database(),
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "ORDER BY name"));
    if (!tables.exec())
        return {};
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        if (skip.contains(table))
            continue;
        QSqlQuery q(dataset.database());
        q.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
        const int columns = q.record().count();
        QStringList order;
        for (int c = 1; c <= columns; ++c)
            order << QString::number(c);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(u',')));
        dump += "## " + table.toUtf8() + '\n';
        while (q.next()) {
            if (table == QLatin1String("meta")
                && (q.value(0).toString() == QLatin1String("created_at")
                    || skip.contains(q.value(0).toString())))
                continue;
            QStringList cells;
            for (int c = 0; c < columns; ++c)
                cells << (q.value(c).isNull() ? QStringLiteral("<null>") : q.value(c).toString());
            dump += cells.join(u'|').toUtf8() + '\n';
        }
    }
    return dump;
}

qint64 scalar(const Dataset &dataset, const QString &sql,
              std::initializer_list<QVariant> values = {})
{
    SqlQuery q(dataset.database(), sql);
    if (q.exec(values) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

// Reported beds of an area by year and function, from one edition.
std::map<int, std::map<QString, qint64>> reportedByYear(const QVector<BedFigure> &figures)
{
    std::map<int, std::map<QString, qint64>> result;
    for (const BedFigure &f : figures) {
        if (f.measure == Measure::Reported && f.value.hasValue())
            result[f.year][f.functionKey] = *f.value.beds;
    }
    return result;
}

qint64 valueOf(const QVector<BedFigure> &figures, Measure measure, int year, const QString &key)
{
    for (const BedFigure &f : figures) {
        if (f.measure == measure && f.year == year && f.functionKey == key && f.value.hasValue())
            return *f.value.beds;
    }
    return -1;
}

qint64 totalOfFour(const std::map<QString, qint64> &beds)
{
    qint64 total = 0;
    for (const char *key : { "HighAcute", "Acute", "Recovery", "Chronic" })
        total += beds.count(QString::fromLatin1(key)) ? beds.at(QString::fromLatin1(key)) : 0;
    return total;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomIsPcg32();
    void randomStaysInRange();
    void twoRunsGiveIdenticalContent();
    void sessionsArePlacedAroundTheReferenceDate_data();
    void sessionsArePlacedAroundTheReferenceDate();
    void anotherSeedGivesOtherContent();
    void prefectureHasFiveRegionsAndSixtyHospitals();
    void twoEditionsAndNewestWins();
    void acuteAboveNeedRecoveryBelowNeed();
    void totalsFallFrom2015To2024();
    void prefectureFiguresAreSumsOfRegions();
    void regionReportsAreSumsOfHospitals();
    void hospitalsHaveDoctorsRolesAndMaskedVolumes();
    void nationComparisonAndReportingRates();
    void namesLookJapanese();
    void flowsAndDemandOfEveryRegion();
    void refusesExistingFileUnlessReplacing();
    void fillRefusesAnotherHomePrefecture();
    void nationalVariantHasNationalCounts();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    Dataset m_dataset;
};

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.koso"));
    DemoGenerator generator;
    QString error;
    QVERIFY2(generator.write(m_demo, &error), qPrintable(error));
    QVERIFY2(m_dataset.open(m_demo, &error), qPrintable(error));
}

void TestDemoGenerator::randomIsPcg32()
{
    // The PCG reference implementation (pcg32-demo) seeded with 42, sequence 54.
    DemoRandom random(42u, 54u);
    const quint32 expected[]
        = { 0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e };
    for (quint32 e : expected)
        QCOMPARE(random.next(), e);
    QCOMPARE(DemoRandom::streamFor(u"a"), quint64(0xaf63dc4c8601ec8cull)); // FNV-1a 64 of "a"
}

void TestDemoGenerator::randomStaysInRange()
{
    DemoRandom random(7u, 1u);
    bool sawLow = false;
    bool sawHigh = false;
    for (int i = 0; i < 2000; ++i) {
        const int v = random.uniform(3, 9);
        QVERIFY(v >= 3 && v <= 9);
        sawLow |= v == 3;
        sawHigh |= v == 9;
        const double r = random.real(1.5, 2.5);
        QVERIFY(r >= 1.5 && r < 2.5);
    }
    QVERIFY(sawLow && sawHigh);
    QCOMPARE(random.weighted({ 0, 5, 0 }), 1);
}

void TestDemoGenerator::twoRunsGiveIdenticalContent()
{
    QTemporaryDir dir;
    const QString second = dir.filePath(QStringLiteral("again.koso"));
    DemoGenerator generator;
    QString error;
    QVERIFY2(generator.write(second, &error), qPrintable(error));
    const QByteArray a = canonicalDump(m_demo);
    const QByteArray b = canonicalDump(second);
    QVERIFY2(a.size() > 50000, qPrintable(QString::number(a.size())));
    QCOMPARE(QCryptographicHash::hash(a, QCryptographicHash::Sha256).toHex(),
             QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

void TestDemoGenerator::sessionsArePlacedAroundTheReferenceDate_data()
{
    QTest::addColumn<QDate>("reference");
    QTest::newRow("default") << SessionsDemo::defaultReferenceDate();
    QTest::newRow("2026-12-06") << QDate(2026, 12, 6);
    // The near session falls on 28 February (clamped): its request is due 28 December.
    QTest::newRow("deadline clamped") << QDate(2026, 12, 21);
    QTest::newRow("fiscal year's last day") << QDate(2027, 3, 31);
    QTest::newRow("leap day") << QDate(2028, 2, 29);
}

void TestDemoGenerator::sessionsArePlacedAroundTheReferenceDate()
{
    QFETCH(QDate, reference);
    QTemporaryDir dir;
    // The determinism check with the reference date fixed: two runs, same content.
    const QString first = dir.filePath(QStringLiteral("first.koso"));
    const QString second = dir.filePath(QStringLiteral("second.koso"));
    QString error;
    for (const QString &path : { first, second }) {
        DemoGenerator generator;
        generator.setReferenceDate(reference);
        QCOMPARE(generator.referenceDate(), reference);
        QVERIFY2(generator.write(path, &error), qPrintable(error));
    }
    QCOMPARE(canonicalDump(first), canonicalDump(second));
    // Only the study-session step moves with the reference date: the rest is the default demo.
    const QSet<QString> sessionTables {
        QStringLiteral("bank_contact"),     QStringLiteral("study_session"),
        QStringLiteral("session_co_host"),  QStringLiteral("session_part"),
        QStringLiteral("session_hospital"), QStringLiteral("session_measure"),
        QStringLiteral("support_measure"),  QStringLiteral("measure_use"),
        QStringLiteral("practice_case"),    QStringLiteral("practice_case_link"),
        QStringLiteral("support_change"),   SessionsDemo::referenceDateMetaKey()
    };
    QCOMPARE(canonicalDump(first, sessionTables), canonicalDump(m_demo, sessionTables));

    Dataset dataset;
    QVERIFY2(dataset.open(first, &error), qPrintable(error));
    QCOMPARE(dataset.metaValue(SessionsDemo::referenceDateMetaKey()),
             reference.toString(Qt::ISODate));
    SessionStore store(dataset);
    const QVector<StudySession> sessions = store.sessions();
    QCOMPARE(sessions.size(), 3);
    // One held before the reference date, with attendance.
    const StudySession &held = sessions.at(0);
    QCOMPARE(held.status, SessionStatus::Held);
    QVERIFY(held.date < reference);
    QVERIFY(!held.attended.isEmpty());
    QVERIFY(held.mhlwRequestSentOn.isValid() && held.mhlwRequestSentOn < held.date);
    // One being arranged whose MHLW request is due within 14 days and not sent.
    const StudySession &near = sessions.at(1);
    QCOMPARE(near.status, SessionStatus::Arranging);
    QCOMPARE(near.deadlineState(reference), DeadlineState::Soon);
    const qint64 days = reference.daysTo(near.mhlwRequestDeadline());
    QVERIFY2(days >= 0 && days <= SessionsDemo::NearDeadlineDays,
             qPrintable(QString::number(days)));
    // One being planned for the next fiscal year, its deadline not yet near.
    const StudySession &idea = sessions.at(2);
    QCOMPARE(idea.status, SessionStatus::Idea);
    QCOMPARE(JapaneseDate::fiscalYear(idea.date), JapaneseDate::fiscalYear(reference) + 1);
    QCOMPARE(idea.deadlineState(reference), DeadlineState::Open);
    QCOMPARE(store.deadlineWarnings(reference).size(), 1);
    // The history was written before the reference date.
    for (const StudySession &s : sessions) {
        const auto changes = store.sessionHistory(s.id);
        QVERIFY(!changes.isEmpty());
        QVERIFY(changes.first().changedAt.date() <= reference);
    }
}

void TestDemoGenerator::anotherSeedGivesOtherContent()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.koso"));
    DemoGenerator generator(DemoGenerator::Variant::Prefecture, 12345);
    QString error;
    QVERIFY2(generator.write(other, &error), qPrintable(error));
    QVERIFY(canonicalDump(other) != canonicalDump(m_demo));
}

void TestDemoGenerator::prefectureHasFiveRegionsAndSixtyHospitals()
{
    QCOMPARE(m_dataset.homePrefectureCode(), QStringLiteral("99"));
    QCOMPARE(m_dataset.metaValue(DemoGenerator::variantMetaKey()), QStringLiteral("prefecture"));
    const GeographyStore geography(m_dataset);
    QCOMPARE(geography.prefecture(QStringLiteral("99"))->name, QStringLiteral("サンプル県"));
    const QVector<Region> regions = geography.regions(QStringLiteral("99"));
    QCOMPARE(regions.size(), 5);
    QCOMPARE(geography.regions().size(), 5); // no other prefecture's regions
    qint64 population = 0;
    for (const Region &r : regions) {
        QVERIFY(r.code.startsWith(QLatin1String("99")));
        QVERIFY(r.population.value_or(0) > 50000);
        population += *r.population;
    }
    QCOMPARE(*geography.prefecture(QStringLiteral("99"))->population, population);

    const qint64 hospitals = scalar(m_dataset,
                                    QStringLiteral("SELECT count(*) FROM hospital "
                                                   "WHERE kind = 'hospital'"));
    const qint64 clinics
        = scalar(m_dataset, QStringLiteral("SELECT count(*) FROM hospital WHERE kind = 'clinic'"));
    QVERIFY2(hospitals >= 60, qPrintable(QString::number(hospitals)));
    QVERIFY(clinics >= 10);
    // Every region has a public hospital and some private ones.
    for (const Region &r : regions) {
        QVERIFY(scalar(m_dataset,
                       QStringLiteral("SELECT count(*) FROM hospital WHERE region_code = ? "
                                      "AND owner_group = 'public'"),
                       { r.code })
                >= 1);
        QVERIFY(scalar(m_dataset,
                       QStringLiteral("SELECT count(*) FROM hospital WHERE region_code = ? "
                                      "AND owner_group = 'private'"),
                       { r.code })
                >= 3);
    }
}

void TestDemoGenerator::twoEditionsAndNewestWins()
{
    const FigureStore figures(m_dataset);
    const QVector<Edition> editions = figures.editions();
    QCOMPARE(editions.size(), 2);
    QCOMPARE(editions.at(0).label, QStringLiteral("令和5年度"));
    QCOMPARE(editions.at(0).fiscalYear, 2023);
    QCOMPARE(editions.at(1).label, QStringLiteral("令和6年度"));

    // The older edition stops at the 2023 report; the newer adds 2024 and revises 県東's 2023.
    const QVector<BedFigure> all
        = figures.bedsAllEditions(FigureStore::Area::Region, QStringLiteral("9903"));
    qint64 acute2023Old = -1;
    qint64 acute2023New = -1;
    bool oldHas2024 = false;
    for (const BedFigure &f : all) {
        if (f.measure != Measure::Reported)
            continue;
        if (f.editionId == editions.at(0).id && f.year == 2024)
            oldHas2024 = true;
        if (f.year == 2023 && f.functionKey == QLatin1String("Acute"))
            (f.editionId == editions.at(0).id ? acute2023Old : acute2023New) = *f.value.beds;
    }
    QVERIFY(!oldHas2024);
    QCOMPARE(acute2023New, acute2023Old + 12);
    const QVector<BedFigure> newest
        = figures.beds(FigureStore::Area::Region, QStringLiteral("9903"));
    QCOMPARE(valueOf(newest, Measure::Reported, 2023, QStringLiteral("Acute")), acute2023New);

    // Both editions list every facility, with figures of their own report year.
    const HospitalStore hospitals(m_dataset);
    QCOMPARE(hospitals.figures(editions.at(0).id).size(), hospitals.count());
    QCOMPARE(hospitals.figures(editions.at(1).id).size(), hospitals.count());

    // MHLW's years: 2015 and 2018 onwards, none for 2016–2017.
    const auto years = reportedByYear(newest);
    QList<int> keys;
    for (const auto &entry : years)
        keys << entry.first;
    QCOMPARE(keys, (QList<int> { 2015, 2018, 2019, 2020, 2021, 2022, 2023, 2024 }));
}

void TestDemoGenerator::acuteAboveNeedRecoveryBelowNeed()
{
    const FigureStore figures(m_dataset);
    for (const QString &code :
         { QStringLiteral("99"), QStringLiteral("9901"), QStringLiteral("9902"),
           QStringLiteral("9903"), QStringLiteral("9904"), QStringLiteral("9905") }) {
        const auto area
            = code.size() == 2 ? FigureStore::Area::Prefecture : FigureStore::Area::Region;
        const QVector<BedFigure> beds = figures.beds(area, code);
        const qint64 acute = valueOf(beds, Measure::Reported, 2024, QStringLiteral("Acute"));
        const qint64 acuteNeed = valueOf(beds, Measure::Required, 2025, QStringLiteral("Acute"));
        const qint64 recovery = valueOf(beds, Measure::Reported, 2024, QStringLiteral("Recovery"));
        const qint64 recoveryNeed
            = valueOf(beds, Measure::Required, 2025, QStringLiteral("Recovery"));
        QVERIFY2(acute > 0 && acuteNeed > 0 && recoveryNeed > 0, qPrintable(code));
        QVERIFY2(acute > acuteNeed * 1.15, qPrintable(code));
        QVERIFY2(recovery < recoveryNeed * 0.8, qPrintable(code));
        // Planned beds move a little from acute towards recovery.
        QVERIFY(valueOf(beds, Measure::Planned, 2025, QStringLiteral("Acute")) < acute);
        QVERIFY(valueOf(beds, Measure::Planned, 2025, QStringLiteral("Recovery")) > recovery);
    }
    // Prefecture-wide, the need is close to the beds there are (within 15 %).
    const QVector<BedFigure> home
        = figures.beds(FigureStore::Area::Prefecture, QStringLiteral("99"));
    qint64 reported = 0;
    qint64 required = 0;
    for (const char *key : { "HighAcute", "Acute", "Recovery", "Chronic" }) {
        reported += valueOf(home, Measure::Reported, 2024, QString::fromLatin1(key));
        required += valueOf(home, Measure::Required, 2025, QString::fromLatin1(key));
    }
    QVERIFY(reported > 9000 && reported < 16000);
    QVERIFY(qAbs(reported - required) < reported * 0.15);
}

void TestDemoGenerator::totalsFallFrom2015To2024()
{
    const FigureStore figures(m_dataset);
    const auto years
        = reportedByYear(figures.beds(FigureStore::Area::Prefecture, QStringLiteral("99")));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const auto &[year, beds] : years) {
        const qint64 total = totalOfFour(beds);
        QVERIFY2(total < previous, qPrintable(QStringLiteral("%1: %2").arg(year).arg(total)));
        previous = total;
    }
    const qint64 first = totalOfFour(years.at(2015));
    const qint64 last = totalOfFour(years.at(2024));
    // Slowly: a few percent over the decade, not a collapse.
    QVERIFY(last < first * 0.97 && last > first * 0.8);
    // Recovery grows while acute shrinks.
    QVERIFY(years.at(2024).at(QStringLiteral("Recovery"))
            > years.at(2015).at(QStringLiteral("Recovery")));
    QVERIFY(years.at(2024).at(QStringLiteral("Acute"))
            < years.at(2015).at(QStringLiteral("Acute")));
}

void TestDemoGenerator::prefectureFiguresAreSumsOfRegions()
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT p.measure, p.year, p.function_id, p.edition_id, p.beds, "
                              "(SELECT sum(r.beds) FROM region_bed r JOIN region g "
                              "ON g.code = r.region_code WHERE g.prefecture_code = '99' "
                              "AND r.measure = p.measure AND r.year = p.year "
                              "AND r.function_id = p.function_id "
                              "AND r.edition_id = p.edition_id) "
                              "FROM prefecture_bed p WHERE p.prefecture_code = '99'"));
    QVERIFY(q.exec());
    int rows = 0;
    while (q.next()) {
        QCOMPARE(q.value(4).toLongLong(), q.value(5).toLongLong());
        ++rows;
    }
    // 2 editions × (7 or 8 years × 5 functions + planned and required × 4).
    QCOMPARE(rows, 7 * 5 + 8 + 8 * 5 + 8);
}

void TestDemoGenerator::regionReportsAreSumsOfHospitals()
{
    const FigureStore figures(m_dataset);
    const HospitalStore hospitalStore(m_dataset);
    const Edition latest = *figures.latestEdition();
    const auto hospitalFigures = hospitalStore.figures(latest.id);
    const QVector<Region> regions = GeographyStore(m_dataset).regions(QStringLiteral("99"));
    QCOMPARE(regions.size(), 5);
    int compared = 0;
    for (const Region &region : regions) {
        std::map<QString, qint64> sums;
        for (const Hospital &h : hospitalStore.hospitals(region.code)) {
            const HospitalFigures &f = hospitalFigures.value(h.id);
            for (auto it = f.beds.cbegin(); it != f.beds.cend(); ++it)
                sums[it.key()] += it.value();
        }
        const QVector<BedFigure> beds = figures.beds(FigureStore::Area::Region, region.code);
        for (const auto &[key, sum] : sums) {
            QCOMPARE(valueOf(beds, Measure::Reported, 2024, key), sum);
            ++compared;
        }
    }
    QVERIFY(compared >= 5 * 4); // every region, at least the four functions
}

void TestDemoGenerator::hospitalsHaveDoctorsRolesAndMaskedVolumes()
{
    const FigureStore figures(m_dataset);
    const HospitalStore hospitalStore(m_dataset);
    const auto latest = hospitalStore.figures(figures.latestEdition()->id);
    int withClosed = 0;
    int masked = 0;
    int withBirths = 0;
    QSet<QString> roles;
    for (const HospitalFigures &f : latest) {
        QVERIFY(f.metrics.value(QStringLiteral("doctors_fulltime")) >= 1);
        QVERIFY(f.metrics.contains(QStringLiteral("doctors_parttime")));
        QVERIFY(f.rank.has_value());
        if (f.beds.value(QStringLiteral("Closed")) > 0)
            ++withClosed;
        for (auto it = f.maskedMetrics.cbegin(); it != f.maskedMetrics.cend(); ++it) {
            QCOMPARE(it.value(), QStringLiteral("*"));
            QVERIFY(!f.metrics.contains(it.key()));
            ++masked;
        }
        if (f.metrics.value(QStringLiteral("births")) > 0)
            ++withBirths;
        for (const QString &r : f.roles)
            roles.insert(r);
        // Counts that are shown are never the masked 1–9.
        for (const char *metric : { "ambulance", "general_anaesthesia", "births", "operations" }) {
            const double v = f.metrics.value(QString::fromLatin1(metric), 0);
            QVERIFY(v == 0 || v >= 10);
        }
    }
    QVERIFY(withClosed >= 3);
    QVERIFY(masked >= 5);
    QVERIFY(withBirths >= 3);
    QCOMPARE(roles,
             (QSet<QString> { QStringLiteral("special"), QStringLiteral("regional_support"),
                              QStringLiteral("tertiary_emergency"),
                              QStringLiteral("secondary_emergency"),
                              QStringLiteral("home_care_support") }));
    // One 特定機能病院, owned by a 公的等 body.
    QCOMPARE(scalar(m_dataset,
                    QStringLiteral("SELECT count(*) FROM hospital_edition x JOIN "
                                   "hospital h ON h.id = x.hospital_id WHERE "
                                   "x.edition_id = 2 AND ' ' || x.roles || ' ' LIKE "
                                   "'% special %' AND h.owner_group = "
                                   "'quasi_public'")),
             qint64(1));
}

void TestDemoGenerator::nationComparisonAndReportingRates()
{
    const FigureStore figures(m_dataset);
    const QVector<BedFigure> nation
        = figures.beds(FigureStore::Area::Prefecture, QStringLiteral("00"));
    QCOMPARE(valueOf(nation, Measure::Required, 2025, QStringLiteral("Recovery")), qint64(375246));
    QCOMPARE(valueOf(nation, Measure::Reported, 2024, QStringLiteral("Acute")), qint64(515205));
    for (const QString &code : { QStringLiteral("99"), QStringLiteral("00") }) {
        const QVector<ReportingRate> rates
            = figures.reportingRates(FigureStore::Area::Prefecture, code);
        QCOMPARE(rates.size(), 8);
        for (const ReportingRate &r : rates)
            QVERIFY(r.rate && *r.rate > 0.9 && *r.rate <= 1.0);
        QVERIFY(*rates.last().rate > *rates.first().rate);
    }
    const QVector<ReportingRate> national
        = figures.reportingRates(FigureStore::Area::Prefecture, QStringLiteral("00"));
    QCOMPARE(*national.first().rate, 0.954);
    QCOMPARE(*national.last().rate, 0.982);
    QCOMPARE(figures.reportingRates(FigureStore::Area::Region, QStringLiteral("9905")).size(), 8);
}

void TestDemoGenerator::namesLookJapanese()
{
    const HospitalStore hospitalStore(m_dataset);
    const QVector<Hospital> all = hospitalStore.hospitals(QStringLiteral("99"));
    QSet<QString> keys;
    int corporations = 0;
    int municipal = 0;
    int clinics = 0;
    for (const Hospital &h : all) {
        QVERIFY2(!keys.contains(h.regionCode + Hospital::nameKey(h.name)), qPrintable(h.name));
        keys.insert(h.regionCode + Hospital::nameKey(h.name));
        QVERIFY(!h.municipality.isEmpty());
        QVERIFY(h.municipality.endsWith(u'市') || h.municipality.endsWith(u'町')
                || h.municipality.endsWith(u'村'));
        if (h.name.startsWith(QStringLiteral("医療法人")))
            ++corporations;
        if (h.name.contains(QStringLiteral("市立")) || h.name.contains(QStringLiteral("市民")))
            ++municipal;
        if (h.kind == HospitalKind::Clinic) {
            ++clinics;
            QVERIFY2(h.name.contains(QStringLiteral("クリニック"))
                         || h.name.contains(QStringLiteral("医院"))
                         || h.name.contains(QStringLiteral("診療所")),
                     qPrintable(h.name));
        } else {
            QVERIFY2(h.name.contains(QStringLiteral("病院"))
                         || h.name.contains(QStringLiteral("医療センター")),
                     qPrintable(h.name));
        }
    }
    QVERIFY(corporations >= 20);
    QVERIFY(municipal >= 2);
    QVERIFY(clinics >= 10);
}

void TestDemoGenerator::flowsAndDemandOfEveryRegion()
{
    FlowStore store(m_dataset);
    QVERIFY(store.hasFlows());
    QVERIFY(store.hasDemand());
    const QString home = DemoGenerator::demoPrefectureCode();
    // group sums and the "all" share per region and direction
    QMap<QString, double> sums, others, all;
    QSet<QString> partners;
    for (const FlowShare &f : store.flows(home)) {
        QVERIFY(f.share.has_value());
        const QString key = f.regionCode + f.direction;
        if (f.group == QLatin1String("all")) {
            QVERIFY(f.partnerCode.isEmpty());
            all.insert(key, *f.share);
            continue;
        }
        sums[key + f.group] += *f.share;
        partners.insert(f.partnerCode);
        if (f.partnerCode != f.regionCode)
            others[key] += *f.share;
    }
    QCOMPARE(all.size(), 10); // five regions, two directions
    QCOMPARE(sums.size(), 30); // and three function groups
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        QVERIFY2(std::abs(it.value() - 1.0) < 0.01, qPrintable(it.key()));
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        QVERIFY2(it.value() > 0.0 && it.value() < 0.5, qPrintable(it.key()));
    // 県西 sends more of its residents elsewhere than 県央; patients cross the border.
    QVERIFY(all.value(QStringLiteral("9905outflow"))
            > 3 * all.value(QStringLiteral("9901outflow")));
    QVERIFY(partners.contains(QStringLiteral("9801")) && partners.contains(QStringLiteral("9701")));

    // Demand of both kinds, 2024 and 2030–2050, for every region; home visits grow to 2040 in
    // 県央 and outpatients fall everywhere.
    QMap<QString, QMap<int, double>> demand;
    for (const DemandFigure &d : store.demand(home)) {
        QVERIFY(d.claimsPerMonth.has_value());
        QCOMPARE(d.scenario,
                 d.fiscalYear == 2024 ? QStringLiteral("base") : QStringLiteral("current"));
        demand[d.regionCode + d.kind][d.fiscalYear] = *d.claimsPerMonth;
    }
    QCOMPARE(demand.size(), 10);
    for (auto it = demand.cbegin(); it != demand.cend(); ++it) {
        QCOMPARE(it.value().keys(), (QList<int> { 2024, 2030, 2035, 2040, 2045, 2050 }));
        if (it.key().endsWith(QLatin1String("outpatient")))
            QVERIFY(it.value().value(2050) < it.value().value(2024));
    }
    QVERIFY(demand.value(QStringLiteral("9901home_visit")).value(2040)
            > 1.2 * demand.value(QStringLiteral("9901home_visit")).value(2024));
    QCOMPARE(store.populations(home).size(), 10);
}

void TestDemoGenerator::refusesExistingFileUnlessReplacing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.koso"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a dataset");
    f.close();
    DemoGenerator generator;
    QString error;
    QVERIFY(!generator.writeFile(path, false, &error));
    QVERIFY(error.contains(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not a dataset"));
    f.close();
    QVERIFY2(generator.writeFile(path, true, &error), qPrintable(error));
    Dataset dataset;
    QVERIFY2(dataset.open(path, &error), qPrintable(error));
    QCOMPARE(dataset.homePrefectureCode(), QStringLiteral("99"));
    dataset.close();
    // No partial file is left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList { QStringLiteral("existing.koso") });
}

void TestDemoGenerator::fillRefusesAnotherHomePrefecture()
{
    QTemporaryDir dir;
    Dataset dataset;
    QString error;
    QVERIFY(dataset.create(dir.filePath(QStringLiteral("hokkaido.koso")), QStringLiteral("01"),
                           &error));
    DemoGenerator generator;
    QVERIFY(!generator.fill(dataset, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(GeographyStore(dataset).regions().size(), 0);
    QCOMPARE(HospitalStore(dataset).count(), qint64(0));
}

void TestDemoGenerator::nationalVariantHasNationalCounts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("national.koso"));
    DemoGenerator generator(DemoGenerator::Variant::National);
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(generator.write(path, &error), qPrintable(error));
    qInfo("national dataset written in %lld ms", timer.elapsed());

    Dataset dataset;
    QVERIFY2(dataset.open(path, &error), qPrintable(error));
    QCOMPARE(dataset.homePrefectureCode(), QStringLiteral("13"));
    QCOMPARE(scalar(dataset, QStringLiteral("SELECT count(DISTINCT prefecture_code) FROM region")),
             qint64(47));
    QCOMPARE(scalar(dataset, QStringLiteral("SELECT count(*) FROM region")), qint64(339));
    const qint64 hospitals = scalar(dataset, QStringLiteral("SELECT count(*) FROM hospital"));
    QVERIFY2(hospitals > 7000 && hospitals < 9500, qPrintable(QString::number(hospitals)));
    // Ten reported years, 2015–2024, in the newest edition.
    const FigureStore figures(dataset);
    const auto years
        = reportedByYear(figures.beds(FigureStore::Area::Prefecture, QStringLiteral("00")));
    QCOMPARE(int(years.size()), 10);
    QCOMPARE(years.begin()->first, 2015);
    QCOMPARE(years.rbegin()->first, 2024);
    // The nation is the sum of its prefectures.
    QCOMPARE(scalar(dataset,
                    QStringLiteral("SELECT sum(beds) FROM prefecture_bed WHERE "
                                   "prefecture_code <> '00' AND measure = 'reported' "
                                   "AND year = 2024")),
             scalar(dataset,
                    QStringLiteral("SELECT sum(beds) FROM prefecture_bed WHERE "
                                   "prefecture_code = '00' AND measure = 'reported' "
                                   "AND year = 2024")));
    const qint64 nationalBeds = totalOfFour(years.at(2024));
    QVERIFY2(nationalBeds > 800000 && nationalBeds < 1500000,
             qPrintable(QString::number(nationalBeds)));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
