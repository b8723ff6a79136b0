#include "ChecklistTestSupport.h"

#include "checklist/AssessmentComparison.h"
#include "checklist/AssessmentExporter.h"
#include "checklist/AssessmentSummary.h"
#include "checklist/ChecklistDemo.h"
#include "checklist/ChecklistEditor.h"
#include "checklist/ChecklistStore.h"
#include "io/TableReader.h"
#include "storage/Dataset.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

class TestAssessment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answersAreSavedAtOnce();
    void summaryCountsPerGenreAndTotal();
    void undoAndRedoOfAnswersAndRemarks();
    void unchangedValuePushesNothing();
    void itemOfAnotherTemplateIsRefused();
    void headerEditAndUndo();
    void invalidHeaderIsRefusedWithoutUndoStep();
    void copyFromPrevious();
    void copyOntoNewerTemplateMatchesNumberAndGenre();
    void deleteAndUndoRestoresEverything();
    void latestAndPreviousByDate();
    void comparisonCountsChanges();
    void comparisonAcrossTemplateVersions();
    void demoHasTwoYearsWithChanges();
    void exportsCsvAndXlsx();
    void demoStepJoinsAnOuterTransaction();

private:
    ChecklistItem item(qint64 assessmentId, int number);

    QTemporaryDir *m_dir = nullptr;
    Dataset *m_dataset = nullptr;
    QUndoStack *m_stack = nullptr;
    ChecklistEditor *m_editor = nullptr;
};

void TestAssessment::init()
{
    m_dir = new QTemporaryDir;
    m_dataset = new Dataset;
    QString error;
    QVERIFY2(KosoTest::createDataset(*m_dataset, m_dir->filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    m_stack = new QUndoStack;
    m_editor = new ChecklistEditor(m_dataset, m_stack);
}

void TestAssessment::cleanup()
{
    delete m_editor;
    delete m_stack;
    delete m_dataset;
    delete m_dir;
}

ChecklistItem TestAssessment::item(qint64 assessmentId, int number)
{
    QString error;
    const auto a = m_editor->store().loadAssessment(assessmentId, &error);
    return a ? *a->checklistTemplate.itemByNumber(number) : ChecklistItem();
}

void TestAssessment::answersAreSavedAtOnce()
{
    const qint64 id = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString());
    QVERIFY2(id > 0, qPrintable(m_editor->lastError()));
    QSignalSpy changed(m_dataset, &Dataset::changed);
    QVERIFY(m_editor->setAnswer(id, item(id, 7).id, ChecklistAnswer::No));
    QVERIFY(m_editor->setRemarks(id, item(id, 7).id, QStringLiteral("2医療機関に要請を検討中")));
    QVERIFY(m_editor->setSection(id, item(id, 7).id, QStringLiteral("医務課")));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.first().first().value<DataChanges>(), DataChanges(DataChange::Checklist));

    // A second connection to the file sees the answer without any save.
    Dataset other;
    QString error;
    QVERIFY2(other.open(m_dataset->path(), &error), qPrintable(error));
    const auto a = ChecklistStore(&other).loadAssessment(id, &error);
    QVERIFY2(a, qPrintable(error));
    const ChecklistEntry e = a->entryByNumber(7);
    QCOMPARE(e.answer, ChecklistAnswer::No);
    QCOMPARE(e.remarks, QStringLiteral("2医療機関に要請を検討中"));
    QCOMPARE(e.section, QStringLiteral("医務課"));
    QCOMPARE(a->entryByNumber(8).answer, ChecklistAnswer::Unanswered);
}

