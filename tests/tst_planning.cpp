#include "PlanningFixture.h"

#include "io/TableReader.h"
#include "planning/PlanningEditCommand.h"
#include "planning/PlanningStore.h"
#include "planning/ProgressEvaluator.h"
#include "planning/PromotionCandidates.h"
#include "planning/TargetSheet.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Koso;

class TestPlanning : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void targetsAreEvaluatedFromTheData();
    void unfinishedYearIsNotEvaluated();
    void textTargetsFollowThePlannersJudgement();
    void candidatesAreRankedByTheCriteria();
    void editsAreUndoStepsWithHistory();
    void removingAPlanTakesItsActionsAndUndoBringsThemBack();
    void failedWriteLeavesNothing();
    void targetSheetRejectsBadCellsWithLineAndColumn();
    void targetSheetImportsAllAndUpdatesOnReimport();

private:
    AnnualTarget target(const QString &region, int fy, const QString &indicator,
                        const QString &function, const QString &direction,
                        const QString &value) const;
    qint64 add(const AnnualTarget &t);
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    PolicyFixture::Ids m_ids;
};

void TestPlanning::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    QVERIFY(PlanningFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
}

void TestPlanning::cleanup()
{
    delete m_ds;
    delete m_dir;
}

AnnualTarget TestPlanning::target(const QString &region, int fy, const QString &indicator,
                                  const QString &function, const QString &direction,
                                  const QString &value) const
{
    AnnualTarget t;
    t.regionCode = region;
    t.fiscalYear = fy;
    t.indicator = indicator;
    t.functionKey = function;
    t.direction = direction;
    t.target = value;
    return t;
}

qint64 TestPlanning::add(const AnnualTarget &t)
{
    auto command = PlanningEditCommand::insert(m_ds, QStringLiteral("annual_target"), t.values(),
                                               QStringLiteral("add"));
    command->redo();
    if (!command->error().isEmpty())
        qWarning() << command->error();
    return command->insertedIds().value(0);
}

void TestPlanning::targetsAreEvaluatedFromTheData()
{
    const QString r1 = QStringLiteral("4301"), r2 = QStringLiteral("4302");
    const QString least = QStringLiteral("at_least"), most = QStringLiteral("at_most");
    add(target(r1, 2024, QStringLiteral("beds"), QStringLiteral("Acute"), most,
               QStringLiteral("400")));
    add(target(r1, 2024, QStringLiteral("beds"), QStringLiteral("Total"), most,
               QStringLiteral("650")));
    add(target(r1, 2024, QStringLiteral("policy_rate_hospitals"), {}, least, QStringLiteral("60")));
    add(target(r1, 2024, QStringLiteral("policy_rate_beds"), {}, least, QStringLiteral("90")));
    add(target(r1, 2024, QStringLiteral("meetings"), {}, least, QStringLiteral("2")));
    add(target(r2, 2024, QStringLiteral("closed_beds"), {}, most, QStringLiteral("5")));
    add(target(r2, 2024, QStringLiteral("meetings"), {}, least, QStringLiteral("1")));
    add(target(r2, 2025, QStringLiteral("beds"), QStringLiteral("Acute"), most,
               QStringLiteral("100")));

    const auto results = ProgressEvaluator(*m_ds, QDate(2026, 6, 1)).evaluate(2024);
    QCOMPARE(results.size(), 7);
    struct Expect
    {
        double actual;
        const char *status;
    };
    const QVector<Expect> expected { { 410, "not_achieved" }, { 600, "achieved" },
                                     { 66.7, "achieved" },    { 83.9, "not_achieved" },
                                     { 2, "achieved" },       { 10, "not_achieved" },
                                     { 0, "not_achieved" } };
    // Ordered by region, then position (insertion order).
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(results.at(i).actual.has_value(), qPrintable(results.at(i).source));
        QCOMPARE(*results.at(i).actual, expected.at(i).actual);
        QCOMPARE(results.at(i).status, QString::fromLatin1(expected.at(i).status));
        QVERIFY(!results.at(i).source.isEmpty());
    }
    QVERIFY(results.at(0).source.contains(QStringLiteral("2024")));
    QVERIFY(results.at(0).source.contains(QStringLiteral("令和6年度")));

    // No 2025 report in the dataset: no actual, not evaluated.
    const auto y2025 = ProgressEvaluator(*m_ds, QDate(2026, 6, 1)).evaluate(2025);
    QCOMPARE(y2025.size(), 1);
    QVERIFY(!y2025.first().actual);
    QCOMPARE(y2025.first().status, QStringLiteral("not_evaluated"));
}

