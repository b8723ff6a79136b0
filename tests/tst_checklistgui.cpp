#include "ChecklistTestSupport.h"
#include "RequiredData.h"

#include "checklist/AnswerDelegate.h"
#include "checklist/AssessmentComparison.h"
#include "checklist/AssessmentComparisonModel.h"
#include "checklist/AssessmentSummaryModel.h"
#include "checklist/AssessmentTableModel.h"
#include "checklist/ChecklistComparisonView.h"
#include "checklist/ChecklistDemo.h"
#include "checklist/ChecklistEditor.h"
#include "checklist/ChecklistPage.h"
#include "checklist/ChecklistStore.h"
#include "checklist/ChecklistTemplateDialog.h"
#include "report/ChecklistComparisonReport.h"
#include "report/ChecklistForm.h"
#include "storage/Dataset.h"
#include "widgets/ReportPrinting.h"

#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

// The checklist page offscreen: answering, the summary following, undo, comparison, templates.
class TestChecklistGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsThisYearWithItsSummary();
    void answeringUpdatesSummaryAndUndoRestoresIt();
    void answerKeysAnswerTheSelectedRows();
    void answerDelegateCommitsTheChoice();
    void remarksAndSectionAreSavedAndUndoable();
    void headerEditsAreSavedAndUndoable();
    void newAssessmentAsCopyOfLastYear();
    void deleteAndUndo();
    void comparisonShowsChangedAnswers();
    void editedTemplateOffersNewerWording();
    void printPreviewShowsTheFormPages();
    void emptyDatasetInvitesTheFirstAssessment();
    void followsTheOpenDocument();
    void printerPaintsTheSameFormAsThePdf();

private:
    int summaryValue(int row, int column) const;
    int totalRow() const { return m_page->summaryModel()->rowCount() - 1; }

    QTemporaryDir *m_dir = nullptr;
    Dataset *m_dataset = nullptr;
    QUndoStack *m_stack = nullptr;
    ChecklistPage *m_page = nullptr;
    qint64 m_lastYear = 0;
    qint64 m_thisYear = 0;
};

void TestChecklistGui::init()
{
    m_dir = new QTemporaryDir;
    m_dataset = new Dataset;
    QString error;
    QVERIFY2(
        KosoTest::createDataset(*m_dataset, m_dir->filePath(QStringLiteral("demo.koso")), &error),
        qPrintable(error));
    QVERIFY2(ChecklistDemo::populate(m_dataset, 2024, &error, &m_lastYear, &m_thisYear),
             qPrintable(error));
    m_stack = new QUndoStack;
    m_page = new ChecklistPage(m_dataset, m_stack);
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestChecklistGui::cleanup()
{
    delete m_page;
    delete m_stack;
    delete m_dataset;
    delete m_dir;
}

int TestChecklistGui::summaryValue(int row, int column) const
{
    const AssessmentSummaryModel *m = m_page->summaryModel();
    return m->data(m->index(row, column)).toInt();
}

void TestChecklistGui::showsThisYearWithItsSummary()
{
    QCOMPARE(m_page->currentAssessmentId(), m_thisYear);
    QCOMPARE(m_page->itemModel()->rowCount(), 31);
    QCOMPARE(m_page->summaryModel()->rowCount(), 7); // six genres and the total
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::YesColumn), 24);
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::UnansweredColumn), 0);
    const AssessmentTableModel *items = m_page->itemModel();
    QCOMPARE(items->data(items->index(7, AssessmentTableModel::AnswerColumn)).toString(),
             ChecklistEntry::answerLabel(ChecklistAnswer::NotApplicable));
    QCOMPARE(items->data(items->index(30, AssessmentTableModel::SectionColumn)).toString(),
             QStringLiteral("感染症対策課"));
    // The shipped template's note reads in the interface's language (English here), never
    // the Japanese data text.
    QVERIFY2(m_page->templateBannerText().contains(QStringLiteral("not the official one"))
                 && m_page->templateBannerText().contains(QStringLiteral("Standard template")),
             qPrintable(m_page->templateBannerText()));
    QVERIFY(!m_page->templateBannerText().contains(QStringLiteral("公式のものではありません")));
    QVERIFY(m_page->switchTemplateButton()->isHidden());
}

