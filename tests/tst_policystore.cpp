#include "PolicyFixture.h"

#include "policy/HospitalFilter.h"
#include "policy/HospitalOverview.h"
#include "policy/PolicyStore.h"
#include "policy/PolicyVocabulary.h"
#include "storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

class TestPolicyStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hospitalWithoutPolicyIsNotDrafted();
    void writesFieldsAndRecordsOnlyRealChanges();
    void rejectsUnknownFieldsAndBadValuesWithoutWriting();
    void ownerGroupIsTheHospitalsField();
    void renamingKeepsTheMatchingKeyInStep();
    void refusesMergingAHospitalIntoItself();
    void policiesOfAnArea();
    void latestFiguresComeFromTheNewestEdition();
    void statusWordsAreParsedLeniently_data();
    void statusWordsAreParsedLeniently();
    void filterMatchesIgnoringWidthAndSpaces_data();
    void filterMatchesIgnoringWidthAndSpaces();

private:
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    PolicyFixture::Ids m_ids;
};

void TestPolicyStore::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    QVERIFY(PolicyFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
}

void TestPolicyStore::cleanup()
{
    delete m_ds;
    delete m_dir;
}

void TestPolicyStore::hospitalWithoutPolicyIsNotDrafted()
{
    const auto p = PolicyStore(*m_ds).policy(m_ids.a);
    QVERIFY(p);
    QCOMPARE(p->status, PolicyStatus::NotDrafted);
    QCOMPARE(p->ownerGroup, OwnerGroup::Public);
    QCOMPARE(p->targetYear, 2025);
    QVERIFY(p->plannedBeds.isEmpty());
    QVERIFY(!PolicyStore(*m_ds).policy(9999));
}

void TestPolicyStore::writesFieldsAndRecordsOnlyRealChanges()
{
    QVERIFY(
        PolicyFixture::set(*m_ds, m_ids.b,
                           { { QStringLiteral("status"), QStringLiteral("drafting") },
                             { QStringLiteral("beds.Acute"), QStringLiteral("120") },
                             { QStringLiteral("beds.Recovery"), QStringLiteral("80") },
                             { QStringLiteral("plan_kind"), QStringLiteral("public_2025_plan") },
                             { QStringLiteral("written_on"), QStringLiteral("2023-03-20") },
                             { QStringLiteral("links"), QStringLiteral("a.pdf\nhttps://x/y") },
                             // unchanged: must not be recorded
                             { QStringLiteral("target_year"), QStringLiteral("2025") } },
                           PolicyFixture::at(2023, 3, 20)));
    PolicyStore store(*m_ds);
    const auto p = store.policy(m_ids.b);
    QCOMPARE(p->status, PolicyStatus::Drafting);
    QCOMPARE(p->plannedBeds.value(QStringLiteral("Acute")), 120);
    QCOMPARE(p->plannedBeds.value(QStringLiteral("Recovery")), 80);
    QCOMPARE(p->plannedTotal(), 200);
    QCOMPARE(p->planKind, PlanKind::Public2025Plan);
    QCOMPARE(p->writtenOn, QDate(2023, 3, 20));
    QCOMPARE(p->links, (QStringList { QStringLiteral("a.pdf"), QStringLiteral("https://x/y") }));

    auto history = store.history(m_ids.b);
    QCOMPARE(history.size(), 6);
    for (const PolicyChange &c : history) {
        QCOMPARE(c.changedBy, QStringLiteral("tester"));
        QCOMPARE(c.changedAt, PolicyFixture::at(2023, 3, 20));
        QVERIFY(c.field != QLatin1String("target_year"));
    }
    const auto status = std::find_if(history.cbegin(), history.cend(), [](const PolicyChange &c) {
        return c.field == QLatin1String("status");
    });
    QCOMPARE(status->oldValue, QStringLiteral("not_drafted"));
    QCOMPARE(status->newValue, QStringLiteral("drafting"));

    // Clearing a planned function removes it; the change keeps the old value.
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.b, { { QStringLiteral("beds.Recovery"), QString() } },
                               PolicyFixture::at(2023, 4, 1)));
    QVERIFY(!store.policy(m_ids.b)->plannedBeds.contains(QStringLiteral("Recovery")));
    history = store.history(m_ids.b);
    QCOMPARE(history.last().field, QStringLiteral("beds.Recovery"));
    QCOMPARE(history.last().oldValue, QStringLiteral("80"));
    QCOMPARE(history.last().newValue, QString());

    // Writing the same values again records nothing.
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.b,
                               { { QStringLiteral("status"), QStringLiteral("drafting") } },
                               PolicyFixture::at(2023, 5, 1)));
    QCOMPARE(store.history(m_ids.b).size(), 7);
}

