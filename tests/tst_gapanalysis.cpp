#include "RequiredData.h"
#include "analysisfixture.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapAnalysis.h"
#include "analysis/HospitalAnalysis.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

namespace {

qint64 beds(const BedValue &v)
{
    return v.beds.value_or(-999999);
}

} // namespace

class TestGapAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void regionFiguresByFunctionAndTotal();
    void trendPerPopulationAndShares();
    void requiredZeroGivesEmptyRatio();
    void missingValuesStayMissing();
    void direction_data();
    void direction();
    void thresholdIsAParameter();
    void unexplainedGapCountsThresholdAndReporting();
    void ranksRegionsByUnexplainedGap();
    void prefectureSumsItsRegions();
    void nationalFiguresAndCaveat();
    void hospitalLevel();
    void unknownAreasGiveNothing();
    void newestEditionWinsPerKey();
    void referenceTablesGiveMhlwFigures();

private:
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_dataset = nullptr;
};

void TestGapAnalysis::init()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_dir = new QTemporaryDir;
    m_dataset = new Dataset;
    QString error;
    QVERIFY2(AnalysisFixture::build(*m_dataset, m_dir->filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
}

void TestGapAnalysis::cleanup()
{
    delete m_dataset;
    delete m_dir;
    m_dataset = nullptr;
    m_dir = nullptr;
}

void TestGapAnalysis::regionFiguresByFunctionAndTotal()
{
    const auto gap = GapAnalysis(*m_dataset).region(QStringLiteral("0101"));
    QVERIFY(gap);
    QCOMPARE(gap->name, QStringLiteral("南渡島"));
    QCOMPARE(gap->prefectureName, QStringLiteral("北海道"));
    QCOMPARE(gap->reportedYears, (QVector<int> { 2015, 2018, 2024 }));

    const FunctionGap &t = gap->total;
    QCOMPARE(t.latestYear, 2024);
    QCOMPARE(beds(t.latest), 5243);
    QCOMPARE(t.plannedYear, 2025);
    QCOMPARE(beds(t.planned), 5216);
    QCOMPARE(t.requiredYear, 2025);
    QCOMPARE(beds(t.required), 4857);
    QCOMPARE(*t.latestMinusRequired, 386);
    QCOMPARE(*t.plannedMinusRequired, 359);
    QCOMPARE(qRound(*t.plannedRatio * 10000), 10739);
    QCOMPARE(qRound(*t.latestRatio * 10000), 10795);
    QCOMPARE(*t.changeSinceBase, 5243 - 5595);
    QCOMPARE(qRound(*t.changeSinceBaseRate * 10000), -629); // −352 / 5595

    const FunctionGap *high = gap->find(QStringLiteral("HighAcute"));
    QVERIFY(high);
    QCOMPARE(beds(high->latest), 940);
    QCOMPARE(beds(high->required), 585);
    QCOMPARE(*high->latestMinusRequired, 355);
    QCOMPARE(qRound(*high->latestRatio * 10000), 16068);
    QCOMPARE(high->latestDirection, GapDirection::Over);
    QCOMPARE(gap->find(QStringLiteral("Recovery"))->latestDirection, GapDirection::Under);
    // The four functions and the total, in order.
    const auto rows = gap->rowsWithTotal();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first()->functionKey, QStringLiteral("HighAcute"));
    QCOMPARE(rows.last()->functionKey, FunctionGap::totalKey());
    QVERIFY(gap->isFlagged());
}

