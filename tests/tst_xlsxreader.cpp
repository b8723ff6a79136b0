#include "TestWorkbook.h"
#include "io/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <xlsxwriter.h>

using namespace Koso;

namespace {

QByteArray utf16le(const char *ascii)
{
    QByteArray out;
    for (const char *p = ascii; *p; ++p) {
        out.append(*p);
        out.append('\0');
    }
    return out;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Offset of the compressed data of a zip entry, from its local file header.
qsizetype entryDataOffset(const QByteArray &zip, const QByteArray &name)
{
    qsizetype pos = 0;
    while ((pos = zip.indexOf("PK\x03\x04", pos)) >= 0) {
        const auto u16 = [&](qsizetype at) {
            return int(uchar(zip.at(at))) | (int(uchar(zip.at(at + 1))) << 8);
        };
        const int nameLength = u16(pos + 26);
        const int extraLength = u16(pos + 28);
        if (zip.mid(pos + 30, nameLength) == name)
            return pos + 30 + nameLength + extraLength;
        pos += 4;
    }
    return -1;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatLibxlsxwriterWrites();
    void readsInlineStrings();
    void readsLibreOfficeFile();
    void readsHandWrittenVariants();
    void phoneticGuidesAreNotText();
    void dateSystems();
    void pullInterfaceAndEarlyStop();
    void emptySheet();
    void sharedReadersOnThreads();
    void cellReferences();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void corruptedSheetDataIsAnError();
    void badSharedStringIndexIsAnError();
};

void TestXlsxReader::readsWhatLibxlsxwriterWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("written.xlsx"));
    {
        lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *first = workbook_add_worksheet(wb, "構想区域別");
        lxw_worksheet *hidden = workbook_add_worksheet(wb, "hidden");
        lxw_worksheet *third = workbook_add_worksheet(wb, "Third");
        worksheet_hide(hidden);
        lxw_format *date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy/mm/dd");
        lxw_format *bold = workbook_add_format(wb);
        format_set_bold(bold);

        worksheet_write_string(first, 0, 0, "2015\n実績", nullptr);
        worksheet_write_number(first, 0, 1, 5243, nullptr);
        worksheet_write_number(first, 0, 2, 35.9223, nullptr);
        worksheet_write_number(first, 0, 3, -352, nullptr);
        worksheet_write_boolean(first, 1, 0, 1, nullptr);
        worksheet_write_boolean(first, 1, 1, 0, nullptr);
        worksheet_write_formula_num(first, 1, 2, "=B1*2", nullptr, 10486);
        worksheet_write_formula_str(first, 1, 3, "=\"計\"&A1", nullptr, "計");
        worksheet_write_formula(first, 1, 4, "=1/0", nullptr); // cached result 0
        lxw_datetime when = { 2024, 7, 1, 0, 0, 0 };
        worksheet_write_datetime(first, 2, 0, &when, date);
        worksheet_write_blank(first, 2, 1, bold); // style only: no value
        lxw_rich_string_tuple a = { bold, const_cast<char *>("高度") };
        lxw_rich_string_tuple b = { nullptr, const_cast<char *>("急性期") };
        lxw_rich_string_tuple *rich[] = { &a, &b, nullptr };
        worksheet_write_rich_string(first, 2, 2, rich, nullptr);
        worksheet_write_string(first, 9, 27, "AB10", nullptr);
        worksheet_write_string(hidden, 0, 0, "secret", nullptr);
        worksheet_write_number(third, 4, 0, 3, nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    }

    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(),
             QStringList({ QStringLiteral("構想区域別"), QStringLiteral("hidden"),
                           QStringLiteral("Third") }));
    QVERIFY(!reader.sheets().at(0).hidden);
    QVERIFY(reader.sheets().at(1).hidden);
    QCOMPARE(reader.sheetIndex(QStringLiteral("Third")), 2);
    QCOMPARE(reader.sheetIndex(QStringLiteral("none")), -1);
    QVERIFY(reader.sheets().at(0).size > 0);

