#include "ChecklistTestSupport.h"

#include "checklist/ChecklistEditor.h"
#include "checklist/ChecklistStore.h"
#include "checklist/ChecklistTemplate.h"
#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

class TestChecklistTemplate : public QObject
{
    Q_OBJECT

private slots:
    void bundledTemplateHasOfficialStructure();
    void bundledTemplateSaysItIsNotTheOfficialWording();
    void newDatasetGetsDefaultTemplateOnce();
    void olderDatasetGetsDefaultTemplate();
    void editingItemTextCreatesNewVersion();
    void oldAssessmentKeepsItsWording();
    void undoAndRedoOfTemplateEdit();
    void templateInUseCannotBeRemoved();
    void switchingTemplateCarriesAnswersAndUndoes();
    void storeRefusesBrokenTemplate_data();
    void storeRefusesBrokenTemplate();
};

namespace {

ChecklistTemplate bundledOrFail()
{
    ChecklistTemplate t;
    QString error;
    if (!ChecklistTemplate::bundled(&t, &error))
        qWarning() << error;
    return t;
}

} // namespace

void TestChecklistTemplate::bundledTemplateHasOfficialStructure()
{
    ChecklistTemplate t;
    QString error;
    QVERIFY2(ChecklistTemplate::bundled(&t, &error), qPrintable(error));
    const QStringList genres { QStringLiteral("病床機能報告"),
                               QStringLiteral("知事の権限"),
                               QStringLiteral("地域医療構想調整会議"),
                               QStringLiteral("周知・啓発"),
                               QStringLiteral("地域医療構想のさらなる推進"),
                               QStringLiteral("その他") };
    QCOMPARE(t.genres, genres);
    QCOMPARE(t.items.size(), 31);
    // Items per genre in the order of checklist.md.
    const int perGenre[] = { 4, 5, 8, 4, 7, 3 };
    for (int g = 0; g < genres.size(); ++g)
        QCOMPARE(t.itemsOfGenre(genres.at(g)).size(), perGenre[g]);
    for (int i = 0; i < 31; ++i)
        QCOMPARE(t.items.at(i).number, i + 1);
    QCOMPARE(t.itemByNumber(1)->text,
             QStringLiteral("病床機能報告の結果を用いて、各医療機関が担っている病床機能の現状を"
                            "分析しているか。"));
    QCOMPARE(t.itemByNumber(1)->basis, QStringLiteral("ガイドライン"));
    QCOMPARE(t.itemByNumber(6)->basis, QStringLiteral("平成30年6月通知"));
    QCOMPARE(t.itemByNumber(31)->genre, QStringLiteral("その他"));
    QVERIFY(t.itemByNumber(11)->textWithBasis().endsWith(
        QStringLiteral("ているか。（平成30年6月通知）")));
    QCOMPARE(t.title, QStringLiteral("都道府県等の取組に関するチェックリスト"));
    QCOMPARE(t.version, 1);
    QCOMPARE(t.source, ChecklistTemplate::Source::Bundled);
    QVERIFY(t.problems().isEmpty());
}

void TestChecklistTemplate::bundledTemplateSaysItIsNotTheOfficialWording()
{
    const ChecklistTemplate t = bundledOrFail();
    QVERIFY(t.note.contains(QStringLiteral("6ジャンル・31項目")));
    QVERIFY(t.note.contains(QStringLiteral("公式のものではありません")));
}

void TestChecklistTemplate::newDatasetGetsDefaultTemplateOnce()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, dir.filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    ChecklistStore store(&ds);
    QVERIFY(!store.currentTemplate(&error).has_value());
    QVERIFY2(store.ensureDefaultTemplate(&error), qPrintable(error));
    QVERIFY2(store.ensureDefaultTemplate(&error), qPrintable(error));
    const QVector<ChecklistTemplate> all = store.templates(&error);
    QCOMPARE(all.size(), 1);
    const ChecklistTemplate &t = all.first();
    QCOMPARE(t.items.size(), 31);
    QCOMPARE(t.genres.size(), 6);
    QCOMPARE(t.version, 1);
    QVERIFY(t.note.contains(QStringLiteral("公式のものではありません")));
    QVERIFY(t.items.first().id > 0);
    // What was stored reads back the same as the resource.
    QVERIFY(t.sameContent(bundledOrFail()));
}