void TestChecklistGui::answeringUpdatesSummaryAndUndoRestoresIt()
{
    const qint64 id = m_page->createAssessment(2025, QDate(2025, 6, 10), QString(), 0);
    QVERIFY(id > 0);
    QCOMPARE(m_page->currentAssessmentId(), id);
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::UnansweredColumn), 31);
    const int before = m_stack->count();

    AssessmentTableModel *items = m_page->itemModel();
    QVERIFY(items->setData(items->index(0, AssessmentTableModel::AnswerColumn),
                           int(ChecklistAnswer::Yes)));
    QVERIFY(items->setData(items->index(1, AssessmentTableModel::AnswerColumn),
                           int(ChecklistAnswer::No)));
    QVERIFY(items->setData(items->index(4, AssessmentTableModel::AnswerColumn),
                           int(ChecklistAnswer::NotApplicable)));
    QCOMPARE(m_stack->count(), before + 3);
    // The summary follows at once: 病床機能報告 has one はい of 2 answered, 知事の権限 one
    // 該当なし.
    QCOMPARE(summaryValue(0, AssessmentSummaryModel::YesColumn), 1);
    QCOMPARE(summaryValue(0, AssessmentSummaryModel::NoColumn), 1);
    QCOMPARE(summaryValue(0, AssessmentSummaryModel::UnansweredColumn), 2);
    QCOMPARE(summaryValue(1, AssessmentSummaryModel::NotApplicableColumn), 1);
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::UnansweredColumn), 28);
    const AssessmentSummaryModel *s = m_page->summaryModel();
    QCOMPARE(s->data(s->index(0, AssessmentSummaryModel::YesShareColumn)).toString(),
             QStringLiteral("1 / 4 (25%)"));
    QCOMPARE(items->data(items->index(0, AssessmentTableModel::AnswerColumn)).toString(),
             ChecklistEntry::answerLabel(ChecklistAnswer::Yes));

    m_stack->undo();
    QCOMPARE(summaryValue(1, AssessmentSummaryModel::NotApplicableColumn), 0);
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::UnansweredColumn), 29);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::UnansweredColumn), 31);
    QCOMPARE(items->data(items->index(0, AssessmentTableModel::AnswerRole)).toInt(),
             int(ChecklistAnswer::Unanswered));
    m_stack->redo();
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::YesColumn), 1);
    // Undoing the creation leaves the page on the latest remaining assessment.
    m_stack->setIndex(before - 1);
    QCOMPARE(m_page->currentAssessmentId(), m_thisYear);
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::YesColumn), 24);
}

