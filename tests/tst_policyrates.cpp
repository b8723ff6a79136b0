#include "PolicyFixture.h"

#include "policy/PolicyRates.h"
#include "storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Koso;
using PolicyFixture::at;

namespace {

PolicyRate find(const QVector<PolicyRate> &rates, const QString &scope, const QString &group)
{
    for (const PolicyRate &r : rates) {
        if (r.scope == scope && r.group == group)
            return r;
    }
    return PolicyRate { QDate(), QStringLiteral("missing"), group, -1, -1, -1, -1 };
}

} // namespace

// Statuses (see PolicyFixture for beds):
//   A public 320 beds      agreed_verified since 2023-03-01            done
//   B quasi-public 200     agreed_verified 2023-09-15, implemented 2024-01-10   done
//   C private 100          drafting                                     not done
//   D private clinic 19    agreed (合意済 alone is not done)              not done
//   E public 190, 再検証対象 verifying                                     not done
class TestPolicyRates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ratesByHospitalsAndBeds_data();
    void ratesByHospitalsAndBeds();
    void ratesAsOfPastDates_data();
    void ratesAsOfPastDates();
    void oneRegionOnly();
    void mergedHospitalsAreNotCounted();
    void emptyGroupHasNoShare();
    void periodEndsAreSeptemberAndMarch();
    void snapshotsAreTakenOnceForEachPastEnd();

private:
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    PolicyFixture::Ids m_ids;
};

void TestPolicyRates::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    QVERIFY(PolicyFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
    const QString s = QStringLiteral("status");
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.a, { { s, QStringLiteral("agreed_verified") } },
                               at(2023, 3, 1)));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.b, { { s, QStringLiteral("agreed_verified") } },
                               at(2023, 9, 15)));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.b, { { s, QStringLiteral("implemented") } },
                               at(2024, 1, 10)));
    QVERIFY(
        PolicyFixture::set(*m_ds, m_ids.c, { { s, QStringLiteral("drafting") } }, at(2023, 5, 1)));
    QVERIFY(
        PolicyFixture::set(*m_ds, m_ids.d, { { s, QStringLiteral("agreed") } }, at(2023, 12, 1)));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.e,
                               { { s, QStringLiteral("verifying") },
                                 { QStringLiteral("reverification_target"), QStringLiteral("1") } },
                               at(2023, 6, 1)));
}

void TestPolicyRates::cleanup()
{
    delete m_ds;
    delete m_dir;
}

void TestPolicyRates::ratesByHospitalsAndBeds_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("hospitals");
    QTest::addColumn<int>("done");
    QTest::addColumn<qint64>("beds");
    QTest::addColumn<qint64>("bedsDone");
    // 320+200+100+19+190 = 829 beds; done: A and B, 520 beds.
    QTest::newRow("prefecture, all") << "43"
                                     << "all" << 5 << 2 << qint64(829) << qint64(520);
    QTest::newRow("prefecture, public") << "43"
                                        << "public" << 2 << 1 << qint64(510) << qint64(320);
    QTest::newRow("prefecture, quasi-public")
        << "43"
        << "quasi_public" << 1 << 1 << qint64(200) << qint64(200);
    QTest::newRow("prefecture, private") << "43"
                                         << "private" << 2 << 0 << qint64(119) << qint64(0);
    QTest::newRow("prefecture, unknown") << "43"
                                         << "unknown" << 0 << 0 << qint64(0) << qint64(0);
    QTest::newRow("prefecture, re-verification")
        << "43"
        << "reverification" << 1 << 0 << qint64(190) << qint64(0);
    QTest::newRow("4301, all") << "4301"
                               << "all" << 3 << 2 << qint64(620) << qint64(520);
    QTest::newRow("4301, private") << "4301"
                                   << "private" << 1 << 0 << qint64(100) << qint64(0);
    QTest::newRow("4302, all") << "4302"
                               << "all" << 2 << 0 << qint64(209) << qint64(0);
    QTest::newRow("4302, public") << "4302"
                                  << "public" << 1 << 0 << qint64(190) << qint64(0);
}

void TestPolicyRates::ratesByHospitalsAndBeds()
{
    QFETCH(QString, scope);
    QFETCH(QString, group);
    QFETCH(int, hospitals);
    QFETCH(int, done);
    QFETCH(qint64, beds);
    QFETCH(qint64, bedsDone);
    const auto rates = PolicyRates::compute(*m_ds, QStringLiteral("43"));
    QCOMPARE(rates.size(), 3 * 6);
    const PolicyRate r = find(rates, scope, group);
    QCOMPARE(r.hospitalsTotal, hospitals);
    QCOMPARE(r.hospitalsDone, done);
    QCOMPARE(r.bedsTotal, beds);
    QCOMPARE(r.bedsDone, bedsDone);
}

void TestPolicyRates::ratesAsOfPastDates_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("done");
    QTest::addColumn<qint64>("bedsDone");
    QTest::newRow("end of September 2022") << QDate(2022, 9, 30) << 0 << qint64(0);
    QTest::newRow("end of March 2023: A") << QDate(2023, 3, 31) << 1 << qint64(320);
    QTest::newRow("end of September 2023: A and B") << QDate(2023, 9, 30) << 2 << qint64(520);
    QTest::newRow("end of March 2024") << QDate(2024, 3, 31) << 2 << qint64(520);
}

