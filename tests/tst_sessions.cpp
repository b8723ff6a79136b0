#include "PolicyFixture.h"

#include "demo/DemoGenerator.h"
#include "demo/SessionsDemo.h"
#include "io/TableReader.h"
#include "measures/MeasureCommands.h"
#include "measures/MeasureStore.h"
#include "sessions/SaveSessionCommand.h"
#include "sessions/SessionImporter.h"
#include "sessions/SessionReports.h"
#include "sessions/SessionStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

class TestSessions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deadlineIsTwoMonthsBeforeClampedToTheMonthEnd();
    void deadlineWarningWithinFourteenDaysOrPassed();
    void sessionKeepsEveryFieldAndRecordsHistory();
    void sessionEditsAreUndoSteps();
    void contactRenameFollowsAndUsedContactIsKept();
    void deadlineWarningsListOnlyOpenRequests();
    void importStoresAllRows();
    void importWithABadCellStoresNothing();
    void reimportUpdatesTheSameSession();
    void holdingStatusCountsHospitals();
    void holdingStatusPdf();
    void shippedCatalogueHasBasisAndValidity();
    void measureEditIsANewVersionAndUndoable();
    void retiredMeasureLeavesTheActiveCatalogue();
    void measureLinksPerHospitalRegionAndMeasure();
    void casesWithLinksAndHandout();
    void demoHoldsBanksSessionsMeasuresAndCases();

private:
    StudySession session(const QString &title, const QDate &date) const;

    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    QUndoStack *m_stack = nullptr;
    PolicyFixture::Ids m_ids;
};

StudySession TestSessions::session(const QString &title, const QDate &date) const
{
    StudySession s;
    s.title = title;
    s.date = date;
    s.programme = StudySession::defaultProgramme();
    return s;
}

void TestSessions::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    m_stack = new QUndoStack;
    QVERIFY(PolicyFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
}

void TestSessions::cleanup()
{
    delete m_stack;
    delete m_ds;
    delete m_dir;
}

void TestSessions::deadlineIsTwoMonthsBeforeClampedToTheMonthEnd()
{
    QCOMPARE(StudySession::requestDeadlineFor(QDate(2027, 4, 30)), QDate(2027, 2, 28));
    QCOMPARE(StudySession::requestDeadlineFor(QDate(2028, 4, 30)), QDate(2028, 2, 29));
    QCOMPARE(StudySession::requestDeadlineFor(QDate(2027, 5, 31)), QDate(2027, 3, 31));
    QCOMPARE(StudySession::requestDeadlineFor(QDate(2026, 12, 31)), QDate(2026, 10, 31));
    QCOMPARE(StudySession::requestDeadlineFor(QDate(2027, 1, 15)), QDate(2026, 11, 15));
    QCOMPARE(StudySession::requestDeadlineFor(QDate(2026, 8, 31)), QDate(2026, 6, 30));
    QVERIFY(!StudySession::requestDeadlineFor(QDate()).isValid());
}

void TestSessions::deadlineWarningWithinFourteenDaysOrPassed()
{
    StudySession s = session(QStringLiteral("勉強会"), QDate(2027, 4, 30)); // due 2027-02-28
    QCOMPARE(s.deadlineState(QDate(2027, 2, 13)), DeadlineState::Open); // 15 days
    QCOMPARE(s.deadlineState(QDate(2027, 2, 14)), DeadlineState::Soon); // 14 days
    QCOMPARE(s.deadlineState(QDate(2027, 2, 28)), DeadlineState::Soon); // the day itself
    QCOMPARE(s.deadlineState(QDate(2027, 3, 1)), DeadlineState::Passed);
    QVERIFY(s.deadlineWarning(QDate(2027, 3, 1)));
    QVERIFY(!s.deadlineWarning(QDate(2027, 1, 1)));
    QVERIFY(s.deadlineText(QDate(2027, 2, 20)).contains(QStringLiteral("8")));
    s.mhlwRequestSentOn = QDate(2027, 2, 20);
    QCOMPARE(s.deadlineState(QDate(2027, 3, 1)), DeadlineState::Sent);
    QVERIFY(!s.deadlineWarning(QDate(2027, 3, 1)));
    s.mhlwRequestSentOn = QDate();
    s.mhlwRequest = MhlwRequest::None;
    QCOMPARE(s.deadlineState(QDate(2027, 3, 1)), DeadlineState::NotNeeded);
    s.mhlwRequest = MhlwRequest::Lecture;
    s.status = SessionStatus::Cancelled;
    QCOMPARE(s.deadlineState(QDate(2027, 3, 1)), DeadlineState::NotNeeded);
}