    const QVector<XlsxRow> rows = reader.readRows(0);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 4);
    const XlsxRow &r1 = rows.at(0);
    QCOMPARE(r1.number, 1);
    QCOMPARE(r1.text(0), QStringLiteral("2015\n実績"));
    QVERIFY(r1.cell(1)->isNumber());
    QCOMPARE(r1.cell(1)->number, 5243.0);
    QCOMPARE(r1.cell(2)->number, 35.9223);
    QCOMPARE(r1.text(2), QStringLiteral("35.9223"));
    QCOMPARE(r1.text(3), QStringLiteral("-352"));
    QCOMPARE(r1.texts().size(), 4);

    const XlsxRow &r2 = rows.at(1);
    QCOMPARE(r2.cell(0)->type, XlsxCell::Type::Boolean);
    QCOMPARE(r2.text(0), QStringLiteral("TRUE"));
    QCOMPARE(r2.text(1), QStringLiteral("FALSE"));
    QVERIFY(r2.cell(2)->formula);
    QCOMPARE(r2.cell(2)->number, 10486.0);
    QVERIFY(r2.cell(3)->formula);
    QCOMPARE(r2.cell(3)->type, XlsxCell::Type::Text);
    QCOMPARE(r2.text(3), QStringLiteral("計"));
    QVERIFY(r2.cell(4)->formula);
    QCOMPARE(r2.cell(4)->number, 0.0);

    const XlsxRow &r3 = rows.at(2);
    QVERIFY(r3.cell(0)->dateFormatted);
    QCOMPARE(r3.cell(0)->dateTime(reader.isDate1904()).date(), QDate(2024, 7, 1));
    QVERIFY(!r3.cell(1)); // a blank cell with a format is no value
    QCOMPARE(r3.text(2), QStringLiteral("高度急性期"));

    QCOMPARE(rows.at(3).number, 10);
    QCOMPARE(rows.at(3).cells.size(), 1);
    QCOMPARE(rows.at(3).cells.at(0).column, 27);
    QCOMPARE(XlsxCell::columnName(rows.at(3).cells.at(0).column), QStringLiteral("AB"));

    const QVector<XlsxRow> hiddenRows = reader.readRows(1);
    QCOMPARE(hiddenRows.size(), 1);
    QCOMPARE(hiddenRows.at(0).text(0), QStringLiteral("secret"));
    const QVector<XlsxRow> third = reader.readRows(2);
    QCOMPARE(third.size(), 1);
    QCOMPARE(third.at(0).number, 5);
}

void TestXlsxReader::readsInlineStrings()
{
    // In constant-memory mode libxlsxwriter writes every string inline (<is><t>).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inline.xlsx"));
    TestWorkbook::Sheet sheet { QStringLiteral("S"), {}, false };
    sheet.setRow(1, 0, { QStringLiteral("（北海道　南渡島構想区域）"), 12.5, true });
    sheet.setRow(3, 2, { QStringLiteral("未報告") });
    QVERIFY(TestWorkbook::write(path, { sheet }, true));
    QVERIFY(readBytes(path).size() > 0);

    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const QVector<XlsxRow> rows = reader.readRows(0);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).text(0), QStringLiteral("（北海道　南渡島構想区域）"));
    QCOMPARE(rows.at(0).cell(1)->number, 12.5);
    QCOMPARE(rows.at(0).cell(2)->type, XlsxCell::Type::Boolean);
    QCOMPARE(rows.at(1).number, 3);
    QCOMPARE(rows.at(1).text(2), QStringLiteral("未報告"));
}

void TestXlsxReader::readsLibreOfficeFile()
{
    // Saved by LibreOffice Calc 7.4 from tests/data/libreoffice-sample.fods: explicit t="n",
    // booleans as numbers with a boolean format, formula string results, a skipped row.
    XlsxReader reader;
    QVERIFY2(reader.open(QStringLiteral(KOSO_TEST_DATA_DIR "/libreoffice-sample.xlsx")),
             qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(),
             QStringList({ QStringLiteral("病床"), QStringLiteral("Second") }));
    const QVector<XlsxRow> rows = reader.readRows(0);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).text(1), QStringLiteral("2024\n実績"));
    QCOMPARE(rows.at(1).text(0), QStringLiteral("南渡島"));
    QCOMPARE(rows.at(1).cell(1)->number, 5243.0);
    QVERIFY(rows.at(1).cell(2)->formula);
    QCOMPARE(rows.at(1).cell(2)->number, 10486.0);
    QVERIFY(rows.at(1).cell(4)->dateFormatted);
    QCOMPARE(rows.at(1).cell(4)->dateTime().date(), QDate(2024, 7, 1));
    QCOMPARE(rows.at(2).text(1), QStringLiteral("-"));
    QCOMPARE(rows.at(2).text(2), QStringLiteral("計南檜山"));
    QCOMPARE(rows.at(2).cell(4)->number, 0.954);
    QCOMPARE(rows.at(3).number, 5);
    QCOMPARE(rows.at(3).cell(2)->number, -12.5);
    QCOMPARE(reader.readRows(1).at(0).text(0), QStringLiteral("only"));
}

