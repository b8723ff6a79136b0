// `koso import` and `koso export` as a user runs them: the built koso binary (KOSO_CLI_PATH)
// on generated workbooks, on MHLW's real ones (SKIP without them) and on bad files.

#include "KosoRun.h"
#include "MhlwWorkbooks.h"
#include "RequiredData.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

namespace {

using Run = KosoRun;

// The dispatcher reads the command from the first argument; --lang may follow anywhere.
Run koso(const QStringList &arguments)
{
    return runKoso(arguments + QStringList { QStringLiteral("--lang"), QStringLiteral("en") });
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString regionHeader = QStringLiteral("region_code,region_name,measure,year,function,beds");
const QString prefectureHeader
    = QStringLiteral("prefecture_code,prefecture_name,measure,year,function,beds");
const QString hospitalHeader = QStringLiteral(
    "region_code,name,municipality,total,HighAcute,Acute,Recovery,Chronic,Closed,"
    "doctors_fulltime,doctors_parttime,ambulance,general_anaesthesia,births,operations");

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importAndExportGeneratedWorkbook();
    void badFileFailsWithOneLine_data();
    void badFileFailsWithOneLine();
    void usageErrors();
    void impliedEdition();
    void realWorkbooks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestImportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.koso"));
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.create(m_db, QStringLiteral("43"), &error), qPrintable(error));
}

void TestImportCli::importAndExportGeneratedWorkbook()
{
    MhlwWorkbooks::BedBook book;
    MhlwWorkbooks::Area a;
    a.prefectureCode = QStringLiteral("43");
    a.prefectureName = QStringLiteral("熊本県");
    a.regionCode = 4312;
    a.regionName = QStringLiteral("熊本・上益城");
    a.populationMan = 136.1;
    a.areaKm2 = 1347.1;
    a.reported.insert(2015, { 1100, 3900, 3000, 3800 });
    a.reported.insert(2024, { 1376, 3565, 4232, 2646 });
    a.planned = { 1400, 3500, 4300, 2600 };
    a.required = { 1366, 3990, 3931, 2532 };
    book.areas = { a };
    const QString file = m_dir->filePath(QStringLiteral("kumamoto.xlsx"));
    QVERIFY(TestWorkbook::write(file, { MhlwWorkbooks::bedSheet(book) }));

    const Run imported
        = koso({ QStringLiteral("import"), file, QStringLiteral("--db"), m_db,
                 QStringLiteral("--edition"), QStringLiteral("R6"), QStringLiteral("--summary"),
                 m_dir->filePath(QStringLiteral("summary.txt")) });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QLatin1Char('%')), qPrintable(imported.err)); // progress
    QVERIFY2(imported.out.contains(QStringLiteral("kumamoto.xlsx")), qPrintable(imported.out));
    QVERIFY(QString::fromUtf8(fileBytes(m_dir->filePath(QStringLiteral("summary.txt"))))
                .contains(QStringLiteral("令和6年度")));

    const Run exported = koso(
        { QStringLiteral("export"), QStringLiteral("region-beds"), QStringLiteral("--db"), m_db });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QStringList rows = lines(exported.out);
    QCOMPARE(rows.first(), regionHeader);
    QCOMPARE(rows.size(), 1 + 4 * 5); // 2015, 2024, planned 2025, required 2025
    QVERIFY(rows.contains(QStringLiteral("4312,熊本・上益城,reported,2024,Total,11819")));
    QVERIFY(rows.contains(QStringLiteral("4312,熊本・上益城,required,2025,HighAcute,1366")));
    QVERIFY(rows.contains(QStringLiteral("4312,熊本・上益城,planned,2025,Chronic,2600")));
    QVERIFY(!exported.out.contains(QLatin1Char('\r')));

    const Run other
        = koso({ QStringLiteral("export"), QStringLiteral("region-beds"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--prefecture"), QStringLiteral("1") });
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(lines(other.out), QStringList { regionHeader });

    const Run again = koso({ QStringLiteral("import"), file, QStringLiteral("--db"), m_db });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.err.contains(QStringLiteral("Nothing changed")), qPrintable(again.err));

    const Run noList = koso(
        { QStringLiteral("export"), QStringLiteral("hospitals"), QStringLiteral("--db"), m_db });
    QVERIFY(noList.exitCode != 0);
    QCOMPARE(lines(noList.err).size(), 1);
}

void TestImportCli::impliedEdition()
{
    MhlwWorkbooks::BedBook book;
    MhlwWorkbooks::Area a;
    a.prefectureCode = QStringLiteral("43");
    a.prefectureName = QStringLiteral("熊本県");
    a.regionCode = 4312;
    a.regionName = QStringLiteral("熊本・上益城");
    a.populationMan = 136.1;
    a.areaKm2 = 1347.1;
    a.reported.insert(2015, { 1100, 3900, 3000, 3800 });
    a.reported.insert(2024, { 1376, 3565, 4232, 2646 });
    a.planned = { 1400, 3500, 4300, 2600 };
    a.required = { 1366, 3990, 3931, 2532 };
    book.areas = { a };
    const QString r6 = m_dir->filePath(QStringLiteral("r6.xlsx"));
    QVERIFY(TestWorkbook::write(r6, { MhlwWorkbooks::bedSheet(book) }));
    book.areas.first().reported.insert(2025, { 1370, 3500, 4250, 2600 });
    const QString r7 = m_dir->filePath(QStringLiteral("r7.xlsx"));
    QVERIFY(TestWorkbook::write(r7, { MhlwWorkbooks::bedSheet(book) }));

    // Workbooks implying different editions: stopped, one line naming both, nothing written.
    const Run both = koso(
        { QStringLiteral("import"), r6, r7, QStringLiteral("--db"), m_db, QStringLiteral("-q") });
    QVERIFY(both.exitCode != 0);
    QCOMPARE(lines(both.err).size(), 1);
    QVERIFY2(both.err.contains(QStringLiteral("r6.xlsx"))
                 && both.err.contains(QStringLiteral("r7.xlsx"))
                 && both.err.contains(QStringLiteral("令和6年度"))
                 && both.err.contains(QStringLiteral("令和7年度")),
             qPrintable(both.err));

    // Without --edition: the implied one, said in one line with the reason.
    const Run implied = koso(
        { QStringLiteral("import"), r6, QStringLiteral("--db"), m_db, QStringLiteral("-q") });
    QVERIFY2(implied.exitCode == 0, qPrintable(implied.err));
    QCOMPARE(lines(implied.err).size(), 1);
    QVERIFY2(implied.err.contains(QStringLiteral("令和6年度"))
                 && implied.err.contains(QStringLiteral("2024"))
                 && implied.err.contains(QStringLiteral("r6.xlsx")),
             qPrintable(implied.err));
    // --edition still overrides (and nothing is said about an implied one).
    const Run given
        = koso({ QStringLiteral("import"), r7, QStringLiteral("--db"), m_db,
                 QStringLiteral("--edition"), QStringLiteral("R8"), QStringLiteral("-q") });
    QVERIFY2(given.exitCode == 0, qPrintable(given.err));
    QVERIFY2(!given.err.contains(QStringLiteral("implies")), qPrintable(given.err));
    Dataset dataset;
    QString error;
    QVERIFY(dataset.open(m_db, &error));
    FigureStore figures(dataset);
    QVERIFY(figures.edition(QStringLiteral("令和6年度")));
    QVERIFY(figures.edition(QStringLiteral("令和8年度")));
    QVERIFY(!figures.edition(QStringLiteral("令和7年度")));
}

void TestImportCli::badFileFailsWithOneLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("csv renamed") << QByteArray("region,beds\n0101,5243\n") << "text file";
    QTest::newRow("xls renamed") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
            + QByteArray(600, '\0')
                                 << ".xls";
    QTest::newRow("truncated zip")
        << QByteArray("PK\x03\x04", 4) + QByteArray(300, 'x') << "damaged";
}