void TestSessions::sessionKeepsEveryFieldAndRecordsHistory()
{
    QString error;
    SessionStore store(*m_ds);
    const qint64 bank = store.insertContact(
        { 0, QStringLiteral("肥後銀行"), QStringLiteral("本店"), QStringLiteral("山田"),
          QStringLiteral("096-000-0000"), QStringLiteral("a@example.jp"), QString() },
        ChangeStamp::now(), &error);
    QVERIFY2(bank > 0, qPrintable(error));
    StudySession s = session(QStringLiteral("第1回 勉強会"), QDate(2026, 7, 10));
    s.startsAt = QTime(14, 0);
    s.endsAt = QTime(16, 0);
    s.format = SessionFormat::Hybrid;
    s.status = SessionStatus::Decided;
    s.host = QStringLiteral("熊本県 医療政策課");
    s.coHosts = { { bank, QStringLiteral("肥後銀行 本店") }, { 0, QStringLiteral("熊本銀行") } };
    s.sponsors = { QStringLiteral("厚生労働省"), QStringLiteral("県医師会") };
    s.mhlwRequestSentOn = QDate(2026, 4, 30);
    s.venue = QStringLiteral("県庁");
    s.programme[1].speaker = QStringLiteral("鈴木教授");
    s.invited = { m_ids.c, m_ids.d, m_ids.a };
    s.attended = { m_ids.c };
    s.measures = { QStringLiteral("wam-loan") };
    s.notes = QStringLiteral("メモ");
    s.followUps = QStringLiteral("宿題");
    Transaction tx(m_ds->database());
    s.id = store.insertSession(s, ChangeStamp::now(), &error);
    QVERIFY2(s.id > 0, qPrintable(error));
    QVERIFY(tx.commit());
    auto back = store.session(s.id);
    QVERIFY(back);
    // Hospitals come back ordered by id.
    std::sort(s.invited.begin(), s.invited.end());
    QCOMPARE(*back, s);
    QCOMPARE(back->mhlwRequestDeadline(), QDate(2026, 5, 10));

    StudySession edited = *back;
    edited.status = SessionStatus::Held;
    edited.attended << m_ids.d;
    QVERIFY(store.updateSession(edited, ChangeStamp::now(), &error));
    const auto history = store.sessionHistory(s.id);
    QCOMPARE(history.size(), 3); // added, status, attended
    QCOMPARE(history.at(0).field, QStringLiteral("added"));
    QCOMPARE(history.at(1).field, QStringLiteral("attended"));
    QCOMPARE(history.at(2).field, QStringLiteral("status"));
    QCOMPARE(history.at(2).oldValue, QStringLiteral("decided"));
    QCOMPARE(history.at(2).newValue, QStringLiteral("held"));
    QCOMPARE(history.at(2).changedBy, QStringLiteral("tester"));
}

void TestSessions::sessionEditsAreUndoSteps()
{
    SessionStore store(*m_ds);
    auto *add = new SaveSessionCommand(m_ds, std::nullopt,
                                       session(QStringLiteral("勉強会A"), QDate(2026, 9, 1)));
    const auto addError = add->errorHandle();
    m_stack->push(add);
    QVERIFY2(addError->isEmpty(), qPrintable(*addError));
    QCOMPARE(store.sessions().size(), 1);
    const StudySession before = store.sessions().first();
    StudySession after = before;
    after.title = QStringLiteral("勉強会B");
    m_stack->push(new SaveSessionCommand(m_ds, before, after));
    QCOMPARE(store.sessions().first().title, QStringLiteral("勉強会B"));
    m_stack->push(new SaveSessionCommand(m_ds, after, std::nullopt));
    QVERIFY(store.sessions().isEmpty());
    m_stack->undo();
    QCOMPARE(store.sessions().size(), 1);
    QCOMPARE(store.sessions().first(), after); // same id back
    m_stack->undo();
    QCOMPARE(store.sessions().first().title, QStringLiteral("勉強会A"));
    m_stack->undo();
    QVERIFY(store.sessions().isEmpty());
    m_stack->redo();
    QCOMPARE(store.sessions().first().id, before.id);
}

