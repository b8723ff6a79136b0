#include "PolicyFixture.h"

#include "council/CouncilStore.h"
#include "demo/PolicyDemo.h"
#include "policy/PolicyRates.h"
#include "policy/PolicyStore.h"
#include "storage/SqlQuery.h"
#include "util/JapaneseDate.h"

#include <QSqlRecord>

#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

namespace {

// A small deterministic generator standing in for DemoRandom.
PolicyDemo::NextRandom lcg(quint64 seed)
{
    auto state = std::make_shared<quint64>(seed);
    return [state] {
        *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(*state >> 33);
    };
}

QStringList dump(Dataset &ds)
{
    QStringList rows;
    for (const QString &sql :
         { QStringLiteral(
               "SELECT hospital_id, status, planned_role, written_on, agreed_on, agreed_meeting_id "
               "FROM response_policy ORDER BY hospital_id"),
           QStringLiteral("SELECT council_id, number, held_on, agenda, decisions FROM "
                          "council_meeting ORDER BY id"),
           QStringLiteral("SELECT hospital_id, changed_at, field, old_value, new_value FROM "
                          "policy_change ORDER BY id") }) {
        SqlQuery q(ds.database(), sql);
        if (!q.exec())
            continue;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.query().record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

class TestPolicyDemo : public QObject
{
    Q_OBJECT

private slots:
    void writesCouncilsMeetingsAndPolicies();
    void sameSeedSameData();
    void historyReadsForward();
};

void TestPolicyDemo::writesCouncilsMeetingsAndPolicies()
{
    qputenv("KOSO_USER", "tester");
    QTemporaryDir dir;
    Dataset ds;
    PolicyFixture::Ids ids;
    QVERIFY(PolicyFixture::build(ds, dir.filePath(QStringLiteral("d.koso")), &ids));
    {
        Transaction tx(ds.database());
        QString error;
        QVERIFY2(PolicyDemo::write(ds, lcg(7), &error), qPrintable(error));
        QVERIFY(tx.commit());
    }
    CouncilStore councils(ds);
    const auto list = councils.councils(QStringLiteral("43"));
    QCOMPARE(list.size(), 3);
    QVERIFY(list.first().isPrefectureLevel());
    for (int fy = 2022; fy <= 2024; ++fy) {
        for (const Council &c : list) {
            int n = 0;
            for (const CouncilMeeting &m : councils.meetings(c.id))
                n += JapaneseDate::fiscalYear(m.heldOn) == fy ? 1 : 0;
            QVERIFY2(n >= 3 && n <= 4, qPrintable(c.name));
        }
    }
    // In the last year one region has not met yet.
    QCOMPARE(
        councils.regionsWithoutMeeting(QStringLiteral("43"), PolicyDemo::LastFiscalYear).size(), 1);
    for (const CouncilMeeting &m : councils.meetingsOfPrefecture(QStringLiteral("43"))) {
        QVERIFY(m.number.has_value());
        QVERIFY(!m.agenda.isEmpty());
        QVERIFY(m.papersPublished);
        QVERIFY(m.heldOn.dayOfWeek() <= 5);
    }
    // Agreed policies point at a meeting of their region held on the date agreed.
    PolicyStore policies(ds);
    int agreed = 0;
    for (const ResponsePolicy &p : policies.policies(QStringLiteral("43"))) {
        if (!p.isAgreed())
            continue;
        ++agreed;
        QVERIFY(p.agreedMeetingId);
        const auto m = councils.meeting(*p.agreedMeetingId);
        QVERIFY(m);
        QCOMPARE(m->heldOn, p.agreedOn);
        QVERIFY(m->discussedHospitals.contains(p.hospitalId));
        QVERIFY(!p.plannedBeds.isEmpty());
        QVERIFY(p.writtenOn < p.agreedOn);
    }
    QVERIFY(agreed > 0);
    // Snapshots from September 2022 to September 2025.
    const auto snapshots = PolicyRates::snapshots(ds, QStringLiteral("43"));
    QCOMPARE(snapshots.size(), 7 * 6);
    QCOMPARE(snapshots.first().asOf, QDate(2022, 9, 30));
}

void TestPolicyDemo::sameSeedSameData()
{
    QTemporaryDir dir;
    QStringList runs[3];
    const quint64 seeds[3] = { 11, 11, 12 };
    for (int i = 0; i < 3; ++i) {
        Dataset ds;
        PolicyFixture::Ids ids;
        QVERIFY(PolicyFixture::build(ds, dir.filePath(QStringLiteral("d%1.koso").arg(i)), &ids));
        Transaction tx(ds.database());
        QString error;
        QVERIFY2(PolicyDemo::write(ds, lcg(seeds[i]), &error), qPrintable(error));
        QVERIFY(tx.commit());
        runs[i] = dump(ds);
    }
    QCOMPARE(runs[0], runs[1]);
    QVERIFY(runs[0] != runs[2]);
}

void TestPolicyDemo::historyReadsForward()
{
    QTemporaryDir dir;
    Dataset ds;
    PolicyFixture::Ids ids;
    QVERIFY(PolicyFixture::build(ds, dir.filePath(QStringLiteral("d.koso")), &ids));
    {
        Transaction tx(ds.database());
        QString error;
        QVERIFY(PolicyDemo::write(ds, lcg(3), &error));
        QVERIFY(tx.commit());
    }
    // Replaying each hospital's history from nothing gives its current status: the history is
    // complete and in time order.
    PolicyStore store(ds);
    for (const ResponsePolicy &p : store.policies(QStringLiteral("43"))) {
        ResponsePolicy replay;
        replay.hospitalId = p.hospitalId;
        replay.ownerGroup = p.ownerGroup;
        QDateTime previous;
        for (const PolicyChange &c : store.history(p.hospitalId)) {
            QVERIFY(!previous.isValid() || previous <= c.changedAt);
            previous = c.changedAt;
            QCOMPARE(replay.value(c.field), c.oldValue);
            replay.setValue(c.field, c.newValue);
        }
        QCOMPARE(replay.status, p.status);
        QCOMPARE(replay.plannedBeds, p.plannedBeds);
    }
}

QTEST_GUILESS_MAIN(TestPolicyDemo)
#include "tst_policydemo.moc"
