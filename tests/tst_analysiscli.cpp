#include "RequiredData.h"
#include "analysisfixture.h"

#include "KosoRun.h"
#include "io/XlsxReader.h"
#include "storage/Dataset.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

namespace {

using Result = KosoRun;

Result koso(const QStringList &args)
{
    return runKoso(args);
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestAnalysisCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheCommands();
    void chartWritesEachFormat_data();
    void chartWritesEachFormat();
    void chartRefusesBadArguments_data();
    void chartRefusesBadArguments();
    void tableWritesRegionGapCsv();
    void tableNamesFunctionsByKeyInEveryLanguage();
    void tableWritesXlsxWithNumbers();
    void tableRefusesBadArguments();
    void reportWritesOnePagePerRegion();
    void reportRefusesBadArguments();
    void japaneseExportsCarrySourceAndCaveat();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestAnalysisCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("fixture.koso"));
    Dataset dataset;
    QString error;
    QVERIFY2(AnalysisFixture::build(dataset, m_db, &error), qPrintable(error));
    // KOSO_KEEP_EXPORTS=DIR keeps a copy of the dataset for trying the commands by hand.
    const QString keep = qEnvironmentVariable("KOSO_KEEP_EXPORTS");
    if (!keep.isEmpty()) {
        dataset.close();
        QFile::remove(QDir(keep).filePath(QStringLiteral("fixture.koso")));
        QFile::copy(m_db, QDir(keep).filePath(QStringLiteral("fixture.koso")));
    }
}

void TestAnalysisCli::helpListsTheCommands()
{
    const Result r = koso({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    for (const char *name : { "chart", "table", "report" })
        QVERIFY2(
            r.out.contains(QRegularExpression(QStringLiteral("\\n  %1 ").arg(QLatin1String(name)))),
            qPrintable(r.out));
    const Result chartHelp = koso({ QStringLiteral("chart"), QStringLiteral("--help") });
    QCOMPARE(chartHelp.exitCode, 0);
    QVERIFY(chartHelp.out.contains(QStringLiteral("region-trend")));
    QVERIFY(chartHelp.out.contains(QStringLiteral("--size")));
}

void TestAnalysisCli::chartWritesEachFormat_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::newRow("region-trend png")
        << QStringList { QStringLiteral("region-trend"), QStringLiteral("--region"),
                         QStringLiteral("0101"), QStringLiteral("--size"),
                         QStringLiteral("1280x720") }
        << QStringLiteral("trend.png");
    QTest::newRow("region-gap svg")
        << QStringList { QStringLiteral("region-gap"), QStringLiteral("--region"),
                         QStringLiteral("0101") }
        << QStringLiteral("gap.svg");
    QTest::newRow("prefecture-gap pdf")
        << QStringList { QStringLiteral("prefecture-gap"), QStringLiteral("--prefecture"),
                         QStringLiteral("01") }
        << QStringLiteral("pref.pdf");
    QTest::newRow("region-hospitals png in Japanese")
        << QStringList { QStringLiteral("region-hospitals"), QStringLiteral("--region"),
                         QStringLiteral("0101"), QStringLiteral("--lang"), QStringLiteral("ja") }
        << QStringLiteral("hospitals.png");
}

void TestAnalysisCli::chartWritesEachFormat()
{
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    const QString out = path(file);
    const Result r
        = koso(QStringList { QStringLiteral("chart") } + args
               + QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--out"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(file));
    QVERIFY(QFileInfo(out).size() > 1000);
    if (file.endsWith(QLatin1String(".png"))) {
        const QImage image(out);
        QCOMPARE(image.size(),
                 args.contains(QStringLiteral("1280x720")) ? QSize(1280, 720) : QSize(1920, 1080));
    } else if (file.endsWith(QLatin1String(".svg"))) {
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(svg.contains("<title>"));
        QVERIFY(svg.contains(QStringLiteral("南渡島").toUtf8()));
    } else if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString text = tool(QStringLiteral("pdftotext"), { out, QStringLiteral("-") });
        QVERIFY2(text.contains(QStringLiteral("北海道")), qPrintable(text));
    }
}

void TestAnalysisCli::chartRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("--out");
    QTest::newRow("unknown kind") << QStringList {
        QStringLiteral("pie"), QStringLiteral("--region"), QStringLiteral("0101"), out,
        QStringLiteral("x.png")
    } << QStringLiteral("region-trend");
    QTest::newRow("region kind without region")
        << QStringList { QStringLiteral("region-trend"), QStringLiteral("--prefecture"),
                         QStringLiteral("01"), out, QStringLiteral("x.png") }
        << QStringLiteral("--region");
    QTest::newRow("bad size") << QStringList {
        QStringLiteral("region-gap"), QStringLiteral("--region"), QStringLiteral("0101"),
        QStringLiteral("--size"),     QStringLiteral("big"),      out,
        QStringLiteral("x.png")
    } << QStringLiteral("1920x1080");
    QTest::newRow("bad suffix") << QStringList { QStringLiteral("region-gap"),
                                                 QStringLiteral("--region"), QStringLiteral("0101"),
                                                 out, QStringLiteral("x.gif") }
                                << QStringLiteral(".png");
    QTest::newRow("unknown region")
        << QStringList { QStringLiteral("region-gap"), QStringLiteral("--region"),
                         QStringLiteral("4701"), out, QStringLiteral("x.png") }
        << QStringLiteral("4701");
}

