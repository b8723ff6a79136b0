// MHLW's real 令和6年度 workbooks imported and checked against the reference tables derived
// from them (../shared/data/reference) and against each other. SKIPs with the reason when the
// folders are absent (KOSO_MHLW_DATA_DIR, KOSO_REFERENCE_DATA_DIR cache variables).

#include "RequiredData.h"
#include "demo/DemoGenerator.h"
#include "io/XlsxReader.h"
#include "mhlw/HospitalListImporter.h"
#include "mhlw/ImportSession.h"
#include "mhlw/TidyExport.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

namespace {

const QString mhlwDir = KosoTest::mhlwDataDir();
const QString referenceDir = KosoTest::referenceDataDir();

QStringList r6Files()
{
    return { QDir(mhlwDir).filePath(QStringLiteral("r6-betten5-2-region-hospitals.xlsx")),
             QDir(mhlwDir).filePath(QStringLiteral("r6-betten4-3-region-beds.xlsx")),
             QDir(mhlwDir).filePath(QStringLiteral("r6-betten4-2-prefecture-beds.xlsx")) };
}

// The reference CSVs are plain (no quoted fields): header → column index, rows of fields.
struct Csv
{
    QHash<QString, int> columns;
    QVector<QStringList> rows;
    QString value(const QStringList &row, const QString &column) const
    {
        return row.value(columns.value(column, -1));
    }
};

bool readCsv(const QString &path, Csv *csv)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QStringList lines
        = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).trimmed().split(QLatin1Char(','));
    for (int i = 0; i < header.size(); ++i)
        csv->columns.insert(header.at(i), i);
    for (int i = 1; i < lines.size(); ++i)
        csv->rows << lines.at(i).trimmed().split(QLatin1Char(','));
    return true;
}

const QStringList functionKeys = { QStringLiteral("HighAcute"), QStringLiteral("Acute"),
                                   QStringLiteral("Recovery"), QStringLiteral("Chronic") };
const QStringList functionNames = { QStringLiteral("高度急性期"), QStringLiteral("急性期"),
                                    QStringLiteral("回復期"), QStringLiteral("慢性期") };

// area code → "measure|year|function" → beds (Total computed), from the tidy export.
QHash<QString, QHash<QString, QString>> tidy(const Table &table)
{
    QHash<QString, QHash<QString, QString>> result;
    for (const auto &row : table.rows) {
        const QString key = row.at(2).toString() + QLatin1Char('|') + row.at(3).toString()
            + QLatin1Char('|') + row.at(4).toString();
        result[row.at(0).toString()].insert(key,
                                            row.at(5).isNull() ? QString() : row.at(5).toString());
    }
    return result;
}

} // namespace

class TestRealWorkbooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsOfAreasAndFacilities();
    void regionFiguresEqualTheReferenceTable();
    void prefectureFiguresEqualTheReferenceTable();
    void nationalRequiredBeds();
    void prefectureBlocksEqualTheSumOfTheirRegions();
    void facilitiesAddUpToEachRegionsSummaryRow();
    void markersAreNoValueWithTheirReason();
    void importIsConsistent();
    void importingAgainChangesNothing();
    void demoPrefectureStaysOutOfTheNationalCheck();

private:
    QTemporaryDir m_dir;
    Dataset m_dataset;
    ImportSummary m_summary;
};

void TestRealWorkbooks::initTestCase()
{
    for (const QString &f : r6Files()) {
        KOSO_REQUIRE(QFile::exists(f),
                     qPrintable(QStringLiteral("MHLW's workbooks are not in %1 (%2 is missing); "
                                               "set the CMake cache variable KOSO_MHLW_DATA_DIR")
                                    .arg(mhlwDir, QFileInfo(f).fileName())));
    }
    KOSO_REQUIRE(QFile::exists(QDir(referenceDir).filePath(QStringLiteral("koso_kuiki_beds.csv"))),
                 qPrintable(QStringLiteral("The reference tables are not in %1; set the CMake "
                                           "cache variable KOSO_REFERENCE_DATA_DIR")
                                .arg(referenceDir)));
    QString error;
    QVERIFY2(
        m_dataset.create(m_dir.filePath(QStringLiteral("r6.koso")), QStringLiteral("43"), &error),
        qPrintable(error));
    ImportSession session(m_dataset);
    session.setEdition(QStringLiteral("令和6年度"));
    QVERIFY2(session.run(r6Files(), &m_summary, &error), qPrintable(error));
}