void TestSessions::contactRenameFollowsAndUsedContactIsKept()
{
    SessionStore store(*m_ds);
    auto *add
        = new SaveBankContactCommand(m_ds, std::nullopt,
                                     BankContact { 0, QStringLiteral("肥後銀行"), QString(),
                                                   QString(), QString(), QString(), QString() });
    m_stack->push(add);
    const qint64 id = add->recordId();
    QVERIFY(store.contact(id));
    StudySession s = session(QStringLiteral("勉強会"), QDate(2026, 9, 1));
    s.coHosts = { { id, QStringLiteral("肥後銀行") } };
    m_stack->push(new SaveSessionCommand(m_ds, std::nullopt, s));
    BankContact renamed = *store.contact(id);
    renamed.branch = QStringLiteral("本店");
    m_stack->push(new SaveBankContactCommand(m_ds, *store.contact(id), renamed));
    QCOMPARE(store.sessions().first().coHostNames(),
             QStringList { QStringLiteral("肥後銀行 本店") });
    auto *remove = new SaveBankContactCommand(m_ds, renamed, std::nullopt);
    const auto error = remove->errorHandle();
    m_stack->push(remove);
    QVERIFY(error->contains(QStringLiteral("肥後銀行")));
    QVERIFY(store.contact(id));
}

void TestSessions::deadlineWarningsListOnlyOpenRequests()
{
    QString error;
    SessionStore store(*m_ds);
    const QDate today(2026, 3, 1);
    StudySession soon = session(QStringLiteral("soon"), QDate(2026, 5, 10)); // due 3-10
    StudySession passed = session(QStringLiteral("passed"), QDate(2026, 4, 20)); // due 2-20
    StudySession sent = session(QStringLiteral("sent"), QDate(2026, 5, 5));
    sent.mhlwRequestSentOn = QDate(2026, 2, 1);
    StudySession later = session(QStringLiteral("later"), QDate(2026, 9, 1));
    StudySession held = session(QStringLiteral("held"), QDate(2026, 2, 1));
    held.status = SessionStatus::Held;
    for (const StudySession &s : { soon, passed, sent, later, held })
        QVERIFY(store.insertSession(s, ChangeStamp::now(), &error));
    const auto warnings = store.deadlineWarnings(today);
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).title, QStringLiteral("passed"));
    QCOMPARE(warnings.at(1).title, QStringLiteral("soon"));
}

void TestSessions::importStoresAllRows()
{
    QString error;
    SessionStore store(*m_ds);
    QVERIFY(store.insertContact(
        { 0, QStringLiteral("肥後銀行"), QString(), QString(), QString(), QString(), QString() },
        ChangeStamp::now(), &error));
    TableData table;
    QVERIFY(TableReader::readCsv(QStringLiteral("title,date,format,status,co_hosts\n"
                                                "第1回,2026/7/10,WEB,開催済,肥後銀行、熊本銀行\n"
                                                "第2回,令和9年4月30日,対面,調整中,\n")
                                     .toUtf8(),
                                 QStringLiteral("s.csv"), &table, &error));
    SessionImporter importer(*m_ds);
    QStringList errors;
    QVERIFY2(importer.parse(table, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(importer.added(), 2);
    QVERIFY(importer.apply(&error));
    const auto sessions = store.sessions();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(0).date, QDate(2026, 7, 10));
    QCOMPARE(sessions.at(0).status, SessionStatus::Held);
    QCOMPARE(sessions.at(0).coHostNames(),
             (QStringList { QStringLiteral("肥後銀行"), QStringLiteral("熊本銀行") }));
    QVERIFY(sessions.at(0).coHosts.at(0).contactId > 0); // matched to the contact list
    QCOMPARE(sessions.at(0).coHosts.at(1).contactId, 0);
    QCOMPARE(sessions.at(1).format, SessionFormat::InPerson);
    QCOMPARE(sessions.at(1).mhlwRequestDeadline(), QDate(2027, 2, 28));
    QCOMPARE(sessions.at(1).programme.size(), 4);
}

void TestSessions::importWithABadCellStoresNothing()
{
    QString error;
    TableData table;
    QVERIFY(TableReader::readCsv(QStringLiteral("title,date,format,status,co_hosts\n"
                                                "第1回,2026/7/10,WEB,開催済,\n"
                                                "第2回,2026/13/40,WEB,調整中,\n"
                                                "第3回,2026/9/1,テレビ,調整中,\n")
                                     .toUtf8(),
                                 QStringLiteral("s.csv"), &table, &error));
    SessionImporter importer(*m_ds);
    QStringList errors;
    QVERIFY(!importer.parse(table, &errors));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).contains(QStringLiteral("line 3, column 2")), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).contains(QStringLiteral("line 4, column 3")), qPrintable(errors.at(1)));
    QVERIFY(SessionStore(*m_ds).sessions().isEmpty());

    TableData noHeader;
    QVERIFY(TableReader::readCsv(QByteArrayLiteral("name,when\nA,2026/1/1\n"),
                                 QStringLiteral("x.csv"), &noHeader, &error));
    QVERIFY(!importer.parse(noHeader, &errors));
    QVERIFY(errors.first().contains(QStringLiteral("title")));
}