void TestPolicyStore::rejectsUnknownFieldsAndBadValuesWithoutWriting()
{
    PolicyStore store(*m_ds);
    const QVector<QMap<QString, QString>> bad {
        { { QStringLiteral("status"), QStringLiteral("done") } },
        { { QStringLiteral("colour"), QStringLiteral("red") } },
        { { QStringLiteral("beds.Acute"), QStringLiteral("-3") } },
        { { QStringLiteral("beds.Acute"), QStringLiteral("many") } },
        { { QStringLiteral("beds.Hospice"), QStringLiteral("10") } },
        { { QStringLiteral("written_on"), QStringLiteral("2023-02-30") } },
        { { QStringLiteral("target_year"), QStringLiteral("1999") } },
        { { QStringLiteral("kind"), QStringLiteral("ward") } },
        { { QStringLiteral("region_code"), QStringLiteral("9999") } },
        { { QStringLiteral("name"), QStringLiteral("  ") } },
        // a good value before a bad one: neither is written
        { { QStringLiteral("agreed_on"), QStringLiteral("2024-01-01") },
          { QStringLiteral("status"), QStringLiteral("finished") } },
    };
    for (const auto &values : bad) {
        Transaction tx(m_ds->database());
        QString error;
        QVERIFY2(!store.setValues(m_ids.c, values, ChangeStamp::now(), &error),
                 qPrintable(values.firstKey()));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(store.policy(m_ids.c)->status, PolicyStatus::NotDrafted);
    QVERIFY(!store.policy(m_ids.c)->agreedOn.isValid());
    QVERIFY(store.history(m_ids.c).isEmpty());
}

void TestPolicyStore::ownerGroupIsTheHospitalsField()
{
    QVERIFY(PolicyFixture::set(
        *m_ds, m_ids.c, { { QStringLiteral("owner_group"), QStringLiteral("quasi_public") } },
        PolicyFixture::at(2024, 1, 5)));
    QCOMPARE(HospitalStore(*m_ds).hospital(m_ids.c)->ownerGroup, OwnerGroup::QuasiPublic);
    // Only the hospital changed: no policy row was needed.
    SqlQuery q(m_ds->database(), QStringLiteral("SELECT count(*) FROM response_policy"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const auto history = PolicyStore(*m_ds).history(m_ids.c);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().oldValue, QStringLiteral("private"));

    QVERIFY(PolicyFixture::set(*m_ds, m_ids.c, { { QStringLiteral("owner_group"), QString() } },
                               PolicyFixture::at(2024, 1, 6)));
    QCOMPARE(HospitalStore(*m_ds).hospital(m_ids.c)->ownerGroup, OwnerGroup::Unknown);
}

void TestPolicyStore::renamingKeepsTheMatchingKeyInStep()
{
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.c,
                               { { QStringLiteral("name"), QStringLiteral("益城 サンプル 病院") } },
                               PolicyFixture::at(2024, 2, 1)));
    HospitalStore hospitals(*m_ds);
    const auto found = hospitals.findByKey(
        QStringLiteral("4301"), QStringLiteral("益城サンプル病院"), QStringLiteral("益城町"));
    QVERIFY(found);
    QCOMPARE(found->id, m_ids.c);
    const auto history = PolicyStore(*m_ds).history(m_ids.c);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().field, QStringLiteral("name"));
    QCOMPARE(history.first().oldValue, QStringLiteral("サンプル記念病院"));
}

void TestPolicyStore::refusesMergingAHospitalIntoItself()
{
    Transaction tx(m_ds->database());
    QString error;
    QVERIFY(!PolicyStore(*m_ds).setValues(
        m_ids.a, { { QStringLiteral("merged_into"), QString::number(m_ids.a) } },
        ChangeStamp::now(), &error));
    QVERIFY(!error.isEmpty());
}