void TestRealWorkbooks::countsOfAreasAndFacilities()
{
    GeographyStore geography(m_dataset);
    QCOMPARE(geography.regions().size(), 339);
    int prefecturesWithRegions = 0;
    for (const Prefecture &p : geography.prefectures()) {
        if (!p.isNational() && !geography.regions(p.code).isEmpty())
            ++prefecturesWithRegions;
    }
    QCOMPARE(prefecturesWithRegions, 47);
    FigureStore figures(m_dataset);
    int prefectureBlocks = 0;
    for (const Prefecture &p : geography.prefectures()) {
        if (!figures.beds(FigureStore::Area::Prefecture, p.code).isEmpty())
            ++prefectureBlocks;
    }
    QCOMPARE(prefectureBlocks, 48); // 全国 and the 47

    QCOMPARE(m_summary.files.size(), 3);
    int facilities = 0;
    int unreported = 0;
    for (const FileImportSummary &f : m_summary.files) {
        QVERIFY(!f.alreadyImported);
        QCOMPARE(f.editionLabel, QStringLiteral("令和6年度"));
        facilities += f.facilities;
        unreported += f.facilitiesUnreported;
    }
    QCOMPARE(facilities, 12064);
    QCOMPARE(unreported, 218);
    QCOMPARE(HospitalStore(m_dataset).count(), qint64(12064));
    QCOMPARE(figures.importRecords().size(), 3);
}

