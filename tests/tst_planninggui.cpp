#include "PlanningFixture.h"

#include "checklist/AssessmentTableModel.h"
#include "checklist/ChecklistPage.h"
#include "checklist/ChecklistTemplate.h"
#include "planning/ChecklistEvidence.h"
#include "planning/PdcaPage.h"
#include "planning/PlanningEditCommand.h"
#include "planning/PlanningPages.h"
#include "planning/PlanningStore.h"
#include "planning/PromotionPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
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
    void cellsEditedInPlaceAreUndoSteps();
    void candidatesAndThePlanEditor();
    void checklistItemsAreLinkedByTheirWording();
    void checklistItemsShowTheirRecordsAndOpenThem();

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

void TestPlanningGui::cellsEditedInPlaceAreUndoSteps()
{
    PdcaPage page;
    page.resize(1200, 700);
    page.setDataset(m_ds, m_stack);
    page.setFiscalYear(2024);
    page.setRegion(QStringLiteral("4301"));
    page.tabs()->setCurrentIndex(1);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableWidget *targets = page.targetsTable();
    QCOMPARE(targets->rowCount(), 1);
    // The planner's fields edit in place; the computed ones do not.
    for (int column : { 0, 4, 5, 6, 7 })
        QVERIFY(targets->item(0, column)->flags() & Qt::ItemIsEditable);
    for (int column : { 1, 2, 3 })
        QVERIFY(!(targets->item(0, column)->flags() & Qt::ItemIsEditable));

    // Commits what the editor of a cell holds, as leaving the cell does.
    auto edit = [](QTableWidget *table, int row, int column, const QString &text) {
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
        QWidget *editor = table->viewport()->focusWidget();
        if (!editor)
            editor = QApplication::focusWidget();
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setText(text);
            QTest::keyClick(line, Qt::Key_Return);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
            plain->setPlainText(text);
            emit table->itemDelegate()->commitData(plain);
            emit table->itemDelegate()->closeEditor(plain);
        } else {
            return false;
        }
        return true;
    };

    // The target's value: 急性期 ≤ 400 is missed with 410 beds, ≤ 420 is met.
    QVERIFY(edit(targets, 0, 0, QStringLiteral("420")));
    QTRY_COMPARE(m_stack->count(), 1);
    QCOMPARE(PlanningStore(*m_ds).targets().first().target, QStringLiteral("420"));
    QCOMPARE(page.results().first().status, QStringLiteral("achieved"));
    QVERIFY(targets->item(0, 0)->text().contains(QStringLiteral("420")));

    QVERIFY(edit(targets, 0, 4, QStringLiteral("回復期への転換が進んだ")));
    QTRY_COMPARE(m_stack->count(), 2);
    QCOMPARE(targets->item(0, 4)->text(), QStringLiteral("回復期への転換が進んだ"));
    QVERIFY(edit(targets, 0, 5, QStringLiteral("次年度も継続")));
    QTRY_COMPARE(m_stack->count(), 3);
    // A date as offices write it.
    QVERIFY(edit(targets, 0, 6, QStringLiteral("R7.2.10")));
    QTRY_COMPARE(m_stack->count(), 4);
    QCOMPARE(PlanningStore(*m_ds).targets().first().verifiedOn, QDate(2025, 2, 10));
    QVERIFY(edit(targets, 0, 7, QStringLiteral("第2回会議で確認")));
    QTRY_COMPARE(m_stack->count(), 5);
    QCOMPARE(targets->item(0, 7)->text(), QStringLiteral("第2回会議で確認"));
    // An unchanged cell writes nothing.
    QVERIFY(edit(targets, 0, 5, QStringLiteral("次年度も継続")));
    QTest::qWait(50);
    QCOMPARE(m_stack->count(), 5);

    // The progress verification's explanation.
    page.tabs()->setCurrentIndex(2);
    QTableWidget *gaps = page.gapsTable();
    int acute = -1;
    for (int r = 0; r < gaps->rowCount(); ++r) {
        if (gaps->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("Acute"))
            acute = r;
    }
    QVERIFY(acute >= 0);
    QVERIFY(!(gaps->item(acute, 4)->flags() & Qt::ItemIsEditable));
    QVERIFY(edit(gaps, acute, 6, QStringLiteral("急性期の届出に回復期相当を含む")));
    QTRY_COMPARE(m_stack->count(), 6);
    QCOMPARE(PlanningStore(*m_ds)
                 .explanations(QStringLiteral("4301"))
                 .value(QStringLiteral("Acute"))
                 .explanation,
             QStringLiteral("急性期の届出に回復期相当を含む"));

    // Each edit is its own step: undo goes back one field at a time.
    m_stack->undo();
    QVERIFY(PlanningStore(*m_ds).explanations(QStringLiteral("4301")).isEmpty());
    m_stack->undo();
    QCOMPARE(PlanningStore(*m_ds).targets().first().note, QString());
    QCOMPARE(PlanningStore(*m_ds).targets().first().verifiedOn, QDate(2025, 2, 10));
    for (int i = 0; i < 4; ++i)
        m_stack->undo();
    const AnnualTarget back = PlanningStore(*m_ds).targets().first();
    QCOMPARE(back.target, QStringLiteral("400"));
    QCOMPARE(back.causeAnalysis, QString());
    QVERIFY(!back.verifiedOn.isValid());
    QCOMPARE(page.results().first().status, QStringLiteral("not_achieved"));
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

