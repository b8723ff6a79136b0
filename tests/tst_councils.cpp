#include "PolicyFixture.h"

#include "council/CouncilActions.h"
#include "council/CouncilStore.h"
#include "council/SaveMeetingCommand.h"
#include "policy/PolicyStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

class TestCouncils : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void councilsListThePrefectureFirst();
    void meetingKeepsEveryField();
    void meetingsByFiscalYear();
    void regionsWithoutAMeetingInTheYear();
    void meetingsOfAHospital();
    void agreementIsRecordedOnThePolicies();
    void removingAMeetingClearsAndUndoRestoresAgreements();
    void councilWithMeetingsIsNotRemoved();
    void meetingsTableForExport();
    void undoRedoOfMeetingEdits();

private:
    CouncilMeeting meeting(qint64 council, int number, const QDate &held) const;

    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    QUndoStack *m_stack = nullptr;
    PolicyFixture::Ids m_ids;
    qint64 m_prefCouncil = 0, m_council4301 = 0, m_council4302 = 0;
};

CouncilMeeting TestCouncils::meeting(qint64 council, int number, const QDate &held) const
{
    CouncilMeeting m;
    m.councilId = council;
    m.number = number;
    m.heldOn = held;
    m.agenda = { QStringLiteral("対応方針について"), QStringLiteral("病床機能報告の結果") };
    return m;
}

void TestCouncils::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    m_stack = new QUndoStack;
    QVERIFY(PolicyFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
    CouncilActions actions(m_ds, m_stack);
    QString error;
    m_council4302 = actions.addCouncil({ 0, QStringLiteral("43"), QStringLiteral("4302"),
                                         QStringLiteral("宇城地域医療構想調整会議"), QString() },
                                       &error);
    m_council4301
        = actions.addCouncil({ 0, QStringLiteral("43"), QStringLiteral("4301"),
                               QStringLiteral("熊本・上益城地域医療構想調整会議"), QString() },
                             &error);
    m_prefCouncil = actions.addCouncil({ 0, QStringLiteral("43"), QString(),
                                         QStringLiteral("熊本県地域医療構想調整会議"), QString() },
                                       &error);
    QVERIFY2(m_prefCouncil > 0 && m_council4301 > 0 && m_council4302 > 0, qPrintable(error));
}

void TestCouncils::cleanup()
{
    delete m_stack;
    delete m_ds;
    delete m_dir;
}

void TestCouncils::councilsListThePrefectureFirst()
{
    const auto councils = CouncilStore(*m_ds).councils(QStringLiteral("43"));
    QCOMPARE(councils.size(), 3);
    QVERIFY(councils.at(0).isPrefectureLevel());
    QCOMPARE(councils.at(1).regionCode, QStringLiteral("4301"));
    QCOMPARE(councils.at(2).regionCode, QStringLiteral("4302"));
    QCOMPARE(CouncilStore(*m_ds).councilsOfRegion(QStringLiteral("4302")).size(), 1);
}

void TestCouncils::meetingKeepsEveryField()
{
    CouncilMeeting m = meeting(m_council4301, 2, QDate(2024, 7, 10));
    m.decisions = QStringLiteral("熊本中央病院の対応方針に合意");
    m.papersPublished = true;
    m.minutesPublished = true;
    m.publishedUrl = QStringLiteral("https://www.pref.example.jp/kosou/r6-2.html");
    m.reportedToMunicipalitiesOn = QDate(2024, 8, 1);
    m.discussedHospitals = { m_ids.a, m_ids.b };
    QString error;
    const qint64 id = CouncilActions(m_ds, m_stack).addMeeting(m, &error);
    QVERIFY2(id > 0, qPrintable(error));
    m.id = id;
    const auto stored = CouncilStore(*m_ds).meeting(id);
    QVERIFY(stored);
    QCOMPARE(*stored, m);
    QCOMPARE(CouncilStore(*m_ds).nextNumber(m_council4301), 3);
    QCOMPARE(CouncilStore(*m_ds).nextNumber(m_council4302), 1);
    QCOMPARE(CouncilStore::numberLabel(3), QStringLiteral("No. 3"));

    // A meeting without a date is refused.
    CouncilMeeting undated = meeting(m_council4301, 3, QDate());
    QCOMPARE(CouncilActions(m_ds, m_stack).addMeeting(undated, &error), 0);
    QVERIFY(!error.isEmpty());
}

