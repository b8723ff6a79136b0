// The quick path of ProgressEvaluator (one query each for the rates, the reported beds and the
// meetings of every region) against the computation region by region that it replaced, on the
// demo dataset with targets of every indicator in every region.

#include "council/CouncilStore.h"
#include "demo/DemoGenerator.h"
#include "planning/PlanningStore.h"
#include "planning/ProgressEvaluator.h"
#include "policy/HospitalOverview.h"
#include "policy/PolicyRates.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/Transaction.h"
#include "util/JapaneseDate.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Koso;

class TestProgressEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void latestBedsAreTheNewestFiguresBeds();
    void policyRatesOfAllRegionsAreThoseOfEachRegion();
    void quickProgressEqualsTheRegionByRegionComputation_data();
    void quickProgressEqualsTheRegionByRegionComputation();

private:
    // What the evaluator computed before it read every region at once.
    std::optional<double> referenceActual(const AnnualTarget &t, const QDate &today);

    QTemporaryDir m_dir;
    Dataset m_ds;
    QVector<Region> m_regions;
};

void TestProgressEvaluator::initTestCase()
{
    qputenv("KOSO_USER", "tester");
    const QString path = m_dir.filePath(QStringLiteral("demo.koso"));
    QString error;
    QVERIFY2(DemoGenerator().write(path, &error), qPrintable(error));
    QVERIFY2(m_ds.open(path, &error), qPrintable(error));
    m_regions = GeographyStore(m_ds).regions();
    QVERIFY(m_regions.size() >= 5);

    // Targets of every indicator and function in every region and in three fiscal years.
    Transaction tx(m_ds.database());
    PlanningStore store(m_ds);
    const ChangeStamp stamp = ChangeStamp::now();
    for (const Region &r : std::as_const(m_regions)) {
        for (int fy : { 2023, 2024, 2025 }) {
            auto add = [&](const QString &indicator, const QString &function,
                           const QString &direction, const QString &value) {
                AnnualTarget t;
                t.regionCode = r.code;
                t.fiscalYear = fy;
                t.indicator = indicator;
                t.functionKey = function;
                t.direction = direction;
                t.target = value;
                QVERIFY2(store.insert(QStringLiteral("annual_target"), t.values(), stamp, &error)
                             > 0,
                         qPrintable(error));
            };
            for (const QString &f : PlanningVocabulary::targetFunctions())
                add(QStringLiteral("beds"), f, QStringLiteral("at_most"), QStringLiteral("900"));
            add(QStringLiteral("closed_beds"), QString(), QStringLiteral("at_most"),
                QStringLiteral("30"));
            add(QStringLiteral("policy_rate_hospitals"), QString(), QStringLiteral("at_least"),
                QStringLiteral("50"));
            add(QStringLiteral("policy_rate_beds"), QString(), QStringLiteral("at_least"),
                QStringLiteral("60"));
            add(QStringLiteral("meetings"), QString(), QStringLiteral("at_least"),
                QStringLiteral("2"));
        }
    }
    QVERIFY(tx.commit());
}

void TestProgressEvaluator::latestBedsAreTheNewestFiguresBeds()
{
    const auto figures = HospitalOverview::latestFigures(m_ds);
    const auto beds = HospitalOverview::latestBedsIncludingClosed(m_ds);
    QVERIFY(figures.size() > 50);
    QCOMPARE(beds.size(), figures.size());
    qint64 sum = 0;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        QVERIFY(beds.contains(it.key()));
        QCOMPARE(beds.value(it.key()), HospitalOverview::bedsIncludingClosed(*it));
        sum += beds.value(it.key());
    }
    QVERIFY(sum > 0);
    // By area as well.
    const QString region = m_regions.first().code;
    const auto regional = HospitalOverview::latestBedsIncludingClosed(m_ds, region);
    QCOMPARE(regional.size(), HospitalOverview::latestFigures(m_ds, region).size());
    QVERIFY(regional.size() < beds.size());
}

