#include "PolicyFixture.h"

#include "policy/AddHospitalCommand.h"
#include "policy/PolicyHistory.h"
#include "policy/PolicyStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Koso;
using PolicyFixture::at;

class TestPolicyHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusAsOfEachDate_data();
    void statusAsOfEachDate();
    void asOfMeansTheEndOfThatDay();
    void plannedBedsAsOfADate();
    void valuesFromBeforeTheHistoryStay();
    void sameMomentChangesUndoInRecordedOrder();
    void handAddedHospitalIsNotListedBeforeItWasAdded();
    void policiesOfAnAreaAsOfADate();

private:
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    PolicyFixture::Ids m_ids;
};

void TestPolicyHistory::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    QVERIFY(PolicyFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
    // A's policy: drafting in January 2023, drafted in June, agreed and verified in Feb 2024.
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.a,
                               { { QStringLiteral("status"), QStringLiteral("drafting") } },
                               at(2023, 1, 10)));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.a,
                               { { QStringLiteral("status"), QStringLiteral("drafted") },
                                 { QStringLiteral("written_on"), QStringLiteral("2023-06-01") },
                                 { QStringLiteral("beds.Acute"), QStringLiteral("180") } },
                               at(2023, 6, 1)));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.a,
                               { { QStringLiteral("status"), QStringLiteral("agreed_verified") },
                                 { QStringLiteral("agreed_on"), QStringLiteral("2024-02-15") },
                                 { QStringLiteral("beds.Acute"), QStringLiteral("170") },
                                 { QStringLiteral("beds.Recovery"), QStringLiteral("30") } },
                               at(2024, 2, 15)));
}

void TestPolicyHistory::cleanup()
{
    delete m_ds;
    delete m_dir;
}

void TestPolicyHistory::statusAsOfEachDate_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("status");
    QTest::newRow("before any change") << QDate(2022, 12, 31) << QStringLiteral("not_drafted");
    QTest::newRow("the day drafting began") << QDate(2023, 1, 10) << QStringLiteral("drafting");
    QTest::newRow("end of FY2022") << QDate(2023, 3, 31) << QStringLiteral("drafting");
    QTest::newRow("end of September 2023") << QDate(2023, 9, 30) << QStringLiteral("drafted");
    QTest::newRow("the day before the agreement")
        << QDate(2024, 2, 14) << QStringLiteral("drafted");
    QTest::newRow("end of FY2023") << QDate(2024, 3, 31) << QStringLiteral("agreed_verified");
}

void TestPolicyHistory::statusAsOfEachDate()
{
    QFETCH(QDate, asOf);
    QFETCH(QString, status);
    const auto p = PolicyStore(*m_ds).policyAsOf(m_ids.a, asOf);
    QVERIFY(p);
    QCOMPARE(p->value(QStringLiteral("status")), status);
}

void TestPolicyHistory::asOfMeansTheEndOfThatDay()
{
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.b,
                               { { QStringLiteral("status"), QStringLiteral("drafting") } },
                               QDateTime(QDate(2024, 3, 31), QTime(23, 59, 59, 999))));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.b,
                               { { QStringLiteral("status"), QStringLiteral("drafted") } },
                               QDateTime(QDate(2024, 4, 1), QTime(0, 0))));
    PolicyStore store(*m_ds);
    QCOMPARE(store.policyAsOf(m_ids.b, QDate(2024, 3, 30))->status, PolicyStatus::NotDrafted);
    QCOMPARE(store.policyAsOf(m_ids.b, QDate(2024, 3, 31))->status, PolicyStatus::Drafting);
    QCOMPARE(store.policyAsOf(m_ids.b, QDate(2024, 4, 1))->status, PolicyStatus::Drafted);
}

void TestPolicyHistory::plannedBedsAsOfADate()
{
    PolicyStore store(*m_ds);
    const auto sept = store.policyAsOf(m_ids.a, QDate(2023, 9, 30));
    QCOMPARE(sept->plannedBeds, (QMap<QString, qint64> { { QStringLiteral("Acute"), 180 } }));
    QCOMPARE(sept->writtenOn, QDate(2023, 6, 1));
    QVERIFY(!sept->agreedOn.isValid());
    const auto now = store.policy(m_ids.a);
    QCOMPARE(now->plannedBeds.value(QStringLiteral("Recovery")), 30);
    QCOMPARE(now->agreedOn, QDate(2024, 2, 15));
    const auto before = store.policyAsOf(m_ids.a, QDate(2022, 1, 1));
    QVERIFY(before->plannedBeds.isEmpty());
    QVERIFY(!before->writtenOn.isValid());
}