void TestPolicyStore::policiesOfAnArea()
{
    PolicyStore store(*m_ds);
    QCOMPARE(store.policies(QStringLiteral("43")).size(), 5);
    QCOMPARE(store.policies(QStringLiteral("4301")).size(), 3);
    QCOMPARE(store.policies(QStringLiteral("4302")).size(), 2);
    QCOMPARE(store.policies(QStringLiteral("01")).size(), 0);
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.d,
                               { { QStringLiteral("beds.Acute"), QStringLiteral("0") } },
                               PolicyFixture::at(2024, 2, 1)));
    const auto p = store.policies(QStringLiteral("4302"));
    QCOMPARE(p.value(m_ids.d).plannedBeds.value(QStringLiteral("Acute"), -1), 0);
    QVERIFY(p.value(m_ids.e).plannedBeds.isEmpty());
}

void TestPolicyStore::latestFiguresComeFromTheNewestEdition()
{
    const auto figures = HospitalOverview::latestFigures(*m_ds, QStringLiteral("43"));
    QCOMPARE(figures.value(m_ids.a).beds.value(QStringLiteral("Acute")), 200);
    QCOMPARE(HospitalOverview::bedsIncludingClosed(figures.value(m_ids.a)), 320);
    QCOMPARE(figures.value(m_ids.a).totalBeds(), 300);
    const auto rows = HospitalOverview::load(*m_ds, QStringLiteral("43"));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first().editionLabel, QStringLiteral("令和6年度"));
    QCOMPARE(rows.first().regionName, QStringLiteral("熊本・上益城"));
}

void TestPolicyStore::statusWordsAreParsedLeniently_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status"); // -1: rejected
    QTest::newRow("未策定") << QStringLiteral("未策定") << int(PolicyStatus::NotDrafted);
    QTest::newRow("合意・検証済") << QStringLiteral("合意・検証済")
                                  << int(PolicyStatus::AgreedVerified);
    QTest::newRow("half-width dot")
        << QStringLiteral("合意･検証済") << int(PolicyStatus::AgreedVerified);
    QTest::newRow("no dot, okurigana")
        << QStringLiteral("合意検証済み") << int(PolicyStatus::AgreedVerified);
    QTest::newRow("spaces") << QStringLiteral(" 措置 済 ") << int(PolicyStatus::Implemented);
    QTest::newRow("key") << QStringLiteral("agreed_verified") << int(PolicyStatus::AgreedVerified);
    QTest::newRow("English") << QStringLiteral("Agreed and verified")
                             << int(PolicyStatus::AgreedVerified);
    QTest::newRow("検証中") << QStringLiteral("検証中") << int(PolicyStatus::Verifying);
    QTest::newRow("策定済み") << QStringLiteral("策定済み") << int(PolicyStatus::Drafted);
    QTest::newRow("unknown") << QStringLiteral("合意") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestPolicyStore::statusWordsAreParsedLeniently()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    const auto parsed = PolicyVocabulary::parseStatus(text);
    if (status < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), status);
    }
}

void TestPolicyStore::filterMatchesIgnoringWidthAndSpaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");
    QTest::newRow("half-width katakana with a space") << QStringLiteral("ｻﾝﾌﾟﾙ 記念") << 1;
    QTest::newRow("full-width spaces inside") << QStringLiteral("宇城　市民") << 1;
    QTest::newRow("municipality") << QStringLiteral("熊本市") << 2;
    QTest::newRow("no match") << QStringLiteral("東京") << 0;
    QTest::newRow("empty") << QString() << 5;
}

void TestPolicyStore::filterMatchesIgnoringWidthAndSpaces()
{
    QFETCH(QString, text);
    QFETCH(int, matches);
    HospitalFilter filter;
    filter.text = text;
    int n = 0;
    for (const auto &row : HospitalOverview::load(*m_ds, QStringLiteral("43")))
        n += filter.accepts(row) ? 1 : 0;
    QCOMPARE(n, matches);
}

QTEST_GUILESS_MAIN(TestPolicyStore)
#include "tst_policystore.moc"
