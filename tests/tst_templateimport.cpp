#include "ChecklistTestSupport.h"

#include "checklist/AssessmentExporter.h"
#include "checklist/ChecklistEditor.h"
#include "checklist/ChecklistStore.h"
#include "checklist/TemplateExporter.h"
#include "checklist/TemplateImporter.h"
#include "io/Table.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "storage/Dataset.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

class TestTemplateImport : public QObject
{
    Q_OBJECT

private slots:
    void readsGoodFiles_data();
    void readsGoodFiles();
    void readsShiftJis();
    void readsItsOwnExport();
    void readsXlsx();
    void exportedTemplateReadsBack_data();
    void exportedTemplateReadsBack();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void listsAtMostTenProblems();
    void importStoresNewVersionAndUndoes();
    void badFileChangesNothing();
};

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(bytes);
    return path;
}

const char *const goodCsv = "No.,ジャンル,項目,根拠\r\n"
                            "1,病床機能報告,病床機能報告の結果を分析しているか。,ガイドライン\r\n"
                            "2,病床機能報告,結果を公表しているか。,\r\n"
                            "3,知事の権限,未報告の医療機関に督促しているか。,医療法第30条の13\r\n"
                            "4,その他,\"医療計画と\n整合を図っているか。\",ガイドライン\r\n";

} // namespace

void TestTemplateImport::readsGoodFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("genres");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("lastText");
    QTest::addColumn<QString>("firstBasis");

    const QStringList three { QStringLiteral("病床機能報告"), QStringLiteral("知事の権限"),
                              QStringLiteral("その他") };
    QTest::newRow("plain UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + goodCsv << three << 4
        << QStringLiteral("医療計画と整合を図っているか。") << QStringLiteral("ガイドライン");
    // A sheet as an office keeps it: a title row, columns in another order, an extra column,
    // full-width numbers and the genre written once for its merged cells.
    QTest::newRow("title row, merged genres, other order")
        << QByteArray("都道府県等の取組に関するチェックリスト,,,,\r\n"
                      ",,,,\r\n"
                      "番号,項目一覧,ジャンル,根拠,メモ\r\n"
                      "１,病床機能報告の結果を分析しているか。,病床機能報告,ガイドライン,x\r\n"
                      "２,結果を公表しているか。,,令和5年通知,\r\n"
                      "３,督促しているか。,知事の権限,医療法,\r\n"
                      "4.0,命令を検討しているか。,,医療法,\r\n")
        << QStringList { QStringLiteral("病床機能報告"), QStringLiteral("知事の権限") } << 4
        << QStringLiteral("命令を検討しているか。") << QStringLiteral("ガイドライン");
    QTest::newRow("notes below the items")
        << QByteArray("No.,ジャンル,項目,根拠\n1,A,x,\n2,B,y,通知\n\n出典：厚生労働省,,,\n"
                      "※文言は令和6年3月28日通知による,,,\n")
        << QStringList { QStringLiteral("A"), QStringLiteral("B") } << 2 << QStringLiteral("y")
        << QString();
}

void TestTemplateImport::readsGoodFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, genres);
    QFETCH(int, items);
    QFETCH(QString, lastText);
    QFETCH(QString, firstBasis);
    TableData table;
    QString error;
    QVERIFY2(TableReader::readCsv(csv, QStringLiteral("t.csv"), &table, &error), qPrintable(error));
    ChecklistTemplate t;
    QVERIFY2(TemplateImporter::fromTable(table, &t, &error), qPrintable(error));
    QCOMPARE(t.genres, genres);
    QCOMPARE(t.items.size(), items);
    QCOMPARE(t.items.last().text, lastText);
    QCOMPARE(t.items.first().basis, firstBasis);
    for (int i = 0; i < t.items.size(); ++i)
        QCOMPARE(t.items.at(i).number, i + 1);
    t.name = QStringLiteral("x");
    QVERIFY(t.problems().isEmpty());
}

void TestTemplateImport::readsShiftJis()
{
    QTemporaryDir dir;
    QStringEncoder sjis("Shift_JIS");
    const QByteArray bytes = sjis(QString::fromUtf8(goodCsv));
    QVERIFY(!sjis.hasError());
    ChecklistTemplate t;
    QString error;
    QVERIFY2(
        TemplateImporter::readFile(writeFile(dir, QStringLiteral("sjis.csv"), bytes), &t, &error),
        qPrintable(error));
    QCOMPARE(t.items.size(), 4);
    QCOMPARE(t.items.at(2).basis, QStringLiteral("医療法第30条の13"));
}

void TestTemplateImport::readsItsOwnExport()
{
    // An exported assessment carries No., ジャンル, 項目 and 根拠: it imports as a template.
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, dir.filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    ChecklistStore store(&ds);
    QVERIFY(store.ensureDefaultTemplate(&error));
    const ChecklistTemplate original = *store.currentTemplate(&error);
    const Assessment a = Assessment::blank(original, 2024, QDate(2024, 6, 11));
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY2(AssessmentExporter::write(a, store.prefectureName(), path, &error), qPrintable(error));
    ChecklistTemplate t;
    QVERIFY2(TemplateImporter::readFile(path, &t, &error), qPrintable(error));
    t.title = original.title;
    t.note = original.note;
    QVERIFY(t.sameContent(original));
}