void TestGapAnalysis::trendPerPopulationAndShares()
{
    const auto gap = GapAnalysis(*m_dataset).region(QStringLiteral("0101"));
    QVERIFY(gap);
    const FunctionGap &t = gap->total;
    QCOMPARE(beds(t.reportedIn(2015)), 5595);
    QCOMPARE(beds(t.reportedIn(2018)), 5300);
    QVERIFY(!t.reportedIn(2019).hasValue());
    // 5,243 beds for 359,223 people.
    QCOMPARE(qRound(*t.latestPer100k * 100), qRound(5243.0 * 100000.0 / 359223.0 * 100));
    QCOMPARE(qRound(*t.requiredPer100k * 10), qRound(4857.0 * 100000.0 / 359223.0 * 10));
    const FunctionGap *high = gap->find(QStringLiteral("HighAcute"));
    QCOMPARE(qRound(*high->latestShare * 10000), qRound(940.0 / 5243.0 * 10000));
    QCOMPARE(qRound(*high->requiredShare * 10000), qRound(585.0 / 4857.0 * 10000));
    QVERIFY(!t.latestShare); // the total has no share of itself
    double shares = 0;
    for (const FunctionGap &f : gap->functions)
        shares += f.latestShare.value_or(0);
    QCOMPARE(qRound(shares * 1000), 1000);
    QCOMPARE(*high->changeSinceBase, 940 - 382);
    QCOMPARE(gap->reportingRates.size(), 2);
    QCOMPARE(*gap->reportingRate(2015), 0.95);
    QCOMPARE(*gap->reportingRate(2024), 0.98);
    QVERIFY(!gap->reportingRate(2018));
}

void TestGapAnalysis::requiredZeroGivesEmptyRatio()
{
    GapAnalysis analysis(*m_dataset);
    // 南檜山: 0 reported, 0 required.
    const auto minamiHiyama = analysis.region(QStringLiteral("0102"));
    QVERIFY(minamiHiyama);
    const FunctionGap *high = minamiHiyama->find(QStringLiteral("HighAcute"));
    QCOMPARE(beds(high->required), 0);
    QVERIFY(!high->latestRatio);
    QVERIFY(!high->plannedRatio);
    QVERIFY(!high->gapRate);
    QCOMPARE(*high->latestMinusRequired, 0);
    QCOMPARE(high->latestDirection, GapDirection::Within);
    // 0 reported against 119 required is a ratio of 0, not "no ratio".
    const FunctionGap *recovery = minamiHiyama->find(QStringLiteral("Recovery"));
    QCOMPARE(*recovery->latestRatio, 0.0);
    QCOMPARE(recovery->latestDirection, GapDirection::Under);

    // テスト区域: 12 beds where none are required: no ratio, but over the need.
    const auto test = analysis.region(QStringLiteral("0199"));
    const FunctionGap *testHigh = test->find(QStringLiteral("HighAcute"));
    QVERIFY(!testHigh->latestRatio);
    QVERIFY(!testHigh->plannedRatio);
    QCOMPARE(testHigh->latestDirection, GapDirection::Over);
    QCOMPARE(*testHigh->gap, 12);
    QCOMPARE(*testHigh->unexplainedGap, 12);
    // No base either: 0 beds in 2015 gives a change in beds but no rate.
    QCOMPARE(*testHigh->changeSinceBase, 12);
    QVERIFY(!testHigh->changeSinceBaseRate);
}

void TestGapAnalysis::missingValuesStayMissing()
{
    const auto test = GapAnalysis(*m_dataset).region(QStringLiteral("0199"));
    const FunctionGap *chronic = test->find(QStringLiteral("Chronic"));
    QVERIFY(!chronic->planned.hasValue());
    QCOMPARE(chronic->planned.missingReason, QStringLiteral("未報告"));
    QVERIFY(!chronic->plannedRatio);
    QVERIFY(!chronic->plannedMinusRequired);
    QCOMPARE(chronic->plannedDirection, GapDirection::Unknown);
    // Without a planned figure the gap is latest − required: 40 − 45.
    QCOMPARE(*chronic->gap, -5);
    // The total of a year with a missing function is missing, never a partial sum.
    QVERIFY(!test->total.planned.hasValue());
    QCOMPARE(test->total.planned.missingReason, QStringLiteral("未報告"));
    QCOMPARE(beds(test->total.latest), 172);
    QCOMPARE(*test->total.gap, 172 - 155);
}