void TestAssessment::summaryCountsPerGenreAndTotal()
{
    const qint64 id = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString());
    // 病床機能報告 (1–4): はい, はい, 該当なし, unanswered; 知事の権限 (5–9): いいえ ×2, はい.
    QVERIFY(m_editor->setAnswer(id, item(id, 1).id, ChecklistAnswer::Yes));
    QVERIFY(m_editor->setAnswer(id, item(id, 2).id, ChecklistAnswer::Yes));
    QVERIFY(m_editor->setAnswer(id, item(id, 3).id, ChecklistAnswer::NotApplicable));
    QVERIFY(m_editor->setAnswer(id, item(id, 5).id, ChecklistAnswer::No));
    QVERIFY(m_editor->setAnswer(id, item(id, 6).id, ChecklistAnswer::No));
    QVERIFY(m_editor->setAnswer(id, item(id, 9).id, ChecklistAnswer::Yes));
    // A remark alone does not answer the item.
    QVERIFY(m_editor->setRemarks(id, item(id, 4).id, QStringLiteral("確認中")));

    QString error;
    const AssessmentSummary s(*m_editor->store().loadAssessment(id, &error));
    QCOMPARE(s.genres().size(), 6);
    const AssessmentSummary::Counts report = s.genres().at(0);
    QCOMPARE(report.genre, QStringLiteral("病床機能報告"));
    QCOMPARE(report.items, 4);
    QCOMPARE(report.yes, 2);
    QCOMPARE(report.notApplicable, 1);
    QCOMPARE(report.unanswered, 1);
    QCOMPARE(report.applicable(), 3);
    QCOMPARE(report.yesShare(), 2.0 / 3.0);
    const AssessmentSummary::Counts governor = s.genre(QStringLiteral("知事の権限"));
    QCOMPARE(governor.items, 5);
    QCOMPARE(governor.yes, 1);
    QCOMPARE(governor.no, 2);
    QCOMPARE(governor.unanswered, 2);
    QCOMPARE(s.genre(QStringLiteral("その他")).unanswered, 3);
    QCOMPARE(s.total().items, 31);
    QCOMPARE(s.total().yes, 3);
    QCOMPARE(s.total().no, 2);
    QCOMPARE(s.total().notApplicable, 1);
    QCOMPARE(s.total().unanswered, 25);
    QCOMPARE(s.total().applicable(), 30);
    QVERIFY(!s.isComplete());
}

void TestAssessment::undoAndRedoOfAnswersAndRemarks()
{
    const qint64 id = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString());
    const qint64 it = item(id, 12).id;
    QVERIFY(m_editor->setAnswer(id, it, ChecklistAnswer::Yes));
    QVERIFY(m_editor->setAnswer(id, it, ChecklistAnswer::No));
    QVERIFY(m_editor->setRemarks(id, it, QStringLiteral("年2回のみ")));
    QCOMPARE(m_stack->count(), 4); // creation and three edits
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit the remarks of No. 12"));

    QString error;
    auto entry = [&] {
        return m_editor->store().loadAssessment(id, &error)->entry(it);
    };
    m_stack->undo();
    QCOMPARE(entry().remarks, QString());
    QCOMPARE(entry().answer, ChecklistAnswer::No);
    m_stack->undo();
    QCOMPARE(entry().answer, ChecklistAnswer::Yes);
    m_stack->undo();
    QCOMPARE(entry().answer, ChecklistAnswer::Unanswered);
    m_stack->redo();
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(entry().answer, ChecklistAnswer::No);
    QCOMPARE(entry().remarks, QStringLiteral("年2回のみ"));
    // Undoing the creation removes the assessment, redoing brings it back with its answers.
    m_stack->setIndex(0);
    QVERIFY(!m_editor->store().loadAssessment(id, &error));
    m_stack->setIndex(m_stack->count());
    QCOMPARE(entry().remarks, QStringLiteral("年2回のみ"));
}

void TestAssessment::unchangedValuePushesNothing()
{
    const qint64 id = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString());
    QVERIFY(m_editor->setAnswer(id, item(id, 1).id, ChecklistAnswer::Yes));
    const int count = m_stack->count();
    QVERIFY(m_editor->setAnswer(id, item(id, 1).id, ChecklistAnswer::Yes));
    QVERIFY(m_editor->setRemarks(id, item(id, 1).id, QStringLiteral("  ")));
    QCOMPARE(m_stack->count(), count);
}