void TestPlanningGui::checklistItemsAreLinkedByTheirWording()
{
    using Kind = ChecklistEvidence::Kind;
    ChecklistTemplate shipped;
    QString error;
    QVERIFY2(ChecklistTemplate::bundled(&shipped, &error), qPrintable(error));
    QCOMPARE(shipped.items.size(), 31);
    // By the words of the items (the shipped template's numbers shown for reading).
    const QMap<int, QVector<Kind>> expected {
        { 2, { Kind::Progress } }, // 差異とその要因を把握
        { 15, { Kind::Targets, Kind::Progress } }, // 年度目標を設定し、進捗状況を検証し
        { 16, { Kind::Progress } }, // 差異が説明できない場合、要因を分析
        { 17, { Kind::Municipalities } }, // 市町村に報告
        { 22, { Kind::Promotion } }, // 推進区域対応方針を策定
        { 23, { Kind::Promotion } }, // 推進区域対応方針に基づく取組
        { 24, { Kind::Promotion } }, // 重点支援区域
    };
    for (const ChecklistItem &item : std::as_const(shipped.items))
        QCOMPARE(ChecklistEvidenceFinder::kindsOf(item), expected.value(item.number));

    // Another wording or another number finds the same records; the row does not matter.
    ChecklistItem official;
    official.number = 3;
    official.text = QStringLiteral("調整会議での協議の内容を、管内の市町村へ報告しているか。");
    QCOMPARE(ChecklistEvidenceFinder::kindsOf(official), QVector<Kind> { Kind::Municipalities });
    official.text = QStringLiteral("構想区域ごとの年度目標を定めているか。");
    QCOMPARE(ChecklistEvidenceFinder::kindsOf(official), QVector<Kind> { Kind::Targets });
    official.text = QStringLiteral("病床機能報告の結果を公表しているか。");
    QVERIFY(ChecklistEvidenceFinder::kindsOf(official).isEmpty());
}