void TestPlanning::unfinishedYearIsNotEvaluated()
{
    add(target(QStringLiteral("4301"), 2024, QStringLiteral("meetings"), {},
               QStringLiteral("at_least"), QStringLiteral("1")));
    // On 2024-12-01 one FY2024 meeting has been held; the year is not over.
    const auto results = ProgressEvaluator(*m_ds, QDate(2024, 12, 1)).evaluate(2024);
    QCOMPARE(results.size(), 1);
    QCOMPARE(*results.first().actual, 1.0);
    QCOMPARE(results.first().status, QStringLiteral("not_evaluated"));
}

void TestPlanning::textTargetsFollowThePlannersJudgement()
{
    const qint64 id = add(target(QStringLiteral("4302"), 2024, QStringLiteral("text"), {}, {},
                                 QStringLiteral("非稼働病棟の説明を受ける")));
    QCOMPARE(ProgressEvaluator(*m_ds).evaluate(2024).first().status,
             QStringLiteral("not_evaluated"));
    QString error;
    auto command = PlanningEditCommand::update(
        m_ds, QStringLiteral("annual_target"), id,
        { { QStringLiteral("judgement"), QStringLiteral("achieved") } }, QStringLiteral("judge"),
        &error);
    QVERIFY(command);
    command->redo();
    const auto result = ProgressEvaluator(*m_ds).evaluate(2024).first();
    QCOMPARE(result.status, QStringLiteral("achieved"));
    QVERIFY(!result.actual);
}

void TestPlanning::candidatesAreRankedByTheCriteria()
{
    const auto candidates = PromotionCandidates::rank(*m_ds, 0.10);
    QCOMPARE(candidates.size(), 2);
    // 4302: total 199 vs 240 (① −17 %), HighAcute 0 vs 10 (②), E open (③) → first.
    const PromotionCandidate &first = candidates.at(0);
    QCOMPARE(first.regionCode, QStringLiteral("4302"));
    QCOMPARE(first.rank, 1);
    QVERIFY(first.criterion1 && first.criterion2 && first.criterion3 && !first.criterion4);
    QCOMPARE(first.reverificationOpen, 1);
    QVERIFY(std::abs(*first.totalGapRatio - (199.0 / 240.0 - 1.0)) < 1e-9);
    QCOMPARE(first.functionGapRatios.value(QStringLiteral("HighAcute")), -1.0);
    QCOMPARE(first.reasons(0.10).size(), 3);
    // 4301: total 600 vs 580 (+3.4 %: within), functions off (②), nobody open.
    const PromotionCandidate &second = candidates.at(1);
    QCOMPARE(second.regionCode, QStringLiteral("4301"));
    QVERIFY(!second.criterion1 && second.criterion2 && !second.criterion3);
    QCOMPARE(second.functionGapRatios.size(), 4);
    QVERIFY(std::abs(second.functionGapRatios.value(QStringLiteral("Acute")) - 0.64) < 1e-9);

    // ④ the planner's text counts as a criterion.
    auto command = PlanningEditCommand::insert(
        m_ds, QStringLiteral("promotion_issue"),
        { { QStringLiteral("region_code"), QStringLiteral("4301") },
          { QStringLiteral("issues"), QStringLiteral("公立病院の統合協議が停滞") } },
        QStringLiteral("issue"));
    command->redo();
    const auto again = PromotionCandidates::rank(*m_ds, 0.10);
    QCOMPARE(again.at(1).regionCode, QStringLiteral("4301"));
    QVERIFY(again.at(1).criterion4);
    QCOMPARE(again.at(1).score, 2);
}