void TestImportCli::badFileFailsWithOneLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file = m_dir->filePath(QStringLiteral("bad.xlsx"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = fileBytes(m_db);
    const Run r = koso({ QStringLiteral("import"), file, QStringLiteral("--db"), m_db,
                         QStringLiteral("--edition"), QStringLiteral("R6"), QStringLiteral("-q") });
    QVERIFY(r.exitCode != 0);
    const QStringList errorLines = lines(r.err);
    QCOMPARE(errorLines.size(), 1);
    QVERIFY2(errorLines.first().startsWith(QStringLiteral("koso: ")), qPrintable(r.err));
    QVERIFY2(errorLines.first().contains(QStringLiteral("bad.xlsx"))
                 && errorLines.first().contains(expected),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    Dataset dataset;
    QString error;
    QVERIFY(dataset.open(m_db, &error));
    QVERIFY(FigureStore(dataset).importRecords().isEmpty());
}

void TestImportCli::usageErrors()
{
    const Run noDb = koso({ QStringLiteral("import"), QStringLiteral("x.xlsx") });
    QVERIFY(noDb.exitCode != 0);
    QVERIFY2(noDb.err.contains(QStringLiteral("--db")), qPrintable(noDb.err));
    const Run noFiles = koso({ QStringLiteral("import"), QStringLiteral("--db"), m_db });
    QVERIFY(noFiles.exitCode != 0);
    const Run missing
        = koso({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("none.xlsx")),
                 QStringLiteral("--db"), m_db, QStringLiteral("--edition"), QStringLiteral("R6") });
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(QStringLiteral("none.xlsx")), qPrintable(missing.err));
    const Run what = koso(
        { QStringLiteral("export"), QStringLiteral("everything"), QStringLiteral("--db"), m_db });
    QVERIFY(what.exitCode != 0);
    QVERIFY2(what.err.contains(QStringLiteral("region-beds")), qPrintable(what.err));
    const Run help = koso({ QStringLiteral("--help") });
    QVERIFY(help.out.contains(QStringLiteral("import"))
            && help.out.contains(QStringLiteral("export")));
}