void TestTemplateImport::readsXlsx()
{
    QTemporaryDir dir;
    Table table;
    table.title = QStringLiteral("都道府県等の取組に関するチェックリスト");
    table.header = QStringList { QStringLiteral("No."), QStringLiteral("ジャンル"),
                                 QStringLiteral("項目"), QStringLiteral("根拠") };
    table.rows << QVector<QVariant> { 1, QStringLiteral("病床機能報告"),
                                      QStringLiteral("分析しているか。"),
                                      QStringLiteral("ガイドライン") }
               << QVector<QVariant> { 2, QString(), QStringLiteral("公表しているか。"),
                                      QStringLiteral("令和5年通知") }
               << QVector<QVariant> { 3, QStringLiteral("その他"),
                                      QStringLiteral("整合を図っているか。"), QString() };
    const QString path = dir.filePath(QStringLiteral("template.xlsx"));
    QString error;
    QVERIFY2(TableWriter::write(table, path, &error), qPrintable(error));
    ChecklistTemplate t;
    QVERIFY2(TemplateImporter::readFile(path, &t, &error), qPrintable(error));
    QCOMPARE(t.items.size(), 3);
    QCOMPARE(t.items.at(1).genre, QStringLiteral("病床機能報告"));
    QCOMPARE(t.items.at(2).number, 3);

    // A bad workbook names the row as Excel shows it (title in row 1, header in row 3).
    table.rows[1][0] = QStringLiteral("二");
    const QString bad = dir.filePath(QStringLiteral("bad.xlsx"));
    QVERIFY2(TableWriter::write(table, bad, &error), qPrintable(error));
    QVERIFY(!TemplateImporter::readFile(bad, &t, &error));
    QVERIFY2(
        error.contains(QStringLiteral("bad.xlsx, sheet Sheet1, row 5, column A (No.): \"二\" is "
                                      "not a whole number.")),
        qPrintable(error));
    QCOMPARE(error.count(QLatin1Char('\n')), 0); // and nothing else
}

void TestTemplateImport::exportedTemplateReadsBack_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestTemplateImport::exportedTemplateReadsBack()
{
    // The office exports the template, writes the official wording in Excel, imports it.
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    ChecklistTemplate original;
    QString error;
    QVERIFY2(ChecklistTemplate::bundled(&original, &error), qPrintable(error));
    original.items[9].text
        = QStringLiteral("在宅医療を含む地域包括ケア、\"医療従事者\"の確保など、=横断的に検討");
    const QString path = dir.filePath(QStringLiteral("template.") + suffix);
    QVERIFY2(TemplateExporter::write(original, path, &error), qPrintable(error));
    ChecklistTemplate back;
    QVERIFY2(TemplateImporter::readFile(path, &back, &error), qPrintable(error));
    QCOMPARE(back.items.size(), original.items.size());
    back.title = original.title;
    back.note = original.note;
    QVERIFY(back.sameContent(original));
}

void TestTemplateImport::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing column") << QByteArray("No.,ジャンル,項目\n1,A,x\n")
                                    << QStringLiteral("bad.csv, row 1: the column 根拠 is missing");
    QTest::newRow("No. not a number")
        << QByteArray("No.,ジャンル,項目,根拠\n1,A,x,\n二,A,y,\n")
        << QStringLiteral("bad.csv, row 3, column A (No.): \"二\" is not a whole number.");
    QTest::newRow("No. with a fraction")
        << QByteArray("No.,ジャンル,項目,根拠\n1,A,x,\n1.5,A,y,\n")
        << QStringLiteral("row 3, column A (No.): \"1.5\" is not a whole number.");
    QTest::newRow("No. empty") << QByteArray("No.,ジャンル,項目,根拠\n1,A,x,\n,A,y,\n")
                               << QStringLiteral("row 3, column A (No.): the No. is empty.");
    QTest::newRow("duplicate No.")
        << QByteArray("No.,ジャンル,項目,根拠\n1,A,x,\n2,A,y,\n2,A,z,\n")
        << QStringLiteral("row 4, column A (No.): No. 2 appears again (first in row 3).");
    QTest::newRow("No. out of order")
        << QByteArray("No.,ジャンル,項目,根拠\n1,A,x,\n2,A,y,\n4,A,z,\n")
        << QStringLiteral("row 4, column A (No.): No. 4 follows No. 2");
    QTest::newRow("empty item text")
        << QByteArray("No.,ジャンル,項目,根拠\n1,A,x,\n2,A,,通知\n")
        << QStringLiteral("bad.csv, row 3, column C (項目): the item text is empty.");
    QTest::newRow("genre comes back")
        << QByteArray("No.,ジャンル,項目,根拠\n1,A,x,\n2,B,y,\n3,A,z,\n")
        << QStringLiteral("row 4, column B (ジャンル): the genre \"A\" comes back after \"B\" "
                          "(it ended in row 2)");
    QTest::newRow("first genre empty") << QByteArray("No.,ジャンル,項目,根拠\n1,,x,\n")
                                       << QStringLiteral("row 2, column B (ジャンル): the genre is "
                                                         "empty.");
    QTest::newRow("note-like row between items")
        << QByteArray("No.,ジャンル,項目,根拠\n1,A,x,\n※注,,,\n2,A,y,\n")
        << QStringLiteral("row 3, column A (No.): \"※注\" is not a whole number.");
    QTest::newRow("column twice") << QByteArray("No.,ジャンル,項目,根拠,項目一覧\n1,A,x,,y\n")
                                  << QStringLiteral(
                                         "row 1: the column 項目 appears twice (columns C and E).");
    QTest::newRow("no header") << QByteArray("1,A,x,\n2,A,y,\n")
                               << QStringLiteral("no header row found");
    QTest::newRow("no items") << QByteArray("No.,ジャンル,項目,根拠\n")
                              << QStringLiteral("there are no items below the header row 1");
    QTest::newRow("empty file") << QByteArray("") << QStringLiteral("bad.csv is empty");
    QTest::newRow("not text") << QByteArray("\x00\x01\xff\xfe\x80\x81", 6)
                              << QStringLiteral("neither UTF-8 nor Shift_JIS");
}

