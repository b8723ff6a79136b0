#include "analysisfixture.h"

#include "analysis/GapTables.h"
#include "io/TableWriter.h"
#include "io/XlsxReader.h"
#include "storage/Dataset.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void regionGapHasTheAgreedColumns();
    void regionGapRowsHoldTheFigures();
    void requiredZeroLeavesRatioCellsEmpty();
    void csvHasBomAndNeutralisedCells();
    void xlsxReadsBackWithTheSameNumbers();
    void prefectureGapHasRegionsPrefectureAndNation();
    void hospitalTableListsFacilitiesLargestFirst();
    void displayHeadersFollowTheLanguage();
    void refusesUnknownKindsAndAreas();

private:
    Table build(const QString &kind, const QString &code,
                GapTables::Header header = GapTables::Header::Machine);
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_dataset = nullptr;
};

void TestTableExport::init()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_dir = new QTemporaryDir;
    m_dataset = new Dataset;
    QString error;
    QVERIFY2(AnalysisFixture::build(*m_dataset, m_dir->filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
}

void TestTableExport::cleanup()
{
    delete m_dataset;
    delete m_dir;
    m_dataset = nullptr;
    m_dir = nullptr;
}

Table TestTableExport::build(const QString &kind, const QString &code, GapTables::Header header)
{
    QString error;
    const auto table = GapTables::build(*m_dataset, kind, code, 0.10, header, &error);
    if (!table)
        qWarning("%s", qPrintable(error));
    return table.value_or(Table());
}

void TestTableExport::regionGapHasTheAgreedColumns()
{
    const Table t = build(QStringLiteral("region-gap"), QStringLiteral("0101"));
    QCOMPARE(t.header.join(QLatin1Char(',')),
             QStringLiteral("function,latest_year,latest,planned_year,planned,required,"
                            "latest_minus_required,planned_minus_required,latest_ratio,"
                            "planned_ratio,change_since_2015"));
    QCOMPARE(t.rows.size(), 5); // four functions and the total
    QVERIFY(t.title.contains(QStringLiteral("南渡島")));
    // The source line and MHLW's caveat go with the table.
    QCOMPARE(t.notes.size(), 2);
    QVERIFY(t.notes.at(0).contains(QStringLiteral("MHLW")));
    QVERIFY(t.notes.at(1).contains(QStringLiteral("computed differently")));
}

void TestTableExport::regionGapRowsHoldTheFigures()
{
    const Table t = build(QStringLiteral("region-gap"), QStringLiteral("0101"));
    const QVector<QVariant> &total = t.rows.last();
    QCOMPARE(total.at(0).toString(), QStringLiteral("Total"));
    QCOMPARE(total.at(1).toInt(), 2024);
    QCOMPARE(total.at(2).toLongLong(), 5243);
    QCOMPARE(total.at(3).toInt(), 2025);
    QCOMPARE(total.at(4).toLongLong(), 5216);
    QCOMPARE(total.at(5).toLongLong(), 4857);
    QCOMPARE(total.at(6).toLongLong(), 386);
    QCOMPARE(total.at(7).toLongLong(), 359);
    QCOMPARE(total.at(8).toDouble(), 1.0795);
    QCOMPARE(total.at(9).toDouble(), 1.0739);
    QCOMPARE(total.at(10).toLongLong(), -352);
    const QVector<QVariant> &high = t.rows.first();
    QCOMPARE(high.at(0).toString(), QStringLiteral("HighAcute"));
    QCOMPARE(high.at(2).toLongLong(), 940);
    QCOMPARE(high.at(5).toLongLong(), 585);
    QCOMPARE(high.at(8).toDouble(), 1.6068);
    // Numbers are numbers, not text.
    QCOMPARE(total.at(2).typeId(), QMetaType::LongLong);
    QCOMPARE(total.at(9).typeId(), QMetaType::Double);
}

void TestTableExport::requiredZeroLeavesRatioCellsEmpty()
{
    const Table t = build(QStringLiteral("region-gap"), QStringLiteral("0102"));
    const QVector<QVariant> &high = t.rows.first();
    QCOMPARE(high.at(5).toLongLong(), 0); // required 0
    QVERIFY(high.at(8).isNull());
    QVERIFY(high.at(9).isNull());
    const QString csv = QString::fromUtf8(TableWriter::toCsv(t).mid(3));
    QVERIFY2(csv.contains(QStringLiteral("HighAcute,2024,0,2025,0,0,0,0,,,0\r\n")),
             qPrintable(csv));
    // A "no value" figure is an empty cell, never 0.
    const Table test = build(QStringLiteral("region-gap"), QStringLiteral("0199"));
    const QVector<QVariant> &chronic = test.rows.at(3);
    QVERIFY(chronic.at(4).isNull());
    QVERIFY(chronic.at(7).isNull());
    QVERIFY(chronic.at(9).isNull());
    QVERIFY(test.rows.last().at(4).isNull()); // so is the planned total
}

void TestTableExport::csvHasBomAndNeutralisedCells()
{
    const QString path = m_dir->filePath(QStringLiteral("hospitals.csv"));
    QString error;
    QVERIFY2(TableWriter::write(build(QStringLiteral("region-hospitals"), QStringLiteral("0101")),
                                path, &error),
             qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    // The facility name that would run as a formula starts with an apostrophe.
    QVERIFY2(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\") 診療所\"")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral(",=HYPERLINK")));
    QVERIFY(text.contains(QStringLiteral("市立函館病院")));

    // Negative numbers stay numbers.
    const QByteArray gap
        = TableWriter::toCsv(build(QStringLiteral("region-gap"), QStringLiteral("0101")));
    QVERIFY(gap.contains(",-352\r\n"));
    QVERIFY(!gap.contains("'-352"));
}