void TestXlsxReader::readsHandWrittenVariants()
{
    // What other writers do: no r attributes, a namespace prefix, cells out of order, absolute
    // relationship targets, escaped control characters, error values, rich text runs.
    const QByteArray sheet1
        = "<row><c t=\"s\"><v>0</v></c><c><v>1.5</v></c><c t=\"e\"><v>#DIV/0!</v></c></row>"
          "<row r=\"4\"><c r=\"C4\" t=\"inlineStr\"><is><r><t>A</t></r><r><t "
          "xml:space=\"preserve\"> "
          "B</t></r></is></c><c r=\"A4\" t=\"s\"><v>1</v></c></row>"
          "<row r=\"5\"><c r=\"A5\" t=\"str\"><f>A1</f><v>x_x000D_y</v></c><c "
          "r=\"B5\"><f>1+1</f></c>"
          "<c r=\"C5\" t=\"s\"/></row>";
    const QByteArray shared
        = "<si><t>line_x000D_break</t></si><si><r><t>ri</t></r><r><t>ch</t></r></si>";
    auto parts = TestWorkbook::minimalParts({ { QStringLiteral("One"), sheet1 } }, shared);
    // Absolute target and an x: prefix on the worksheet.
    for (auto &part : parts) {
        if (part.first == QLatin1String("xl/_rels/workbook.xml.rels"))
            part.second.replace("Target=\"worksheets/", "Target=\"/xl/worksheets/");
        if (part.first == QLatin1String("xl/worksheets/sheet1.xml")) {
            part.second.replace("<worksheet xmlns=", "<x:worksheet xmlns:x=");
            part.second.replace("</worksheet>", "</x:worksheet>");
            part.second.replace("<sheetData>", "<x:sheetData>");
            part.second.replace("</sheetData>", "</x:sheetData>");
            part.second.replace("<row", "<x:row").replace("</row>", "</x:row>");
            part.second.replace("<c ", "<x:c ").replace("<c>", "<x:c>").replace("</c>", "</x:c>");
            part.second.replace("<v>", "<x:v>").replace("</v>", "</x:v>");
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("variants.xlsx"));
    QVERIFY(TestWorkbook::writeZip(path, parts));

    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const QVector<XlsxRow> rows = reader.readRows(0);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).number, 1);
    QCOMPARE(rows.at(0).text(0), QStringLiteral("line\rbreak"));
    QCOMPARE(rows.at(0).cell(1)->number, 1.5);
    QCOMPARE(rows.at(0).cell(2)->type, XlsxCell::Type::Error);
    QCOMPARE(rows.at(0).text(2), QStringLiteral("#DIV/0!"));
    QCOMPARE(rows.at(1).number, 4);
    QCOMPARE(rows.at(1).cells.at(0).column, 0); // sorted
    QCOMPARE(rows.at(1).text(0), QStringLiteral("rich"));
    QCOMPARE(rows.at(1).text(2), QStringLiteral("A B"));
    QCOMPARE(rows.at(2).text(0), QStringLiteral("x\ry"));
    QVERIFY(!rows.at(2).cell(1)); // a formula never calculated has no value
    QVERIFY(!rows.at(2).cell(2));
}