void TestChecklistGui::answerKeysAnswerTheSelectedRows()
{
    const qint64 id = m_page->createAssessment(2025, QDate(2025, 6, 10), QString(), 0);
    QVERIFY(id > 0);
    QTableView *view = m_page->itemView();
    view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    view->selectionModel()->select(
        QItemSelection(m_page->itemModel()->index(9, 0), m_page->itemModel()->index(11, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int before = m_stack->count();
    QTest::keyClick(view, Qt::Key_2);
    QCOMPARE(m_stack->count(), before + 1); // three rows, one undo step
    QCOMPARE(summaryValue(2, AssessmentSummaryModel::NoColumn), 3); // 調整会議: No. 10–12
    view->selectionModel()->select(m_page->itemModel()->index(12, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(summaryValue(2, AssessmentSummaryModel::YesColumn), 1);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(summaryValue(2, AssessmentSummaryModel::UnansweredColumn), 8);
}

void TestChecklistGui::answerDelegateCommitsTheChoice()
{
    AssessmentTableModel *items = m_page->itemModel();
    const QModelIndex cell = items->index(6, AssessmentTableModel::AnswerColumn); // No. 7: いいえ
    AnswerDelegate delegate;
    QWidget *editor = delegate.createEditor(m_page, QStyleOptionViewItem(), cell);
    auto *combo = qobject_cast<QComboBox *>(editor);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    delegate.setEditorData(combo, cell);
    QCOMPARE(combo->currentData().toInt(), int(ChecklistAnswer::No));
    combo->setCurrentIndex(combo->findData(int(ChecklistAnswer::Yes)));
    delegate.setModelData(combo, items, cell);
    QCOMPARE(items->data(cell, AssessmentTableModel::AnswerRole).toInt(),
             int(ChecklistAnswer::Yes));
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::YesColumn), 25);
    delete editor;
}

void TestChecklistGui::remarksAndSectionAreSavedAndUndoable()
{
    AssessmentTableModel *items = m_page->itemModel();
    const QModelIndex remarks = items->index(16, AssessmentTableModel::RemarksColumn);
    const QModelIndex section = items->index(16, AssessmentTableModel::SectionColumn);
    const QString old = items->data(remarks).toString();
    QVERIFY(items->setData(remarks, QStringLiteral("11月に市長会で報告予定")));
    QVERIFY(items->setData(section, QStringLiteral("医療政策課・市町村課")));
    QString error;
    auto a = m_page->editor()->store().loadAssessment(m_thisYear, &error);
    QCOMPARE(a->entryByNumber(17).remarks, QStringLiteral("11月に市長会で報告予定"));
    QCOMPARE(a->entryByNumber(17).section, QStringLiteral("医療政策課・市町村課"));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit the section in charge of No. 17"));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(items->data(remarks).toString(), old);
    a = m_page->editor()->store().loadAssessment(m_thisYear, &error);
    QCOMPARE(a->entryByNumber(17).remarks, old);
}

void TestChecklistGui::headerEditsAreSavedAndUndoable()
{
    auto *date = m_page->findChild<QDateEdit *>(QStringLiteral("filledOn"));
    QVERIFY(date);
    QCOMPARE(date->date(), QDate(2024, 6, 11));
    date->setDate(QDate(2024, 7, 1));
    QString error;
    QCOMPARE(m_page->editor()->store().loadAssessment(m_thisYear, &error)->filledOn,
             QDate(2024, 7, 1));
    m_stack->undo();
    QCOMPARE(m_page->editor()->store().loadAssessment(m_thisYear, &error)->filledOn,
             QDate(2024, 6, 11));
    QCOMPARE(date->date(), QDate(2024, 6, 11));
    QCOMPARE(m_page->currentAssessmentId(), m_thisYear);
}

void TestChecklistGui::newAssessmentAsCopyOfLastYear()
{
    const qint64 id
        = m_page->createAssessment(2025, QDate(2025, 6, 9), QStringLiteral("6月時点"), m_thisYear);
    QVERIFY(id > 0);
    QCOMPARE(m_page->currentAssessmentId(), id);
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::YesColumn), 24);
    auto *picker = m_page->findChild<QComboBox *>(QStringLiteral("assessmentPicker"));
    QCOMPARE(picker->count(), 3);
    QCOMPARE(picker->currentData().toLongLong(), id);
    QVERIFY(picker->currentText().contains(QStringLiteral("6月時点")));
    // The comparison now defaults to the copy against the one before it: nothing changed yet.
    QCOMPARE(m_page->comparisonView()->afterId(), id);
    QCOMPARE(m_page->comparisonView()->beforeId(), m_thisYear);
    QCOMPARE(m_page->comparisonView()->model()->comparison()->changedAnswers(), 0);
}

void TestChecklistGui::deleteAndUndo()
{
    QVERIFY(m_page->deleteAssessment(m_thisYear));
    QCOMPARE(m_page->currentAssessmentId(), m_lastYear);
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::YesColumn), 17);
    m_stack->undo();
    QCOMPARE(m_page->findChild<QComboBox *>(QStringLiteral("assessmentPicker"))->count(), 2);
    m_page->showAssessment(m_thisYear);
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::YesColumn), 24);
}

void TestChecklistGui::comparisonShowsChangedAnswers()
{
    ChecklistComparisonView *view = m_page->comparisonView();
    QCOMPARE(view->beforeId(), m_lastYear);
    QCOMPARE(view->afterId(), m_thisYear);
    const AssessmentComparisonModel *model = view->model();
    QCOMPARE(model->rowCount(), 31);
    int shaded = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->data(model->index(r, AssessmentComparisonModel::ChangeColumn))
                .toString()
                .isEmpty())
            continue;
        ++shaded;
        QVERIFY(
            model->data(model->index(r, AssessmentComparisonModel::TextColumn), Qt::BackgroundRole)
                .isValid());
    }
    QCOMPARE(shaded, 8);
    QVERIFY(view->summaryText().contains(QLatin1String("8")));
    QCOMPARE(view->genreTable()->rowCount(), 7);
    QCOMPARE(view->genreTable()->item(6, 1)->text(), QStringLiteral("17 / 28"));
    QCOMPARE(view->genreTable()->item(6, 2)->text(), QStringLiteral("24 / 30"));
    QCOMPARE(view->genreTable()->item(6, 3)->text(), QStringLiteral("+7"));

    // An answer changed on the page shows in the comparison at once.
    AssessmentTableModel *items = m_page->itemModel();
    QVERIFY(items->setData(items->index(0, AssessmentTableModel::AnswerColumn),
                           int(ChecklistAnswer::No)));
    QCOMPARE(view->model()->comparison()->changedAnswers(), 9);
    QCOMPARE(view->model()->comparison()->count(AssessmentComparison::Change::NoLongerYes), 1);
}