void TestPolicyHistory::valuesFromBeforeTheHistoryStay()
{
    // The owner group came with the hospital (no history), then changed in 2024.
    QVERIFY(PolicyFixture::set(
        *m_ds, m_ids.c, { { QStringLiteral("owner_group"), QStringLiteral("quasi_public") } },
        at(2024, 5, 1)));
    PolicyStore store(*m_ds);
    QCOMPARE(store.policyAsOf(m_ids.c, QDate(2024, 3, 31))->ownerGroup, OwnerGroup::Private);
    QCOMPARE(store.policyAsOf(m_ids.c, QDate(2024, 5, 1))->ownerGroup, OwnerGroup::QuasiPublic);
    // And a hospital with no history at all is as it is now, whatever the date.
    QCOMPARE(store.policyAsOf(m_ids.e, QDate(2000, 1, 1))->ownerGroup, OwnerGroup::Public);
}

void TestPolicyHistory::sameMomentChangesUndoInRecordedOrder()
{
    ResponsePolicy current;
    current.hospitalId = 7;
    current.status = PolicyStatus::AgreedVerified;
    const QDateTime t = at(2024, 1, 1);
    QVector<PolicyChange> changes {
        // Recorded out of order on purpose: the ids decide within the same moment.
        { 3, 7, t, QStringLiteral("u"), QStringLiteral("status"), QStringLiteral("agreed"),
          QStringLiteral("agreed_verified") },
        { 2, 7, t, QStringLiteral("u"), QStringLiteral("status"), QStringLiteral("verifying"),
          QStringLiteral("agreed") },
        { 1, 7, at(2023, 1, 1), QStringLiteral("u"), QStringLiteral("status"),
          QStringLiteral("not_drafted"), QStringLiteral("verifying") },
        // Another hospital's change is ignored.
        { 4, 8, t, QStringLiteral("u"), QStringLiteral("status"), QStringLiteral("drafting"),
          QStringLiteral("implemented") },
    };
    QCOMPARE(PolicyHistory::asOf(current, changes, t).status, PolicyStatus::Verifying);
    QCOMPARE(PolicyHistory::asOf(current, changes, at(2023, 1, 1)).status,
             PolicyStatus::NotDrafted);
    QCOMPARE(PolicyHistory::asOf(current, changes, t.addSecs(1)).status,
             PolicyStatus::AgreedVerified);
}

void TestPolicyHistory::handAddedHospitalIsNotListedBeforeItWasAdded()
{
    Hospital h;
    h.regionCode = QStringLiteral("4302");
    h.name = QStringLiteral("新設の宇城病院");
    AddHospitalCommand add(m_ds, h);
    add.redo();
    QVERIFY2(add.error().isEmpty(), qPrintable(add.error()));
    PolicyStore store(*m_ds);
    QVERIFY(store.policy(add.hospitalId())->listed);
    QVERIFY(!store.policyAsOf(add.hospitalId(), QDate::currentDate().addDays(-1))->listed);
    QVERIFY(store.policyAsOf(add.hospitalId(), QDate::currentDate())->listed);
}

void TestPolicyHistory::policiesOfAnAreaAsOfADate()
{
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.e,
                               { { QStringLiteral("status"), QStringLiteral("verifying") } },
                               at(2023, 8, 1)));
    const auto all = PolicyStore(*m_ds).policiesAsOf(QStringLiteral("43"), QDate(2023, 9, 30));
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.value(m_ids.a).status, PolicyStatus::Drafted);
    QCOMPARE(all.value(m_ids.e).status, PolicyStatus::Verifying);
    QCOMPARE(all.value(m_ids.b).status, PolicyStatus::NotDrafted);
    const auto region = PolicyStore(*m_ds).policiesAsOf(QStringLiteral("4302"), QDate(2023, 7, 31));
    QCOMPARE(region.size(), 2);
    QCOMPARE(region.value(m_ids.e).status, PolicyStatus::NotDrafted);
}

QTEST_GUILESS_MAIN(TestPolicyHistory)
#include "tst_policyhistory.moc"
