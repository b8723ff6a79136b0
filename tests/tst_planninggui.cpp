#include "PlanningFixture.h"

#include "planning/PdcaPage.h"
#include "planning/PlanningEditCommand.h"
#include "planning/PlanningStore.h"
#include "planning/PromotionPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

class TestPlanningGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overviewAndTargetsShowTheVerdicts();
    void emptyRegionSaysWhatToDo();
    void editingATargetIsOneUndoStep();
    void gapExplanationIsRecorded();
    void candidatesAndThePlanEditor();

private:
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    QUndoStack *m_stack = nullptr;
    PolicyFixture::Ids m_ids;
    qint64 m_target = 0;
};

void TestPlanningGui::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    m_stack = new QUndoStack;
    QVERIFY(PlanningFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
    AnnualTarget t;
    t.regionCode = QStringLiteral("4301");
    t.fiscalYear = 2024;
    t.indicator = QStringLiteral("beds");
    t.functionKey = QStringLiteral("Acute");
    t.direction = QStringLiteral("at_most");
    t.target = QStringLiteral("400");
    auto command = PlanningEditCommand::insert(m_ds, QStringLiteral("annual_target"), t.values(),
                                               QStringLiteral("add"));
    command->redo();
    m_target = command->insertedIds().first();
}

void TestPlanningGui::cleanup()
{
    delete m_stack;
    delete m_ds;
    delete m_dir;
}

void TestPlanningGui::overviewAndTargetsShowTheVerdicts()
{
    PdcaPage page;
    page.setDataset(m_ds, m_stack);
    page.setFiscalYear(2024);
    page.setRegion(QStringLiteral("4301"));
    QCOMPARE(page.overviewTable()->rowCount(), 2);
    QCOMPARE(page.overviewTable()->item(0, 1)->text(), QStringLiteral("1"));
    QCOMPARE(page.overviewTable()->item(0, 3)->text(), QStringLiteral("1")); // not achieved
    QCOMPARE(page.targetsTable()->rowCount(), 1);
    QCOMPARE(page.results().first().status, QStringLiteral("not_achieved"));
    QCOMPARE(page.targetsTable()->item(0, 2)->text(), QStringLiteral("Not achieved"));
    QVERIFY(page.targetsTable()->item(0, 1)->text().contains(QStringLiteral("410")));
    QVERIFY(page.emptyLabel()->isHidden());
    // The timeline and gaps of the region.
    QCOMPARE(page.gapsTable()->rowCount(), 5);
}

void TestPlanningGui::emptyRegionSaysWhatToDo()
{
    PdcaPage page;
    page.setDataset(m_ds, m_stack);
    page.setFiscalYear(2024);
    page.setRegion(QStringLiteral("4302"));
    QCOMPARE(page.targetsTable()->rowCount(), 0);
    QVERIFY(!page.emptyLabel()->isHidden());
    QVERIFY(page.emptyLabel()->text().contains(QStringLiteral("Import targets")));
    QVERIFY(page.emptyLabel()->text().contains(QStringLiteral("region_code,fiscal_year")));
}

void TestPlanningGui::editingATargetIsOneUndoStep()
{
    PdcaPage page;
    page.setDataset(m_ds, m_stack);
    page.setFiscalYear(2024);
    page.setRegion(QStringLiteral("4301"));
    page.editTarget(m_target,
                    { { QStringLiteral("cause_analysis"), QStringLiteral("転換の遅れ") },
                      { QStringLiteral("verified_on"), QStringLiteral("2025-06-16") } });
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(page.targetsTable()->item(0, 4)->text(), QStringLiteral("転換の遅れ"));
    QVERIFY(!page.targetsTable()->item(0, 6)->text().isEmpty());
    m_stack->undo();
    QCOMPARE(page.targetsTable()->item(0, 4)->text(), QString());
    QCOMPARE(PlanningStore(*m_ds).targets().first().causeAnalysis, QString());
}

void TestPlanningGui::gapExplanationIsRecorded()
{
    PdcaPage page;
    page.setDataset(m_ds, m_stack);
    page.setRegion(QStringLiteral("4301"));
    page.explainGap(QStringLiteral("Acute"), QStringLiteral("回復期相当の病棟を含む"));
    int acuteRow = -1;
    for (int r = 0; r < page.gapsTable()->rowCount(); ++r) {
        if (page.gapsTable()->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("Acute"))
            acuteRow = r;
    }
    QVERIFY(acuteRow >= 0);
    QCOMPARE(page.gapsTable()->item(acuteRow, 6)->text(), QStringLiteral("回復期相当の病棟を含む"));
    page.explainGap(QStringLiteral("Acute"), QStringLiteral("改訂"));
    QCOMPARE(PlanningStore(*m_ds).explanations(QStringLiteral("4301")).size(), 1);
    QCOMPARE(m_stack->count(), 2);
}

void TestPlanningGui::candidatesAndThePlanEditor()
{
    PromotionPage page;
    page.setDataset(m_ds, m_stack);
    QCOMPARE(page.candidatesTable()->rowCount(), 2);
    QVERIFY(page.candidatesTable()->item(0, 1)->text().startsWith(QStringLiteral("4302")));
    QVERIFY(page.candidatesTable()->item(0, 4)->text().contains(QStringLiteral("①")));
    QCOMPARE(page.designationsTable()->rowCount(), 0);

    page.setPlanRegion(QStringLiteral("4302"));
    QVERIFY(!page.planEmptyLabel()->isHidden());
    page.createPlan();
    QVERIFY(page.planEmptyLabel()->isHidden());
    QVERIFY(PlanningStore(*m_ds).plan(QStringLiteral("4302")));
    page.issuesEdit()->setPlainText(QStringLiteral("急性期の過剰"));
    page.savePlanText();
    QCOMPARE(PlanningStore(*m_ds).plan(QStringLiteral("4302"))->issues,
             QStringLiteral("急性期の過剰"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(page.issuesEdit()->toPlainText(), QString());
    m_stack->undo();
    QVERIFY(!PlanningStore(*m_ds).plan(QStringLiteral("4302")));
    QVERIFY(!page.planEmptyLabel()->isHidden());
}

QTEST_MAIN(TestPlanningGui)
#include "tst_planninggui.moc"