void TestPlanningGui::checklistItemsShowTheirRecordsAndOpenThem()
{
    // Records of FY2024 besides the fixture's target of 4301 (急性期 ≤ 400, not achieved):
    // a second target, verified by the council; a gap explanation in 4302; 4301 designated
    // with a plan of two actions (one done); one of the two FY2024 meetings reported.
    auto insert = [this](const QString &table, const PlanningValues &values) {
        auto command = PlanningEditCommand::insert(m_ds, table, values, QStringLiteral("add"));
        command->redo();
        if (!command->error().isEmpty())
            qWarning() << command->error();
        return command->insertedIds().value(0);
    };
    AnnualTarget t;
    t.regionCode = QStringLiteral("4301");
    t.fiscalYear = 2024;
    t.indicator = QStringLiteral("beds");
    t.functionKey = QStringLiteral("Recovery");
    t.direction = QStringLiteral("at_least");
    t.target = QStringLiteral("40");
    t.verifiedOn = QDate(2025, 2, 10);
    QVERIFY(insert(QStringLiteral("annual_target"), t.values()) > 0);
    QVERIFY(insert(QStringLiteral("gap_explanation"),
                   { { QStringLiteral("region_code"), QStringLiteral("4302") },
                     { QStringLiteral("function_key"), QStringLiteral("Acute") },
                     { QStringLiteral("explanation"), QStringLiteral("回復期相当の病棟を含む") } })
            > 0);
    Designation d;
    d.regionCode = QStringLiteral("4301");
    d.kind = QStringLiteral("promotion");
    d.designatedOn = QDate(2024, 5, 1);
    QVERIFY(insert(QStringLiteral("promotion_designation"), d.values()) > 0);
    PromotionPlan plan;
    plan.regionCode = QStringLiteral("4301");
    plan.issues = QStringLiteral("急性期の過剰");
    const qint64 planId = insert(QStringLiteral("promotion_plan"), plan.values());
    QVERIFY(planId > 0);
    for (const QString &status : { QStringLiteral("done"), QStringLiteral("not_started") }) {
        PromotionAction a;
        a.planId = planId;
        a.title = status;
        a.status = status;
        QVERIFY(insert(QStringLiteral("promotion_action"), a.values()) > 0);
    }
    QSqlQuery q(m_ds->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE council_meeting SET reported_to_municipalities_on = "
                                  "'2024-07-01' WHERE held_on = '2024-06-10'")));
    QCOMPARE(q.numRowsAffected(), 1);

    // What each kind says for FY2024 (the year is over: targets are judged).
    const ChecklistEvidenceFinder finder(*m_ds, 2024, QDate(2025, 6, 1));
    const auto targets = finder.evidence(ChecklistEvidence::Kind::Targets);
    QCOMPARE(targets.records, 2);
    QVERIFY2(targets.text.contains(QStringLiteral("2 targets in 1 of 2 regions, 1 achieved, 1 not "
                                                  "achieved")),
             qPrintable(targets.text));
    const auto progress = finder.evidence(ChecklistEvidence::Kind::Progress);
    QVERIFY2(progress.text.contains(QStringLiteral("verified by the council for 1 of 2 regions; "
                                                   "gaps explained in 1 of 2 regions")),
             qPrintable(progress.text));
    QCOMPARE(progress.regionCode, QStringLiteral("4301"));
    const auto promotion = finder.evidence(ChecklistEvidence::Kind::Promotion);
    QVERIFY2(promotion.text.contains(QStringLiteral("1 plans with 2 actions (1 done, 0 in "
                                                    "progress)")),
             qPrintable(promotion.text));
    QVERIFY(promotion.text.contains(PlanningVocabulary::designationKindName(d.kind)));
    QCOMPARE(promotion.regionCode, QStringLiteral("4301"));
    const auto reports = finder.evidence(ChecklistEvidence::Kind::Municipalities);
    QCOMPARE(reports.records, 1);
    QVERIFY2(reports.text.contains(QStringLiteral("1 of 2 council meetings reported")),
             qPrintable(reports.text));
    // Another year holds none of them, and says so.
    const ChecklistEvidenceFinder empty(*m_ds, 2022, QDate(2025, 6, 1));
    QCOMPARE(empty.evidence(ChecklistEvidence::Kind::Targets).records, 0);
    QVERIFY(empty.evidence(ChecklistEvidence::Kind::Targets)
                .text.contains(QStringLiteral("no yearly targets yet")));

    // The checklist page: an FY2024 self-assessment shows the records on items 15 and 17.
    ChecklistPage page(m_ds, m_stack);
    page.resize(1100, 700);
    page.show();
    const qint64 id = page.createAssessment(2024, QDate(2024, 6, 1), QString(), 0);
    QVERIFY(id > 0);
    AssessmentTableModel *items = page.itemModel();
    QCOMPARE(items->rowCount(), 31);
    auto rowOf = [items](int number) {
        for (int r = 0; r < items->rowCount(); ++r) {
            if (items->data(items->index(r, AssessmentTableModel::NumberColumn)).toInt() == number)
                return r;
        }
        return -1;
    };
    const int row15 = rowOf(15);
    const QString evidence15
        = items->data(items->index(row15, 0), AssessmentTableModel::EvidenceRole).toString();
    QVERIFY2(evidence15.contains(QStringLiteral("2 targets in 1 of 2 regions")),
             qPrintable(evidence15));
    QVERIFY(evidence15.contains(QStringLiteral("verified by the council")));
    QVERIFY(items->data(items->index(row15, AssessmentTableModel::TextColumn), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2 targets")));
    QVERIFY(items->data(items->index(rowOf(1), 0), AssessmentTableModel::EvidenceRole)
                .toString()
                .isEmpty());
    QCOMPARE(page.evidenceOf(items->itemId(rowOf(17))).size(), 1);

    // No item selected: the panel names the linked items.
    QVERIFY(page.evidencePanel()->isVisible());
    auto *hint = page.findChild<QLabel *>(QStringLiteral("checklistEvidenceHint"));
    QVERIFY(hint);
    page.itemView()->setCurrentIndex(items->index(rowOf(1), 0));
    QVERIFY2(hint->text().contains(QStringLiteral("2, 15, 16, 17, 22, 23, 24")),
             qPrintable(hint->text()));
    // Item 15: its two kinds of records, each with a link that asks for the page.
    page.itemView()->setCurrentIndex(items->index(row15, AssessmentTableModel::TextColumn));
    auto *targetsLink = page.findChild<QPushButton *>(QStringLiteral("evidenceLink_targets"));
    auto *progressLink = page.findChild<QPushButton *>(QStringLiteral("evidenceLink_progress"));
    QVERIFY(targetsLink && progressLink);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("evidenceLink_municipalities")));
    QSignalSpy requested(&page, &ChecklistPage::recordsRequested);
    progressLink->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("progress"));
    QCOMPARE(requested.at(0).at(1).toInt(), 2024);
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("4301"));

    // The planning pages open on those records.
    PlanningPages pages;
    pages.setDataset(m_ds, m_stack);
    QSignalSpy shown(&pages, &PlanningPages::pageRequested);
    QSignalSpy councils(&pages, &PlanningPages::councilsRequested);
    pages.pdca()->setFiscalYear(2023);
    pages.openRecords(QStringLiteral("progress"), 2024, QStringLiteral("4302"));
    QCOMPARE(pages.pdca()->fiscalYear(), 2024);
    QCOMPARE(pages.pdca()->regionCode(), QStringLiteral("4302"));
    QCOMPARE(pages.pdca()->tabs()->currentIndex(), 2);
    QCOMPARE(pages.pdca()->gapsTable()->item(1, 6)->text(),
             QStringLiteral("回復期相当の病棟を含む"));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).value<QWidget *>(), static_cast<QWidget *>(pages.pdca()));
    pages.openRecords(QStringLiteral("targets"), 2024, QString());
    QCOMPARE(pages.pdca()->tabs()->currentIndex(), 0);
    QCOMPARE(pages.pdca()->overviewTable()->item(0, 1)->text(), QStringLiteral("2"));
    pages.openRecords(QStringLiteral("promotion"), 2024, QStringLiteral("4301"));
    QCOMPARE(pages.promotion()->planRegion(), QStringLiteral("4301"));
    QCOMPARE(pages.promotion()->tabs()->currentIndex(), 2);
    QCOMPARE(pages.promotion()->actionsTable()->rowCount(), 2);
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.at(2).at(0).value<QWidget *>(), static_cast<QWidget *>(pages.promotion()));
    pages.openRecords(QStringLiteral("municipalities"), 2024, QString());
    QCOMPARE(councils.size(), 1);
    QCOMPARE(councils.at(0).at(0).toInt(), 2024);

    // A new record changes what the item shows (the page follows the dataset).
    t.functionKey = QStringLiteral("Chronic");
    t.verifiedOn = QDate();
    QVERIFY(insert(QStringLiteral("annual_target"), t.values()) > 0);
    QVERIFY(items->data(items->index(row15, 0), AssessmentTableModel::EvidenceRole)
                .toString()
                .contains(QStringLiteral("3 targets in 1 of 2 regions")));
}

QTEST_MAIN(TestPlanningGui)
#include "tst_planninggui.moc"