void TestCouncils::meetingsByFiscalYear()
{
    CouncilActions actions(m_ds, m_stack);
    QString error;
    // FY2023 ends 2024-03-31; FY2024 starts 2024-04-01.
    for (const auto &m : { meeting(m_council4301, 1, QDate(2023, 4, 1)),
                           meeting(m_council4301, 2, QDate(2024, 3, 31)),
                           meeting(m_council4301, 3, QDate(2024, 4, 1)),
                           meeting(m_prefCouncil, 1, QDate(2024, 6, 20)) })
        QVERIFY(actions.addMeeting(m, &error) > 0);
    CouncilStore store(*m_ds);
    QCOMPARE(store.meetingsOfPrefecture(QStringLiteral("43"), 2023).size(), 2);
    QCOMPARE(store.meetingsOfPrefecture(QStringLiteral("43"), 2024).size(), 2);
    QCOMPARE(store.meetingsOfPrefecture(QStringLiteral("43"), 2022).size(), 0);
    QCOMPARE(store.meetingsOfPrefecture(QStringLiteral("43")).size(), 4);
    QCOMPARE(store.meetings(m_council4301).size(), 3);
}

void TestCouncils::regionsWithoutAMeetingInTheYear()
{
    CouncilActions actions(m_ds, m_stack);
    QString error;
    QVERIFY(actions.addMeeting(meeting(m_council4301, 1, QDate(2024, 5, 1)), &error) > 0);
    // The prefecture council meeting does not count for a region.
    QVERIFY(actions.addMeeting(meeting(m_prefCouncil, 1, QDate(2024, 5, 2)), &error) > 0);
    QVERIFY(actions.addMeeting(meeting(m_council4302, 1, QDate(2024, 3, 31)), &error) > 0);
    CouncilStore store(*m_ds);
    const auto missing = store.regionsWithoutMeeting(QStringLiteral("43"), 2024);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().code, QStringLiteral("4302"));
    QCOMPARE(store.regionsWithoutMeeting(QStringLiteral("43"), 2023).size(), 1);
    QCOMPARE(store.regionsWithoutMeeting(QStringLiteral("43"), 2023).first().code,
             QStringLiteral("4301"));
    QCOMPARE(store.regionsWithoutMeeting(QStringLiteral("43"), 2022).size(), 2);
}

void TestCouncils::meetingsOfAHospital()
{
    CouncilActions actions(m_ds, m_stack);
    QString error;
    CouncilMeeting first = meeting(m_council4301, 1, QDate(2023, 7, 1));
    first.discussedHospitals = { m_ids.a };
    const qint64 m1 = actions.addMeeting(first, &error);
    const qint64 m2 = actions.addMeeting(meeting(m_council4301, 2, QDate(2023, 11, 1)), &error);
    QVERIFY(actions.addMeeting(meeting(m_council4301, 3, QDate(2024, 2, 1)), &error) > 0);
    QVERIFY(actions.recordAgreement(m2, { m_ids.a }, PolicyStatus::AgreedVerified, &error));
    const auto meetings = CouncilStore(*m_ds).meetingsOfHospital(m_ids.a);
    QCOMPARE(meetings.size(), 2);
    QCOMPARE(meetings.at(0).id, m1);
    QCOMPARE(meetings.at(1).id, m2);
    QVERIFY(CouncilStore(*m_ds).meetingsOfHospital(m_ids.b).isEmpty());
}

void TestCouncils::agreementIsRecordedOnThePolicies()
{
    CouncilActions actions(m_ds, m_stack);
    QString error;
    const qint64 m = actions.addMeeting(meeting(m_council4301, 1, QDate(2024, 2, 20)), &error);
    const int before = m_stack->count();
    QVERIFY(actions.recordAgreement(m, { m_ids.a, m_ids.b }, PolicyStatus::AgreedVerified, &error));
    QCOMPARE(m_stack->count(), before + 1);
    PolicyStore policies(*m_ds);
    QCOMPARE(policies.hospitalsAgreedAt(m), (QVector<qint64> { m_ids.a, m_ids.b }));
    const auto a = policies.policy(m_ids.a);
    QCOMPARE(a->status, PolicyStatus::AgreedVerified);
    QCOMPARE(a->agreedOn, QDate(2024, 2, 20));
    QCOMPARE(a->agreedMeetingId.value_or(0), m);
    m_stack->undo();
    QVERIFY(policies.hospitalsAgreedAt(m).isEmpty());
    QCOMPARE(policies.policy(m_ids.a)->status, PolicyStatus::NotDrafted);
}