void TestAssessment::itemOfAnotherTemplateIsRefused()
{
    const qint64 id = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString());
    QString error;
    ChecklistTemplate t = *m_editor->store().currentTemplate(&error);
    t.items[0].text = QStringLiteral("別の版。");
    const qint64 v2 = m_editor->addTemplateVersion(t, QStringLiteral("edit"));
    const qint64 foreignItem = m_editor->store().loadTemplate(v2, &error)->items.first().id;
    const int count = m_stack->count();
    QVERIFY(!m_editor->setAnswer(id, foreignItem, ChecklistAnswer::Yes));
    QVERIFY(m_editor->lastError().contains(QLatin1String("not part of")));
    QVERIFY(!m_editor->setEntries(id, { { foreignItem, { ChecklistAnswer::Yes, {}, {} } } },
                                  QStringLiteral("x")));
    QCOMPARE(m_stack->count(), count);
}

void TestAssessment::headerEditAndUndo()
{
    const qint64 id = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString());
    QVERIFY(m_editor->setHeader(id, 2024, QDate(2024, 7, 1), QStringLiteral("7月時点")));
    QString error;
    auto a = m_editor->store().loadAssessment(id, &error);
    QCOMPARE(a->filledOn, QDate(2024, 7, 1));
    QCOMPARE(a->title, QStringLiteral("7月時点"));
    m_stack->undo();
    a = m_editor->store().loadAssessment(id, &error);
    QCOMPARE(a->filledOn, QDate(2024, 6, 11));
    QCOMPARE(a->title, QString());
}

void TestAssessment::invalidHeaderIsRefusedWithoutUndoStep()
{
    const qint64 id = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString());
    const int count = m_stack->count();
    QVERIFY(!m_editor->setHeader(id, 2024, QDate(), QString()));
    QVERIFY(m_editor->lastError().contains(QLatin1String("date")));
    QVERIFY(!m_editor->setHeader(id, 1800, QDate(2024, 6, 11), QString()));
    QCOMPARE(m_stack->count(), count);
    QCOMPARE(m_editor->createAssessment(2024, QDate(), QString()), qint64(0));
    QCOMPARE(m_stack->count(), count);
}

void TestAssessment::copyFromPrevious()
{
    const qint64 last = m_editor->createAssessment(2023, QDate(2023, 6, 12), QString());
    QVERIFY(m_editor->setEntries(
        last,
        { { item(last, 1).id,
            { ChecklistAnswer::Yes, QStringLiteral("分析済み"), QStringLiteral("医療政策課") } },
          { item(last, 8).id,
            { ChecklistAnswer::NotApplicable, QStringLiteral("事例なし"),
              QStringLiteral("医務課") } },
          { item(last, 14).id, { ChecklistAnswer::No, QString(), QString() } } },
        QStringLiteral("fill")));
    const qint64 copy
        = m_editor->createAssessment(2024, QDate(2024, 6, 11), QStringLiteral("当初"), last);
    QVERIFY2(copy > 0, qPrintable(m_editor->lastError()));
    QString error;
    const auto a = m_editor->store().loadAssessment(last, &error);
    auto b = m_editor->store().loadAssessment(copy, &error);
    QCOMPARE(b->copiedFrom, last);
    QCOMPARE(b->fiscalYear, 2024);
    QCOMPARE(b->title, QStringLiteral("当初"));
    QCOMPARE(b->entries.size(), 3);
    for (const int n : { 1, 8, 14, 20 })
        QCOMPARE(b->entryByNumber(n), a->entryByNumber(n));
    QCOMPARE(b->entryByNumber(8).remarks, QStringLiteral("事例なし"));

    // The copy is independent of the original.
    QVERIFY(m_editor->setAnswer(copy, item(copy, 14).id, ChecklistAnswer::Yes));
    QCOMPARE(m_editor->store().loadAssessment(last, &error)->entryByNumber(14).answer,
             ChecklistAnswer::No);
}