void TestChecklistGui::editedTemplateOffersNewerWording()
{
    ChecklistTemplateDialog dialog(m_page->editor(), m_page);
    QVERIFY(!dialog.isModified());
    QCOMPARE(dialog.itemTable()->rowCount(), 31);
    dialog.setItemText(4, QStringLiteral("公式の文言による項目5。"));
    QVERIFY(dialog.isModified());
    const qint64 v2 = dialog.saveAsNewVersion();
    QVERIFY(v2 > 0);
    QCOMPARE(dialog.shownTemplateId(), v2);
    QVERIFY(!dialog.isModified());

    // This year's assessment keeps version 1 and offers to move to version 2.
    QVERIFY(!m_page->switchTemplateButton()->isHidden());
    QVERIFY(m_page->switchTemplateButton()->text().contains(QLatin1String("version 2")));
    QCOMPARE(m_page->itemModel()
                 ->data(m_page->itemModel()->index(4, AssessmentTableModel::TextColumn))
                 .toString()
                 .contains(QStringLiteral("公式の文言")),
             false);
    QTest::mouseClick(m_page->switchTemplateButton(), Qt::LeftButton);
    const AssessmentTableModel *items = m_page->itemModel();
    QCOMPARE(items->data(items->index(4, AssessmentTableModel::TextColumn)).toString(),
             QStringLiteral("公式の文言による項目5。"));
    QCOMPARE(summaryValue(totalRow(), AssessmentSummaryModel::YesColumn), 24);
    QVERIFY(m_page->switchTemplateButton()->isHidden());
    m_stack->undo();
    QVERIFY(items->data(items->index(4, AssessmentTableModel::TextColumn)).toString()
            != QStringLiteral("公式の文言による項目5。"));

    // Export and import through the dialog: the file becomes version 3.
    const QString path = m_dir->filePath(QStringLiteral("template.csv"));
    QString error;
    QVERIFY2(dialog.exportFile(path, &error), qPrintable(error));
    const qint64 v3 = dialog.importFile(path);
    QVERIFY(v3 > 0);
    QCOMPARE(m_page->editor()->store().loadTemplate(v3, &error)->version, 3);
    QCOMPARE(m_page->editor()->store().loadTemplate(v3, &error)->itemByNumber(5)->text,
             QStringLiteral("公式の文言による項目5。"));
}

void TestChecklistGui::printPreviewShowsTheFormPages()
{
    QString error;
    const Assessment a = *m_page->editor()->store().loadAssessment(m_thisYear, &error);
    const PagedTableReport form = ChecklistForm::forAssessment(a, QStringLiteral("サンプル県"));
    QPrinter printer(QPrinter::HighResolution);
    std::unique_ptr<QPrintPreviewDialog> dialog(
        ReportPrinting::createPreview(form, &printer, m_page));
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    preview->updatePreview();
    QCOMPARE(preview->pageCount(), 2);
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
    QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Portrait);

    // The comparison previews too.
    const Assessment last = *m_page->editor()->store().loadAssessment(m_lastYear, &error);
    const PagedTableReport comparison = ChecklistComparisonReport::build(
        AssessmentComparison(last, a), QStringLiteral("サンプル県"));
    QPrinter printer2(QPrinter::HighResolution);
    std::unique_ptr<QPrintPreviewDialog> dialog2(
        ReportPrinting::createPreview(comparison, &printer2, m_page));
    auto *preview2 = dialog2->findChild<QPrintPreviewWidget *>();
    preview2->updatePreview();
    QVERIFY(preview2->pageCount() >= 2);
}