void TestGapAnalysis::direction_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("required");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("expected");
    const int over = int(GapDirection::Over), under = int(GapDirection::Under),
              within = int(GapDirection::Within), unknown = int(GapDirection::Unknown);
    QTest::newRow("exactly +10 % stays within") << 110 << 100 << 0.10 << within;
    QTest::newRow("+11 % is over") << 111 << 100 << 0.10 << over;
    QTest::newRow("exactly −10 % stays within") << 90 << 100 << 0.10 << within;
    QTest::newRow("−11 % is under") << 89 << 100 << 0.10 << under;
    QTest::newRow("+11 % within a 20 % threshold") << 111 << 100 << 0.20 << within;
    QTest::newRow("0 of 0") << 0 << 0 << 0.10 << within;
    QTest::newRow("beds where none are required") << 5 << 0 << 0.10 << over;
    QTest::newRow("missing value") << -1 << 100 << 0.10 << unknown;
    QTest::newRow("missing required") << 100 << -1 << 0.10 << unknown;
}

void TestGapAnalysis::direction()
{
    QFETCH(int, value);
    QFETCH(int, required);
    QFETCH(double, threshold);
    QFETCH(int, expected);
    auto v = [](int n) {
        return n < 0 ? BedValue::missing(QStringLiteral("-")) : BedValue::of(n);
    };
    QCOMPARE(int(GapAnalysis::direction(v(value), v(required), threshold)), expected);
}

void TestGapAnalysis::thresholdIsAParameter()
{
    // 南渡島's total planned ratio 1.0739: within ±10 %, over at ±5 %.
    const auto atTen = GapAnalysis(*m_dataset).region(QStringLiteral("0101"));
    QCOMPARE(atTen->total.plannedDirection, GapDirection::Within);
    QCOMPARE(atTen->threshold, 0.10);
    GapAnalysis::Options five;
    five.threshold = 0.05;
    const auto atFive = GapAnalysis(*m_dataset, five).region(QStringLiteral("0101"));
    QCOMPARE(atFive->total.plannedDirection, GapDirection::Over);
    QCOMPARE(*atFive->total.unexplainedGap, qint64(std::llround(359 - 0.05 * 4857)));
}

void TestGapAnalysis::unexplainedGapCountsThresholdAndReporting()
{
    const auto gap = GapAnalysis(*m_dataset).region(QStringLiteral("0101"));
    // The planned figures are compared: 956 − 585 = 371, less the band 58.5.
    QCOMPARE(*gap->find(QStringLiteral("HighAcute"))->gap, 371);
    QCOMPARE(*gap->find(QStringLiteral("HighAcute"))->unexplainedGap, 313);
    QCOMPARE(*gap->find(QStringLiteral("Acute"))->unexplainedGap, 387); // 563 − 175.9
    QCOMPARE(*gap->find(QStringLiteral("Chronic"))->unexplainedGap, 176); // 265 − 89.5
    // A shortage: −840, less the band 161.8 and the beds the 2 % who did not report may hold
    // (778 × 0.02 ÷ 0.98 = 15.9).
    QCOMPARE(*gap->find(QStringLiteral("Recovery"))->gap, -840);
    QCOMPARE(*gap->find(QStringLiteral("Recovery"))->unexplainedGap, -662);
    // The total's 359 lies within the band of 485.7.
    QCOMPARE(*gap->total.unexplainedGap, 0);
    QCOMPARE(qRound(*gap->total.gapRate * 10000), qRound(359.0 / 4857.0 * 10000));
}