void TestXlsxReader::phoneticGuidesAreNotText()
{
    // Japanese Excel stores furigana in <rPh>: 「合計」 must not read as 「合計ゴウケイ」.
    const QByteArray shared
        = "<si><t>合計</t><rPh sb=\"0\" eb=\"2\"><t>ゴウケイ</t></rPh>"
          "<phoneticPr fontId=\"1\"/></si>"
          "<si><r><t>急性</t></r><r><t>期</t></r><rPh sb=\"0\" eb=\"3\"><t>キュウ"
          "セイキ</t></rPh></si>";
    const QByteArray sheet
        = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
          "</row>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("phonetic.xlsx"));
    QVERIFY(TestWorkbook::writeZip(
        path, TestWorkbook::minimalParts({ { QStringLiteral("S"), sheet } }, shared)));
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const QVector<XlsxRow> rows = reader.readRows(0);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).text(0), QStringLiteral("合計"));
    QCOMPARE(rows.at(0).text(1), QStringLiteral("急性期"));
}

void TestXlsxReader::dateSystems()
{
    const QByteArray styles
        = "<numFmts count=\"1\"><numFmt numFmtId=\"176\" "
          "formatCode=\"[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
          "<numFmt numFmtId=\"177\" formatCode=\"#,##0&quot;床&quot;\"/></numFmts>"
          "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"176\"/>"
          "<xf numFmtId=\"177\"/><xf numFmtId=\"14\"/></cellXfs>";
    const QByteArray sheet
        = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45474</v></c><c r=\"B1\" s=\"2\"><v>"
          "45474</v></c><c r=\"C1\" s=\"3\"><v>45474.5</v></c><c r=\"D1\"><v>1</v></c>"
          "</row>";
    QTemporaryDir dir;
    const QString path1900 = dir.filePath(QStringLiteral("d1900.xlsx"));
    QVERIFY(TestWorkbook::writeZip(
        path1900, TestWorkbook::minimalParts({ { QStringLiteral("S"), sheet } }, {}, styles)));
    XlsxReader reader;
    QVERIFY2(reader.open(path1900), qPrintable(reader.errorString()));
    QVERIFY(!reader.isDate1904());
    XlsxRow row = reader.readRows(0).value(0);
    QVERIFY(row.cell(0)->dateFormatted); // 和暦 format
    QCOMPARE(row.cell(0)->dateTime().date(), QDate(2024, 7, 1));
    QVERIFY(!row.cell(1)->dateFormatted); // 床 is not a date part
    QVERIFY(row.cell(2)->dateFormatted);
    QCOMPARE(row.cell(2)->dateTime(), QDateTime(QDate(2024, 7, 1), QTime(12, 0)));
    QVERIFY(!row.cell(3)->dateFormatted);

    const QString path1904 = dir.filePath(QStringLiteral("d1904.xlsx"));
    QVERIFY(
        TestWorkbook::writeZip(path1904,
                               TestWorkbook::minimalParts({ { QStringLiteral("S"), sheet } }, {},
                                                          styles, "<workbookPr date1904=\"1\"/>")));
    QVERIFY2(reader.open(path1904), qPrintable(reader.errorString()));
    QVERIFY(reader.isDate1904());
    row = reader.readRows(0).value(0);
    QCOMPARE(row.cell(0)->dateTime(reader.isDate1904()).date(), QDate(2028, 7, 2));
}

void TestXlsxReader::pullInterfaceAndEarlyStop()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.xlsx"));
    TestWorkbook::Sheet sheet { QStringLiteral("Large"), {}, false };
    const int rowCount = 20000;
    for (int r = 1; r <= rowCount; ++r)
        sheet.setRow(r, 0, { r, QStringLiteral("name %1").arg(r % 100), r * 0.5 });
    QVERIFY(TestWorkbook::write(path, { sheet }));

    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QVERIFY(reader.openSheet(0));
    XlsxRow row;
    int count = 0;
    double sum = 0;
    while (reader.readRow(&row)) {
        ++count;
        QCOMPARE(row.number, count);
        sum += row.cell(2)->number;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(count, rowCount);
    QCOMPARE(sum, 0.5 * rowCount * (rowCount + 1) / 2);
    QCOMPARE(reader.sheetBytesRead(), reader.sheets().at(0).size);

    int seen = 0;
    QVERIFY(reader.readSheet(0, [&](const XlsxRow &r) {
        ++seen;
        return r.number < 10;
    }));
    QCOMPARE(seen, 10);
    QCOMPARE(reader.readRows(0, 3).size(), 3);
}