void TestSessions::reimportUpdatesTheSameSession()
{
    QString error;
    const QByteArray csv = QStringLiteral("title,date,format,status,co_hosts\n"
                                          "第1回,2026-07-10,web,decided,肥後銀行\n")
                               .toUtf8();
    for (int i = 0; i < 2; ++i) {
        TableData table;
        QVERIFY(TableReader::readCsv(i == 0 ? csv : QByteArray(csv).replace("decided", "held"),
                                     QStringLiteral("s.csv"), &table, &error));
        SessionImporter importer(*m_ds);
        QStringList errors;
        QVERIFY(importer.parse(table, &errors));
        QCOMPARE(importer.updated(), i);
        QVERIFY(importer.apply(&error));
    }
    const auto sessions = SessionStore(*m_ds).sessions();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().status, SessionStatus::Held);
}

void TestSessions::holdingStatusCountsHospitals()
{
    QString error;
    SessionStore store(*m_ds);
    StudySession a = session(QStringLiteral("A"), QDate(2026, 7, 10));
    a.status = SessionStatus::Held;
    a.invited = { m_ids.a, m_ids.c, m_ids.d };
    a.attended = { m_ids.c, m_ids.d };
    StudySession b = session(QStringLiteral("B"), QDate(2027, 3, 31)); // FY2026 too
    StudySession c = session(QStringLiteral("C"), QDate(2027, 4, 1)); // FY2027
    for (const StudySession &s : { a, b, c })
        QVERIFY(store.insertSession(s, ChangeStamp::now(), &error));
    const Table t = store.holdingStatusTable(2026);
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.header.size(), t.rows.first().size());
    QCOMPARE(t.rows.at(0).at(2).toString(), QStringLiteral("A"));
    QCOMPARE(t.rows.at(0).at(9).toInt(), 3); // invited
    QCOMPARE(t.rows.at(0).at(10).toInt(), 2); // of which private (C, D)
    QCOMPARE(t.rows.at(0).at(11).toInt(), 2); // attended
    QCOMPARE(t.rows.at(1).at(2).toString(), QStringLiteral("B"));
    QVERIFY(t.notes.first().contains(QStringLiteral("1")));
}