void TestPlanning::editsAreUndoStepsWithHistory()
{
    QUndoStack stack;
    const QString table = QStringLiteral("promotion_designation");
    Designation d;
    d.regionCode = QStringLiteral("4302");
    d.kind = QStringLiteral("promotion");
    d.designatedOn = QDate(2024, 9, 30);
    auto insert = PlanningEditCommand::insert(m_ds, table, d.values(), QStringLiteral("designate"));
    auto *raw = insert.get();
    stack.push(insert.release());
    const qint64 id = raw->insertedIds().first();
    QVERIFY(id > 0);
    PlanningStore store(*m_ds);
    QCOMPARE(store.designations().size(), 1);

    QString error;
    auto change = PlanningEditCommand::update(
        m_ds, table, id, { { QStringLiteral("kind"), QStringLiteral("model_promotion") } },
        QStringLiteral("model"), &error);
    QVERIFY(change);
    stack.push(change.release());
    QCOMPARE(store.designations().first().kind, QStringLiteral("model_promotion"));
    // Nothing to change: no command.
    QVERIFY(!PlanningEditCommand::update(
        m_ds, table, id, { { QStringLiteral("kind"), QStringLiteral("model_promotion") } },
        QStringLiteral("same"), &error));
    QVERIFY(error.isEmpty());

    stack.undo();
    QCOMPARE(store.designations().first().kind, QStringLiteral("promotion"));
    stack.undo();
    QVERIFY(store.designations().isEmpty());
    stack.redo();
    QCOMPARE(store.designations().first().id, id); // the same id again
    stack.redo();
    QCOMPARE(store.designations().first().kind, QStringLiteral("model_promotion"));

    const auto history = store.history(table, id);
    QVERIFY(history.size() >= 6);
    QCOMPARE(history.first().field, QStringLiteral("added"));
    QCOMPARE(history.first().changedBy, QStringLiteral("tester"));
    bool sawKindChange = false;
    for (const PlanningChange &c : history)
        sawKindChange |= c.field == QLatin1String("kind")
            && c.oldValue == QLatin1String("promotion")
            && c.newValue == QLatin1String("model_promotion");
    QVERIFY(sawKindChange);
}

void TestPlanning::removingAPlanTakesItsActionsAndUndoBringsThemBack()
{
    PromotionPlan plan;
    plan.regionCode = QStringLiteral("4302");
    plan.issues = QStringLiteral("急性期の過剰");
    auto c1 = PlanningEditCommand::insert(m_ds, QStringLiteral("promotion_plan"), plan.values(),
                                          QStringLiteral("plan"));
    c1->redo();
    const qint64 planId = c1->insertedIds().first();
    PromotionAction action;
    action.planId = planId;
    action.title = QStringLiteral("病床転換の支援");
    action.hospitalIds = { m_ids.e };
    action.dueFiscalYear = 2025;
    action.status = QStringLiteral("in_progress");
    auto c2 = PlanningEditCommand::insert(m_ds, QStringLiteral("promotion_action"), action.values(),
                                          QStringLiteral("action"));
    c2->redo();
    const qint64 actionId = c2->insertedIds().first();
    PromotionNote note;
    note.actionId = actionId;
    note.notedOn = QDate(2025, 5, 1);
    note.text = QStringLiteral("説明会を開催");
    auto c3 = PlanningEditCommand::insert(m_ds, QStringLiteral("promotion_note"), note.values(),
                                          QStringLiteral("note"));
    c3->redo();

    PlanningStore store(*m_ds);
    QCOMPARE(store.actions(planId).first().hospitalIds, QVector<qint64> { m_ids.e });
    QString error;
    auto remove = PlanningEditCommand::remove(m_ds, QStringLiteral("promotion_plan"), planId,
                                              QStringLiteral("remove"), &error);
    QVERIFY(remove);
    remove->redo();
    QVERIFY(!store.plan(QStringLiteral("4302")));
    QVERIFY(store.actions(planId).isEmpty());
    QVERIFY(store.notes(actionId).isEmpty());
    remove->undo();
    QCOMPARE(store.plan(QStringLiteral("4302"))->id, planId);
    QCOMPARE(store.actions(planId).size(), 1);
    QCOMPARE(store.actions(planId).first().dueFiscalYear, 2025);
    QCOMPARE(store.notes(actionId).first().text, QStringLiteral("説明会を開催"));
}

