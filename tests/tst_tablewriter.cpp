#include "io/TableWriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Koso;

namespace {

Table sample()
{
    Table t;
    t.title = QStringLiteral("南渡島 病床数");
    t.sheetName = QStringLiteral("区域/病床:比較");
    t.header = { QStringLiteral("function"), QStringLiteral("latest"), QStringLiteral("ratio"),
                 QStringLiteral("note"), QStringLiteral("date") };
    t.rows << QVector<QVariant> { QStringLiteral("高度急性期"), 940, 1.6068376068,
                                  QStringLiteral("=1+1"), QDate(2024, 7, 1) };
    t.rows << QVector<QVariant> { QStringLiteral("急性期"), -35, QVariant(),
                                  QStringLiteral("a,\"b\"\nc"), QVariant() };
    t.rows << QVector<QVariant> { QStringLiteral("@SUM(A1)"), qint64(5243), 0.0,
                                  QStringLiteral("+x"), QStringLiteral("-y") };
    t.notes << QStringLiteral("出典: 厚生労働省「病床機能報告」");
    return t;
}

QByteArray unzipEntry(const QString &zip, const QString &entry)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), { QStringLiteral("-p"), zip, entry });
    p.waitForFinished();
    return p.readAllStandardOutput();
}

} // namespace

class TestTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void csvHasBomCrlfAndQuoting();
    void csvNeutralisesFormulasButNotNumbers();
    void writesXlsxWithNumbersAsNumbers();
    void refusesUnknownSuffixAndMissingFolder();
    void exportsGetTheNormalPermissions();
};

void TestTableWriter::csvHasBomCrlfAndQuoting()
{
    const QByteArray csv = TableWriter::toCsv(sample());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.first(), QStringLiteral("function,latest,ratio,note,date"));
    QCOMPARE(lines.at(1), QStringLiteral("高度急性期,940,1.6068376068,'=1+1,2024-07-01"));
    // Embedded quote, comma and newline stay inside one quoted field.
    QVERIFY(text.contains(QStringLiteral("急性期,-35,,\"a,\"\"b\"\"\nc\",")));
    QVERIFY(!TableWriter::toCsv(sample(), false).startsWith("\xEF\xBB\xBF"));
}

void TestTableWriter::csvNeutralisesFormulasButNotNumbers()
{
    QCOMPARE(TableWriter::csvField(QStringLiteral("=HYPERLINK(\"x\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(TableWriter::csvField(QStringLiteral("+81")), QStringLiteral("'+81"));
    QCOMPARE(TableWriter::csvField(QStringLiteral("-y")), QStringLiteral("'-y"));
    QCOMPARE(TableWriter::csvField(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    QCOMPARE(TableWriter::csvField(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(TableWriter::csvField(-35), QStringLiteral("-35"));
    QCOMPARE(TableWriter::csvField(-0.25), QStringLiteral("-0.25"));
    QCOMPARE(TableWriter::csvField(QVariant()), QString());
    QCOMPARE(TableWriter::csvField(QStringLiteral("a-b")), QStringLiteral("a-b"));
}

void TestTableWriter::writesXlsxWithNumbersAsNumbers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    QString error;
    QVERIFY2(TableWriter::write(sample(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(2) == "PK");
    const QString sheet
        = QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(sheet.contains(QStringLiteral("<v>940</v>")), qPrintable(sheet.left(2000)));
    QVERIFY(sheet.contains(QStringLiteral("<v>5243</v>")));
    QVERIFY(sheet.contains(QStringLiteral("<v>-35</v>")));
    QVERIFY(!sheet.contains(QStringLiteral("<f>"))); // "=1+1" stays text
    const QString strings
        = QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    QVERIFY(strings.contains(QStringLiteral("高度急性期")));
    QVERIFY(strings.contains(QStringLiteral("=1+1")));
    QVERIFY(strings.contains(QStringLiteral("出典")));
    const QString workbook = QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/workbook.xml")));
    QVERIFY(workbook.contains(QStringLiteral("区域_病床_比較")));
    // No temporary file is left beside the export.
    QCOMPARE(dir.path().isEmpty(), false);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestTableWriter::refusesUnknownSuffixAndMissingFolder()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!TableWriter::write(sample(), dir.filePath(QStringLiteral("t.ods")), &error));
    QVERIFY(error.contains(QStringLiteral(".csv or .xlsx")));
    QVERIFY(!TableWriter::write(sample(), dir.filePath(QStringLiteral("no/such/t.xlsx")), &error));
    QVERIFY(!TableWriter::write(sample(), dir.filePath(QStringLiteral("no/such/t.csv")), &error));
}

void TestTableWriter::exportsGetTheNormalPermissions()
{
    // Under umask 022 a new file is rw-r--r--: a workbook saved to a shared folder opens for
    // colleagues like the CSV beside it (it used to be rw------- through a temporary file).
    QTemporaryDir dir;
    const mode_t old = umask(022);
    QString error;
    const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    const bool written
        = TableWriter::write(sample(), xlsx, &error) && TableWriter::write(sample(), csv, &error);
    umask(027);
    const QString tighter = dir.filePath(QStringLiteral("u.xlsx"));
    const bool written2 = TableWriter::write(sample(), tighter, &error);
    umask(old);
    QVERIFY2(written && written2, qPrintable(error));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(xlsx).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0644));
    QCOMPARE(::stat(QFile::encodeName(csv).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0644));
    QCOMPARE(::stat(QFile::encodeName(tighter).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0640)); // the umask is respected
}

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