void TestAssessment::copyOntoNewerTemplateMatchesNumberAndGenre()
{
    const qint64 last = m_editor->createAssessment(2023, QDate(2023, 6, 12), QString());
    for (const int n : { 3, 4, 5 })
        QVERIFY(m_editor->setAnswer(last, item(last, n).id, ChecklistAnswer::Yes));
    // Version 2 moves item 4 into 知事の権限: its old answer was to another question.
    QString error;
    ChecklistTemplate t = *m_editor->store().currentTemplate(&error);
    t.items[3].genre = QStringLiteral("知事の権限");
    QVERIFY2(m_editor->addTemplateVersion(t, QStringLiteral("edit")) > 0,
             qPrintable(m_editor->lastError()));
    const qint64 copy = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString(), last);
    const auto b = m_editor->store().loadAssessment(copy, &error);
    QCOMPARE(b->checklistTemplate.version, 2);
    QCOMPARE(b->entryByNumber(3).answer, ChecklistAnswer::Yes);
    QCOMPARE(b->entryByNumber(4).answer, ChecklistAnswer::Unanswered);
    QCOMPARE(b->entryByNumber(5).answer, ChecklistAnswer::Yes);
}

void TestAssessment::deleteAndUndoRestoresEverything()
{
    const qint64 id = m_editor->createAssessment(2024, QDate(2024, 6, 11), QStringLiteral("6月"));
    QVERIFY(m_editor->setEntries(id,
                                 { { item(id, 2).id,
                                     { ChecklistAnswer::No, QStringLiteral("要因分析は未着手"),
                                       QStringLiteral("医療政策課") } } },
                                 QStringLiteral("fill")));
    QString error;
    const Assessment before = *m_editor->store().loadAssessment(id, &error);
    QVERIFY(m_editor->deleteAssessment(id));
    QVERIFY(!m_editor->store().loadAssessment(id, &error));
    QCOMPARE(m_editor->store().assessments(&error).size(), 0);
    m_stack->undo();
    const auto after = m_editor->store().loadAssessment(id, &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->title, before.title);
    QCOMPARE(after->filledOn, before.filledOn);
    QCOMPARE(after->entries, before.entries);
    QCOMPARE(after->createdAt, before.createdAt);
}

void TestAssessment::latestAndPreviousByDate()
{
    // Created out of order: the 記入日 decides.
    const qint64 b = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString());
    const qint64 a = m_editor->createAssessment(2023, QDate(2023, 6, 12), QString());
    const qint64 c = m_editor->createAssessment(2024, QDate(2025, 3, 10), QString());
    QString error;
    QCOMPARE(m_editor->store().latestAssessmentId(&error), c);
    QCOMPARE(m_editor->store().previousAssessmentId(c, &error), b);
    QCOMPARE(m_editor->store().previousAssessmentId(b, &error), a);
    QCOMPARE(m_editor->store().previousAssessmentId(a, &error), qint64(0));
    const QVector<Assessment> all = m_editor->store().assessments(&error);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, a);
    QCOMPARE(all.at(2).id, c);
}