void TestChecklistTemplate::olderDatasetGetsDefaultTemplate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.koso"));
    QString error;
    {
        Dataset old;
        QVERIFY2(old.createAtVersion(path, QStringLiteral("13"), 2, &error), qPrintable(error));
    }
    Dataset ds;
    QVERIFY2(ds.open(path, &error), qPrintable(error));
    QCOMPARE(ds.schemaVersion(), Dataset::currentSchemaVersion());
    ChecklistStore store(&ds);
    QVERIFY2(store.ensureDefaultTemplate(&error), qPrintable(error));
    const auto t = store.currentTemplate(&error);
    QVERIFY2(t.has_value(), qPrintable(error));
    QCOMPARE(t->items.size(), 31);
    QCOMPARE(store.prefectureName(), QStringLiteral("東京都"));
}

void TestChecklistTemplate::editingItemTextCreatesNewVersion()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, dir.filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    QUndoStack stack;
    ChecklistEditor editor(&ds, &stack);
    QVERIFY2(editor.store().ensureDefaultTemplate(&error), qPrintable(error));
    const ChecklistTemplate v1 = *editor.store().currentTemplate(&error);

    ChecklistTemplate edited = v1;
    edited.items[4].text = QStringLiteral("公式の文言による項目5。");
    edited.items[4].basis = QStringLiteral("医療法第30条の13");
    edited.basedOn = v1.id;
    const qint64 v2Id = editor.addTemplateVersion(edited, QStringLiteral("edit"));
    QVERIFY2(v2Id > 0, qPrintable(editor.lastError()));
    QCOMPARE(stack.count(), 1);

    const auto v2 = editor.store().loadTemplate(v2Id, &error);
    QVERIFY(v2);
    QCOMPARE(v2->name, v1.name);
    QCOMPARE(v2->version, 2);
    QCOMPARE(v2->basedOn, v1.id);
    QCOMPARE(v2->itemByNumber(5)->text, QStringLiteral("公式の文言による項目5。"));
    QCOMPARE(v2->itemByNumber(6)->text, v1.itemByNumber(6)->text);
    QVERIFY(v2->itemByNumber(5)->id != v1.itemByNumber(5)->id);
    // Version 1 is untouched and version 2 is now the current template.
    const auto v1Again = editor.store().loadTemplate(v1.id, &error);
    QVERIFY(v1Again->sameContent(v1));
    QCOMPARE(editor.store().currentTemplate(&error)->id, v2Id);
    QCOMPARE(editor.store().latestVersionId(v1.name, &error), v2Id);
}

void TestChecklistTemplate::oldAssessmentKeepsItsWording()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, dir.filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    QUndoStack stack;
    ChecklistEditor editor(&ds, &stack);
    const qint64 old = editor.createAssessment(2023, QDate(2023, 6, 12), QString());
    QVERIFY2(old > 0, qPrintable(editor.lastError()));
    const auto before = editor.store().loadAssessment(old, &error);
    const ChecklistItem item5 = *before->checklistTemplate.itemByNumber(5);
    QVERIFY(editor.setAnswer(old, item5.id, ChecklistAnswer::Yes));

    ChecklistTemplate edited = before->checklistTemplate;
    edited.items[4].text = QStringLiteral("新しい文言。");
    QVERIFY(editor.addTemplateVersion(edited, QStringLiteral("edit")) > 0);

    const auto after = editor.store().loadAssessment(old, &error);
    QCOMPARE(after->templateId(), before->templateId());
    QCOMPARE(after->checklistTemplate.itemByNumber(5)->text, item5.text);
    QCOMPARE(after->answer(item5.id), ChecklistAnswer::Yes);

    // A new assessment is answered against the new wording.
    const qint64 fresh = editor.createAssessment(2024, QDate(2024, 6, 11), QString(), old);
    const auto created = editor.store().loadAssessment(fresh, &error);
    QCOMPARE(created->checklistTemplate.version, 2);
    QCOMPARE(created->checklistTemplate.itemByNumber(5)->text, QStringLiteral("新しい文言。"));
    QCOMPARE(created->entryByNumber(5).answer, ChecklistAnswer::Yes);
}

