#include "io/TableReader.h"
#include "io/TableWriter.h"

#include <QDate>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

class TestTableReader : public QObject
{
    Q_OBJECT

private slots:
    void readsUtf8WithBomAndLineNumbers();
    void readsShiftJis();
    void rejectsCutOffShiftJis();
    void rejectsBinary();
    void namesLineOfUnclosedQuote();
    void roundTripsTableWriterCsv();
    void refusesOldExcelFile();
    void readsXlsxWrittenByTableWriter();
};

void TestTableReader::readsUtf8WithBomAndLineNumbers()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "病院名,状況\r\n"
                           "南渡島病院,合意済\r\n"
                           "\r\n"
                           "\"北斗,中央\"\"病院\"\"\",\"複数\n行\"\r\n"
                           "最後,x";
    TableData t;
    QString error;
    QVERIFY2(TableReader::readCsv(csv, QStringLiteral("a.csv"), &t, &error), qPrintable(error));
    QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(t.rows.size(), 4);
    QCOMPARE(t.text(0, 0), QStringLiteral("病院名"));
    QCOMPARE(t.text(2, 0), QStringLiteral("北斗,中央\"病院\""));
    QCOMPARE(t.text(2, 1), QStringLiteral("複数\n行"));
    QCOMPARE(t.lineNumbers, (QVector<int> { 1, 2, 4, 6 }));
    QCOMPARE(t.text(3, 1), QStringLiteral("x"));
    QCOMPARE(t.text(3, 7), QString());
}

void TestTableReader::readsShiftJis()
{
    QStringEncoder sjis("Shift_JIS");
    // ① and ～ are CP932 extensions that plain Shift_JIS lacks.
    const QByteArray csv = sjis(QStringLiteral("病院名,状況\r\n南渡島病院①,検証中～\r\n"));
    QVERIFY(!sjis.hasError());
    TableData t;
    QString error;
    QVERIFY2(TableReader::readCsv(csv, QStringLiteral("sjis.csv"), &t, &error), qPrintable(error));
    QCOMPARE(t.encoding, QStringLiteral("Shift_JIS"));
    QCOMPARE(t.text(1, 0), QStringLiteral("南渡島病院①"));
    QCOMPARE(t.text(1, 1), QStringLiteral("検証中～"));
}

void TestTableReader::rejectsCutOffShiftJis()
{
    QStringEncoder sjis("Shift_JIS");
    QByteArray csv = sjis(QStringLiteral("病院名,状況\r\n南渡島病院,検証中"));
    csv.chop(1); // half of the last double-byte character
    TableData t;
    QString error;
    QVERIFY(!TableReader::readCsv(csv, QStringLiteral("cut.csv"), &t, &error));
    QVERIFY2(error.contains(QStringLiteral("cut.csv")), qPrintable(error));
}

void TestTableReader::rejectsBinary()
{
    const QByteArray junk("\x00\xff\xfe\x81\x00\x9f\xfc\xfd", 8);
    TableData t;
    QString error;
    QVERIFY(!TableReader::readCsv(junk, QStringLiteral("junk.csv"), &t, &error));
    QVERIFY(error.contains(QStringLiteral("junk.csv")));
}

void TestTableReader::namesLineOfUnclosedQuote()
{
    TableData t;
    QString error;
    QVERIFY(
        !TableReader::readCsv("a,b\n1,2\n3,\"open\n4,5\n", QStringLiteral("q.csv"), &t, &error));
    QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
}

void TestTableReader::roundTripsTableWriterCsv()
{
    Table table;
    table.header = { QStringLiteral("name"), QStringLiteral("beds") };
    table.rows << QVector<QVariant> { QStringLiteral("a,\"b\""), 12 };
    table.rows << QVector<QVariant> { QStringLiteral("改行\nあり"), 0 };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rt.csv"));
    QString error;
    QVERIFY(TableWriter::write(table, path, &error));
    TableData t;
    QVERIFY2(TableReader::read(path, &t, &error), qPrintable(error));
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.text(1, 0), QStringLiteral("a,\"b\""));
    QCOMPARE(t.text(1, 1), QStringLiteral("12"));
    QCOMPARE(t.text(2, 0), QStringLiteral("改行\nあり"));
    QCOMPARE(t.lineNumbers.at(2), 3);
}

void TestTableReader::refusesOldExcelFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    f.close();
    TableData t;
    QString error;
    QVERIFY(!TableReader::read(path, &t, &error));
    QVERIFY2(error.contains(QStringLiteral(".xls")), qPrintable(error));
}

void TestTableReader::readsXlsxWrittenByTableWriter()
{
    Table table;
    table.title = QStringLiteral("対応方針 回答票");
    table.header = { QStringLiteral("病院名"), QStringLiteral("病床数"), QStringLiteral("合意日") };
    table.rows << QVector<QVariant> { QStringLiteral("南渡島病院"), 120, QDate(2024, 3, 31) };
    table.rows << QVector<QVariant> { QStringLiteral("=1+1"), QVariant(),
                                      QStringLiteral("R6.3.31") };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reply.xlsx"));
    QString error;
    QVERIFY2(TableWriter::write(table, path, &error), qPrintable(error));
    TableData t;
    QVERIFY2(TableReader::read(path, &t, &error), qPrintable(error));
    QCOMPARE(t.rows.size(), 4); // title, header, two rows (the blank line is skipped)
    QCOMPARE(t.lineNumbers, (QVector<int> { 1, 3, 4, 5 }));
    QCOMPARE(t.text(1, 0), QStringLiteral("病院名"));
    QCOMPARE(t.rows.at(2).at(1).typeId(), int(QMetaType::Double));
    QCOMPARE(t.text(2, 1), QStringLiteral("120"));
    QCOMPARE(t.rows.at(2).at(2).toDate(), QDate(2024, 3, 31));
    QCOMPARE(t.text(3, 0), QStringLiteral("=1+1"));
    QCOMPARE(t.text(3, 1), QString());
    QCOMPARE(t.text(3, 2), QStringLiteral("R6.3.31"));
}

QTEST_GUILESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"