void TestGapAnalysis::ranksRegionsByUnexplainedGap()
{
    const QVector<AreaGap> regions = GapAnalysis(*m_dataset).regions(QStringLiteral("01"));
    QCOMPARE(regions.size(), 4);
    QHash<QString, const AreaGap *> byCode;
    for (const AreaGap &a : regions)
        byCode.insert(a.code, &a);
    // Total: 0103 (135 − 54.5 = 81), 0102 (64 − 24.5 = 40), 0199 (17 − 15.5 = 2), 0101 (0).
    QCOMPARE(*byCode[QStringLiteral("0103")]->total.unexplainedGap, 81);
    QCOMPARE(byCode[QStringLiteral("0103")]->total.rank, 1);
    QCOMPARE(byCode[QStringLiteral("0102")]->total.rank, 2);
    QCOMPARE(byCode[QStringLiteral("0199")]->total.rank, 3);
    QCOMPARE(byCode[QStringLiteral("0101")]->total.rank, 4);
    // 高度急性期: 0101 (313), 0103 (−18 + 1.8 = −16), 0199 (12), 0102 (0).
    auto rankOf = [&](const char *code) {
        return byCode[QString::fromLatin1(code)]->find(QStringLiteral("HighAcute"))->rank;
    };
    QCOMPARE(rankOf("0101"), 1);
    QCOMPARE(rankOf("0103"), 2);
    QCOMPARE(rankOf("0199"), 3);
    QCOMPARE(rankOf("0102"), 4);
    QCOMPARE(*byCode[QStringLiteral("0103")]->find(QStringLiteral("HighAcute"))->unexplainedGap,
             -16);
    // All regions of the dataset when no prefecture is named.
    QCOMPARE(GapAnalysis(*m_dataset).regions().size(), 4);
    QVERIFY(GapAnalysis(*m_dataset).regions(QStringLiteral("02")).isEmpty());
}

void TestGapAnalysis::prefectureSumsItsRegions()
{
    const auto pref = GapAnalysis(*m_dataset).prefecture(QStringLiteral("01"));
    QVERIFY(pref);
    QCOMPARE(pref->kind, AreaKind::Prefecture);
    QCOMPARE(pref->name, QStringLiteral("北海道"));
    QCOMPARE(beds(pref->total.latest), 5243 + 333 + 713 + 172);
    QCOMPARE(beds(pref->total.required), 4857 + 245 + 545 + 155);
    QCOMPARE(beds(pref->find(QStringLiteral("HighAcute"))->planned), 956 + 0 + 0 + 12);
    // One region lacks a planned 慢性期: the prefecture's is missing too, and so its total.
    QVERIFY(!pref->find(QStringLiteral("Chronic"))->planned.hasValue());
    QVERIFY(!pref->total.planned.hasValue());
    // Only 南渡島 reported 2018: no prefecture figure for 2018.
    QVERIFY(!pref->total.reportedIn(2018).hasValue());
    QCOMPARE(beds(pref->total.reportedIn(2015)), 5595 + 399 + 993 + 170);
    QCOMPARE(*pref->population, 359223 + 21139 + 33405 + 10000);
}

void TestGapAnalysis::nationalFiguresAndCaveat()
{
    const auto nation = GapAnalysis(*m_dataset).nation();
    QVERIFY(nation);
    QCOMPARE(nation->kind, AreaKind::Nation);
    QCOMPARE(beds(nation->total.latest), 1178456);
    QCOMPARE(beds(nation->total.required), 1190821);
    QCOMPARE(beds(nation->total.planned), 1173428);
    QCOMPARE(qRound(*nation->total.latestPer100k * 10), qRound(1178456e5 / 126146099.0 * 10));
    const QString caveat = AnalysisText::caveat(&*nation);
    QVERIFY2(caveat.contains(QStringLiteral("computed differently")), qPrintable(caveat));
    QVERIFY2(caveat.contains(QStringLiteral("2015: 95.4%")), qPrintable(caveat));
    QVERIFY2(caveat.contains(QStringLiteral("2024: 98.2%")), qPrintable(caveat));
}

