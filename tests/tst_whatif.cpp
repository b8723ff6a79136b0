#include "PolicyFixture.h"

#include "policy/WhatIfAnalysis.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Koso;
using PolicyFixture::at;

namespace {

WhatIfRow find(const QVector<WhatIfRow> &rows, const QString &area, const QString &function)
{
    for (const WhatIfRow &r : rows) {
        if (r.areaCode == area && r.functionKey == function)
            return r;
    }
    WhatIfRow missing;
    missing.areaCode = QStringLiteral("missing");
    return missing;
}

} // namespace

// Policies:
//   A agreed_verified, 2025: HighAcute 80, Acute 170, Recovery 40, Chronic 0 (no 休棟中等)
//   B agreed, 2025: Acute 100, Recovery 100 (HighAcute and Chronic left out: none planned)
//   C drafting with planned beds: not agreed, counts as reported
//   D no policy
//   E agreed_verified for 2026: Acute 100, Recovery 80
//
// Region 4301 reported: HighAcute 100, Acute 410, Recovery 50, Chronic 40, Closed 20 (total 600)
// what-if 2025:         HighAcute 80,  Acute 330, Recovery 140, Chronic 40, Closed 0 (total 590)
// required:             HighAcute 80,  Acute 250, Recovery 150, Chronic 100          (total 580)
class TestWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void regionSums_data();
    void regionSums();
    void totalsAndCounts();
    void prefectureAddsUpItsRegions();
    void laterTargetYearsWaitForTheirYear();
    void tableHasTheCaveat();

private:
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    PolicyFixture::Ids m_ids;
};

void TestWhatIf::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    QVERIFY(PolicyFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.a,
                               { { QStringLiteral("status"), QStringLiteral("agreed_verified") },
                                 { QStringLiteral("beds.HighAcute"), QStringLiteral("80") },
                                 { QStringLiteral("beds.Acute"), QStringLiteral("170") },
                                 { QStringLiteral("beds.Recovery"), QStringLiteral("40") },
                                 { QStringLiteral("beds.Chronic"), QStringLiteral("0") } },
                               at(2023, 3, 1)));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.b,
                               { { QStringLiteral("status"), QStringLiteral("agreed") },
                                 { QStringLiteral("beds.Acute"), QStringLiteral("100") },
                                 { QStringLiteral("beds.Recovery"), QStringLiteral("100") } },
                               at(2023, 3, 1)));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.c,
                               { { QStringLiteral("status"), QStringLiteral("drafting") },
                                 { QStringLiteral("beds.Acute"), QStringLiteral("10") } },
                               at(2023, 3, 1)));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.e,
                               { { QStringLiteral("status"), QStringLiteral("agreed_verified") },
                                 { QStringLiteral("target_year"), QStringLiteral("2026") },
                                 { QStringLiteral("beds.Acute"), QStringLiteral("100") },
                                 { QStringLiteral("beds.Recovery"), QStringLiteral("80") } },
                               at(2023, 3, 1)));
}

void TestWhatIf::cleanup()
{
    delete m_ds;
    delete m_dir;
}

void TestWhatIf::regionSums_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<qint64>("reported");
    QTest::addColumn<qint64>("whatIf");
    QTest::addColumn<qint64>("required"); // -1: none
    QTest::addColumn<qint64>("planned");
    QTest::newRow("HighAcute") << "HighAcute" << qint64(100) << qint64(80) << qint64(80)
                               << qint64(80);
    QTest::newRow("Acute") << "Acute" << qint64(410) << qint64(330) << qint64(250) << qint64(270);
    QTest::newRow("Recovery") << "Recovery" << qint64(50) << qint64(140) << qint64(150)
                              << qint64(140);
    QTest::newRow("Chronic") << "Chronic" << qint64(40) << qint64(40) << qint64(100) << qint64(0);
    QTest::newRow("Closed") << "Closed" << qint64(20) << qint64(0) << qint64(-1) << qint64(0);
    QTest::newRow("Total") << "Total" << qint64(600) << qint64(590) << qint64(580) << qint64(490);
}

void TestWhatIf::regionSums()
{
    QFETCH(QString, function);
    QFETCH(qint64, reported);
    QFETCH(qint64, whatIf);
    QFETCH(qint64, required);
    QFETCH(qint64, planned);
    const WhatIfRow r = find(WhatIfAnalysis::compute(*m_ds, QStringLiteral("43")),
                             QStringLiteral("4301"), function);
    QCOMPARE(r.reported, reported);
    QCOMPARE(r.whatIf, whatIf);
    QCOMPARE(r.plannedByAgreed, planned);
    QCOMPARE(r.required.value_or(-1), required);
    QCOMPARE(r.change(), whatIf - reported);
    if (required >= 0)
        QCOMPARE(*r.gapToRequired(), whatIf - required);
    else
        QVERIFY(!r.gapToRequired());
}

void TestWhatIf::totalsAndCounts()
{
    const WhatIfRow total = find(WhatIfAnalysis::compute(*m_ds, QStringLiteral("43")),
                                 QStringLiteral("4301"), WhatIfAnalysis::totalKey());
    QCOMPARE(total.facilities, 3);
    QCOMPARE(total.agreedFacilities, 2);
    // A reports 300 in the four functions, B 200.
    QCOMPARE(total.reportedOfAgreed, 500);
}

void TestWhatIf::prefectureAddsUpItsRegions()
{
    const auto rows = WhatIfAnalysis::compute(*m_ds, QStringLiteral("43"));
    QCOMPARE(rows.size(), 3 * 6); // prefecture + 2 regions, 5 functions + total
    QCOMPARE(rows.first().areaCode, QStringLiteral("43"));
    // 4302 in 2025: E's plan is for 2026, so everything stays as reported.
    const WhatIfRow acute = find(rows, QStringLiteral("43"), QStringLiteral("Acute"));
    QCOMPARE(acute.reported, 410 + 19 + 120);
    QCOMPARE(acute.whatIf, 330 + 19 + 120);
    // No prefecture table: the regions' required beds add up.
    QCOMPARE(acute.required.value_or(-1), 250 + 100);
    const WhatIfRow total = find(rows, QStringLiteral("43"), WhatIfAnalysis::totalKey());
    QCOMPARE(total.required.value_or(-1), 580 + 240);
    QCOMPARE(total.facilities, 5);
}

void TestWhatIf::laterTargetYearsWaitForTheirYear()
{
    const auto rows
        = WhatIfAnalysis::compute(*m_ds, QStringLiteral("43"), 2026, QStringLiteral("4302"));
    QCOMPARE(rows.size(), 6);
    const WhatIfRow recovery = find(rows, QStringLiteral("4302"), QStringLiteral("Recovery"));
    QCOMPARE(recovery.reported, 60);
    QCOMPARE(recovery.whatIf, 80);
    const WhatIfRow closed = find(rows, QStringLiteral("4302"), QStringLiteral("Closed"));
    QCOMPARE(closed.reported, 10);
    QCOMPARE(closed.whatIf, 0);
    QCOMPARE(find(rows, QStringLiteral("4302"), WhatIfAnalysis::totalKey()).agreedFacilities, 1);
}

void TestWhatIf::tableHasTheCaveat()
{
    const Table t
        = WhatIfAnalysis::toTable(WhatIfAnalysis::compute(*m_ds, QStringLiteral("43")), 2025);
    QCOMPARE(t.rows.size(), 18);
    QCOMPARE(t.rows.first().size(), t.header.size());
    QVERIFY(!t.notes.isEmpty());
    QCOMPARE(t.notes.first(), WhatIfAnalysis::caveat());
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