void TestRealWorkbooks::regionFiguresEqualTheReferenceTable()
{
    Csv reference;
    QVERIFY(
        readCsv(QDir(referenceDir).filePath(QStringLiteral("koso_kuiki_beds.csv")), &reference));
    QCOMPARE(reference.rows.size(), 339);
    const auto beds = tidy(TidyExport::regionBeds(m_dataset));
    GeographyStore geography(m_dataset);
    struct Column
    {
        QString prefix;
        QString measureYear;
    };
    const Column columns[] = {
        { QStringLiteral("need2025_"), QStringLiteral("required|2025") },
        { QStringLiteral("reported2015_"), QStringLiteral("reported|2015") },
        { QStringLiteral("reported2024_"), QStringLiteral("reported|2024") },
        { QStringLiteral("planned2025_R6_"), QStringLiteral("planned|2025") },
    };
    int compared = 0;
    for (const QStringList &row : std::as_const(reference.rows)) {
        const QString code = reference.value(row, QStringLiteral("area_code"));
        const auto region = geography.region(code);
        QVERIFY2(region, qPrintable(code));
        QCOMPARE(region->name, reference.value(row, QStringLiteral("area_name")));
        QCOMPARE(region->prefectureCode, reference.value(row, QStringLiteral("pref_code")));
        QCOMPARE(region->population.value_or(-1),
                 reference.value(row, QStringLiteral("population_2020")).toLongLong());
        QCOMPARE(region->areaKm2.value_or(-1),
                 reference.value(row, QStringLiteral("area_km2_2020")).toDouble());
        for (const Column &c : columns) {
            for (int f = 0; f <= functionKeys.size(); ++f) {
                const QString function
                    = f < functionKeys.size() ? functionKeys.at(f) : QStringLiteral("Total");
                const QString name
                    = f < functionNames.size() ? functionNames.at(f) : QStringLiteral("合計");
                const QString expected = reference.value(row, c.prefix + name);
                const QString actual = beds.value(code).value(
                    c.measureYear + QLatin1Char('|') + function, QStringLiteral("(absent)"));
                if (actual != expected)
                    QFAIL(qPrintable(QStringLiteral("%1 %2 %3: imported %4, reference %5")
                                         .arg(code, c.measureYear, function, actual, expected)));
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 339 * 4 * 5);
}

void TestRealWorkbooks::prefectureFiguresEqualTheReferenceTable()
{
    Csv reference;
    QVERIFY(readCsv(QDir(referenceDir).filePath(QStringLiteral("prefecture_beds_by_year.csv")),
                    &reference));
    const auto beds = tidy(TidyExport::prefectureBeds(m_dataset));
    int compared = 0;
    for (const QStringList &row : std::as_const(reference.rows)) {
        const QString code = reference.value(row, QStringLiteral("pref_code"));
        const QString name = reference.value(row, QStringLiteral("bed_function"));
        const int f = int(functionNames.indexOf(name));
        const QString function = f >= 0 ? functionKeys.at(f) : QStringLiteral("Total");
        QStringList checks;
        for (int year : { 2015, 2018, 2019, 2020, 2021, 2022, 2023, 2024 })
            checks << QStringLiteral("reported_%1=reported|%1").arg(year);
        checks << QStringLiteral("planned_2025_R6=planned|2025")
               << QStringLiteral("need_2025=required|2025");
        for (const QString &check : std::as_const(checks)) {
            const QString column = check.section(QLatin1Char('='), 0, 0);
            const QString key = check.section(QLatin1Char('='), 1) + QLatin1Char('|') + function;
            QCOMPARE(beds.value(code).value(key, QStringLiteral("(absent)")),
                     reference.value(row, column));
            ++compared;
        }
    }
    QCOMPARE(compared, 48 * 5 * 10);
}

void TestRealWorkbooks::nationalRequiredBeds()
{
    const auto beds = tidy(TidyExport::regionBeds(m_dataset));
    const qint64 expected[] = { 130455, 400632, 375246, 284488 };
    qint64 total = 0;
    for (int f = 0; f < functionKeys.size(); ++f) {
        qint64 sum = 0;
        for (auto it = beds.cbegin(); it != beds.cend(); ++it)
            sum += it->value(QStringLiteral("required|2025|") + functionKeys.at(f)).toLongLong();
        QCOMPARE(sum, expected[f]);
        total += sum;
    }
    QCOMPARE(total, qint64(1190821));
    const auto national = tidy(TidyExport::prefectureBeds(m_dataset)).value(QStringLiteral("00"));
    QCOMPARE(national.value(QStringLiteral("required|2025|Total")), QStringLiteral("1190821"));
}

void TestRealWorkbooks::prefectureBlocksEqualTheSumOfTheirRegions()
{
    const auto regions = tidy(TidyExport::regionBeds(m_dataset));
    const auto prefectures = tidy(TidyExport::prefectureBeds(m_dataset));
    GeographyStore geography(m_dataset);
    QHash<QString, QHash<QString, qint64>> sums; // prefecture → key → sum over its regions
    QHash<QString, qint64> national;
    for (const Region &r : geography.regions()) {
        const auto figures = regions.value(r.code);
        for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
            sums[r.prefectureCode][it.key()] += it.value().toLongLong();
            national[it.key()] += it.value().toLongLong();
        }
    }
    int compared = 0;
    for (auto p = prefectures.cbegin(); p != prefectures.cend(); ++p) {
        const QHash<QString, qint64> expected
            = p.key() == QLatin1String("00") ? national : sums.value(p.key());
        QVERIFY2(!expected.isEmpty(), qPrintable(p.key()));
        for (auto it = p->cbegin(); it != p->cend(); ++it) {
            if (it.value() != QString::number(expected.value(it.key(), -1)))
                QFAIL(qPrintable(QStringLiteral("%1 %2: prefecture block %3, regions add up to %4")
                                     .arg(p.key(), it.key(), it.value())
                                     .arg(expected.value(it.key(), -1))));
            ++compared;
        }
    }
    QCOMPARE(compared, 48 * 10 * 5);
}

void TestRealWorkbooks::facilitiesAddUpToEachRegionsSummaryRow()
{
    // The summary row of each sheet of 別添5②, read again here, against the facilities as they
    // were stored, and against 別添4③'s 2024 figures.
    XlsxReader reader;
    QVERIFY2(reader.open(r6Files().at(0)), qPrintable(reader.errorString()));
    FigureStore figures(m_dataset);
    HospitalStore hospitals(m_dataset);
    const auto edition = figures.edition(QStringLiteral("令和6年度"));
    QVERIFY(edition);
    const QHash<qint64, HospitalFigures> listed = hospitals.figures(edition->id);
    QHash<QString, QMap<QString, qint64>> stored; // region → function → beds
    for (const Hospital &h : hospitals.hospitals()) {
        const auto it = listed.constFind(h.id);
        if (it == listed.cend())
            continue;
        for (auto b = it->beds.cbegin(); b != it->beds.cend(); ++b)
            stored[h.regionCode][b.key()] += b.value();
    }
    const auto regionBeds = tidy(TidyExport::regionBeds(m_dataset));
    HospitalListImporter importer(figures.bedFunctions(), QStringLiteral("betten5-2"));
    const QVector<int> sheets = HospitalListImporter::regionSheets(reader);
    QCOMPARE(sheets.size(), 339);
    for (int s : sheets) {
        ParsedHospitalSheet sheet;
        QString error;
        QVERIFY2(importer.parseSheet(reader, s, &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.summaryBeds.size(), 5);
        for (auto it = sheet.summaryBeds.cbegin(); it != sheet.summaryBeds.cend(); ++it) {
            if (stored.value(sheet.regionCode).value(it.key()) != it.value())
                QFAIL(qPrintable(QStringLiteral("%1 %2: summary row %3, facilities %4")
                                     .arg(sheet.regionCode, it.key())
                                     .arg(it.value())
                                     .arg(stored.value(sheet.regionCode).value(it.key()))));
            if (it.key() != QLatin1String("Closed"))
                QCOMPARE(regionBeds.value(sheet.regionCode)
                             .value(QStringLiteral("reported|2024|") + it.key())
                             .toLongLong(),
                         it.value());
        }
    }
}

void TestRealWorkbooks::markersAreNoValueWithTheirReason()
{
    // 三重's regions have 「XXX」 for the patient flow; 南檜山 an empty 2015 高度急性期 (0 beds).
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT count(*) FROM region_patient_flow WHERE share IS NULL AND "
                              "missing_reason = 'XXX' AND region_code LIKE '24%'"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    SqlQuery zero(m_dataset.database(),
                  QStringLiteral("SELECT count(*) FROM region_patient_flow WHERE share = 0"));
    QVERIFY(zero.exec() && zero.next());
    const auto beds = tidy(TidyExport::regionBeds(m_dataset));
    QCOMPARE(beds.value(QStringLiteral("0102")).value(QStringLiteral("reported|2015|HighAcute")),
             QStringLiteral("0"));

    // Unreported facilities: listed, no beds, no metrics, never 0.
    Table table;
    QString error;
    QVERIFY2(TidyExport::hospitals(m_dataset, QStringLiteral("01"), QString(), &table, &error),
             qPrintable(error));
    int unreported = 0;
    for (const auto &row : std::as_const(table.rows)) {
        if (row.at(1).toString() == QStringLiteral("医療法人大空 札幌ススキノ病院")) {
            for (int c = 3; c < row.size(); ++c)
                QVERIFY(row.at(c).isNull());
            ++unreported;
        }
        if (row.at(1).toString() == QStringLiteral("市立函館病院")) {
            QCOMPARE(row.at(0).toString(), QStringLiteral("0101"));
            QCOMPARE(row.at(2).toString(), QStringLiteral("函館市"));
            QCOMPARE(row.at(3).toLongLong(), 582);
            QCOMPARE(row.at(4).toLongLong(), 292);
            QCOMPARE(row.at(8).toLongLong(), 20);
            QCOMPARE(row.at(9).toDouble(), 129.0);
            QCOMPARE(row.at(11).toLongLong(), 6767);
        }
    }
    QCOMPARE(unreported, 1);
}

void TestRealWorkbooks::importIsConsistent()
{
    // Every cross-check of MHLW's own derived columns and totals agreed, and the workbooks agree
    // with each other.
    QStringList all = m_summary.warnings;
    for (const FileImportSummary &f : m_summary.files)
        all << f.warnings;
    // But one: the kinds guessed from the names disagree with the summary rows' counts of
    // 一般病院 and 有床診療所 in 4 regions (measured; 医療情報ネット's hospital file settles most).
    const QStringList kinds = all.filter(QStringLiteral("有床診療所"));
    QCOMPARE(kinds.size(), 4);
    for (const QString &w : kinds)
        all.removeOne(w);
    QVERIFY2(all.isEmpty(), qPrintable(all.mid(0, 20).join(QLatin1Char('\n'))));
    SqlQuery fk(m_dataset.database(), QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(fk.exec());
    QVERIFY2(!fk.next(), "the import left rows that break a foreign key");
    SqlQuery on(m_dataset.database(), QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(on.exec() && on.next());
    QCOMPARE(on.value(0).toInt(), 1);
}

void TestRealWorkbooks::importingAgainChangesNothing()
{
    FigureStore figures(m_dataset);
    const Table before = TidyExport::regionBeds(m_dataset);
    ImportSession session(m_dataset);
    ImportSummary summary;
    QString error;
    QVERIFY2(session.run(r6Files(), &summary, &error), qPrintable(error));
    QVERIFY(summary.nothingChanged());
    for (const FileImportSummary &f : summary.files)
        QVERIFY(f.alreadyImported);
    QVERIFY(summary.changes.isEmpty());
    QCOMPARE(figures.importRecords().size(), 3);
    QCOMPARE(TidyExport::regionBeds(m_dataset).rows, before.rows);
    QVERIFY(summary.toText().contains(QStringLiteral("already imported")));
}

void TestRealWorkbooks::demoPrefectureStaysOutOfTheNationalCheck()
{
    // The demo's サンプル県 (99) has a 令和6年度 edition too; 全国 is still the 47 prefectures.
    const QString path = m_dir.filePath(QStringLiteral("demo-plus-r6.koso"));
    QString error;
    QVERIFY2(DemoGenerator().write(path, &error), qPrintable(error));
    Dataset dataset;
    QVERIFY2(dataset.open(path, &error), qPrintable(error));
    ImportSession session(dataset);
    session.setEdition(QStringLiteral("令和6年度"));
    ImportSummary summary;
    QVERIFY2(session.run(r6Files(), &summary, &error), qPrintable(error));
    QStringList all = summary.warnings;
    for (const FileImportSummary &f : summary.files)
        all << f.warnings;
    for (const QString &w : all.filter(QStringLiteral("有床診療所"))) // see importIsConsistent
        all.removeOne(w);
    QVERIFY2(all.isEmpty(), qPrintable(all.mid(0, 20).join(QLatin1Char('\n'))));
    // Both prefectures' figures are there side by side.
    FigureStore figures(dataset);
    QVERIFY(!figures.beds(FigureStore::Area::Region, QStringLiteral("0101")).isEmpty());
    QVERIFY(!figures.beds(FigureStore::Area::Prefecture, DemoGenerator::demoPrefectureCode())
                 .isEmpty());
}

QTEST_GUILESS_MAIN(TestRealWorkbooks)
#include "tst_realworkbooks.moc"