void TestProgressEvaluator::policyRatesOfAllRegionsAreThoseOfEachRegion()
{
    for (const QDate &asOf : { QDate(2024, 3, 31), QDate(2025, 3, 31), QDate(2026, 3, 31) }) {
        QHash<QString, PolicyRate> all;
        for (const PolicyRate &r : PolicyRates::compute(m_ds, QString(), asOf))
            all.insert(r.scope + QLatin1Char('/') + r.group, r);
        int done = 0;
        for (const Region &region : std::as_const(m_regions)) {
            // The rates of each region, computed from its own hospitals as before.
            const auto policies = PolicyStore(m_ds).policiesAsOf(region.code, asOf);
            const auto figures = HospitalOverview::latestFigures(m_ds, region.code);
            PolicyRate expected;
            for (const Hospital &h : HospitalStore(m_ds).hospitals(region.code)) {
                const auto p = policies.constFind(h.id);
                if (p == policies.cend() || !p->listed || p->mergedInto)
                    continue;
                const qint64 beds = figures.contains(h.id)
                    ? HospitalOverview::bedsIncludingClosed(figures.value(h.id))
                    : 0;
                ++expected.hospitalsTotal;
                expected.bedsTotal += beds;
                if (p->isDone()) {
                    ++expected.hospitalsDone;
                    expected.bedsDone += beds;
                }
            }
            const PolicyRate got = all.value(region.code + QStringLiteral("/all"));
            QCOMPARE(got.hospitalsTotal, expected.hospitalsTotal);
            QCOMPARE(got.hospitalsDone, expected.hospitalsDone);
            QCOMPARE(got.bedsTotal, expected.bedsTotal);
            QCOMPARE(got.bedsDone, expected.bedsDone);
            done += got.hospitalsDone;
            // And the same as the rates of the region alone, every group.
            for (const PolicyRate &r :
                 PolicyRates::compute(m_ds, region.prefectureCode, asOf, region.code))
                QVERIFY(all.value(r.scope + QLatin1Char('/') + r.group) == r);
        }
        if (asOf.year() >= 2025)
            QVERIFY2(done > 0, "the demo has policies agreed by then");
    }
}

std::optional<double> TestProgressEvaluator::referenceActual(const AnnualTarget &t,
                                                             const QDate &today)
{
    const Region *region = nullptr;
    for (const Region &r : std::as_const(m_regions)) {
        if (r.code == t.regionCode)
            region = &r;
    }
    if (!region)
        return std::nullopt;
    if (t.indicator == QLatin1String("beds") || t.indicator == QLatin1String("closed_beds")) {
        QStringList keys;
        if (t.indicator == QLatin1String("closed_beds"))
            keys << QStringLiteral("Closed");
        else if (t.functionKey == QLatin1String("Total")) {
            for (const BedFunction &f : FigureStore(m_ds).totalFunctions())
                keys << f.key;
        } else
            keys << t.functionKey;
        qint64 sum = 0;
        int found = 0;
        const auto figures = FigureStore(m_ds).regionBedsByPrefecture(region->prefectureCode);
        for (const BedFigure &f : figures.value(t.regionCode)) {
            if (f.measure == Measure::Reported && f.year == t.fiscalYear
                && keys.contains(f.functionKey) && f.value.hasValue()) {
                sum += *f.value.beds;
                ++found;
            }
        }
        if (found == keys.size())
            return double(sum);
        return std::nullopt;
    }
    if (t.indicator.startsWith(QLatin1String("policy_rate"))) {
        const QDate asOf = qMin(JapaneseDate::fiscalYearEnd(t.fiscalYear), today);
        for (const PolicyRate &r :
             PolicyRates::compute(m_ds, region->prefectureCode, asOf, t.regionCode)) {
            if (r.group != QLatin1String("all"))
                continue;
            const auto share = t.indicator == QLatin1String("policy_rate_beds") ? r.bedShare()
                                                                                : r.hospitalShare();
            if (share)
                return qRound(*share * 1000.0) / 10.0;
        }
        return std::nullopt;
    }
    if (t.indicator == QLatin1String("meetings")) {
        CouncilStore councils(m_ds);
        int held = 0;
        for (const Council &c : councils.councilsOfRegion(t.regionCode)) {
            for (const CouncilMeeting &m : councils.meetings(c.id)) {
                if (m.heldOn >= JapaneseDate::fiscalYearStart(t.fiscalYear)
                    && m.heldOn <= JapaneseDate::fiscalYearEnd(t.fiscalYear) && m.heldOn <= today)
                    ++held;
            }
        }
        return double(held);
    }
    return std::nullopt;
}