void TestAnalysisCli::chartRefusesBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    for (QString &a : args) {
        if (a.startsWith(QLatin1String("x.")))
            a = path(a);
    }
    const Result r
        = koso(QStringList { QStringLiteral("chart"), QStringLiteral("--db"), m_db } + args);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.png"))));
}

void TestAnalysisCli::tableWritesRegionGapCsv()
{
    const QString out = path(QStringLiteral("gap.csv"));
    const Result r
        = koso({ QStringLiteral("table"), QStringLiteral("region-gap"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--region"), QStringLiteral("0101"), QStringLiteral("--out"),
                 out, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0),
             QStringLiteral("function,latest_year,latest,planned_year,planned,"
                            "required,latest_minus_required,planned_minus_required,"
                            "latest_ratio,planned_ratio,change_since_2015"));
    QCOMPARE(lines.at(1),
             QStringLiteral("HighAcute,2024,940,2025,956,585,355,371,1.6068,"
                            "1.6342,558"));
    QCOMPARE(lines.at(5),
             QStringLiteral("Total,2024,5243,2025,5216,4857,386,359,1.0795,1.0739,"
                            "-352"));

    // Required 0: empty ratio cells.
    const QString zero = path(QStringLiteral("zero.csv"));
    QCOMPARE(koso({ QStringLiteral("table"), QStringLiteral("region-gap"), QStringLiteral("--db"),
                    m_db, QStringLiteral("--region"), QStringLiteral("0102"),
                    QStringLiteral("--out"), zero, QStringLiteral("--lang"), QStringLiteral("en") })
                 .exitCode,
             0);
    QFile z(zero);
    QVERIFY(z.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(z.readAll())
                .contains(QStringLiteral("\r\nHighAcute,2024,0,2025,0,0,0,0,,,0\r\n")));
}

void TestAnalysisCli::tableNamesFunctionsByKeyInEveryLanguage()
{
    const QString out = path(QStringLiteral("gap-ja.csv"));
    const Result r
        = koso({ QStringLiteral("table"), QStringLiteral("region-gap"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--region"), QStringLiteral("0101"), QStringLiteral("--out"),
                 out, QStringLiteral("--lang"), QStringLiteral("ja") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    // A machine-readable table names functions as koso export does, whatever the language.
    QVERIFY2(text.contains(QStringLiteral("\r\nHighAcute,2024,940,")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\r\nTotal,2024,5243,2025,5216,4857,")));
    QVERIFY(!text.contains(QStringLiteral("高度急性期,")));
}

void TestAnalysisCli::tableWritesXlsxWithNumbers()
{
    const QString out = path(QStringLiteral("pref.xlsx"));
    const Result r = koso({ QStringLiteral("table"), QStringLiteral("prefecture-gap"),
                            QStringLiteral("--db"), m_db, QStringLiteral("--prefecture"),
                            QStringLiteral("01"), QStringLiteral("--out"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    XlsxReader reader;
    QVERIFY2(reader.open(out), qPrintable(reader.errorString()));
    const QVector<XlsxRow> rows = reader.readRows(0);
    int found = 0;
    for (const XlsxRow &row : rows) {
        if (row.text(0) == QLatin1String("0101")) {
            QVERIFY(row.cell(3) && row.cell(3)->isNumber());
            QCOMPARE(row.cell(3)->number, 5243.0);
            ++found;
        }
        if (row.text(0) == QLatin1String("01")) {
            QCOMPARE(row.cell(3)->number, 6461.0);
            ++found;
        }
    }
    QCOMPARE(found, 2);
}

void TestAnalysisCli::tableRefusesBadArguments()
{
    Result r
        = koso({ QStringLiteral("table"), QStringLiteral("region-trend"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--region"), QStringLiteral("0101"), QStringLiteral("--out"),
                 path(QStringLiteral("t.csv")) });
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains(QStringLiteral("region-gap")));
    r = koso({ QStringLiteral("table"), QStringLiteral("region-gap"), QStringLiteral("--db"), m_db,
               QStringLiteral("--region"), QStringLiteral("0101"), QStringLiteral("--out"),
               path(QStringLiteral("t.ods")) });
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains(QStringLiteral(".xlsx")));
    r = koso({ QStringLiteral("table"), QStringLiteral("region-gap"), QStringLiteral("--db"),
               path(QStringLiteral("missing.koso")), QStringLiteral("--region"),
               QStringLiteral("0101"), QStringLiteral("--out"), path(QStringLiteral("t.csv")) });
    QVERIFY(r.exitCode != 0);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("t.csv"))));
}

void TestAnalysisCli::reportWritesOnePagePerRegion()
{
    const QString out = path(QStringLiteral("report.pdf"));
    const Result r = koso({ QStringLiteral("report"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--prefecture"), QStringLiteral("01"),
                            QStringLiteral("--out"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(out).size() > 1000);
    KOSO_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
                 "pdfinfo, pdffonts and pdftotext (poppler-utils) are not installed.");
    const QString info = tool(QStringLiteral("pdfinfo"), { out });
    // The prefecture summary, then one page per region.
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+5\\n"))), qPrintable(info));
    // A4 landscape: 842 × 595 pt.
    QVERIFY2(info.contains(QRegularExpression(
                 QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595(\\.\\d+)? pts"))),
             qPrintable(info));
    const QString fonts = tool(QStringLiteral("pdffonts"), { out });
    QVERIFY2(fonts.contains(QRegularExpression(QStringLiteral("CJK\\S*\\s.*\\syes\\s"))),
             qPrintable(fonts));
    const QString text = tool(QStringLiteral("pdftotext"), { out, QStringLiteral("-") });
    QVERIFY(text.contains(QStringLiteral("南渡島")));
    QVERIFY(text.contains(QStringLiteral("テスト区域")));
    QVERIFY(text.contains(QStringLiteral("4,857")));
    QVERIFY2(text.contains(QStringLiteral("359,223")), qPrintable(text)); // population
    // The date in 和暦 and the page numbers.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("令和\\d+年\\d+月\\d+日"))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("5 / 5")), qPrintable(text));

    // One region alone.
    const QString one = path(QStringLiteral("one.pdf"));
    QCOMPARE(
        koso({ QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--region"),
               QStringLiteral("0102"), QStringLiteral("--out"), one })
            .exitCode,
        0);
    QVERIFY(tool(QStringLiteral("pdfinfo"), { one })
                .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
}

void TestAnalysisCli::reportRefusesBadArguments()
{
    Result r = koso({ QStringLiteral("report"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--prefecture"), QStringLiteral("02"), QStringLiteral("--out"),
                      path(QStringLiteral("r.pdf")) });
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains(QStringLiteral("02")));
    r = koso({ QStringLiteral("report"), QStringLiteral("--db"), m_db,
               QStringLiteral("--prefecture"), QStringLiteral("01"), QStringLiteral("--out"),
               path(QStringLiteral("r.docx")) });
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains(QStringLiteral(".pdf")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("r.pdf"))));
}

void TestAnalysisCli::japaneseExportsCarrySourceAndCaveat()
{
    KOSO_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is not installed.");
    const QString chart = path(QStringLiteral("ja-gap.pdf"));
    Result r
        = koso({ QStringLiteral("chart"), QStringLiteral("region-gap"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--region"), QStringLiteral("0101"), QStringLiteral("--out"),
                 chart, QStringLiteral("--lang"), QStringLiteral("ja") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // pdftotext puts line breaks where the caption wraps: compare without them.
    QString text = tool(QStringLiteral("pdftotext"), { chart, QStringLiteral("-") });
    text.remove(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("出典: 厚生労働省「病床機能報告」ほか（令和6年度公表）")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("単位：床")));
    QVERIFY(text.contains(QStringLiteral("計算方法が異なる")));
    QVERIFY(text.contains(QStringLiteral("報告率：2015年 95.0%、2024年 98.0%")));
    QVERIFY(text.contains(QStringLiteral("高度急性期")));

    const QString report = path(QStringLiteral("ja-report.pdf"));
    r = koso({ QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--region"),
               QStringLiteral("0101"), QStringLiteral("--out"), report, QStringLiteral("--lang"),
               QStringLiteral("ja") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    text = tool(QStringLiteral("pdftotext"), { report, QStringLiteral("-") });
    text.remove(QLatin1Char('\n'));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("作成日：令和\\d+年\\d+月\\d+日"))),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1 / 1 ページ")));
    QVERIFY(text.contains(QStringLiteral("南渡島構想区域")));
    QVERIFY(text.contains(QStringLiteral("厚生労働省")));
}

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "tst_analysiscli.moc"
