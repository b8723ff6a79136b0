// Hostile or broken input, built by the tests themselves: decompression bombs (honest and
// forged sizes), a flipped bit under a part's CRC, two parts of one name, an encrypted part, a
// 1-byte file, separators other than commas, sheets and templates far too long, implausible
// dates, a dataset of schema 0. Each must be refused quickly, with a message that names the
// file (and the part or cell), within the import's memory budget, leaving the dataset as it was.

#include "HandZip.h"
#include "KosoRun.h"
#include "PolicyFixture.h"
#include "TestWorkbook.h"

#include "checklist/TemplateImporter.h"
#include "io/TableReader.h"
#include "io/XlsxReader.h"
#include "policy/PolicySheet.h"
#include "policy/ResponsePolicy.h"
#include "storage/Dataset.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/resource.h>
#include <zlib.h>

using namespace Koso;

namespace {

using namespace HandZip;

constexpr qint64 MB = 1024 * 1024;

// prefix + unit × count + suffix, deflated without ever holding it whole: a chunk of units is
// compressed once after a full flush and its bytes repeated (a full flush resets the
// compressor, so every copy compresses alike); the CRC is combined chunk by chunk.
ZipEntry deflatedRepeat(const QString &name, const QByteArray &prefix, const QByteArray &unit,
                        qint64 count, const QByteArray &suffix)
{
    const qint64 perChunk = unit.isEmpty() ? 1 : std::max<qint64>(1, (1 * MB) / unit.size());
    const QByteArray chunk = unit.repeated(qsizetype(std::min(perChunk, count)));
    const qint64 chunks = unit.isEmpty() ? 0 : count / perChunk;
    const QByteArray rest
        = unit.repeated(qsizetype(unit.isEmpty() ? 0 : count % perChunk)) + suffix;

    z_stream z {};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    auto deflatePiece = [&](const QByteArray &in, int flush) {
        QByteArray out;
        QByteArray buffer(256 * 1024, Qt::Uninitialized);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        z.avail_in = uInt(in.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
        return out;
    };
    ZipEntry e;
    e.name = name.toUtf8();
    e.data = deflatePiece(prefix, Z_FULL_FLUSH);
    if (chunks > 0) {
        const QByteArray chunkData = deflatePiece(chunk, Z_FULL_FLUSH);
        for (qint64 i = 0; i < chunks; ++i)
            e.data += chunkData;
    }
    e.data += deflatePiece(rest, Z_FINISH);
    deflateEnd(&z);

    auto crcOf = [](const QByteArray &b) {
        return crc32(0, reinterpret_cast<const Bytef *>(b.constData()), uInt(b.size()));
    };
    uLong crc = crcOf(prefix);
    const uLong chunkCrc = crcOf(chunk);
    for (qint64 i = 0; i < chunks; ++i)
        crc = crc32_combine(crc, chunkCrc, z_off_t(chunk.size()));
    crc = crc32_combine(crc, crcOf(rest), z_off_t(rest.size()));
    e.crc = quint32(crc);
    const qint64 size = prefix.size() + chunks * chunk.size() + rest.size();
    e.size = quint32(std::min<qint64>(size, 0xFFFFFFFFLL));
    return e;
}

const QByteArray sheetStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                              "main\"><sheetData>";
const QByteArray sheetEnd = "</sheetData></worksheet>";
const QByteArray sstStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

// A workbook of one sheet and shared strings, with one part replaced by the given entry.
QByteArray workbookWith(const ZipEntry &replacement)
{
    const auto parts = TestWorkbook::minimalParts(
        { { QStringLiteral("Sheet1"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" } },
        "<si><t>x</t></si>");
    QVector<ZipEntry> entries;
    for (const auto &p : parts) {
        if (p.first.toUtf8() == replacement.name)
            entries << replacement;
        else
            entries << stored(p.first, p.second);
    }
    return zipArchive(entries);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

long childrenPeakMb()
{
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_maxrss / 1024;
}

long selfPeakMb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

struct Bomb
{
    QString part;
    QByteArray prefix;
    QByteArray unit;
    qint64 count;
    QByteArray suffix;
};

// Six ways for one part to inflate to about 1 GB.
QVector<QPair<QString, Bomb>> bombs()
{
    const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
    const QString sst = QStringLiteral("xl/sharedStrings.xml");
    const QByteArray row = "<row><c><v>1</v></c></row>";
    const QByteArray cell = "<c><v>1</v></c>";
    const QByteArray si = "<si><t>a</t></si>";
    return {
        { QStringLiteral("whitespace"), { sheet, sheetStart, " ", 1024 * MB, sheetEnd } },
        { QStringLiteral("rows"), { sheet, sheetStart, row, 1024 * MB / row.size(), sheetEnd } },
        { QStringLiteral("one huge shared string"),
          { sst, sstStart + "<si><t>", "a", 1024 * MB, "</t></si></sst>" } },
        { QStringLiteral("many strings"), { sst, sstStart, si, 1024 * MB / si.size(), "</sst>" } },
        { QStringLiteral("one row of very many cells"),
          { sheet, sheetStart + "<row r=\"1\">", cell, 1024 * MB / cell.size(),
            "</row>" + sheetEnd } },
        { QStringLiteral("a number of a million digits"),
          { sheet, sheetStart + "<row r=\"1\">",
            "<c><v>" + QByteArray("1234567890").repeated(100000) + "</v></c>", 1024,
            "</row>" + sheetEnd } },
    };
}

// Reads the whole workbook as an import would: open, then every sheet.
bool readWorkbook(const QString &path, QString *error)
{
    XlsxReader reader;
    if (!reader.open(path)) {
        *error = reader.errorString();
        return false;
    }
    for (int i = 0; i < reader.sheets().size(); ++i) {
        if (!reader.readSheet(i, [](const XlsxRow &) { return true; })) {
            *error = reader.errorString();
            return false;
        }
    }
    return true;
}

TableData tableOf(const QString &fileName, const QVector<QStringList> &rows)
{
    TableData data;
    data.fileName = fileName;
    for (int i = 0; i < rows.size(); ++i) {
        QVector<QVariant> cells;
        for (const QString &c : rows.at(i))
            cells << c;
        data.rows << cells;
        data.lineNumbers << i + 1;
    }
    return data;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bombsAreRefusedByKosoImport_data();
    void bombsAreRefusedByKosoImport();
    void bombsWithForgedSizesAreRefused_data();
    void bombsWithForgedSizesAreRefused();
    void limitsWithinAPart_data();
    void limitsWithinAPart();
    void flippedBitInSharedStringsIsRefused();
    void duplicatePartIsRefused();
    void encryptedPartIsPasswordProtected();
    void oneByteFileIsNotCalledText();
    void otherSeparatorsAreNamed();
    void policySheetOfTooManyRows();
    void policySheetErrorsAreCapped();
    void policyDatesOutsideThePlausibleRange_data();
    void policyDatesOutsideThePlausibleRange();
    void templateOfTooManyItems();
    void schemaZeroIsRefusedWithoutBackup();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHostileInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHostileInput::cleanup()
{
    m_dir.reset();
}

void TestHostileInput::bombsAreRefusedByKosoImport_data()
{
    QTest::addColumn<int>("which");
    const auto list = bombs();
    for (int i = 0; i < list.size(); ++i)
        QTest::newRow(qPrintable(list.at(i).first)) << i;
}

// The sizes a zip tool writes are honest: the part is refused before it is inflated.
void TestHostileInput::bombsAreRefusedByKosoImport()
{
    QFETCH(int, which);
    const Bomb b = bombs().at(which).second;
    const ZipEntry entry = deflatedRepeat(b.part, b.prefix, b.unit, b.count, b.suffix);
    QVERIFY2(entry.size > 500 * MB, "the part inflates to some 1 GB");
    const QString file = path(QStringLiteral("bomb.xlsx"));
    QVERIFY(writeFile(file, workbookWith(entry)));
    QVERIFY2(QFileInfo(file).size() < 4 * MB, "kept small on disk");

    const QString db = path(QStringLiteral("x.koso"));
    QCOMPARE(runKoso({ QStringLiteral("new"), QStringLiteral("--out"), db,
                       QStringLiteral("--prefecture"), QStringLiteral("13") })
                 .exitCode,
             0);
    const QByteArray before = fileHash(db);
    QElapsedTimer timer;
    timer.start();
    const KosoRun run = runKoso({ QStringLiteral("import"), file, QStringLiteral("--db"), db,
                                  QStringLiteral("--edition"), QStringLiteral("令和6年度") });
    const qint64 ms = timer.elapsed();
    qInfo("%s: refused in %lld ms, children's peak memory %ld MB", qPrintable(b.part), ms,
          childrenPeakMb());
    QVERIFY2(run.exitCode > 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("bomb.xlsx")), qPrintable(run.err));
    QVERIFY2(run.err.contains(b.part), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("refused")), qPrintable(run.err));
    QVERIFY2(ms < 10000, "refused quickly");
    QVERIFY2(childrenPeakMb() < 200, "within the import's memory budget");
    QCOMPARE(fileHash(db), before);
}

void TestHostileInput::bombsWithForgedSizesAreRefused_data()
{
    bombsAreRefusedByKosoImport_data();
}

// A zip may lie about sizes: inflating stops at the stated size, at a run of text or a tag too
// long, or at a string, row or number too large, whichever comes first.
void TestHostileInput::bombsWithForgedSizesAreRefused()
{
    QFETCH(int, which);
    const Bomb b = bombs().at(which).second;
    ZipEntry entry = deflatedRepeat(b.part, b.prefix, b.unit, b.count, b.suffix);
    entry.size = quint32(8 * MB); // forged: the part says 8 MB
    const QString file = path(QStringLiteral("forged.xlsx"));
    QVERIFY(writeFile(file, workbookWith(entry)));
    const long peakBefore = selfPeakMb();
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!readWorkbook(file, &error));
    const qint64 ms = timer.elapsed();
    qInfo("%s: %s (%lld ms, peak %ld MB)", qPrintable(bombs().at(which).first), qPrintable(error),
          ms, selfPeakMb());
    QVERIFY2(error.contains(QStringLiteral("forged.xlsx")), qPrintable(error));
    QVERIFY2(error.contains(b.part), qPrintable(error));
    QVERIFY2(ms < 10000, "refused quickly");
    QVERIFY2(selfPeakMb() - peakBefore < 200 && selfPeakMb() < 400, "memory stays bounded");
}

void TestHostileInput::limitsWithinAPart_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray longString = QByteArray("a").repeated(100000);
    QTest::newRow("a string longer than a cell")
        << QStringLiteral("xl/sharedStrings.xml")
        << QByteArray(sstStart + "<si><t>" + longString + "</t></si></sst>")
        << QStringLiteral("32,767");
    QTest::newRow("too many strings")
        << QStringLiteral("xl/sharedStrings.xml")
        << QByteArray(sstStart
                      + QByteArray("<si><t>a</t></si>").repeated(XlsxLimits::MaxSharedStrings + 1)
                      + "</sst>")
        << QStringLiteral("shared strings");
    QTest::newRow("a row of more cells than Excel's columns")
        << QStringLiteral("xl/worksheets/sheet1.xml")
        << QByteArray(sheetStart + "<row r=\"1\">" + QByteArray("<c><v>1</v></c>").repeated(20000)
                      + "</row>" + sheetEnd)
        << QStringLiteral("16,384");
    QTest::newRow("a number of a million digits")
        << QStringLiteral("xl/worksheets/sheet1.xml")
        << QByteArray(sheetStart + "<row r=\"1\"><c r=\"A1\"><v>"
                      + QByteArray("1234567890").repeated(100000) + "</v></c></row>" + sheetEnd)
        << QStringLiteral("A1");
    QTest::newRow("whitespace between tags")
        << QStringLiteral("xl/worksheets/sheet1.xml")
        << QByteArray(sheetStart + QByteArray(" ").repeated(3 * MB) + sheetEnd)
        << QStringLiteral("in one piece");
    QTest::newRow("a row beyond Excel's last")
        << QStringLiteral("xl/worksheets/sheet1.xml")
        << QByteArray(sheetStart + "<row r=\"2000000\"><c><v>1</v></c></row>" + sheetEnd)
        << QStringLiteral("1,048,576");
}

// Parts small enough to be read, but holding what no workbook holds.
void TestHostileInput::limitsWithinAPart()
{
    QFETCH(QString, part);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("limits.xlsx"));
    QVERIFY(writeFile(file,
                      workbookWith(deflatedRepeat(part, content, QByteArray(), 0, QByteArray()))));
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!readWorkbook(file, &error));
    QVERIFY2(error.contains(QStringLiteral("limits.xlsx")) && error.contains(part),
             qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(timer.elapsed() < 5000, "refused quickly");
}

// A flipped bit in a stored part keeps the XML well-formed; only the CRC tells.
void TestHostileInput::flippedBitInSharedStringsIsRefused()
{
    const QByteArray sst = sstStart + "<si><t>川越比企</t></si></sst>";
    ZipEntry entry = stored(QStringLiteral("xl/sharedStrings.xml"), sst);
    const QString good = path(QStringLiteral("good.xlsx"));
    QVERIFY(writeFile(good, workbookWith(entry)));
    QString error;
    QVERIFY2(readWorkbook(good, &error), qPrintable(error));

    const qsizetype at = entry.data.indexOf("<t>") + 4; // inside 越
    entry.data[at] = char(entry.data.at(at) ^ 0x01);
    const QString flipped = path(QStringLiteral("flipped.xlsx"));
    QVERIFY(writeFile(flipped, workbookWith(entry)));
    QVERIFY(!readWorkbook(flipped, &error));
    QVERIFY2(error.contains(QStringLiteral("flipped.xlsx"))
                 && error.contains(QStringLiteral("xl/sharedStrings.xml"))
                 && error.contains(QStringLiteral("damaged")),
             qPrintable(error));
}

void TestHostileInput::duplicatePartIsRefused()
{
    const auto parts = TestWorkbook::minimalParts(
        { { QStringLiteral("Sheet1"), "<row r=\"1\"><c r=\"A1\"><v>1763</v></c></row>" } });
    QVector<ZipEntry> entries;
    for (const auto &p : parts)
        entries << stored(p.first, p.second);
    entries << stored(QStringLiteral("xl/worksheets/sheet1.xml"),
                      sheetStart + "<row r=\"1\"><c r=\"A1\"><v>9763</v></c></row>" + sheetEnd);
    const QString file = path(QStringLiteral("twice.xlsx"));
    QVERIFY(writeFile(file, zipArchive(entries)));
    QString error;
    QVERIFY(!readWorkbook(file, &error));
    QVERIFY2(error.contains(QStringLiteral("twice.xlsx"))
                 && error.contains(QStringLiteral("xl/worksheets/sheet1.xml"))
                 && error.contains(QStringLiteral("two parts")),
             qPrintable(error));
}

void TestHostileInput::encryptedPartIsPasswordProtected()
{
    const auto parts = TestWorkbook::minimalParts(
        { { QStringLiteral("Sheet1"), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" } });
    QVector<ZipEntry> entries;
    for (const auto &p : parts) {
        ZipEntry e = stored(p.first, p.second);
        e.flags = 1; // traditional PKWARE encryption
        entries << e;
    }
    const QString file = path(QStringLiteral("locked.xlsx"));
    QVERIFY(writeFile(file, zipArchive(entries)));
    XlsxReader reader;
    QVERIFY(!reader.open(file));
    QVERIFY2(reader.errorString().contains(QStringLiteral("password-protected")),
             qPrintable(reader.errorString()));
    QVERIFY2(!reader.errorString().contains(QStringLiteral("damaged")),
             qPrintable(reader.errorString()));
}

void TestHostileInput::oneByteFileIsNotCalledText()
{
    const QString file = path(QStringLiteral("one.xlsx"));
    QVERIFY(writeFile(file, "P"));
    XlsxReader reader;
    QVERIFY(!reader.open(file));
    QVERIFY2(reader.errorString().contains(QStringLiteral("1 byte")),
             qPrintable(reader.errorString()));
    QVERIFY2(!reader.errorString().contains(QStringLiteral("text file")),
             qPrintable(reader.errorString()));
}

void TestHostileInput::otherSeparatorsAreNamed()
{
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.create(path(QStringLiteral("d.koso")), QStringLiteral("13"), &error),
             qPrintable(error));
    const QString policy = path(QStringLiteral("policy.csv"));
    QVERIFY(writeFile(
        policy, QStringLiteral("管理番号;医療機関名;対応方針の状況\n1;A病院;策定中\n").toUtf8()));
    const PolicySheetPreview preview = PolicySheet::readFile(dataset, policy);
    QVERIFY(!preview.ok());
    QVERIFY2(preview.errors.first().message.contains(QStringLiteral("semicolons")),
             qPrintable(preview.errors.first().message));
    QVERIFY(preview.errors.first().message.contains(QStringLiteral("commas")));

    const QString checklist = path(QStringLiteral("template.csv"));
    QVERIFY(writeFile(checklist,
                      QStringLiteral("No.\tジャンル\t項目\t根拠\n1\tA\t項目1\t法\n").toUtf8()));
    ChecklistTemplate t;
    QVERIFY(!TemplateImporter::readFile(checklist, &t, &error));
    QVERIFY2(error.contains(QStringLiteral("tabs")) && error.contains(QStringLiteral("commas")),
             qPrintable(error));
}

void TestHostileInput::policySheetOfTooManyRows()
{
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.create(path(QStringLiteral("d.koso")), QStringLiteral("13"), &error),
             qPrintable(error));
    QByteArray csv = "管理番号,医療機関名,対応方針の状況\n";
    for (int i = 1; i <= 200000; ++i)
        csv += QByteArray::number(i) + ",病院" + QByteArray::number(i) + ",策定中\n";
    const QString file = path(QStringLiteral("huge.csv"));
    QVERIFY(writeFile(file, csv));
    const long peakBefore = selfPeakMb();
    QElapsedTimer timer;
    timer.start();
    const PolicySheetPreview preview = PolicySheet::readFile(dataset, file);
    qInfo("200,000 rows refused in %lld ms, peak %ld MB", timer.elapsed(), selfPeakMb());
    QVERIFY(!preview.ok());
    QCOMPARE(preview.errorCount(), 1);
    QVERIFY2(preview.errors.first().message.contains(QStringLiteral("20,000")),
             qPrintable(preview.errors.first().message));
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(selfPeakMb() - peakBefore < 200);
}

void TestHostileInput::policySheetErrorsAreCapped()
{
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.create(path(QStringLiteral("d.koso")), QStringLiteral("13"), &error),
             qPrintable(error));
    QVector<QStringList> rows { { QStringLiteral("管理番号"), QStringLiteral("対応方針の状況") } };
    for (int i = 0; i < 5000; ++i)
        rows << QStringList { QString::number(900000 + i), QStringLiteral("策定中") };
    const PolicySheetPreview preview
        = PolicySheet::read(dataset, tableOf(QStringLiteral("s.csv"), rows));
    QCOMPARE(int(preview.errors.size()), PolicySheet::MaxListedErrors);
    QCOMPARE(preview.errorCount(), 5000);
    QVERIFY2(preview.moreErrorsText().contains(QStringLiteral("4,800")),
             qPrintable(preview.moreErrorsText()));
    QVERIFY(preview.changes.isEmpty());
}

void TestHostileInput::policyDatesOutsideThePlausibleRange_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0001-01-01") << QStringLiteral("0001-01-01") << false;
    QTest::newRow("1900/1/1") << QStringLiteral("1900/1/1") << false;
    QTest::newRow("1999/12/31") << QStringLiteral("1999/12/31") << false;
    QTest::newRow("2000/1/1") << QStringLiteral("2000/1/1") << true;
    QTest::newRow("R6.3.31") << QStringLiteral("R6.3.31") << true;
}

void TestHostileInput::policyDatesOutsideThePlausibleRange()
{
    QFETCH(QString, date);
    QFETCH(bool, accepted);
    Dataset dataset;
    PolicyFixture::Ids ids;
    QVERIFY(PolicyFixture::build(dataset, path(QStringLiteral("d.koso")), &ids));
    const qint64 id = ids.a;
    const TableData data = tableOf(QStringLiteral("s.csv"),
                                   { { QStringLiteral("管理番号"), QStringLiteral("策定日") },
                                     { QString::number(id), date } });
    const PolicySheetPreview preview = PolicySheet::read(dataset, data, QDate(2025, 6, 1));
    QCOMPARE(preview.ok(), accepted);
    if (!accepted) {
        QVERIFY2(preview.errors.first().message.contains(QStringLiteral("2000")),
                 qPrintable(preview.errors.first().message));
        QCOMPARE(preview.errors.first().column, QStringLiteral("策定日"));
    }
    QVERIFY(ResponsePolicy::isPlausibleDate(QDate(2024, 3, 31), QDate(2025, 6, 1)));
    QVERIFY(!ResponsePolicy::isPlausibleDate(QDate(1, 1, 1), QDate(2025, 6, 1)));
    QVERIFY(!ResponsePolicy::isPlausibleDate(QDate(2036, 1, 1), QDate(2025, 6, 1)));
}

void TestHostileInput::templateOfTooManyItems()
{
    QByteArray csv = "No.,ジャンル,項目,根拠\n";
    for (int i = 1; i <= 200000; ++i)
        csv += QByteArray::number(i) + ",ジャンル,項目" + QByteArray::number(i) + ",法\n";
    const QString file = path(QStringLiteral("items.csv"));
    QVERIFY(writeFile(file, csv));
    QElapsedTimer timer;
    timer.start();
    ChecklistTemplate t;
    QString error;
    QVERIFY(!TemplateImporter::readFile(file, &t, &error));
    QVERIFY2(error.contains(QStringLiteral("500")) && error.contains(QStringLiteral("items.csv")),
             qPrintable(error));
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(t.items.isEmpty());
}

void TestHostileInput::schemaZeroIsRefusedWithoutBackup()
{
    const QString file = path(QStringLiteral("zero.koso"));
    {
        Dataset dataset;
        QString error;
        QVERIFY2(dataset.create(file, QStringLiteral("13"), &error), qPrintable(error));
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("zero"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 0")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("zero"));
    const QByteArray before = fileHash(file);
    Dataset dataset;
    QString error;
    QVERIFY(!dataset.open(file, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Koso Planner dataset")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".bak-v0")));
    QCOMPARE(fileHash(file), before);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