void TestGapAnalysis::hospitalLevel()
{
    const RegionHospitals h = HospitalAnalysis::forRegion(*m_dataset, QStringLiteral("0101"));
    QVERIFY(h.edition);
    QCOMPARE(h.edition->label, QStringLiteral("令和6年度"));
    QCOMPARE(h.regionName, QStringLiteral("南渡島"));
    QCOMPARE(h.rows.size(), 5);
    QCOMPARE(h.hospitalCount, 4);
    QCOMPARE(h.clinicCount, 1);
    QCOMPARE(h.functionTotals.value(QStringLiteral("HighAcute")), 592);
    QCOMPARE(h.functionTotals.value(QStringLiteral("Closed")), 120);
    QCOMPARE(h.totalBeds, 592 + 529 + 180 + 240);
    QCOMPARE(h.totalWithClosed, h.totalBeds + 120);

    const HospitalRow &first = h.rows.first();
    QCOMPARE(first.hospital.name, QStringLiteral("市立函館病院"));
    QCOMPARE(first.totalWithClosed, 582);
    QCOMPARE(first.totalBeds, 562);
    QCOMPARE(qRound(first.shares.value(QStringLiteral("HighAcute")) * 10000),
             qRound(292.0 / 592.0 * 10000));
    QCOMPARE(qRound(*first.doctorsPer100Beds * 100), 2216); // 129 ÷ 582 × 100
    QVERIFY(first.hasRole(QStringLiteral("tertiary_emergency")));
    QCOMPARE(*first.metric(QStringLiteral("ambulance")), 6767.0);
    QCOMPARE(first.maskedMetrics.value(QStringLiteral("los_Recovery")), QStringLiteral("-"));
    QCOMPARE(h.rows.at(1).maskedMetrics.value(QStringLiteral("births")), QStringLiteral("*"));
    QVERIFY(!h.rows.at(3).doctorsPer100Beds); // no doctors reported: no ratio

    // Facilities with 休棟中等 beds, most first.
    const QVector<HospitalRow> closed = h.withClosedBeds();
    QCOMPARE(closed.size(), 2);
    QCOMPARE(closed.at(0).hospital.name, QStringLiteral("医療法人　七飯療養病院"));
    QCOMPARE(closed.at(0).closedBeds(), 100);
    QCOMPARE(closed.at(1).closedBeds(), 20);
    QCOMPARE(qRound(closed.at(0).shares.value(QStringLiteral("Closed")) * 100), 83);
    // Who holds 急性期: 函館市立 270, 五稜郭 180, 北斗 60, clinic 19.
    const auto acute = h.largestIn(QStringLiteral("Acute"), 3);
    QCOMPARE(acute.size(), 3);
    QCOMPARE(acute.at(0)->bedsOf(QStringLiteral("Acute")), 270);
    QCOMPARE(acute.at(2)->bedsOf(QStringLiteral("Acute")), 60);

    // A region without facilities gives an empty list, not an error.
    const RegionHospitals none = HospitalAnalysis::forRegion(*m_dataset, QStringLiteral("0102"));
    QVERIFY(none.rows.isEmpty());
    QVERIFY(!none.edition);
}

void TestGapAnalysis::unknownAreasGiveNothing()
{
    GapAnalysis analysis(*m_dataset);
    QVERIFY(!analysis.region(QStringLiteral("9999")));
    QVERIFY(!analysis.prefecture(QStringLiteral("98")));
    // A prefecture without regions or figures: every figure is missing, nothing invented.
    const auto aomori = analysis.prefecture(QStringLiteral("02"));
    QVERIFY(aomori);
    QVERIFY(!aomori->total.latest.hasValue());
    QVERIFY(!aomori->total.latestRatio);
}