void TestChecklistGui::printerPaintsTheSameFormAsThePdf()
{
    KOSO_REQUIRE(KosoTest::hasTool(QStringLiteral("pdftotext")),
                 "pdftotext (poppler-utils) is not installed");
    QString error;
    const Assessment a = *m_page->editor()->store().loadAssessment(m_thisYear, &error);
    const PagedTableReport form = ChecklistForm::forAssessment(a, QStringLiteral("サンプル県"));
    // A QPrinter printing to a file: the device the print dialog hands over.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    QCOMPARE(form.render(&printer, &error), 2);
    QCOMPARE(KosoTest::pdfPageCount(path), 2);
    // (Only ReportDocument::writePdf repairs the ToUnicode maps, which is why "Save as PDF"
    // goes through it; here the glyphs and layout are what matters.)
    const QString text = KosoTest::compact(KosoTest::pdfText(path, 2));
    QVERIFY(text.contains(QStringLiteral("No.")));
    QVERIFY(text.contains(QStringLiteral("2/2")));
    QVERIFY(text.contains(QStringLiteral("■")));
    QVERIFY(text.contains(QStringLiteral("31")));
}

void TestChecklistGui::emptyDatasetInvitesTheFirstAssessment()
{
    Dataset empty;
    QString error;
    QVERIFY(KosoTest::createDataset(empty, m_dir->filePath(QStringLiteral("empty.koso")), &error));
    QUndoStack stack;
    ChecklistPage page(&empty, &stack);
    page.show();
    QCOMPARE(page.currentAssessmentId(), qint64(0));
    QCOMPARE(page.itemModel()->rowCount(), 0);
    QCOMPARE(page.summaryModel()->rowCount(), 0);
    QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("assessmentPicker"))->count(), 0);
    QVERIFY(!page.findChild<QDateEdit *>(QStringLiteral("filledOn"))->isEnabled());
    // The default template was stored on first use, so the first assessment can start.
    QCOMPARE(page.editor()->store().templates(&error).size(), 1);
    QCOMPARE(stack.count(), 0);
    const qint64 id = page.createAssessment(2024, QDate(2024, 6, 11), QString(), 0);
    QVERIFY(id > 0);
    QCOMPARE(page.itemModel()->rowCount(), 31);
    QCOMPARE(page.summaryModel()->counts(6).unanswered, 31);
    QVERIFY(page.findChild<QDateEdit *>(QStringLiteral("filledOn"))->isEnabled());
    stack.undo();
    QCOMPARE(page.currentAssessmentId(), qint64(0));
    QCOMPARE(page.itemModel()->rowCount(), 0);
}

void TestChecklistGui::followsTheOpenDocument()
{
    // The main window hands the page each document it opens, and nothing when it closes one.
    QCOMPARE(m_page->dataset(), m_dataset);
    m_page->setDataset(nullptr, nullptr);
    QVERIFY(!m_page->isEnabled());
    QVERIFY(!m_page->editor());
    QCOMPARE(m_page->itemModel()->rowCount(), 0);
    QCOMPARE(m_page->findChild<QComboBox *>(QStringLiteral("assessmentPicker"))->count(), 0);
    // Changes to the old dataset no longer reach the page.
    QString error;
    QVERIFY(ChecklistStore(m_dataset).deleteAssessment(m_lastYear, &error));
    QCOMPARE(m_page->itemModel()->rowCount(), 0);

    Dataset other;
    QVERIFY(KosoTest::createDataset(other, m_dir->filePath(QStringLiteral("other.koso")), &error));
    qint64 otherThisYear = 0;
    QVERIFY(ChecklistDemo::populate(&other, 2025, &error, nullptr, &otherThisYear));
    QUndoStack otherStack;
    m_page->setDataset(&other, &otherStack);
    QVERIFY(m_page->isEnabled());
    QCOMPARE(m_page->currentAssessmentId(), otherThisYear);
    QCOMPARE(m_page->itemModel()->rowCount(), 31);
    AssessmentTableModel *items = m_page->itemModel();
    QVERIFY(items->setData(items->index(0, AssessmentTableModel::AnswerColumn),
                           int(ChecklistAnswer::No)));
    QCOMPARE(otherStack.count(), 1);
    QCOMPARE(m_stack->count(), 0);
    m_page->setDataset(nullptr, nullptr); // before `other` goes away
}

QTEST_MAIN(TestChecklistGui)
#include "tst_checklistgui.moc"