void TestXlsxReader::emptySheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.xlsx"));
    QVERIFY(
        TestWorkbook::write(path, { TestWorkbook::Sheet { QStringLiteral("Empty"), {}, false } }));
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList { QStringLiteral("Empty") });
    QVERIFY(reader.readRows(0).isEmpty());
    QVERIFY(!reader.hasError());
    QVERIFY(!reader.openSheet(1));
    QVERIFY(reader.errorString().contains(QLatin1String("sheet number 2")));
}

void TestXlsxReader::sharedReadersOnThreads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.xlsx"));
    QVector<TestWorkbook::Sheet> sheets;
    for (int s = 0; s < 6; ++s) {
        TestWorkbook::Sheet sheet { QStringLiteral("S%1").arg(s), {}, false };
        for (int r = 1; r <= 500; ++r)
            sheet.setRow(r, 0, { QStringLiteral("shared %1").arg(r % 7), s * 1000 + r });
        sheets << sheet;
    }
    QVERIFY(TestWorkbook::write(path, sheets));
    XlsxReader primary;
    QVERIFY2(primary.open(path), qPrintable(primary.errorString()));

    QVector<double> sums(sheets.size());
    QVector<QString> texts(sheets.size());
    auto work = [&](int from) {
        XlsxReader reader;
        if (!reader.openShared(primary))
            return;
        for (int s = from; s < sheets.size(); s += 2) {
            reader.readSheet(s, [&](const XlsxRow &row) {
                sums[s] += row.cell(1)->number;
                texts[s] += row.text(0).right(1);
                return true;
            });
        }
    };
    std::unique_ptr<QThread> a(QThread::create(work, 0));
    std::unique_ptr<QThread> b(QThread::create(work, 1));
    a->start();
    b->start();
    QVERIFY(a->wait(30000));
    QVERIFY(b->wait(30000));
    for (int s = 0; s < sheets.size(); ++s) {
        QCOMPARE(sums.at(s), 500.0 * s * 1000 + 500.0 * 501 / 2);
        QCOMPARE(texts.at(s).size(), 500);
    }
}

void TestXlsxReader::cellReferences()
{
    int column = -1;
    int row = -1;
    QVERIFY(XlsxCell::parseReference(u"A1", &column, &row));
    QCOMPARE(column, 0);
    QCOMPARE(row, 1);
    QVERIFY(XlsxCell::parseReference(u"XFD1048576", &column, &row));
    QCOMPARE(column, 16383);
    QCOMPARE(row, 1048576);
    QVERIFY(XlsxCell::parseReference(u"$AB$12", &column, &row));
    QCOMPARE(column, 27);
    QCOMPARE(row, 12);
    QVERIFY(!XlsxCell::parseReference(u"12", &column, &row));
    QVERIFY(!XlsxCell::parseReference(u"A", &column, &row));
    QVERIFY(!XlsxCell::parseReference(u"A1B", &column, &row));
    QCOMPARE(XlsxCell::columnIndex(u"AD"), 29);
    QCOMPARE(XlsxCell::columnName(29), QStringLiteral("AD"));
    QCOMPARE(XlsxCell::columnName(0), QStringLiteral("A"));
    QCOMPARE(XlsxCell::columnName(25), QStringLiteral("Z"));
    QCOMPARE(XlsxCell::columnName(26), QStringLiteral("AA"));
}

void TestXlsxReader::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("empty") << "empty"
                           << "is empty";
    QTest::newRow("csv renamed") << "csv"
                                 << "text file";
    QTest::newRow("binary") << "binary"
                            << "not a zip archive";
    QTest::newRow("xls renamed") << "xls"
                                 << ".xls";
    QTest::newRow("encrypted") << "encrypted"
                               << "password-protected";
    QTest::newRow("truncated") << "truncated"
                               << "damaged or incomplete";
    QTest::newRow("zip of other files") << "otherzip"
                                        << "not an Excel workbook";
    QTest::newRow("word document") << "docx"
                                   << "Word document";
    QTest::newRow("sheet part missing") << "nosheet"
                                        << "is missing";
}