void TestGapAnalysis::newestEditionWinsPerKey()
{
    // An older edition (令和5年度) imported after 令和6年度, so with the higher id: its figure
    // of a key 令和6年度 also has loses; its figure of a key only it has is kept.
    FigureStore figures(*m_dataset);
    QString error;
    const int older = figures.ensureEdition(QStringLiteral("令和5年度"), 2023, &error);
    QVERIFY2(older > figures.edition(QStringLiteral("令和6年度"))->id, qPrintable(error));
    for (const auto &[year, beds] : { std::pair { 2024, 111 }, std::pair { 2016, 500 } }) {
        BedFigure f { QStringLiteral("0101"),      Measure::Reported,  year,
                      QStringLiteral("HighAcute"), BedValue::of(beds), older };
        QVERIFY2(figures.putBed(FigureStore::Area::Region, f, &error), qPrintable(error));
    }
    GapAnalysis analysis(*m_dataset);
    const auto single = analysis.region(QStringLiteral("0101"));
    const QVector<AreaGap> all = analysis.regions(QStringLiteral("01"));
    const AreaGap *bulk = nullptr;
    for (const AreaGap &a : all) {
        if (a.code == QLatin1String("0101"))
            bulk = &a;
    }
    QVERIFY(single && bulk);
    for (const AreaGap *a : { &*single, bulk }) {
        const FunctionGap *high = a->find(QStringLiteral("HighAcute"));
        QCOMPARE(beds(high->latest), 940);
        QCOMPARE(beds(high->reportedIn(2016)), 500);
        QVERIFY(!a->total.reportedIn(2016).hasValue()); // the other functions lack 2016
        QCOMPARE(beds(a->total.latest), 5243);
    }
    // The bulk reader keeps the edition of each figure.
    const auto byRegion = figures.regionBedsByPrefecture(QStringLiteral("01"));
    for (const BedFigure &f : byRegion.value(QStringLiteral("0101"))) {
        if (f.year == 2016)
            QCOMPARE(f.editionId, older);
        else
            QCOMPARE(f.editionId, figures.edition(QStringLiteral("令和6年度"))->id);
    }
}

void TestGapAnalysis::referenceTablesGiveMhlwFigures()
{
    const QString dir = KosoTest::referenceDataDir();
    KOSO_REQUIRE(QFileInfo::exists(dir + QStringLiteral("/koso_kuiki_beds.csv")),
                 "The reference tables (KOSO_REFERENCE_DATA_DIR) are not on this machine.");
    QTemporaryDir tmp;
    Dataset ds;
    QString error;
    QVERIFY2(AnalysisFixture::buildFromReference(ds, tmp.filePath(QStringLiteral("r.koso")), dir,
                                                 QStringLiteral("01"), &error),
             qPrintable(error));
    GapAnalysis analysis(ds);
    QElapsedTimer timer;
    timer.start();
    const QVector<AreaGap> all = analysis.regions();
    qInfo("Gap table of %d regions in %lld ms", int(all.size()), timer.elapsed());
    QCOMPARE(all.size(), 339);
    qint64 required = 0;
    int emptyRatios = 0;
    for (const AreaGap &a : all) {
        required += a.total.required.beds.value_or(0);
        for (const FunctionGap &f : a.functions) {
            if (f.required.beds == 0) {
                QVERIFY(!f.plannedRatio);
                ++emptyRatios;
            }
        }
    }
    QCOMPARE(required, 1190821);
    QVERIFY(emptyRatios > 0);
    const auto minamiOshima = analysis.region(QStringLiteral("0101"));
    QCOMPARE(beds(minamiOshima->total.latest), 5243);
    QCOMPARE(beds(minamiOshima->total.planned), 5216);
    QCOMPARE(beds(minamiOshima->total.required), 4857);
    QCOMPARE(qRound(*minamiOshima->total.plannedRatio * 10000), 10739);
    const auto nation = analysis.nation();
    QCOMPARE(beds(nation->total.required), 1190821);
    QCOMPARE(beds(nation->total.latest), 1178456);
    const auto kumamoto = analysis.region(QStringLiteral("4312"));
    QCOMPARE(beds(kumamoto->total.required), 11819);
}

QTEST_GUILESS_MAIN(TestGapAnalysis)
#include "tst_gapanalysis.moc"