void TestTableExport::xlsxReadsBackWithTheSameNumbers()
{
    const Table t = build(QStringLiteral("region-gap"), QStringLiteral("0101"));
    const QString path = m_dir->filePath(QStringLiteral("gap.xlsx"));
    QString error;
    QVERIFY2(TableWriter::write(t, path, &error), qPrintable(error));
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const QVector<XlsxRow> rows = reader.readRows(0);
    // Title, header, the five rows, then the notes.
    int headerRow = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).text(0) == QLatin1String("function"))
            headerRow = i;
    }
    QVERIFY(headerRow >= 0);
    QCOMPARE(rows.at(headerRow).texts(), t.header);
    for (int r = 0; r < t.rows.size(); ++r) {
        const XlsxRow &row = rows.at(headerRow + 1 + r);
        QCOMPARE(row.text(0), t.rows.at(r).at(0).toString());
        for (int c = 1; c < t.header.size(); ++c) {
            const QVariant expected = t.rows.at(r).at(c);
            const XlsxCell *cell = row.cell(c);
            if (expected.isNull()) {
                QVERIFY(!cell || cell->isEmpty());
                continue;
            }
            QVERIFY2(cell && cell->isNumber(),
                     qPrintable(QStringLiteral("row %1 column %2").arg(r).arg(c)));
            QCOMPARE(cell->number, expected.toDouble());
        }
    }
    // The notes below the table carry source and caveat.
    QString below;
    for (int i = headerRow + 1 + int(t.rows.size()); i < rows.size(); ++i)
        below += rows.at(i).texts().join(QLatin1Char(' '));
    QVERIFY(below.contains(QStringLiteral("computed differently")));
}