void TestPolicyRates::ratesAsOfPastDates()
{
    QFETCH(QDate, asOf);
    QFETCH(int, done);
    QFETCH(qint64, bedsDone);
    const auto rates = PolicyRates::compute(*m_ds, QStringLiteral("43"), asOf);
    const PolicyRate r = find(rates, QStringLiteral("43"), QStringLiteral("all"));
    QCOMPARE(r.asOf, asOf);
    QCOMPARE(r.hospitalsTotal, 5);
    QCOMPARE(r.hospitalsDone, done);
    QCOMPARE(r.bedsDone, bedsDone);
    // E became a re-verification target in June 2023.
    const PolicyRate re = find(rates, QStringLiteral("43"), QStringLiteral("reverification"));
    QCOMPARE(re.hospitalsTotal, asOf >= QDate(2023, 6, 1) ? 1 : 0);
}

void TestPolicyRates::oneRegionOnly()
{
    const auto rates
        = PolicyRates::compute(*m_ds, QStringLiteral("43"), QDate(), QStringLiteral("4301"));
    QCOMPARE(rates.size(), 6);
    for (const PolicyRate &r : rates)
        QCOMPARE(r.scope, QStringLiteral("4301"));
    const PolicyRate all = find(rates, QStringLiteral("4301"), QStringLiteral("all"));
    QCOMPARE(all.hospitalsDone, 2);
    QCOMPARE(*all.hospitalShare(), 2.0 / 3.0);
    QCOMPARE(*all.bedShare(), 520.0 / 620.0);
}

void TestPolicyRates::mergedHospitalsAreNotCounted()
{
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.c,
                               { { QStringLiteral("merged_into"), QString::number(m_ids.a) } },
                               at(2024, 4, 1)));
    const PolicyRate now = find(PolicyRates::compute(*m_ds, QStringLiteral("43")),
                                QStringLiteral("43"), QStringLiteral("all"));
    QCOMPARE(now.hospitalsTotal, 4);
    QCOMPARE(now.bedsTotal, 729);
    // Before the merger C still counts.
    const PolicyRate before
        = find(PolicyRates::compute(*m_ds, QStringLiteral("43"), QDate(2024, 3, 31)),
               QStringLiteral("43"), QStringLiteral("all"));
    QCOMPARE(before.hospitalsTotal, 5);
}

void TestPolicyRates::emptyGroupHasNoShare()
{
    const PolicyRate r = find(PolicyRates::compute(*m_ds, QStringLiteral("43")),
                              QStringLiteral("43"), QStringLiteral("unknown"));
    QVERIFY(!r.hospitalShare());
    QVERIFY(!r.bedShare());
    QCOMPARE(PolicyRates::percentText(0.6273), QStringLiteral("62.7%"));
}

void TestPolicyRates::periodEndsAreSeptemberAndMarch()
{
    QCOMPARE(PolicyRates::periodEnds(QDate(2023, 3, 1), QDate(2024, 4, 30)),
             (QVector<QDate> { QDate(2023, 3, 31), QDate(2023, 9, 30), QDate(2024, 3, 31) }));
    QCOMPARE(PolicyRates::periodEnds(QDate(2023, 3, 31), QDate(2023, 3, 31)),
             (QVector<QDate> { QDate(2023, 3, 31) }));
    QVERIFY(PolicyRates::periodEnds(QDate(2023, 4, 1), QDate(2023, 9, 29)).isEmpty());
}

void TestPolicyRates::snapshotsAreTakenOnceForEachPastEnd()
{
    int written = -1;
    QString error;
    // First change 2023-03-01; today 2024-03-31: that day is not over, so it is not taken.
    QVERIFY(PolicyRates::takeSnapshots(*m_ds, QStringLiteral("43"), QDate(2024, 3, 31), false,
                                       &written, &error));
    QCOMPARE(written, 2);
    QVERIFY(PolicyRates::takeSnapshots(*m_ds, QStringLiteral("43"), QDate(2024, 5, 1), false,
                                       &written, &error));
    QCOMPARE(written, 1);
    QVERIFY(PolicyRates::takeSnapshots(*m_ds, QStringLiteral("43"), QDate(2024, 5, 1), false,
                                       &written, &error));
    QCOMPARE(written, 0);

    const auto all = PolicyRates::snapshots(*m_ds);
    QCOMPARE(all.size(), 3 * 3 * 6); // dates × scopes × groups
    const auto pref = PolicyRates::snapshots(*m_ds, QStringLiteral("43"));
    QCOMPARE(pref.size(), 3 * 6);
    const PolicyRate march23 = [&] {
        for (const PolicyRate &r : pref) {
            if (r.asOf == QDate(2023, 3, 31) && r.group == QLatin1String("all"))
                return r;
        }
        return PolicyRate();
    }();
    QCOMPARE(march23.hospitalsDone, 1);
    QCOMPARE(march23.bedsDone, 320);
    // A stored snapshot equals the rate computed as of its date.
    for (const PolicyRate &r : pref)
        QCOMPARE(r,
                 find(PolicyRates::compute(*m_ds, QStringLiteral("43"), r.asOf), r.scope, r.group));

    // Replacing recomputes them all.
    QVERIFY(PolicyRates::takeSnapshots(*m_ds, QStringLiteral("43"), QDate(2024, 5, 1), true,
                                       &written, &error));
    QCOMPARE(written, 3);
    QCOMPARE(PolicyRates::snapshots(*m_ds).size(), 3 * 3 * 6);
}

QTEST_GUILESS_MAIN(TestPolicyRates)
#include "tst_policyrates.moc"