void TestCouncils::removingAMeetingClearsAndUndoRestoresAgreements()
{
    CouncilActions actions(m_ds, m_stack);
    QString error;
    CouncilMeeting m = meeting(m_council4301, 1, QDate(2024, 2, 20));
    m.discussedHospitals = { m_ids.c };
    const qint64 id = actions.addMeeting(m, &error);
    QVERIFY(actions.recordAgreement(id, { m_ids.a }, PolicyStatus::Agreed, &error));

    // The store alone refuses: the policy still points at the meeting.
    {
        Transaction tx(m_ds->database());
        QVERIFY(!CouncilStore(*m_ds).removeMeeting(id, &error));
    }
    QVERIFY2(actions.removeMeeting(id, &error), qPrintable(error));
    QVERIFY(!CouncilStore(*m_ds).meeting(id));
    PolicyStore policies(*m_ds);
    QVERIFY(!policies.policy(m_ids.a)->agreedMeetingId);
    QCOMPARE(policies.policy(m_ids.a)->status, PolicyStatus::Agreed);
    QCOMPARE(policies.history(m_ids.a).last().field, QStringLiteral("agreed_meeting_id"));

    m_stack->undo();
    const auto back = CouncilStore(*m_ds).meeting(id);
    QVERIFY(back);
    QCOMPARE(back->discussedHospitals, (QVector<qint64> { m_ids.c }));
    QCOMPARE(policies.policy(m_ids.a)->agreedMeetingId.value_or(0), id);
    m_stack->redo();
    QVERIFY(!CouncilStore(*m_ds).meeting(id));
}

void TestCouncils::councilWithMeetingsIsNotRemoved()
{
    CouncilActions actions(m_ds, m_stack);
    QString error;
    QVERIFY(actions.addMeeting(meeting(m_council4302, 1, QDate(2024, 5, 1)), &error) > 0);
    const int count = m_stack->count();
    QVERIFY(!actions.removeCouncil(m_council4302, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_stack->count(), count); // nothing pushed for a failed write
    QVERIFY(CouncilStore(*m_ds).council(m_council4302));
    QVERIFY(actions.removeCouncil(m_prefCouncil, &error));
    QVERIFY(!CouncilStore(*m_ds).council(m_prefCouncil));
    m_stack->undo();
    QCOMPARE(CouncilStore(*m_ds).council(m_prefCouncil)->name,
             QStringLiteral("熊本県地域医療構想調整会議"));
}

void TestCouncils::meetingsTableForExport()
{
    CouncilActions actions(m_ds, m_stack);
    QString error;
    CouncilMeeting m = meeting(m_council4301, 4, QDate(2024, 9, 5));
    m.minutesPublished = true;
    m.reportedToMunicipalitiesOn = QDate(2024, 10, 1);
    const qint64 id = actions.addMeeting(m, &error);
    QVERIFY(actions.recordAgreement(id, { m_ids.b }, PolicyStatus::AgreedVerified, &error));
    QVERIFY(actions.addMeeting(meeting(m_council4302, 1, QDate(2023, 9, 5)), &error) > 0);
    const Table t = CouncilStore(*m_ds).meetingsTable(QStringLiteral("43"), 2024);
    QCOMPARE(t.rows.size(), 1);
    const auto &row = t.rows.first();
    QCOMPARE(row.size(), t.header.size());
    QCOMPARE(row.at(1).toString(), QStringLiteral("熊本・上益城地域医療構想調整会議"));
    QCOMPARE(row.at(3).toInt(), 4);
    QCOMPARE(row.at(4).toDate(), QDate(2024, 9, 5));
    QCOMPARE(row.at(7).toString(), QStringLiteral("済生会みなみ病院"));
    QCOMPARE(row.at(12).toDate(), QDate(2024, 10, 1));
    QCOMPARE(CouncilStore(*m_ds).meetingsTable(QStringLiteral("43")).rows.size(), 2);
}

void TestCouncils::undoRedoOfMeetingEdits()
{
    CouncilActions actions(m_ds, m_stack);
    QString error;
    const qint64 id = actions.addMeeting(meeting(m_council4301, 1, QDate(2024, 5, 1)), &error);
    CouncilMeeting edited = *CouncilStore(*m_ds).meeting(id);
    edited.papersPublished = true;
    edited.agenda << QStringLiteral("外来機能報告");
    QVERIFY(actions.editMeeting(edited, &error));
    QCOMPARE(CouncilStore(*m_ds).meeting(id)->agenda.size(), 3);
    m_stack->undo();
    QCOMPARE(CouncilStore(*m_ds).meeting(id)->agenda.size(), 2);
    QVERIFY(!CouncilStore(*m_ds).meeting(id)->papersPublished);
    m_stack->undo(); // the addition
    QVERIFY(!CouncilStore(*m_ds).meeting(id));
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(*CouncilStore(*m_ds).meeting(id), edited);
}

QTEST_GUILESS_MAIN(TestCouncils)
#include "tst_councils.moc"