void TestImportCli::realWorkbooks()
{
    const QDir data(KosoTest::mhlwDataDir());
    const QStringList names = { QStringLiteral("r6-betten4-2-prefecture-beds.xlsx"),
                                QStringLiteral("r6-betten5-2-region-hospitals.xlsx"),
                                QStringLiteral("r6-betten4-3-region-beds.xlsx") };
    QStringList files;
    for (const QString &n : names) {
        KOSO_REQUIRE(data.exists(n),
                     qPrintable(QStringLiteral("MHLW's workbooks are not in %1 (%2 is missing); "
                                               "set the CMake cache variable KOSO_MHLW_DATA_DIR")
                                    .arg(data.path(), n)));
        files << data.filePath(n);
    }
    // MHLW's R6 files do not state their edition: their 2024 実績 implies 令和6年度.
    const Run imported = koso(QStringList { QStringLiteral("import") } + files
                              + QStringList { QStringLiteral("--db"), m_db, QStringLiteral("-q") });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("令和6年度"))
                 && imported.err.contains(QStringLiteral("2024")),
             qPrintable(imported.err));
    // Every cross-check agrees but one: the kinds guessed from the names disagree with the
    // summary rows' counts of 一般病院 and 有床診療所 in 4 regions (医療情報ネット settles them).
    QVERIFY2(imported.out.contains(QStringLiteral("Warnings (4):")),
             qPrintable(imported.out.left(3000)));
    QCOMPARE(imported.out.count(QStringLiteral("有床診療所")), 4);

    const Run regions = koso(
        { QStringLiteral("export"), QStringLiteral("region-beds"), QStringLiteral("--db"), m_db });
    QCOMPARE(regions.exitCode, 0);
    const QStringList regionRows = lines(regions.out);
    QCOMPARE(regionRows.first(), regionHeader);
    QCOMPARE(regionRows.size(), 1 + 339 * 10 * 5);
    QVERIFY(regionRows.contains(QStringLiteral("0101,南渡島,reported,2024,Total,5243")));
    QVERIFY(regionRows.contains(QStringLiteral("4312,熊本・上益城,required,2025,Total,11819")));

    const Run kumamoto
        = koso({ QStringLiteral("export"), QStringLiteral("region-beds"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--prefecture"), QStringLiteral("43") });
    QCOMPARE(kumamoto.exitCode, 0);
    const QStringList kumamotoRows = lines(kumamoto.out);
    QCOMPARE(kumamotoRows.size(), 1 + 10 * 10 * 5); // 熊本県 has 10 regions
    qint64 required = 0;
    for (const QString &row : kumamotoRows.mid(1)) {
        QVERIFY(row.startsWith(QStringLiteral("43")));
        if (row.contains(QStringLiteral(",required,2025,Total,")))
            required += row.section(QLatin1Char(','), 5).toLongLong();
    }
    QCOMPARE(required, 21024); // the prefecture's required beds, as MHLW's slide gives them

    const Run prefectures = koso({ QStringLiteral("export"), QStringLiteral("prefecture-beds"),
                                   QStringLiteral("--db"), m_db });
    QCOMPARE(prefectures.exitCode, 0);
    const QStringList prefectureRows = lines(prefectures.out);
    QCOMPARE(prefectureRows.first(), prefectureHeader);
    QCOMPARE(prefectureRows.size(), 1 + 48 * 10 * 5);
    QVERIFY(prefectureRows.contains(QStringLiteral("00,全国,required,2025,Total,1190821")));

    const Run hospitals = koso(
        { QStringLiteral("export"), QStringLiteral("hospitals"), QStringLiteral("--db"), m_db });
    QCOMPARE(hospitals.exitCode, 0);
    const QStringList hospitalRows = lines(hospitals.out);
    QCOMPARE(hospitalRows.first(), hospitalHeader);
    QCOMPARE(hospitalRows.size(), 1 + 12064);
    QVERIFY(hospitalRows.contains(
        QStringLiteral("0101,市立函館病院,函館市,582,292,270,0,0,20,129,0,6767,1694,101,5495")));
    const Run hokkaido
        = koso({ QStringLiteral("export"), QStringLiteral("hospitals"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--prefecture"), QStringLiteral("01"),
                 QStringLiteral("--edition"), QStringLiteral("令和6年度") });
    QCOMPARE(hokkaido.exitCode, 0);
    for (const QString &row : lines(hokkaido.out).mid(1))
        QVERIFY(row.startsWith(QStringLiteral("01")));
    const Run unknownEdition
        = koso({ QStringLiteral("export"), QStringLiteral("hospitals"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--edition"), QStringLiteral("令和9年度") });
    QVERIFY(unknownEdition.exitCode != 0);
    QCOMPARE(lines(unknownEdition.err).size(), 1);

    const Run again = koso(QStringList { QStringLiteral("import") } + files
                           + QStringList { QStringLiteral("--db"), m_db });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(again.err.contains(QStringLiteral("Nothing changed")));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