void TestAssessment::comparisonCountsChanges()
{
    const qint64 x = m_editor->createAssessment(2023, QDate(2023, 6, 12), QString());
    const qint64 y = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString());
    auto set = [&](qint64 id, int n, ChecklistAnswer answer) {
        QVERIFY(m_editor->setAnswer(id, item(id, n).id, answer));
    };
    set(x, 1, ChecklistAnswer::No); // → はい
    set(y, 1, ChecklistAnswer::Yes);
    set(y, 2, ChecklistAnswer::Yes); // unanswered → はい
    set(x, 3, ChecklistAnswer::Yes); // → いいえ
    set(y, 3, ChecklistAnswer::No);
    set(x, 4, ChecklistAnswer::No); // → 該当なし
    set(y, 4, ChecklistAnswer::NotApplicable);
    set(x, 5, ChecklistAnswer::Yes); // unchanged
    set(y, 5, ChecklistAnswer::Yes);
    QVERIFY(m_editor->setRemarks(y, item(y, 5).id, QStringLiteral("継続")));

    QString error;
    const AssessmentComparison c(*m_editor->store().loadAssessment(x, &error),
                                 *m_editor->store().loadAssessment(y, &error));
    QCOMPARE(c.rows().size(), 31);
    QCOMPARE(c.changedAnswers(), 4);
    QCOMPARE(c.count(AssessmentComparison::Change::BecameYes), 2);
    QCOMPARE(c.count(AssessmentComparison::Change::NoLongerYes), 1);
    QCOMPARE(c.count(AssessmentComparison::Change::Other), 1);
    QCOMPARE(c.rows().at(0).change(), AssessmentComparison::Change::BecameYes);
    QCOMPARE(c.rows().at(2).change(), AssessmentComparison::Change::NoLongerYes);
    QCOMPARE(c.rows().at(4).change(), AssessmentComparison::Change::Unchanged);
    QVERIFY(c.rows().at(4).remarksChanged());
    QVERIFY(!c.rows().at(6).answerChanged());
    QVERIFY(!c.rows().at(0).textChanged);
    QCOMPARE(c.beforeSummary().total().yes, 2);
    QCOMPARE(c.afterSummary().total().yes, 3);
    QCOMPARE(c.changeSummary(),
             QStringLiteral("Answers changed: 4 (became Yes: 2, no longer Yes: 1, other: 1)."));
}

void TestAssessment::comparisonAcrossTemplateVersions()
{
    const qint64 x = m_editor->createAssessment(2023, QDate(2023, 6, 12), QString());
    QVERIFY(m_editor->setAnswer(x, item(x, 31).id, ChecklistAnswer::Yes));
    QVERIFY(m_editor->setAnswer(x, item(x, 10).id, ChecklistAnswer::No));
    QString error;
    ChecklistTemplate t = *m_editor->store().currentTemplate(&error);
    t.items[9].text = QStringLiteral("公式の文言による項目10。");
    t.items.removeLast(); // item 31 dropped
    QVERIFY(m_editor->addTemplateVersion(t, QStringLiteral("edit")) > 0);
    const qint64 y = m_editor->createAssessment(2024, QDate(2024, 6, 11), QString(), x);
    const AssessmentComparison c(*m_editor->store().loadAssessment(x, &error),
                                 *m_editor->store().loadAssessment(y, &error));
    QCOMPARE(c.rows().size(), 31);
    const AssessmentComparison::Row &ten = c.rows().at(9);
    QVERIFY(ten.textChanged);
    QCOMPARE(ten.text, QStringLiteral("公式の文言による項目10。"));
    QCOMPARE(ten.after.answer, ChecklistAnswer::No); // carried over by No.
    const AssessmentComparison::Row &gone = c.rows().last();
    QCOMPARE(gone.number, 31);
    QVERIFY(gone.inBefore && !gone.inAfter);
    QCOMPARE(gone.change(), AssessmentComparison::Change::NoLongerYes);
}

void TestAssessment::demoHasTwoYearsWithChanges()
{
    QString error;
    qint64 last = 0;
    qint64 current = 0;
    QVERIFY2(ChecklistDemo::populate(m_dataset, 2024, &error, &last, &current), qPrintable(error));
    ChecklistStore &store = m_editor->store();
    const auto a = store.loadAssessment(last, &error);
    const auto b = store.loadAssessment(current, &error);
    QCOMPARE(a->fiscalYear, 2023);
    QCOMPARE(b->fiscalYear, 2024);
    QCOMPARE(b->filledOn, QDate(2024, 6, 11));
    QCOMPARE(store.latestAssessmentId(&error), current);
    QCOMPARE(store.previousAssessmentId(current, &error), last);
    QVERIFY(AssessmentSummary(*b).isComplete());
    const AssessmentComparison c(*a, *b);
    QCOMPARE(c.changedAnswers(), 8);
    QCOMPARE(c.count(AssessmentComparison::Change::BecameYes), 7);
    QCOMPARE(c.count(AssessmentComparison::Change::Other), 1);
    for (const Assessment &x : { *a, *b }) {
        for (const ChecklistItem &it : x.checklistTemplate.items) {
            QVERIFY(!x.entry(it.id).remarks.isEmpty());
            QVERIFY(!x.entry(it.id).section.isEmpty());
        }
    }
}

