#include "ChecklistTestSupport.h"
#include "RequiredData.h"

#include "KosoRun.h"
#include "checklist/ChecklistDemo.h"
#include "checklist/ChecklistStore.h"
#include "io/TableReader.h"
#include "storage/Dataset.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

class TestChecklistCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void printsLatestAssessment();
    void printsAssessmentById();
    void printsBlankForm();
    void printsComparison();
    void exportsCsvAndXlsx();
    void importsTemplate();
    void badTemplateChangesNothing();
    void listsTemplatesAndAssessments();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void saysWhenThereIsNoAssessment();

private:
    using Result = KosoRun;
    Result koso(const QStringList &arguments) { return runKoso(arguments); }

    QTemporaryDir *m_dir = nullptr;
    QString m_db;
    qint64 m_lastYear = 0;
    qint64 m_thisYear = 0;
};

void TestChecklistCli::init()
{
    m_dir = new QTemporaryDir;
    m_db = m_dir->filePath(QStringLiteral("demo.koso"));
    Dataset ds;
    QString error;
    QVERIFY2(KosoTest::createDataset(ds, m_db, &error), qPrintable(error));
    QVERIFY2(ChecklistDemo::populate(&ds, 2024, &error, &m_lastYear, &m_thisYear),
             qPrintable(error));
}

void TestChecklistCli::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestChecklistCli::printsLatestAssessment()
{
    KOSO_REQUIRE(KosoTest::hasTool(QStringLiteral("pdftotext")),
                 "pdftotext (poppler-utils) is not installed");
    const QString pdf = m_dir->filePath(QStringLiteral("form.pdf"));
    const Result r = koso({ QStringLiteral("checklist"), QStringLiteral("print"),
                            QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--db"),
                            m_db, QStringLiteral("--out"), pdf });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(pdf));
    const QString text = KosoTest::compact(KosoTest::pdfText(pdf));
    QVERIFY(text.contains(QStringLiteral("令和6年6月11日")));
    QVERIFY(text.contains(QStringLiteral("サンプル県")));
    QVERIFY(text.contains(QStringLiteral("■はい□いいえ")));
    QVERIFY(KosoTest::pdfPageCount(pdf) >= 2);
}

void TestChecklistCli::printsAssessmentById()
{
    KOSO_REQUIRE(KosoTest::hasTool(QStringLiteral("pdftotext")),
                 "pdftotext (poppler-utils) is not installed");
    const QString pdf = m_dir->filePath(QStringLiteral("last.pdf"));
    const Result r = koso({ QStringLiteral("checklist"), QStringLiteral("print"),
                            QStringLiteral("--db"), m_db, QStringLiteral("--assessment"),
                            QString::number(m_lastYear), QStringLiteral("--out"), pdf });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = KosoTest::compact(KosoTest::pdfText(pdf));
    QVERIFY(text.contains(QStringLiteral("令和5年6月12日")));
    QVERIFY(!text.contains(QStringLiteral("令和6年6月11日")));
}

void TestChecklistCli::printsBlankForm()
{
    KOSO_REQUIRE(KosoTest::hasTool(QStringLiteral("pdftotext")),
                 "pdftotext (poppler-utils) is not installed");
    const QString pdf = m_dir->filePath(QStringLiteral("blank.pdf"));
    const Result r = koso({ QStringLiteral("checklist"), QStringLiteral("blank"),
                            QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--db"),
                            m_db, QStringLiteral("--out"), pdf });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = KosoTest::compact(KosoTest::pdfText(pdf));
    QVERIFY(!text.contains(QStringLiteral("■")));
    QCOMPARE(text.count(QStringLiteral("□はい□いいえ")), 31);
    QVERIFY(text.contains(QStringLiteral("記入日：令和年月日")));
}

void TestChecklistCli::printsComparison()
{
    KOSO_REQUIRE(KosoTest::hasTool(QStringLiteral("pdftotext")),
                 "pdftotext (poppler-utils) is not installed");
    const QString pdf = m_dir->filePath(QStringLiteral("compare.pdf"));
    const Result r = koso({ QStringLiteral("checklist"), QStringLiteral("compare"),
                            QStringLiteral("--db"), m_db, QStringLiteral("--out"), pdf });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Answers changed: 8")), qPrintable(r.out));
    const QString text = KosoTest::compact(KosoTest::pdfText(pdf));
    QVERIFY(text.contains(QStringLiteral("令和5年6月12日")));
    QVERIFY(text.contains(QStringLiteral("令和6年6月11日")));
}