void TestTableExport::prefectureGapHasRegionsPrefectureAndNation()
{
    const Table t = build(QStringLiteral("prefecture-gap"), QStringLiteral("01"));
    QCOMPARE(t.rows.size(), 4 + 2);
    QCOMPARE(t.header.mid(0, 4),
             (QStringList { QStringLiteral("code"), QStringLiteral("name"),
                            QStringLiteral("latest_year"), QStringLiteral("latest") }));
    QVERIFY(t.header.contains(QStringLiteral("HighAcute_unexplained_rank")));
    QVERIFY(t.header.contains(QStringLiteral("Chronic_flag")));
    const int rank = int(t.header.indexOf(QStringLiteral("unexplained_rank")));
    const int unexplained = int(t.header.indexOf(QStringLiteral("unexplained_gap")));
    const int flag = int(t.header.indexOf(QStringLiteral("HighAcute_flag")));
    QCOMPARE(t.rows.at(2).at(0).toString(), QStringLiteral("0103"));
    QCOMPARE(t.rows.at(2).at(unexplained).toLongLong(), 81);
    QCOMPARE(t.rows.at(2).at(rank).toInt(), 1);
    QCOMPARE(t.rows.at(0).at(flag).toString(), QStringLiteral("over"));
    // The prefecture (summed from its regions) and the nation close the table, unranked.
    QCOMPARE(t.rows.at(4).at(0).toString(), QStringLiteral("01"));
    QCOMPARE(t.rows.at(4).at(3).toLongLong(), 6461);
    QVERIFY(t.rows.at(4).at(rank).isNull());
    QCOMPARE(t.rows.at(5).at(0).toString(), QStringLiteral("00"));
    QCOMPARE(t.rows.at(5).at(3).toLongLong(), 1178456);
    QCOMPARE(t.notes.size(), 3);
    QVERIFY(t.notes.at(2).contains(QStringLiteral("10%")));
}

void TestTableExport::hospitalTableListsFacilitiesLargestFirst()
{
    const Table t = build(QStringLiteral("region-hospitals"), QStringLiteral("0101"));
    QCOMPARE(t.rows.size(), 5);
    const int closed = int(t.header.indexOf(QStringLiteral("Closed")));
    const int total = int(t.header.indexOf(QStringLiteral("total_with_closed")));
    const int births = int(t.header.indexOf(QStringLiteral("births")));
    const int per100 = int(t.header.indexOf(QStringLiteral("doctors_per_100_beds")));
    QVERIFY(closed > 0 && total > 0 && births > 0 && per100 > 0);
    QCOMPARE(t.rows.at(0).at(1).toString(), QStringLiteral("市立函館病院"));
    QCOMPARE(t.rows.at(0).at(total).toLongLong(), 582);
    QCOMPARE(t.rows.at(0).at(closed).toLongLong(), 20);
    QCOMPARE(t.rows.at(0).at(per100).toDouble(), 22.2);
    QCOMPARE(t.rows.at(1).at(births).toString(), QStringLiteral("*")); // masked by MHLW
    QCOMPARE(t.rows.at(2).at(closed).toLongLong(), 100);
}

void TestTableExport::displayHeadersFollowTheLanguage()
{
    const Table t
        = build(QStringLiteral("region-gap"), QStringLiteral("0101"), GapTables::Header::Display);
    QCOMPARE(t.header.first(), QStringLiteral("Function"));
    QCOMPARE(t.header.at(9), QStringLiteral("Planned ÷ required"));
    QCOMPARE(t.rows.size(), 5);
}

void TestTableExport::refusesUnknownKindsAndAreas()
{
    QString error;
    QVERIFY(!GapTables::build(*m_dataset, QStringLiteral("region-trend"), QStringLiteral("0101"),
                              0.1, GapTables::Header::Machine, &error));
    QVERIFY(error.contains(QStringLiteral("region-gap")));
    QVERIFY(!GapTables::build(*m_dataset, QStringLiteral("region-gap"), QStringLiteral("4701"), 0.1,
                              GapTables::Header::Machine, &error));
    QVERIFY(error.contains(QStringLiteral("4701")));
    QVERIFY(!GapTables::build(*m_dataset, QStringLiteral("region-hospitals"),
                              QStringLiteral("0102"), 0.1, GapTables::Header::Machine, &error));
    QVERIFY(!GapTables::build(*m_dataset, QStringLiteral("prefecture-gap"), QStringLiteral("02"),
                              0.1, GapTables::Header::Machine, &error));
    QVERIFY(error.contains(QStringLiteral("02")));
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