void TestPlanning::failedWriteLeavesNothing()
{
    // The second insert breaks a CHECK constraint: the first must not stay either.
    PlanningEditCommand command(m_ds, QStringLiteral("two"));
    command.addInsert(QStringLiteral("annual_target"),
                      target(QStringLiteral("4301"), 2024, QStringLiteral("meetings"), {},
                             QStringLiteral("at_least"), QStringLiteral("2"))
                          .values());
    command.addInsert(QStringLiteral("annual_target"),
                      target(QStringLiteral("4301"), 2024, QStringLiteral("nonsense"), {},
                             QStringLiteral("at_least"), QStringLiteral("2"))
                          .values());
    command.redo();
    QVERIFY(!command.error().isEmpty());
    QVERIFY(command.isObsolete());
    QVERIFY(PlanningStore(*m_ds).targets().isEmpty());
}

void TestPlanning::targetSheetRejectsBadCellsWithLineAndColumn()
{
    const QByteArray csv = "region_code,fiscal_year,indicator,function,direction,target,note\n"
                           "4301,2024,beds,Acute,at_most,400,ok\n"
                           "9999,2024,beds,Acute,at_most,400,\n"
                           "4301,2024,rate,,at_least,80,\n"
                           "4302,2024,text,,at_least,説明,\n";
    TableData data;
    QString error;
    QVERIFY(TableReader::readCsv(csv, QStringLiteral("t.csv"), &data, &error));
    QVector<AnnualTarget> targets;
    QStringList errors;
    QVERIFY(!TargetSheet::parse(*m_ds, data, &targets, &errors));
    QVERIFY(targets.isEmpty());
    QCOMPARE(errors.size(), 3);
    QVERIFY2(errors.at(0).contains(QStringLiteral("line 3"))
                 && errors.at(0).contains(QStringLiteral("region_code")),
             qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).contains(QStringLiteral("line 4"))
                 && errors.at(1).contains(QStringLiteral("column 3")),
             qPrintable(errors.at(1)));
    QVERIFY2(errors.at(2).contains(QStringLiteral("line 5"))
                 && errors.at(2).contains(QStringLiteral("direction")),
             qPrintable(errors.at(2)));
}

void TestPlanning::targetSheetImportsAllAndUpdatesOnReimport()
{
    const QByteArray csv = "region_code,fiscal_year,indicator,function,direction,target,note\n"
                           "4301,2024,beds,Acute,at_most,400,急性期を削減\n"
                           "4301,令和6年度,policy_rate_hospitals,,at_least,80%,\n"
                           "4302,2024,text,,,非稼働病棟の説明,\n";
    TableData data;
    QString error;
    QVERIFY(TableReader::readCsv(csv, QStringLiteral("t.csv"), &data, &error));
    QVector<AnnualTarget> targets;
    QStringList errors;
    QVERIFY2(TargetSheet::parse(*m_ds, data, &targets, &errors), qPrintable(errors.join(u'\n')));
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets.at(1).fiscalYear, 2024);
    QCOMPARE(targets.at(1).target, QStringLiteral("80"));
    int added = 0, updated = 0;
    auto command = TargetSheet::importCommand(m_ds, targets, &added, &updated);
    QVERIFY(command);
    QCOMPARE(added, 3);
    command->redo();
    QVERIFY(command->error().isEmpty());
    QCOMPARE(PlanningStore(*m_ds).targets(2024).size(), 3);
    // The same sheet again changes nothing.
    QVERIFY(!TargetSheet::importCommand(m_ds, targets, &added, &updated));
    // A changed target value updates the stored one.
    targets[0].target = QStringLiteral("380");
    auto again = TargetSheet::importCommand(m_ds, targets, &added, &updated);
    QVERIFY(again);
    QCOMPARE(added, 0);
    QCOMPARE(updated, 1);
    again->redo();
    QCOMPARE(PlanningStore(*m_ds).targets(2024).first().target, QStringLiteral("380"));
    // Export → the same header, the values as numbers.
    const Table table = TargetSheet::toTable(PlanningStore(*m_ds).targets(2024));
    QCOMPARE(table.header.join(u','),
             QStringLiteral("region_code,fiscal_year,indicator,function,direction,target,note"));
    QCOMPARE(table.rows.first().at(5).toDouble(), 380.0);
}

QTEST_GUILESS_MAIN(TestPlanning)
#include "tst_planning.moc"