void TestChecklistTemplate::undoAndRedoOfTemplateEdit()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, dir.filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    QUndoStack stack;
    ChecklistEditor editor(&ds, &stack);
    QVERIFY(editor.store().ensureDefaultTemplate(&error));
    ChecklistTemplate edited = *editor.store().currentTemplate(&error);
    edited.items[0].text = QStringLiteral("変更後の項目1。");
    const qint64 v2 = editor.addTemplateVersion(edited, QStringLiteral("edit"));
    QVERIFY(v2 > 0);
    const qint64 item1 = editor.store().loadTemplate(v2, &error)->items.first().id;

    stack.undo();
    QCOMPARE(editor.store().templates(&error).size(), 1);
    QVERIFY(!editor.store().loadTemplate(v2, &error));
    QCOMPARE(editor.store().currentTemplate(&error)->version, 1);

    stack.redo();
    const auto again = editor.store().loadTemplate(v2, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->version, 2);
    QCOMPARE(again->items.first().id, item1);
    QCOMPARE(again->items.first().text, QStringLiteral("変更後の項目1。"));
}

void TestChecklistTemplate::templateInUseCannotBeRemoved()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, dir.filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    QUndoStack stack;
    ChecklistEditor editor(&ds, &stack);
    const qint64 a = editor.createAssessment(2024, QDate(2024, 6, 11), QString());
    QVERIFY2(a > 0, qPrintable(editor.lastError()));
    const qint64 t = editor.store().loadAssessment(a, &error)->templateId();
    QVERIFY(!editor.store().deleteTemplate(t, &error));
    QVERIFY(error.contains(QLatin1String("against it: 1")));
    QVERIFY(editor.store().loadTemplate(t, &error));
}

void TestChecklistTemplate::switchingTemplateCarriesAnswersAndUndoes()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, dir.filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    QUndoStack stack;
    ChecklistEditor editor(&ds, &stack);
    const qint64 a = editor.createAssessment(2024, QDate(2024, 6, 11), QString());
    QVERIFY2(a > 0, qPrintable(editor.lastError()));
    const auto v1 = editor.store().loadAssessment(a, &error)->checklistTemplate;
    QVERIFY(editor.setAnswer(a, v1.itemByNumber(3)->id, ChecklistAnswer::No));
    QVERIFY(editor.setRemarks(a, v1.itemByNumber(3)->id, QStringLiteral("検討中")));

    ChecklistTemplate edited = v1;
    edited.items[2].text = QStringLiteral("公式の項目3。");
    const qint64 v2 = editor.addTemplateVersion(edited, QStringLiteral("edit"));
    QVERIFY(editor.switchTemplate(a, v2));
    auto now = editor.store().loadAssessment(a, &error);
    QCOMPARE(now->templateId(), v2);
    QCOMPARE(now->entryByNumber(3).answer, ChecklistAnswer::No);
    QCOMPARE(now->entryByNumber(3).remarks, QStringLiteral("検討中"));
    QCOMPARE(now->checklistTemplate.itemByNumber(3)->text, QStringLiteral("公式の項目3。"));

    stack.undo();
    now = editor.store().loadAssessment(a, &error);
    QCOMPARE(now->templateId(), v1.id);
    QCOMPARE(now->answer(v1.itemByNumber(3)->id), ChecklistAnswer::No);
}

void TestChecklistTemplate::storeRefusesBrokenTemplate_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("message");
    QTest::newRow("gap in numbers") << 0 << QStringLiteral("numbered 1, 2, 3");
    QTest::newRow("empty text") << 1 << QStringLiteral("has no text");
    QTest::newRow("genre returns") << 2 << QStringLiteral("must be consecutive");
    QTest::newRow("unknown genre") << 3 << QStringLiteral("does not list");
    QTest::newRow("no name") << 4 << QStringLiteral("no name");
}

void TestChecklistTemplate::storeRefusesBrokenTemplate()
{
    QFETCH(int, breakage);
    QFETCH(QString, message);
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, dir.filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    ChecklistTemplate t = bundledOrFail();
    switch (breakage) {
    case 0:
        t.items[10].number = 12;
        break;
    case 1:
        t.items[3].text = QStringLiteral("  ");
        break;
    case 2:
        t.items[10].genre = t.genres.first();
        break;
    case 3:
        t.items[0].genre = QStringLiteral("未知");
        break;
    case 4:
        t.name.clear();
        break;
    }
    ChecklistStore store(&ds);
    QVERIFY(!store.addTemplate(t, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(store.templates(&error).size(), 0);
}

QTEST_GUILESS_MAIN(TestChecklistTemplate)
#include "tst_checklisttemplate.moc"