void TestXlsxReader::rejectsBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad-%1.xlsx").arg(kind));
    const QString good = dir.filePath(QStringLiteral("good.xlsx"));
    TestWorkbook::Sheet sheet { QStringLiteral("S"), {}, false };
    for (int r = 1; r <= 2000; ++r)
        sheet.setRow(r, 0, { QStringLiteral("row %1").arg(r), r });
    QVERIFY(TestWorkbook::write(good, { sheet }));

    if (kind == QLatin1String("empty")) {
        QVERIFY(writeBytes(path, QByteArray()));
    } else if (kind == QLatin1String("csv")) {
        QVERIFY(writeBytes(path, QStringLiteral("構想区域,病床数\n南渡島,5243\n").toUtf8()));
    } else if (kind == QLatin1String("binary")) {
        QByteArray junk(1000, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 37) % 256);
        QVERIFY(writeBytes(path, junk));
    } else if (kind == QLatin1String("xls") || kind == QLatin1String("encrypted")) {
        QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        ole.append(QByteArray(504, '\0'));
        ole.append(utf16le(kind == QLatin1String("xls") ? "Workbook" : "EncryptedPackage"));
        ole.append(QByteArray(1024, '\0'));
        QVERIFY(writeBytes(path, ole));
    } else if (kind == QLatin1String("truncated")) {
        const QByteArray bytes = readBytes(good);
        QVERIFY(writeBytes(path, bytes.left(bytes.size() / 2)));
    } else if (kind == QLatin1String("otherzip")) {
        QVERIFY(TestWorkbook::writeZip(path, { { QStringLiteral("readme.txt"), "hello" } }));
    } else if (kind == QLatin1String("docx")) {
        QVERIFY(TestWorkbook::writeZip(path, { { QStringLiteral("word/document.xml"), "<w/>" } }));
    } else if (kind == QLatin1String("nosheet")) {
        auto parts = TestWorkbook::minimalParts({ { QStringLiteral("S"), "" } });
        parts.removeIf(
            [](const auto &p) { return p.first.startsWith(QLatin1String("xl/worksheets")); });
        QVERIFY(TestWorkbook::writeZip(path, parts));
    }

    XlsxReader reader;
    QVERIFY(!reader.open(path));
    QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
    if (kind != QLatin1String("missing"))
        QVERIFY2(reader.errorString().contains(QStringLiteral("bad-%1.xlsx").arg(kind)),
                 qPrintable(reader.errorString()));
    QVERIFY(!reader.isOpen());
    QVERIFY(reader.sheets().isEmpty());
}

void TestXlsxReader::corruptedSheetDataIsAnError()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.xlsx"));
    TestWorkbook::Sheet sheet { QStringLiteral("S"), {}, false };
    for (int r = 1; r <= 5000; ++r)
        sheet.setRow(r, 0, { r, r * 3, r * 7 });
    QVERIFY(TestWorkbook::write(good, { sheet }));
    QByteArray bytes = readBytes(good);
    const qsizetype offset = entryDataOffset(bytes, "xl/worksheets/sheet1.xml");
    QVERIFY(offset > 0);
    for (int i = 0; i < 64; ++i)
        bytes[offset + 2000 + i] = char(~bytes.at(offset + 2000 + i));
    const QString path = dir.filePath(QStringLiteral("corrupted.xlsx"));
    QVERIFY(writeBytes(path, bytes));

    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString())); // the directory is intact
    int rows = 0;
    QVERIFY(!reader.readSheet(0, [&](const XlsxRow &) {
        ++rows;
        return true;
    }));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(QLatin1String("corrupted.xlsx"))
                 && reader.errorString().contains(QLatin1String("sheet \"S\""))
                 && reader.errorString().contains(QLatin1String("damaged")),
             qPrintable(reader.errorString()));
    QVERIFY(rows < 5000);
}

void TestXlsxReader::badSharedStringIndexIsAnError()
{
    const QByteArray sheet = "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>7</v></c></row>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("badindex.xlsx"));
    QVERIFY(TestWorkbook::writeZip(
        path, TestWorkbook::minimalParts({ { QStringLiteral("S"), sheet } }, "<si><t>a</t></si>")));
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QVERIFY(reader.readRows(0).isEmpty());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(QLatin1String("B3")), qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