void TestSessions::holdingStatusPdf()
{
    QString error;
    StudySession a = session(QStringLiteral("勉強会A"), QDate(2026, 7, 10));
    QVERIFY(SessionStore(*m_ds).insertSession(a, ChangeStamp::now(), &error));
    const QString path = m_dir->filePath(QStringLiteral("h.pdf"));
    int pages = 0;
    QVERIFY2(SessionReports::holdingStatus(*m_ds, 2026).writePdf(path, &error, &pages),
             qPrintable(error));
    QCOMPARE(pages, 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
}

void TestSessions::shippedCatalogueHasBasisAndValidity()
{
    const auto shipped = MeasureStore::shippedCatalogue();
    QVERIFY(shipped.size() >= 9);
    QStringList ids;
    for (const SupportMeasure &m : shipped) {
        QVERIFY2(!m.name.isEmpty() && !m.basis.isEmpty() && !m.eligible.isEmpty()
                     && !m.conditions.isEmpty() && !m.summary.isEmpty(),
                 qPrintable(m.id));
        QCOMPARE(m.version, 0);
        ids << m.id;
    }
    for (const char *id : { "fund-facilities", "fund-bed-reorganisation", "priority-support-region",
                            "tax-registration", "tax-real-estate", "special-depreciation",
                            "wam-loan", "regional-network-corporation" })
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    const auto fund = MeasureStore(*m_ds).measure(QStringLiteral("fund-bed-reorganisation"));
    QVERIFY(fund);
    QCOMPARE(fund->validFrom, QDate(2021, 4, 1));
    QVERIFY(fund->isValidOn(QDate(2025, 1, 1)));
    QVERIFY(!fund->isValidOn(QDate(2020, 1, 1)));
}

void TestSessions::measureEditIsANewVersionAndUndoable()
{
    MeasureStore store(*m_ds);
    SupportMeasure m = *store.measure(QStringLiteral("wam-loan"));
    m.conditions = QStringLiteral("県の確認書が必要");
    m_stack->push(new SaveMeasureCommand(m_ds, m));
    QCOMPARE(store.measure(QStringLiteral("wam-loan"))->version, 1);
    QCOMPARE(store.measure(QStringLiteral("wam-loan"))->conditions,
             QStringLiteral("県の確認書が必要"));
    QCOMPARE(store.measure(QStringLiteral("wam-loan"))->changedBy, QStringLiteral("tester"));
    QCOMPARE(store.versions(QStringLiteral("wam-loan")).size(), 2);
    SupportMeasure own;
    own.name = QStringLiteral("県単独の転換補助");
    own.basis = QStringLiteral("県補助金交付要綱");
    m_stack->push(new SaveMeasureCommand(m_ds, own));
    QCOMPARE(store.catalogue().size(), MeasureStore::shippedCatalogue().size() + 1);
    QCOMPARE(store.catalogue().last().id, QStringLiteral("own-1"));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(store.measure(QStringLiteral("wam-loan"))->version, 0);
    QCOMPARE(store.catalogue().size(), MeasureStore::shippedCatalogue().size());
}

void TestSessions::retiredMeasureLeavesTheActiveCatalogue()
{
    MeasureStore store(*m_ds);
    SupportMeasure m = *store.measure(QStringLiteral("review-region"));
    m.retiredOn = QDate(2027, 4, 1);
    m.validTo = QDate(2027, 3, 31);
    auto *cmd = new SaveMeasureCommand(m_ds, m);
    QVERIFY(cmd->text().contains(QStringLiteral("Retire")));
    m_stack->push(cmd);
    const int all = int(store.catalogue().size());
    QCOMPARE(store.catalogue(false).size(), all - 1);
    QVERIFY(store.measure(QStringLiteral("review-region"))->isRetired());
    QVERIFY(!store.measure(QStringLiteral("review-region"))->isValidOn(QDate(2027, 5, 1)));
    const Table t = store.catalogueTable();
    QCOMPARE(t.rows.size(), all);
}

void TestSessions::measureLinksPerHospitalRegionAndMeasure()
{
    MeasureStore store(*m_ds);
    auto link = [&](qint64 hospital, const QString &measure, MeasureUse::Stage stage) {
        MeasureUse u;
        u.measureId = measure;
        u.hospitalId = hospital;
        u.stage = stage;
        u.fiscalYear = 2025;
        u.amountYen = 1000000;
        m_stack->push(new SaveMeasureUseCommand(m_ds, std::nullopt, u));
    };
    link(m_ids.c, QStringLiteral("wam-loan"), MeasureUse::Stage::Planned);
    link(m_ids.c, QStringLiteral("tax-registration"), MeasureUse::Stage::Used);
    link(m_ids.d, QStringLiteral("wam-loan"), MeasureUse::Stage::Used);
    QCOMPARE(store.usesOfHospital(m_ids.c).size(), 2);
    QCOMPARE(store.usesOfMeasure(QStringLiteral("wam-loan")).size(), 2);
    QCOMPARE(store.usesInArea(QStringLiteral("4302")).size(), 1);
    QCOMPARE(store.usesInArea(QStringLiteral("43")).size(), 3);
    QCOMPARE(store.uses().first().amountYen, std::optional<qint64>(1000000));
    MeasureUse edited = store.usesOfHospital(m_ids.d).first();
    edited.amountYen.reset();
    m_stack->push(new SaveMeasureUseCommand(m_ds, store.usesOfHospital(m_ids.d).first(), edited));
    QVERIFY(!store.usesOfHospital(m_ids.d).first().amountYen);
    m_stack->undo();
    QVERIFY(store.usesOfHospital(m_ids.d).first().amountYen);
    m_stack->undo();
    QVERIFY(store.usesOfHospital(m_ids.d).isEmpty());
    int row = -1;
    for (int i = 0; i < store.catalogueTable().rows.size(); ++i) {
        if (store.catalogueTable().rows.at(i).at(0) == QStringLiteral("wam-loan"))
            row = i;
    }
    QCOMPARE(store.catalogueTable().rows.at(row).last().toInt(), 1);
}

void TestSessions::casesWithLinksAndHandout()
{
    MeasureStore store(*m_ds);
    PracticeCase c;
    c.title = QStringLiteral("統合の事例");
    c.kind = PracticeCase::Kind::Merger;
    c.background = QStringLiteral("背景");
    c.source = QStringLiteral("別添7");
    c.sourcePage = QStringLiteral("12");
    c.tags = { QStringLiteral("統合") };
    // Links come back sorted by kind and target.
    c.links = { { QStringLiteral("council"), QStringLiteral("3") },
                { QStringLiteral("region"), QStringLiteral("4301") } };
    auto *add = new SavePracticeCaseCommand(m_ds, std::nullopt, c);
    m_stack->push(add);
    QCOMPARE(store.cases().size(), 1);
    c.id = add->recordId();
    QCOMPARE(store.cases().first(), c);
    QCOMPARE(store.casesLinkedTo(QStringLiteral("region"), QStringLiteral("4301")).size(), 1);
    QVERIFY(store.casesLinkedTo(QStringLiteral("region"), QStringLiteral("4302")).isEmpty());
    QString error;
    int pages = 0;
    const QString path = m_dir->filePath(QStringLiteral("c.pdf"));
    QVERIFY(SessionReports::caseHandout(*m_ds, store.cases()).writePdf(path, &error, &pages));
    QCOMPARE(pages, 1);
    m_stack->push(new SavePracticeCaseCommand(m_ds, c, std::nullopt));
    QVERIFY(store.cases().isEmpty());
    m_stack->undo();
    QCOMPARE(store.cases().first(), c);
}

void TestSessions::demoHoldsBanksSessionsMeasuresAndCases()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.koso"));
    QString error;
    QVERIFY2(DemoGenerator().write(path, &error), qPrintable(error));
    Dataset demo;
    QVERIFY(demo.open(path, &error));
    SessionStore sessions(demo);
    QCOMPARE(sessions.contacts().size(), 2);
    const auto all = sessions.sessions();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).status, SessionStatus::Held);
    QVERIFY(all.at(0).attended.size() > 0);
    QVERIFY(all.at(0).attended.size() < all.at(0).invited.size());
    const auto warnings = sessions.deadlineWarnings(SessionsDemo::defaultReferenceDate());
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().deadlineState(SessionsDemo::defaultReferenceDate()),
             DeadlineState::Soon);
    QCOMPARE(SessionsDemo::defaultReferenceDate().daysTo(warnings.first().mhlwRequestDeadline()),
             10);
    MeasureStore measures(demo);
    QVERIFY(measures.uses().size() >= 4);
    QCOMPARE(measures.measure(QStringLiteral("fund-bed-reorganisation"))->version, 1);
    QCOMPARE(measures.cases().size(), 3);
    // Deterministic: a second demo is the same.
    const QString path2 = m_dir->filePath(QStringLiteral("demo2.koso"));
    QVERIFY(DemoGenerator().write(path2, &error));
    Dataset demo2;
    QVERIFY(demo2.open(path2, &error));
    QCOMPARE(SessionStore(demo2).sessions(), all);
}

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