void TestTemplateImport::rejectsBadFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QTemporaryDir dir;
    ChecklistTemplate t;
    QString error;
    QVERIFY(
        !TemplateImporter::readFile(writeFile(dir, QStringLiteral("bad.csv"), csv), &t, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(t.items.isEmpty());
}

void TestTemplateImport::listsAtMostTenProblems()
{
    QByteArray csv("No.,ジャンル,項目,根拠\n");
    for (int i = 1; i <= 15; ++i)
        csv += QByteArray::number(i) + ",A,,\n"; // every text empty
    TableData table;
    QString error;
    QVERIFY(TableReader::readCsv(csv, QStringLiteral("many.csv"), &table, &error));
    ChecklistTemplate t;
    QVERIFY(!TemplateImporter::fromTable(table, &t, &error));
    const QStringList lines = error.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), TemplateImporter::MaxListedProblems + 1);
    QVERIFY(lines.first().contains(QLatin1String("row 2, column C")));
    QVERIFY2(lines.last().contains(QLatin1String("not listed: 5")), qPrintable(lines.last()));
}

void TestTemplateImport::importStoresNewVersionAndUndoes()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, dir.filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    QUndoStack stack;
    ChecklistEditor editor(&ds, &stack);
    const QString path = writeFile(dir, QStringLiteral("official.csv"), goodCsv);
    const qint64 id = editor.importTemplate(path, QString());
    QVERIFY2(id > 0, qPrintable(editor.lastError()));
    const auto t = editor.store().loadTemplate(id, &error);
    QCOMPARE(t->name, QStringLiteral("標準テンプレート"));
    QCOMPARE(t->version, 2);
    QCOMPARE(t->title, QStringLiteral("都道府県等の取組に関するチェックリスト"));
    QCOMPARE(t->source, ChecklistTemplate::Source::Imported);
    QVERIFY(t->note.contains(QLatin1String("official.csv")));
    QCOMPARE(t->items.size(), 4);
    QCOMPARE(editor.store().currentTemplate(&error)->id, id);

    // Under another name it starts at version 1.
    const qint64 other = editor.importTemplate(path, QStringLiteral("県独自チェックリスト"));
    QVERIFY(other > 0);
    QCOMPARE(editor.store().loadTemplate(other, &error)->version, 1);

    QCOMPARE(stack.count(), 2);
    stack.undo();
    stack.undo();
    QCOMPARE(editor.store().templates(&error).size(), 1);
    stack.redo();
    QCOMPARE(editor.store().loadTemplate(id, &error)->items.size(), 4);
}

void TestTemplateImport::badFileChangesNothing()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, dir.filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
    QUndoStack stack;
    ChecklistEditor editor(&ds, &stack);
    QVERIFY(editor.store().ensureDefaultTemplate(&error));
    const QVector<ChecklistTemplate> before = editor.store().templates(&error);
    const QString path
        = writeFile(dir, QStringLiteral("bad.csv"), "No.,ジャンル,項目,根拠\n1,A,x,\n1,A,y,\n");
    QCOMPARE(editor.importTemplate(path, QString()), qint64(0));
    QVERIFY(editor.lastError().contains(QLatin1String("bad.csv, row 3, column A (No.)")));
    QCOMPARE(stack.count(), 0);
    const QVector<ChecklistTemplate> after = editor.store().templates(&error);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.first().id, before.first().id);
    QVERIFY(after.first().sameContent(before.first()));
}

QTEST_GUILESS_MAIN(TestTemplateImport)
#include "tst_templateimport.moc"