void TestProgressEvaluator::quickProgressEqualsTheRegionByRegionComputation_data()
{
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<QDate>("today");
    for (int fy : { 2023, 2024, 2025 }) {
        for (const QDate &today : { QDate(2025, 10, 1), QDate(2026, 6, 1) }) {
            const QByteArray name = QByteArray::number(fy) + ' ' + today.toString().toLatin1();
            QTest::newRow(name.constData()) << fy << today;
        }
    }
}

void TestProgressEvaluator::quickProgressEqualsTheRegionByRegionComputation()
{
    QFETCH(int, fiscalYear);
    QFETCH(QDate, today);
    const ProgressEvaluator evaluator(m_ds, today);
    const QVector<TargetResult> all = evaluator.evaluate(fiscalYear);
    QVector<TargetResult> byRegion;
    for (const Region &r : std::as_const(m_regions))
        byRegion << evaluator.evaluate(fiscalYear, r.code);
    QCOMPARE(all.size(), byRegion.size());
    QVERIFY(all.size() >= m_regions.size() * 9);

    int withActual = 0, achieved = 0, notAchieved = 0;
    QHash<qint64, TargetResult> regional;
    for (const TargetResult &r : std::as_const(byRegion))
        regional.insert(r.target.id, r);
    for (const TargetResult &r : all) {
        const QString where = r.target.regionCode + QLatin1Char(' ') + r.target.indicator
            + QLatin1Char(' ') + r.target.functionKey;
        const TargetResult &one = regional.value(r.target.id);
        QCOMPARE(one.target.id, r.target.id);
        QCOMPARE(one.actual.has_value(), r.actual.has_value());
        if (r.actual)
            QCOMPARE(*one.actual, *r.actual);
        QCOMPARE(one.status, r.status);
        QCOMPARE(one.source, r.source);

        const auto expected = referenceActual(r.target, today);
        QVERIFY2(expected.has_value() == r.actual.has_value(), qPrintable(where));
        if (expected) {
            QVERIFY2(std::abs(*expected - *r.actual) < 1e-9, qPrintable(where));
            ++withActual;
        }
        const bool yearOver = JapaneseDate::fiscalYearEnd(fiscalYear) < today;
        const bool judgedLater = !yearOver
            && (r.target.indicator.startsWith(QLatin1String("policy_rate"))
                || r.target.indicator == QLatin1String("meetings"));
        if (r.target.isText()) {
            QCOMPARE(r.status,
                     r.target.judgement.isEmpty() ? QStringLiteral("not_evaluated")
                                                  : r.target.judgement);
            continue;
        }
        QCOMPARE(r.status,
                 judgedLater ? QStringLiteral("not_evaluated")
                             : ProgressEvaluator::judge(r.target.direction, expected,
                                                        r.target.targetNumber()));
        achieved += r.status == QLatin1String("achieved");
        notAchieved += r.status == QLatin1String("not_achieved");
    }
    // The comparison covers values, not only empty results.
    QVERIFY(withActual >= m_regions.size() * 3);
    if (JapaneseDate::fiscalYearEnd(fiscalYear) < today)
        QVERIFY(achieved + notAchieved > 0);
}

QTEST_GUILESS_MAIN(TestProgressEvaluator)
#include "tst_progressevaluator.moc"