void TestChecklistCli::exportsCsvAndXlsx()
{
    const QString csv = m_dir->filePath(QStringLiteral("a.csv"));
    Result r = koso({ QStringLiteral("checklist"), QStringLiteral("export"), QStringLiteral("--db"),
                      m_db, QStringLiteral("--lang"), QStringLiteral("ja"),
                      QStringLiteral("--assessment"), QStringLiteral("latest"),
                      QStringLiteral("--out"), csv });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    TableData t;
    QString error;
    QVERIFY2(TableReader::read(csv, &t, &error), qPrintable(error));
    QCOMPARE(t.rows.size(), 32);
    QCOMPARE(t.text(0, 1), QStringLiteral("ジャンル"));
    QCOMPARE(t.text(0, 4), QStringLiteral("回答"));
    QCOMPARE(t.text(2, 4), QStringLiteral("はい"));
    QCOMPARE(t.text(2, 5), QStringLiteral("要因分析を外部委託で実施し、第2回調整会議で報告"));

    const QString xlsx = m_dir->filePath(QStringLiteral("a.xlsx"));
    r = koso({ QStringLiteral("checklist"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
               QStringLiteral("--out"), xlsx });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(xlsx);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(4), QByteArray("PK\x03\x04"));
}

void TestChecklistCli::importsTemplate()
{
    const QString csv = m_dir->filePath(QStringLiteral("official.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("No.,ジャンル,項目,根拠\n1,病床機能報告,公式の文言1。,ガイドライン\n"
            "2,その他,公式の文言2。,\n");
    f.close();
    const Result r = koso({ QStringLiteral("checklist"), QStringLiteral("import-template"), csv,
                            QStringLiteral("--db"), m_db });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Imported 2 items in 2 genres")), qPrintable(r.out));
    Dataset ds;
    QString error;
    QVERIFY(ds.open(m_db, &error));
    const auto t = ChecklistStore(&ds).currentTemplate(&error);
    QCOMPARE(t->version, 2);
    QCOMPARE(t->items.at(1).text, QStringLiteral("公式の文言2。"));
}

void TestChecklistCli::badTemplateChangesNothing()
{
    const QString csv = m_dir->filePath(QStringLiteral("bad.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("No.,ジャンル,項目,根拠\n1,A,x,\nX,A,y,\n3,B,,\n");
    f.close();
    const Result r = koso({ QStringLiteral("checklist"), QStringLiteral("import-template"), csv,
                            QStringLiteral("--db"), m_db });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("bad.csv, row 3, column A (No.)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv, row 4, column C (項目)")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
    Dataset ds;
    QString error;
    QVERIFY(ds.open(m_db, &error));
    QCOMPARE(ChecklistStore(&ds).templates(&error).size(), 1);
}

void TestChecklistCli::listsTemplatesAndAssessments()
{
    const Result r = koso(
        { QStringLiteral("checklist"), QStringLiteral("list"), QStringLiteral("--db"), m_db });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("標準テンプレート, version 1: 31 items in 6 genres")));
    QVERIFY(r.out.contains(QStringLiteral("FY2023")));
    QVERIFY(r.out.contains(QStringLiteral("FY2024")));
    QVERIFY2(r.out.contains(QStringLiteral("Yes 24 of 30 applicable, not answered 0")),
             qPrintable(r.out));
}

void TestChecklistCli::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no out") << QStringList { QStringLiteral("print") }
                            << QStringLiteral("No output file given");
    QTest::newRow("wrong suffix") << QStringList { QStringLiteral("print"), QStringLiteral("--out"),
                                                   QStringLiteral("x.png") }
                                  << QStringLiteral("must end with .pdf");
    QTest::newRow("export suffix")
        << QStringList { QStringLiteral("export"), QStringLiteral("--out"),
                         QStringLiteral("x.pdf") }
        << QStringLiteral("must end with .csv or .xlsx");
    QTest::newRow("unknown id") << QStringList {
        QStringLiteral("print"), QStringLiteral("--assessment"), QStringLiteral("999"),
        QStringLiteral("--out"), QStringLiteral("x.pdf")
    } << QStringLiteral("no checklist assessment with the id 999");
    QTest::newRow("id not a number")
        << QStringList { QStringLiteral("export"), QStringLiteral("--assessment"),
                         QStringLiteral("newest"), QStringLiteral("--out"),
                         QStringLiteral("x.csv") }
        << QStringLiteral("--assessment takes an id");
    QTest::newRow("import without file") << QStringList { QStringLiteral("import-template") }
                                         << QStringLiteral("exactly one template file");
}

void TestChecklistCli::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QStringList args { QStringLiteral("checklist") };
    args << arguments << QStringLiteral("--db") << m_db;
    // Relative outputs land in the test's folder, never in the build tree.
    QProcess p;
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(m_dir->path());
    const Result r = koso(args);
    QDir::setCurrent(cwd);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.pdf"))));
}

void TestChecklistCli::saysWhenThereIsNoAssessment()
{
    const QString empty = m_dir->filePath(QStringLiteral("empty.koso"));
    {
        Dataset ds;
        QString error;
        QVERIFY(KosoTest::createDataset(ds, empty, &error));
    }
    const Result r
        = koso({ QStringLiteral("checklist"), QStringLiteral("export"), QStringLiteral("--db"),
                 empty, QStringLiteral("--out"), m_dir->filePath(QStringLiteral("x.csv")) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no checklist assessment yet")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestChecklistCli)
#include "tst_checklistcli.moc"