void TestAssessment::exportsCsvAndXlsx()
{
    QString error;
    qint64 current = 0;
    QVERIFY(ChecklistDemo::populate(m_dataset, 2024, &error, nullptr, &current));
    const Assessment a = *m_editor->store().loadAssessment(current, &error);
    const QString csv = m_dir->filePath(QStringLiteral("a.csv"));
    QVERIFY2(AssessmentExporter::write(a, QStringLiteral("サンプル県"), csv, &error),
             qPrintable(error));
    TableData t;
    QVERIFY2(TableReader::read(csv, &t, &error), qPrintable(error));
    QCOMPARE(t.rows.size(), 32);
    QCOMPARE(t.text(0, 0), QStringLiteral("No."));
    QCOMPARE(t.text(0, 6), QStringLiteral("Section in charge"));
    QCOMPARE(t.text(1, 0), QStringLiteral("1"));
    QCOMPARE(t.text(1, 1), QStringLiteral("病床機能報告"));
    QCOMPARE(t.text(1, 4), QStringLiteral("Yes"));
    QCOMPARE(t.text(8, 4), QStringLiteral("Not applicable")); // No. 8
    QCOMPARE(t.text(24, 4), QStringLiteral("No")); // No. 24
    QCOMPARE(t.text(24, 5), QStringLiteral("南部区域での申請を検討中"));
    QCOMPARE(t.text(31, 6), QStringLiteral("感染症対策課"));

    const QString xlsx = m_dir->filePath(QStringLiteral("a.xlsx"));
    QVERIFY2(AssessmentExporter::write(a, QStringLiteral("サンプル県"), xlsx, &error),
             qPrintable(error));
    QFile f(xlsx);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == QByteArray("PK\x03\x04"));
    const QString sheet
        = KosoTest::run(QStringLiteral("unzip"),
                        { QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml") });
    if (!sheet.isEmpty()) { // unzip is there
        QVERIFY(sheet.contains(QStringLiteral("南部区域での申請を検討中")));
        QVERIFY(sheet.contains(QStringLiteral("サンプル県")));
    }
}

void TestAssessment::demoStepJoinsAnOuterTransaction()
{
    // The demo generator writes all its steps in one transaction: the checklist step must
    // become part of it, so that a later failing step leaves nothing behind.
    QString error;
    {
        Transaction outer(m_dataset->database());
        QVERIFY(outer.isActive());
        QVERIFY2(ChecklistDemo::populate(m_dataset, 2024, &error), qPrintable(error));
        QCOMPARE(m_editor->store().assessments(&error).size(), 2); // seen inside
        outer.rollback();
    }
    QCOMPARE(m_editor->store().assessments(&error).size(), 0);
    QCOMPARE(m_editor->store().templates(&error).size(), 0);
    {
        Transaction outer(m_dataset->database());
        QVERIFY2(ChecklistDemo::populate(m_dataset, 2024, &error), qPrintable(error));
        QVERIFY(outer.commit());
    }
    QCOMPARE(m_editor->store().assessments(&error).size(), 2);
    // And the editor's writes still work on their own afterwards.
    const qint64 id = m_editor->createAssessment(2025, QDate(2025, 6, 2), QString());
    QVERIFY2(id > 0, qPrintable(m_editor->lastError()));
}

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
