// The importers on small workbooks written by the test in MHLW's layouts, with the changes a
// later edition brings (shifted and extra columns, another year, other labels), markers, bad
// files, editions, and what a failed import must leave behind: nothing.

#include "MhlwWorkbooks.h"
#include "mhlw/EditionLabel.h"
#include "mhlw/HospitalMatcher.h"
#include "mhlw/ImportSession.h"
#include "mhlw/Label.h"
#include "mhlw/TidyExport.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;
using namespace MhlwWorkbooks;

namespace {

Beds beds(int h, int a, int r, int c)
{
    return { h, a, r, c };
}

// A region with figures derived from a seed, for the years given.
Area region(const QString &pref, const QString &prefName, int code, const QString &name, int seed,
            const QList<int> &years = { 2015, 2018, 2019, 2020, 2021, 2022, 2023, 2024 })
{
    Area a;
    a.prefectureCode = pref;
    a.prefectureName = prefName;
    a.regionCode = code;
    a.regionName = name;
    a.populationMan = 10 + seed * 1.2345;
    a.areaKm2 = 100.5 * seed;
    a.patientFlow = -0.125 * seed / 4;
    for (int y : years) {
        const int k = y - 2015;
        a.reported.insert(y, beds(seed * 10 + k, seed * 100 - k, seed * 20 + 2 * k, seed * 50));
        a.rates.insert(y, 0.9 + 0.01 * (k % 10));
    }
    a.planned = beds(seed * 11, seed * 90, seed * 30, seed * 45);
    a.required = beds(seed * 12, seed * 80, seed * 40, seed * 44);
    return a;
}

QVector<Area> regions()
{
    return {
        region(QStringLiteral("1"), QStringLiteral("北海道"), 101, QStringLiteral("南渡島"), 3),
        region(QStringLiteral("43"), QStringLiteral("熊本県"), 4301, QStringLiteral("熊本・上益城"),
               7),
        region(QStringLiteral("43"), QStringLiteral("熊本県"), 4302, QStringLiteral("宇城"), 2)
    };
}

// 全国 and the two prefectures, as the sums of the regions above.
QVector<Area> prefectures(const QVector<Area> &regs)
{
    QVector<Area> result;
    auto add = [](Area &into, const Area &a) {
        for (auto it = a.reported.cbegin(); it != a.reported.cend(); ++it) {
            Beds &b = into.reported[it.key()];
            for (int f = 0; f < 4; ++f)
                b[f] = b[f].toInt() + it.value()[f].toInt();
            into.rates.insert(it.key(), 0.95);
        }
        for (int f = 0; f < 4; ++f) {
            into.planned[f] = into.planned[f].toInt() + a.planned[f].toInt();
            into.required[f] = into.required[f].toInt() + a.required[f].toInt();
        }
        into.populationMan += a.populationMan;
        into.areaKm2 += a.areaKm2;
    };
    Area nation;
    nation.prefectureCode = QStringLiteral("0");
    nation.prefectureName = QStringLiteral("全国");
    QMap<QString, Area> byPrefecture;
    for (const Area &a : regs) {
        add(nation, a);
        Area &p = byPrefecture[a.prefectureCode];
        p.prefectureCode = a.prefectureCode;
        p.prefectureName = a.prefectureName;
        add(p, a);
    }
    result << nation;
    for (const Area &p : std::as_const(byPrefecture))
        result << p;
    std::sort(result.begin() + 1, result.end(), [](const Area &a, const Area &b) {
        return a.prefectureCode.toInt() < b.prefectureCode.toInt();
    });
    return result;
}

bool writeBedBook(const QString &path, const BedBook &book)
{
    return TestWorkbook::write(path, { bedSheet(book) });
}

Facility facility(const QString &name, const QString &town, int h, int a, int r, int c, int closed,
                  double doctors = 5)
{
    Facility f;
    f.name = name;
    f.municipality = town;
    f.beds = { h + a + r + c + closed, h, a, r, c, closed };
    f.doctorsFull = doctors;
    f.doctorsPart = 0.5;
    f.volumes = { 100, 20, 0, 50 };
    f.stay = { h ? QVariant(10.5) : QVariant(QStringLiteral("-")), 14.25, QStringLiteral("-"),
               QStringLiteral("-") };
    return f;
}

RegionSheet kumamoto()
{
    RegionSheet s;
    s.regionCode = 4301;
    s.prefectureName = QStringLiteral("熊本県");
    s.regionName = QStringLiteral("熊本・上益城");
    s.populationMan = 10 + 7 * 1.2345;
    s.areaKm2 = 703.5;
    Facility big = facility(QStringLiteral("熊本赤十字病院"), QStringLiteral("熊本市"), 300, 160, 0,
                            0, 0, 180);
    big.roles = { QStringLiteral("地"), QStringLiteral("三次"), QStringLiteral("二次") };
    s.facilities << big
                 << facility(QStringLiteral("医療法人社団　桜会　さくら病院"),
                             QStringLiteral("熊本市"), 0, 60, 40, 0, 10)
                 << facility(QStringLiteral("くまもと内科クリニック"), QStringLiteral("益城町"), 0,
                             19, 0, 0, 0, 1);
    Facility masked
        = facility(QStringLiteral("小さな産院"), QStringLiteral("熊本市"), 0, 8, 0, 0, 0, 1);
    masked.volumes = { 0, QStringLiteral("*"), 30, QStringLiteral("*") };
    s.facilities << masked;
    Facility unreported;
    unreported.name = QStringLiteral("報告なし病院");
    unreported.beds = { QStringLiteral("未報告") };
    s.facilities << unreported;
    s.required = { 84, 560, 280, 308 };
    return s;
}

RegionSheet uki()
{
    RegionSheet s;
    s.regionCode = 4302;
    s.prefectureName = QStringLiteral("熊本県");
    s.regionName = QStringLiteral("宇城");
    s.populationMan = 12.469;
    s.areaKm2 = 201;
    s.facilities << facility(
        QStringLiteral("宇城総合病院"), QStringLiteral("宇城市"), 0, 100, 20, 50,
        0) << facility(QStringLiteral("三角診療所"), QStringLiteral("宇城市"), 0, 0, 0, 19, 0, 1);
    s.required = { 24, 160, 80, 88 };
    s.flowText = QStringLiteral("⑨一般病床流出入率：+3.0%");
    return s;
}

// Every table's rows, for "the dataset is unchanged" (content, not bytes).
QString dump(Dataset &dataset)
{
    QString out;
    SqlQuery tables(
        dataset.database(),
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    if (!tables.exec())
        return QStringLiteral("error");
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &t : std::as_const(names)) {
        SqlQuery info(dataset.database(),
                      QStringLiteral("SELECT count(*) FROM pragma_table_info(?)"));
        if (!info.exec({ t }) || !info.next())
            return QStringLiteral("error");
        QStringList order;
        for (int i = 1; i <= info.value(0).toInt(); ++i)
            order << QString::number(i);
        SqlQuery rows(dataset.database(),
                      QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                          .arg(t, order.join(QLatin1Char(','))));
        if (!rows.exec())
            return QStringLiteral("error");
        out += QStringLiteral("## %1\n").arg(t);
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.query().record().count(); ++i)
                cells << rows.value(i).toString();
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

// area → "measure|year|function" → beds, from the tidy export.
QHash<QString, QHash<QString, QString>> tidy(const Table &table)
{
    QHash<QString, QHash<QString, QString>> result;
    for (const auto &row : table.rows)
        result[row.at(0).toString()].insert(
            row.at(2).toString() + QLatin1Char('|') + row.at(3).toString() + QLatin1Char('|')
                + row.at(4).toString(),
            row.at(5).isNull() ? QStringLiteral("") : row.at(5).toString());
    return result;
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void labels();
    void editionLabels();
    void importsRegionWorkbook();
    void shiftedAndExtraColumnsReadTheSame();
    void laterEditionAddsYearsAndOverrides();
    void olderEditionAfterNewerKeepsNewer();
    void missingLabelStops_data();
    void missingLabelStops();
    void markersAreNoValue();
    void otherTextInAFigureIsRefused();
    void emptySheetIsRefused();
    void importingTheSameFileAgainChangesNothing();
    void failedImportLeavesDatasetUnchanged();
    void editionIsImplied();
    void kindComesFromContentNotName();
    void crossChecksWarn();
    void prefectureWorkbookAndSums();
    void hospitalList();
    void hospitalListOfALaterEdition();
    void hospitalListMissingHeaderStops();
    void facilitiesAcrossEditions();
    void renameSimilarity();
    void cancelledImportChangesNothing();
    void implausibleFiguresAreRefused_data();
    void implausibleFiguresAreRefused();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A fresh dataset in the same folder (the workbooks written so far stay).
    void newDataset();
    bool import(const QStringList &files, ImportSummary *summary, QString *error,
                const QString &edition = QStringLiteral("令和6年度"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dataset> m_dataset;
};

void TestImporters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dataset = std::make_unique<Dataset>();
    QString error;
    QVERIFY2(m_dataset->create(path(QStringLiteral("test.koso")), QStringLiteral("43"), &error),
             qPrintable(error));
}

void TestImporters::newDataset()
{
    static int n = 0;
    m_dataset = std::make_unique<Dataset>();
    QString error;
    QVERIFY2(m_dataset->create(path(QStringLiteral("test-%1.koso").arg(++n)), QStringLiteral("43"),
                               &error),
             qPrintable(error));
}

void TestImporters::cleanup()
{
    m_dataset.reset();
    m_dir.reset();
}

bool TestImporters::import(const QStringList &files, ImportSummary *summary, QString *error,
                           const QString &edition)
{
    ImportSession session(*m_dataset);
    session.setEdition(edition);
    return session.run(files, summary, error);
}

void TestImporters::labels()
{
    QCOMPARE(Label::normalize(QStringLiteral("2015\n実績")), QStringLiteral("2015実績"));
    QCOMPARE(Label::normalize(QStringLiteral("２０２５　見込量")), QStringLiteral("2025見込量"));
    QCOMPARE(Label::core(QStringLiteral("①医療機関名")), QStringLiteral("医療機関名"));
    QCOMPARE(Label::core(QStringLiteral("（報告率）")), QStringLiteral("報告率"));
    QCOMPARE(Label::core(QStringLiteral("○基礎情報")), QStringLiteral("基礎情報"));
    QCOMPARE(Label::core(QStringLiteral("(2)区域内の医療機関（病床数の多い順）")),
             QStringLiteral("区域内の医療機関(病床数の多い順)"));
    QCOMPARE(Label::core(QStringLiteral("2020国勢調査人口")), QStringLiteral("2020国勢調査人口"));
    QCOMPARE(Hospital::nameKey(QStringLiteral("医療法人社団　桜会 さくら病院")),
             QStringLiteral("医療法人社団桜会さくら病院"));
}

void TestImporters::editionLabels()
{
    for (const QString &text :
         { QStringLiteral("令和6年度"), QStringLiteral("R6"), QStringLiteral("r6"),
           QStringLiteral("令和６年度"), QStringLiteral("2024年度"), QStringLiteral("FY2024"),
           QStringLiteral("R6年度") }) {
        const EditionLabel e = EditionLabel::parse(text);
        QVERIFY2(e.isValid(), qPrintable(text));
        QCOMPARE(e.label, QStringLiteral("令和6年度"));
        QCOMPARE(e.fiscalYear, 2024);
    }
    QCOMPARE(EditionLabel::parse(QStringLiteral("令和元年度")).fiscalYear, 2019);
    QVERIFY(!EditionLabel::parse(QStringLiteral("latest")).isValid());
    QVERIFY(!EditionLabel::find(QStringLiteral("※年度ごとに報告率が異なることに留意")).isValid());
    QCOMPARE(EditionLabel::find(QStringLiteral("令和7年度 病床機能報告")).label,
             QStringLiteral("令和7年度"));
}

void TestImporters::importsRegionWorkbook()
{
    BedBook book;
    book.areas = regions();
    QVERIFY(writeBedBook(path(QStringLiteral("region.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("region.xlsx")) }, &summary, &error), qPrintable(error));
    QCOMPARE(summary.files.size(), 1);
    QCOMPARE(summary.files.at(0).kindKey, QStringLiteral("mhlw-region-beds"));
    QCOMPARE(summary.files.at(0).regions, 3);
    QVERIFY2(summary.warningCount() == 0, qPrintable(summary.toText()));

    GeographyStore geography(*m_dataset);
    const auto r = geography.region(QStringLiteral("0101"));
    QVERIFY(r);
    QCOMPARE(r->name, QStringLiteral("南渡島"));
    QCOMPARE(r->prefectureCode, QStringLiteral("01"));
    QCOMPARE(r->population.value_or(0), qint64(137035)); // 13.7035 万人 → persons
    QCOMPARE(r->areaKm2.value_or(0), 301.5);

    const auto k = tidy(TidyExport::regionBeds(*m_dataset)).value(QStringLiteral("4301"));
    QCOMPARE(k.value(QStringLiteral("reported|2024|HighAcute")), QStringLiteral("79"));
    QCOMPARE(k.value(QStringLiteral("reported|2024|Acute")), QStringLiteral("691"));
    QCOMPARE(k.value(QStringLiteral("reported|2024|Total")), QStringLiteral("1278"));
    QCOMPARE(k.value(QStringLiteral("planned|2025|Recovery")), QStringLiteral("210"));
    QCOMPARE(k.value(QStringLiteral("required|2025|Chronic")), QStringLiteral("308"));
    QCOMPARE(k.value(QStringLiteral("reported|2015|HighAcute")), QStringLiteral("70"));
    // MHLW leaves 0 beds empty; they read as 0, not as no value.
    BedBook zero;
    Area z
        = region(QStringLiteral("1"), QStringLiteral("北海道"), 102, QStringLiteral("南檜山"), 1);
    z.reported[2015] = beds(0, 202, 0, 197);
    zero.areas = { z };
    QVERIFY(writeBedBook(path(QStringLiteral("zero.xlsx")), zero));
    QVERIFY2(import({ path(QStringLiteral("zero.xlsx")) }, &summary, &error), qPrintable(error));
    const auto z2 = tidy(TidyExport::regionBeds(*m_dataset)).value(QStringLiteral("0102"));
    QCOMPARE(z2.value(QStringLiteral("reported|2015|HighAcute")), QStringLiteral("0"));
    QCOMPARE(z2.value(QStringLiteral("reported|2015|Total")), QStringLiteral("399"));

    FigureStore figures(*m_dataset);
    const auto rates = figures.reportingRates(FigureStore::Area::Region, QStringLiteral("4301"));
    QCOMPARE(rates.size(), 8);
    QCOMPARE(rates.first().rate.value_or(-1), 0.9);
    SqlQuery flow(
        m_dataset->database(),
        QStringLiteral("SELECT share FROM region_patient_flow WHERE region_code = '4301'"));
    QVERIFY(flow.exec() && flow.next());
    QCOMPARE(flow.value(0).toDouble(), -0.125 * 7 / 4);
    const auto records = figures.importRecords();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.first().fileName, QStringLiteral("region.xlsx"));
    QCOMPARE(records.first().sha256.size(), 64);
    QCOMPARE(figures.edition(QStringLiteral("令和6年度"))->fiscalYear, 2024);
}

void TestImporters::shiftedAndExtraColumnsReadTheSame()
{
    BedBook plain;
    plain.areas = regions();
    BedBook shifted = plain;
    shifted.shift = 3;
    shifted.extraColumn = true;
    QVERIFY(writeBedBook(path(QStringLiteral("plain.xlsx")), plain));
    QVERIFY(writeBedBook(path(QStringLiteral("shifted.xlsx")), shifted));

    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("shifted.xlsx")) }, &summary, &error), qPrintable(error));
    const Table fromShifted = TidyExport::regionBeds(*m_dataset);
    // The unknown column is reported once, not read.
    QCOMPARE(summary.files.at(0).warnings.size(), 1);
    QVERIFY2(summary.files.at(0).warnings.first().contains(QStringLiteral("参考値")),
             qPrintable(summary.files.at(0).warnings.first()));

    newDataset();
    QVERIFY2(import({ path(QStringLiteral("plain.xlsx")) }, &summary, &error), qPrintable(error));
    QCOMPARE(TidyExport::regionBeds(*m_dataset).rows, fromShifted.rows);
    QCOMPARE(fromShifted.rows.size(), 3 * 10 * 5);
}

void TestImporters::laterEditionAddsYearsAndOverrides()
{
    BedBook r6;
    r6.areas = regions();
    QVERIFY(writeBedBook(path(QStringLiteral("r6.xlsx")), r6));

    // The next edition: 2025 実績, 見込量 for 2026, the edition in its title, and (as MHLW's
    // R7 file does) a 2024 column that differs for one region.
    BedBook r7;
    r7.title = QStringLiteral(
        "令和7年度 都道府県別・構想区域別の病床機能報告上の病床数及び地域医療構想における"
        "将来の病床数の必要量等");
    r7.plannedYear = 2026;
    for (Area a : regions()) {
        a.reported.insert(2025, beds(1, 2, 3, 4));
        a.rates.insert(2025, 0.98);
        if (a.regionCode == 4302)
            a.reported[2024] = a.reported.value(2025);
        r7.areas << a;
    }
    QVERIFY(writeBedBook(path(QStringLiteral("r7.xlsx")), r7));

    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("r6.xlsx")) }, &summary, &error), qPrintable(error));
    QVERIFY(summary.changes.isEmpty());
    QVERIFY2(import({ path(QStringLiteral("r7.xlsx")) }, &summary, &error, QString()),
             qPrintable(error));
    QCOMPARE(summary.files.at(0).editionLabel, QStringLiteral("令和7年度"));

    // Exactly the four functions of 宇城's 2024 changed.
    QCOMPARE(summary.changes.size(), 4);
    for (const FigureChange &c : std::as_const(summary.changes)) {
        QCOMPARE(c.areaCode, QStringLiteral("4302"));
        QCOMPARE(c.year, 2024);
        QCOMPARE(c.measure, Measure::Reported);
        QCOMPARE(c.beforeEdition, QStringLiteral("令和6年度"));
        QCOMPARE(c.afterEdition, QStringLiteral("令和7年度"));
        QVERIFY(!c.newerKept);
    }
    const QString text = summary.toText();
    QVERIFY2(text.contains(QStringLiteral("4302")) && text.contains(QStringLiteral("令和6年度")),
             qPrintable(text));

    const auto beds = tidy(TidyExport::regionBeds(*m_dataset));
    QCOMPARE(beds.value(QStringLiteral("4302")).value(QStringLiteral("reported|2024|Acute")),
             QStringLiteral("2"));
    QCOMPARE(beds.value(QStringLiteral("4302")).value(QStringLiteral("reported|2025|Chronic")),
             QStringLiteral("4"));
    QCOMPARE(beds.value(QStringLiteral("4301")).value(QStringLiteral("planned|2026|Acute")),
             QStringLiteral("630"));
    // Both 見込量 stay: 2025 from R6, 2026 from R7.
    QCOMPARE(beds.value(QStringLiteral("4301")).value(QStringLiteral("planned|2025|Acute")),
             QStringLiteral("630"));
    // The older figure is kept.
    FigureStore figures(*m_dataset);
    int editionsOf2024 = 0;
    for (const BedFigure &f :
         figures.bedsAllEditions(FigureStore::Area::Region, QStringLiteral("4302"))) {
        if (f.year == 2024 && f.functionKey == QLatin1String("Acute"))
            ++editionsOf2024;
    }
    QCOMPARE(editionsOf2024, 2);
}

void TestImporters::olderEditionAfterNewerKeepsNewer()
{
    BedBook r6;
    r6.areas = regions();
    BedBook r7 = r6;
    r7.title = QStringLiteral("令和7年度 構想区域別の病床数の必要量等");
    r7.areas[0].reported[2024] = beds(1, 1, 1, 1);
    QVERIFY(writeBedBook(path(QStringLiteral("r6.xlsx")), r6));
    QVERIFY(writeBedBook(path(QStringLiteral("r7.xlsx")), r7));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("r7.xlsx")) }, &summary, &error, QString()),
             qPrintable(error));
    QVERIFY2(import({ path(QStringLiteral("r6.xlsx")) }, &summary, &error), qPrintable(error));
    QCOMPARE(summary.changes.size(), 4);
    for (const FigureChange &c : std::as_const(summary.changes))
        QVERIFY(c.newerKept);
    QCOMPARE(tidy(TidyExport::regionBeds(*m_dataset))
                 .value(QStringLiteral("0101"))
                 .value(QStringLiteral("reported|2024|Acute")),
             QStringLiteral("1"));
}

void TestImporters::missingLabelStops_data()
{
    QTest::addColumn<QString>("leaveOut");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("row");
    QTest::newRow("function row") << "回復期"
                                  << "回復期" << 12;
    QTest::newRow("required column") << "必要数"
                                     << "必要数" << 11;
    QTest::newRow("planned column") << "見込量"
                                    << "見込量" << 11;
    QTest::newRow("region row") << "構想区域"
                                << "構想区域" << 6;
}

void TestImporters::missingLabelStops()
{
    QFETCH(QString, leaveOut);
    QFETCH(QString, expected);
    QFETCH(int, row);
    BedBook good;
    good.areas = regions();
    BedBook bad = good;
    bad.leaveOut = leaveOut;
    QVERIFY(writeBedBook(path(QStringLiteral("good.xlsx")), good));
    QVERIFY(writeBedBook(path(QStringLiteral("bad-layout.xlsx")), bad));
    const QString before = dump(*m_dataset);
    ImportSummary summary;
    QString error;
    QVERIFY(!import({ path(QStringLiteral("good.xlsx")), path(QStringLiteral("bad-layout.xlsx")) },
                    &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("bad-layout.xlsx")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("構想区域別必要量との比較")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("row %1").arg(row)), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(dump(*m_dataset), before);
}

void TestImporters::markersAreNoValue()
{
    BedBook book;
    Area a = regions().at(1);
    a.reported[2024] = { QStringLiteral("*"), 500, QStringLiteral("-"), 100 };
    a.planned = { QStringLiteral("XXX"), 1, 2, 3 };
    a.required = { QStringLiteral("未報告"), 10, 20, 30 };
    a.patientFlow = QStringLiteral("XXX");
    a.rates[2024] = QStringLiteral("-");
    book.areas = { a };
    QVERIFY(writeBedBook(path(QStringLiteral("markers.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("markers.xlsx")) }, &summary, &error), qPrintable(error));

    FigureStore figures(*m_dataset);
    QHash<QString, BedValue> values;
    for (const BedFigure &f : figures.beds(FigureStore::Area::Region, QStringLiteral("4301")))
        values.insert(measureKey(f.measure) + QString::number(f.year) + f.functionKey, f.value);
    QCOMPARE(values.value(QStringLiteral("reported2024HighAcute")),
             BedValue::missing(QStringLiteral("*")));
    QCOMPARE(values.value(QStringLiteral("reported2024Recovery")),
             BedValue::missing(QStringLiteral("-")));
    QCOMPARE(values.value(QStringLiteral("reported2024Acute")), BedValue::of(500));
    QCOMPARE(values.value(QStringLiteral("planned2025HighAcute")),
             BedValue::missing(QStringLiteral("XXX")));
    QCOMPARE(values.value(QStringLiteral("required2025HighAcute")),
             BedValue::missing(QStringLiteral("未報告")));
    // In the export: empty, never 0, and the total has no value either.
    const auto beds = tidy(TidyExport::regionBeds(*m_dataset)).value(QStringLiteral("4301"));
    QCOMPARE(beds.value(QStringLiteral("reported|2024|HighAcute")), QString(QLatin1String("")));
    QCOMPARE(beds.value(QStringLiteral("reported|2024|Total")), QString(QLatin1String("")));
    QCOMPARE(beds.value(QStringLiteral("reported|2023|Total")), QStringLiteral("1276"));
    SqlQuery flow(m_dataset->database(),
                  QStringLiteral("SELECT share IS NULL, missing_reason FROM region_patient_flow"));
    QVERIFY(flow.exec() && flow.next());
    QVERIFY(flow.value(0).toBool());
    QCOMPARE(flow.value(1).toString(), QStringLiteral("XXX"));
    const auto rates = figures.reportingRates(FigureStore::Area::Region, QStringLiteral("4301"));
    QVERIFY(!rates.last().rate);
    QCOMPARE(rates.last().missingReason, QStringLiteral("-"));
}

void TestImporters::otherTextInAFigureIsRefused()
{
    BedBook book;
    Area a = regions().at(0);
    a.reported[2020] = { 1, QStringLiteral("約500"), 3, 4 };
    book.areas = { a };
    QVERIFY(writeBedBook(path(QStringLiteral("text.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY(!import({ path(QStringLiteral("text.xlsx")) }, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("約500")) && error.contains(QStringLiteral("J14")),
             qPrintable(error));
    QVERIFY(FigureStore(*m_dataset).importRecords().isEmpty());
}

void TestImporters::emptySheetIsRefused()
{
    TestWorkbook::Sheet sheet;
    sheet.name = QStringLiteral("構想区域別必要量との比較");
    QVERIFY(TestWorkbook::write(path(QStringLiteral("empty.xlsx")), { sheet }));
    ImportSummary summary;
    QString error;
    QVERIFY(!import({ path(QStringLiteral("empty.xlsx")) }, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("empty.xlsx")), qPrintable(error));

    // The title alone, without any block.
    sheet.set(1, 2, QStringLiteral("都道府県別・構想区域別の病床数の必要量等"));
    QVERIFY(TestWorkbook::write(path(QStringLiteral("title-only.xlsx")), { sheet }));
    QVERIFY(!import({ path(QStringLiteral("title-only.xlsx")) }, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("基礎情報")), qPrintable(error));
}

void TestImporters::importingTheSameFileAgainChangesNothing()
{
    BedBook book;
    book.areas = regions();
    QVERIFY(writeBedBook(path(QStringLiteral("region.xlsx")), book));
    QVERIFY(MhlwWorkbooks::writeHospitalBook(path(QStringLiteral("hospitals.xlsx")),
                                             hospitalBook({ kumamoto() })));
    ImportSummary summary;
    QString error;
    const QStringList files
        = { path(QStringLiteral("region.xlsx")), path(QStringLiteral("hospitals.xlsx")) };
    QVERIFY2(import(files, &summary, &error), qPrintable(error));
    const QString before = dump(*m_dataset);
    // Again, without an edition: the files are known by their SHA-256.
    QVERIFY2(import(files, &summary, &error, QString()), qPrintable(error));
    QVERIFY(summary.nothingChanged());
    QVERIFY(summary.files.at(0).alreadyImported);
    QCOMPARE(summary.files.at(0).previousEdition, QStringLiteral("令和6年度"));
    QVERIFY(summary.toText().contains(QStringLiteral("nothing changed")));
    QCOMPARE(dump(*m_dataset), before);
    // The same file twice in one import counts once.
    newDataset();
    QVERIFY2(import({ files.first(), files.first() }, &summary, &error), qPrintable(error));
    QCOMPARE(FigureStore(*m_dataset).importRecords().size(), 1);
    QVERIFY(summary.files.at(1).alreadyImported);
}

void TestImporters::failedImportLeavesDatasetUnchanged()
{
    BedBook book;
    book.areas = regions();
    QVERIFY(writeBedBook(path(QStringLiteral("region.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("region.xlsx")) }, &summary, &error), qPrintable(error));
    const QString before = dump(*m_dataset);
    QVERIFY(before.contains(QStringLiteral("熊本・上益城")));

    BedBook next = book;
    next.title = QStringLiteral("令和7年度 構想区域別の病床数の必要量等");
    QVERIFY(writeBedBook(path(QStringLiteral("r7.xlsx")), next));
    // A good file and a damaged one: the good one must not be written either.
    QFile good(path(QStringLiteral("r7.xlsx")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    QFile cut(path(QStringLiteral("cut.xlsx")));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() * 2 / 3));
    cut.close();
    QFile csv(path(QStringLiteral("data.xlsx")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("region,beds\n0101,5243\n");
    csv.close();
    for (const QString &bad : { QStringLiteral("cut.xlsx"), QStringLiteral("data.xlsx") }) {
        QVERIFY(
            !import({ path(QStringLiteral("r7.xlsx")), path(bad) }, &summary, &error, QString()));
        QVERIFY2(error.contains(bad), qPrintable(error));
        QCOMPARE(dump(*m_dataset), before);
    }
}

void TestImporters::editionIsImplied()
{
    BedBook book;
    book.areas = regions();
    QVERIFY(writeBedBook(path(QStringLiteral("region.xlsx")), book));
    ImportSummary summary;
    QString error;
    // Without a given edition: the latest 実績 year (2024) implies 令和6年度, and says why.
    const ImportSession::FileInfo info
        = ImportSession::inspect(path(QStringLiteral("region.xlsx")));
    QCOMPARE(info.latestReportYear, 2024);
    QCOMPARE(info.implied.label, QStringLiteral("令和6年度"));
    {
        ImportSession session(*m_dataset);
        QVERIFY2(session.run({ path(QStringLiteral("region.xlsx")) }, &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.files.at(0).editionLabel, QStringLiteral("令和6年度"));
        const QString reason = session.impliedEdition().reason;
        QVERIFY2(reason.contains(QStringLiteral("region.xlsx"))
                     && reason.contains(QStringLiteral("2024"))
                     && reason.contains(QStringLiteral("令和6年度")),
                 qPrintable(reason));
    }
    newDataset();
    // A hospital list has no years: alone it implies nothing and is refused; with a bed
    // workbook it takes that one's edition.
    QVERIFY(MhlwWorkbooks::writeHospitalBook(path(QStringLiteral("hospitals.xlsx")),
                                             hospitalBook({ kumamoto() })));
    QCOMPARE(ImportSession::inspect(path(QStringLiteral("hospitals.xlsx"))).latestReportYear, 0);
    QVERIFY(!import({ path(QStringLiteral("hospitals.xlsx")) }, &summary, &error, QString()));
    QVERIFY2(error.contains(QStringLiteral("edition"))
                 && error.contains(QStringLiteral("hospitals.xlsx")),
             qPrintable(error));
    QVERIFY2(import({ path(QStringLiteral("hospitals.xlsx")), path(QStringLiteral("region.xlsx")) },
                    &summary, &error, QString()),
             qPrintable(error));
    QCOMPARE(summary.files.at(0).editionLabel, QStringLiteral("令和6年度"));
    newDataset();
    // Workbooks that imply different editions are not imported together.
    BedBook later = book;
    for (Area &a : later.areas)
        a.reported.insert(2025, a.reported.last());
    QVERIFY(writeBedBook(path(QStringLiteral("later.xlsx")), later));
    QVERIFY(!import({ path(QStringLiteral("region.xlsx")), path(QStringLiteral("later.xlsx")) },
                    &summary, &error, QString()));
    QVERIFY2(error.contains(QStringLiteral("令和6年度"))
                 && error.contains(QStringLiteral("令和7年度"))
                 && error.contains(QStringLiteral("later.xlsx")),
             qPrintable(error));
    QVERIFY(FigureStore(*m_dataset).editions().isEmpty());
    // A given edition still overrides what the years imply.
    QVERIFY2(import({ path(QStringLiteral("later.xlsx")) }, &summary, &error, QStringLiteral("R6")),
             qPrintable(error));
    QCOMPARE(summary.files.at(0).editionLabel, QStringLiteral("令和6年度"));
    QVERIFY(!import({ path(QStringLiteral("region.xlsx")) }, &summary, &error,
                    QStringLiteral("latest")));
    QVERIFY2(error.contains(QStringLiteral("latest")), qPrintable(error));

    BedBook stated = book;
    stated.title = QStringLiteral("令和7年度 構想区域別の病床数の必要量等");
    QVERIFY(writeBedBook(path(QStringLiteral("stated.xlsx")), stated));
    QVERIFY(
        !import({ path(QStringLiteral("stated.xlsx")) }, &summary, &error, QStringLiteral("R6")));
    QVERIFY2(error.contains(QStringLiteral("令和7年度"))
                 && error.contains(QStringLiteral("令和6年度")),
             qPrintable(error));
    // As the GUI gives it: only for workbooks that do not state their edition.
    ImportSession session(*m_dataset);
    session.setEdition(QStringLiteral("R6"), ImportSession::EditionUse::ForUnstated);
    QVERIFY2(session.run({ path(QStringLiteral("stated.xlsx")) }, &summary, &error),
             qPrintable(error));
    QCOMPARE(summary.files.at(0).editionLabel, QStringLiteral("令和7年度"));
    // The latest reported year (2024) does not fit 令和7年度: a warning, not a guess.
    QVERIFY2(summary.files.at(0).warnings.join(QLatin1Char('\n')).contains(QStringLiteral("2024")),
             qPrintable(summary.toText()));
}

void TestImporters::kindComesFromContentNotName()
{
    BedBook regionBook;
    regionBook.areas = regions();
    BedBook prefectureBook;
    prefectureBook.prefectureLevel = true;
    prefectureBook.areas = prefectures(regions());
    // Named the other way round on purpose.
    QVERIFY(writeBedBook(path(QStringLiteral("prefecture-beds.xlsx")), regionBook));
    QVERIFY(writeBedBook(path(QStringLiteral("region-beds.xlsx")), prefectureBook));
    QVERIFY(MhlwWorkbooks::writeHospitalBook(path(QStringLiteral("betten4.xlsx")),
                                             hospitalBook({ kumamoto(), uki() })));
    ImportSummary summary;
    QString error;
    QVERIFY2(
        import({ path(QStringLiteral("betten4.xlsx")), path(QStringLiteral("region-beds.xlsx")),
                 path(QStringLiteral("prefecture-beds.xlsx")) },
               &summary, &error),
        qPrintable(error));
    QCOMPARE(summary.files.at(0).kindKey, QStringLiteral("mhlw-region-hospitals"));
    QCOMPARE(summary.files.at(1).kindKey, QStringLiteral("mhlw-prefecture-beds"));
    QCOMPARE(summary.files.at(2).kindKey, QStringLiteral("mhlw-region-beds"));

    TestWorkbook::Sheet other;
    other.name = QStringLiteral("Sheet1");
    other.set(1, 0, QStringLiteral("職員名簿"));
    QVERIFY(TestWorkbook::write(path(QStringLiteral("other.xlsx")), { other }));
    QVERIFY(!import({ path(QStringLiteral("other.xlsx")) }, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("other.xlsx"))
                 && error.contains(QStringLiteral("職員名簿")),
             qPrintable(error));
    QCOMPARE(ImportSession::inspect(path(QStringLiteral("region-beds.xlsx"))).kind,
             WorkbookKind::PrefectureBeds);
}

void TestImporters::crossChecksWarn()
{
    BedBook book;
    book.areas = regions();
    book.wrongTotalFor = QStringLiteral("宇城");
    QVERIFY(writeBedBook(path(QStringLiteral("region.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("region.xlsx")) }, &summary, &error), qPrintable(error));
    const QString warnings = summary.files.at(0).warnings.join(QLatin1Char('\n'));
    // 宇城's 合計 row is one off in every column: one warning per column, naming the cell.
    QVERIFY2(warnings.contains(QStringLiteral("合計")) && warnings.contains(QStringLiteral("F42")),
             qPrintable(warnings));
    // Koso uses the functions, not MHLW's total.
    QCOMPARE(tidy(TidyExport::regionBeds(*m_dataset))
                 .value(QStringLiteral("4302"))
                 .value(QStringLiteral("reported|2015|Total")),
             QStringLiteral("360"));
}

void TestImporters::prefectureWorkbookAndSums()
{
    BedBook regionBook;
    regionBook.areas = regions();
    BedBook prefectureBook;
    prefectureBook.prefectureLevel = true;
    prefectureBook.areas = prefectures(regions());
    QVERIFY(writeBedBook(path(QStringLiteral("pref.xlsx")), prefectureBook));
    QVERIFY(writeBedBook(path(QStringLiteral("region.xlsx")), regionBook));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("pref.xlsx")), path(QStringLiteral("region.xlsx")) },
                    &summary, &error),
             qPrintable(error));
    QVERIFY2(summary.warningCount() == 0, qPrintable(summary.toText()));
    QCOMPARE(summary.files.at(0).prefectures, 3);
    const auto beds = tidy(TidyExport::prefectureBeds(*m_dataset));
    QCOMPARE(beds.keys().size(), 3);
    QVERIFY(beds.contains(QStringLiteral("00")));
    QCOMPARE(beds.value(QStringLiteral("43")).value(QStringLiteral("required|2025|Acute")),
             QStringLiteral("720"));
    QCOMPARE(GeographyStore(*m_dataset).prefecture(QStringLiteral("00"))->population.value_or(0),
             qint64(std::llround((3 * 10 + 12 * 1.2345) * 10000)));

    // A prefecture block that does not equal its regions is reported.
    newDataset();
    BedBook off = prefectureBook;
    off.areas[2].required[1] = 721;
    QVERIFY(writeBedBook(path(QStringLiteral("pref-off.xlsx")), off));
    QVERIFY2(import({ path(QStringLiteral("pref-off.xlsx")), path(QStringLiteral("region.xlsx")) },
                    &summary, &error),
             qPrintable(error));
    QCOMPARE(summary.warnings.size(), 1);
    QVERIFY2(summary.warnings.first().contains(QStringLiteral("熊本県"))
                 && summary.warnings.first().contains(QStringLiteral("721")),
             qPrintable(summary.warnings.first()));
}

void TestImporters::hospitalList()
{
    HospitalBook book;
    book.sheets = { kumamoto(), uki() };
    QVERIFY(MhlwWorkbooks::writeHospitalBook(path(QStringLiteral("hospitals.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("hospitals.xlsx")) }, &summary, &error),
             qPrintable(error));
    QVERIFY2(summary.warningCount() == 0, qPrintable(summary.toText()));
    QCOMPARE(summary.files.at(0).facilities, 7);
    QCOMPARE(summary.files.at(0).facilitiesUnreported, 1);
    QVERIFY(summary.comparedEdition.isEmpty()); // the first list: nothing to compare with

    // The regions come from the sheets when 別添4③ was not imported.
    const auto region = GeographyStore(*m_dataset).region(QStringLiteral("4301"));
    QVERIFY(region);
    QCOMPARE(region->name, QStringLiteral("熊本・上益城"));

    HospitalStore store(*m_dataset);
    const auto red = store.findByKey(QStringLiteral("4301"), QStringLiteral("熊本赤十字病院"),
                                     QStringLiteral("熊本市"));
    QVERIFY(red);
    QCOMPARE(red->kind, HospitalKind::Hospital);
    const auto clinic = store.findByKey(
        QStringLiteral("4301"), QStringLiteral("くまもと内科クリニック"), QStringLiteral("益城町"));
    QVERIFY(clinic);
    QCOMPARE(clinic->kind, HospitalKind::Clinic);
    // Spaces do not matter to the key.
    QVERIFY(store.findByKey(QStringLiteral("4301"), QStringLiteral("医療法人社団桜会さくら病院"),
                            QStringLiteral("熊本市")));

    const int edition = FigureStore(*m_dataset).edition(QStringLiteral("令和6年度"))->id;
    const auto figures = store.figures(edition);
    const HospitalFigures f = figures.value(red->id);
    QCOMPARE(f.rank.value_or(0), 1);
    QCOMPARE(f.beds.value(QStringLiteral("HighAcute")), 300);
    QCOMPARE(f.beds.value(QStringLiteral("Closed")), 0);
    QCOMPARE(f.metrics.value(QStringLiteral("doctors_fulltime")), 180.0);
    QCOMPARE(f.metrics.value(QStringLiteral("ambulance")), 100.0);
    QCOMPARE(f.metrics.value(QStringLiteral("los_HighAcute")), 10.5);
    QCOMPARE(f.maskedMetrics.value(QStringLiteral("los_Recovery")), QStringLiteral("-"));
    QCOMPARE(f.roles,
             QStringList({ QStringLiteral("regional_support"), QStringLiteral("tertiary_emergency"),
                           QStringLiteral("secondary_emergency") }));

    Table table;
    QVERIFY2(TidyExport::hospitals(*m_dataset, QStringLiteral("43"), QString(), &table, &error),
             qPrintable(error));
    QCOMPARE(table.rows.size(), 7);
    QCOMPARE(table.header.size(), 15);
    const auto &first = table.rows.first();
    QCOMPARE(first.at(0).toString(), QStringLiteral("4301"));
    QCOMPARE(first.at(3).toLongLong(), 460);
    bool sawMasked = false;
    bool sawUnreported = false;
    for (const auto &row : std::as_const(table.rows)) {
        if (row.at(1).toString() == QStringLiteral("小さな産院")) {
            QVERIFY(row.at(12).isNull()); // general_anaesthesia 「*」
            QCOMPARE(row.at(13).toInt(), 30);
            sawMasked = true;
        }
        if (row.at(1).toString() == QStringLiteral("報告なし病院")) {
            QVERIFY(row.at(2).toString().isEmpty());
            for (int c = 3; c < row.size(); ++c)
                QVERIFY(row.at(c).isNull());
            sawUnreported = true;
        }
    }
    QVERIFY(sawMasked && sawUnreported);
}

void TestImporters::hospitalListOfALaterEdition()
{
    // R7: new-admission columns, and a summary row that does not add up (a warning).
    HospitalBook book;
    book.title = QStringLiteral(
        "令和7年度 構想区域別の医療機関の病床機能報告上の病床数、診療実績、医師数等");
    book.admissions = true;
    RegionSheet s = kumamoto();
    s.summaryOffBy = 5;
    book.sheets = { s };
    QVERIFY(MhlwWorkbooks::writeHospitalBook(path(QStringLiteral("r7-hospitals.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("r7-hospitals.xlsx")) }, &summary, &error, QString()),
             qPrintable(error));
    QCOMPARE(summary.files.at(0).editionLabel, QStringLiteral("令和7年度"));
    QCOMPARE(summary.files.at(0).warnings.size(), 1);
    QVERIFY2(summary.files.at(0).warnings.first().contains(QStringLiteral("HighAcute")),
             qPrintable(summary.files.at(0).warnings.first()));
    HospitalStore store(*m_dataset);
    const auto red = store.findByKey(QStringLiteral("4301"), QStringLiteral("熊本赤十字病院"),
                                     QStringLiteral("熊本市"));
    QVERIFY(red);
    const auto f = store.figures(FigureStore(*m_dataset).edition(QStringLiteral("令和7年度"))->id)
                       .value(red->id);
    QCOMPARE(f.metrics.value(QStringLiteral("admissions_HighAcute")), 10.0);
    QCOMPARE(f.metrics.value(QStringLiteral("admissions_Chronic")), 40.0);
}

void TestImporters::hospitalListMissingHeaderStops()
{
    HospitalBook book;
    book.leaveOut = QStringLiteral("所在地");
    book.sheets = { kumamoto() };
    QVERIFY(MhlwWorkbooks::writeHospitalBook(path(QStringLiteral("h.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY(!import({ path(QStringLiteral("h.xlsx")) }, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("h.xlsx"))
                 && error.contains(QStringLiteral("4301熊本県熊本・上益城"))
                 && error.contains(QStringLiteral("row 13"))
                 && error.contains(QStringLiteral("所在地")),
             qPrintable(error));

    // An optional column renamed: imported without it, and said so.
    book.leaveOut.clear();
    book.renameHeader = QStringLiteral("分娩\n件数=出産件数");
    QVERIFY(MhlwWorkbooks::writeHospitalBook(path(QStringLiteral("h2.xlsx")), book));
    QVERIFY2(import({ path(QStringLiteral("h2.xlsx")) }, &summary, &error), qPrintable(error));
    QVERIFY2(
        summary.files.at(0).warnings.join(QLatin1Char('\n')).contains(QStringLiteral("分娩件数")),
        qPrintable(summary.toText()));
}

void TestImporters::facilitiesAcrossEditions()
{
    HospitalBook r6;
    r6.sheets = { kumamoto() };
    QVERIFY(MhlwWorkbooks::writeHospitalBook(path(QStringLiteral("r6.xlsx")), r6));
    // R7: さくら病院's owner changed its name, the clinic closed, a new one opened, the
    // unreported hospital reported (its municipality appears).
    HospitalBook r7;
    r7.title = QStringLiteral(
        "令和7年度 構想区域別の医療機関の病床機能報告上の病床数、診療実績、医師数等");
    RegionSheet s = kumamoto();
    s.facilities[1].name = QStringLiteral("社会医療法人　桜会　さくら病院");
    s.facilities.removeAt(2);
    s.facilities << facility(QStringLiteral("ひかりクリニック"), QStringLiteral("熊本市"), 0, 0, 19,
                             0, 0, 1);
    s.facilities[3]
        = facility(QStringLiteral("報告なし病院"), QStringLiteral("熊本市"), 0, 40, 0, 0, 0);
    r7.sheets = { s };
    QVERIFY(MhlwWorkbooks::writeHospitalBook(path(QStringLiteral("r7.xlsx")), r7));

    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("r6.xlsx")) }, &summary, &error), qPrintable(error));
    const qint64 unreportedId
        = HospitalStore(*m_dataset)
              .findByKey(QStringLiteral("4301"), QStringLiteral("報告なし病院"), QString())
              .value()
              .id;
    QVERIFY2(import({ path(QStringLiteral("r7.xlsx")) }, &summary, &error, QString()),
             qPrintable(error));
    QCOMPARE(summary.comparedEdition, QStringLiteral("令和6年度"));
    QCOMPARE(summary.importedEdition, QStringLiteral("令和7年度"));
    QStringList added;
    for (const FacilityRef &f : std::as_const(summary.newFacilities))
        added << f.name;
    QStringList vanished;
    for (const FacilityRef &f : std::as_const(summary.vanishedFacilities))
        vanished << f.name;
    added.sort();
    vanished.sort();
    QCOMPARE(added,
             QStringList({ QStringLiteral("ひかりクリニック"),
                           QStringLiteral("社会医療法人　桜会　さくら病院") }));
    QCOMPARE(vanished,
             QStringList({ QStringLiteral("くまもと内科クリニック"),
                           QStringLiteral("医療法人社団　桜会　さくら病院") }));
    QCOMPARE(summary.renameCandidates.size(), 1);
    QCOMPARE(summary.renameCandidates.first().before.name,
             QStringLiteral("医療法人社団　桜会　さくら病院"));
    QCOMPARE(summary.renameCandidates.first().after.name,
             QStringLiteral("社会医療法人　桜会　さくら病院"));
    QVERIFY(summary.toText().contains(QStringLiteral("please confirm")));
    // The unreported facility of R6 is the same facility in R7, now with its municipality.
    const auto same = HospitalStore(*m_dataset)
                          .findByKey(QStringLiteral("4301"), QStringLiteral("報告なし病院"),
                                     QStringLiteral("熊本市"));
    QVERIFY(same);
    QCOMPARE(same->id, unreportedId);
    QCOMPARE(HospitalStore(*m_dataset).figureHistory(unreportedId).size(), 2);
}

void TestImporters::renameSimilarity()
{
    QCOMPARE(HospitalMatcher::similarity(QStringLiteral("医療法人社団桜会さくら病院"),
                                         QStringLiteral("社会医療法人桜会さくら病院")),
             1.0);
    QVERIFY(HospitalMatcher::similarity(QStringLiteral("熊本赤十字病院"),
                                        QStringLiteral("熊本中央病院"))
            < 0.6);
    QVERIFY(HospitalMatcher::similarity(QStringLiteral("宇城総合病院"),
                                        QStringLiteral("宇城市民総合病院"))
            >= 0.6);
}

void TestImporters::cancelledImportChangesNothing()
{
    BedBook book;
    book.areas = regions();
    QVERIFY(writeBedBook(path(QStringLiteral("region.xlsx")), book));
    const QString before = dump(*m_dataset);
    ImportSession session(*m_dataset);
    session.setEdition(QStringLiteral("R6"));
    int calls = 0;
    session.setProgressHandler([&](int, const QString &) {
        if (++calls == 2)
            session.cancel();
    });
    ImportSummary summary;
    QString error;
    QVERIFY(!session.run({ path(QStringLiteral("region.xlsx")) }, &summary, &error));
    QVERIFY(summary.cancelled);
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QCOMPARE(dump(*m_dataset), before);
}

// Counts are non-negative whole numbers within bounds; a violation names the file, sheet,
// cell and value, and the dataset is left as it was.
void TestImporters::implausibleFiguresAreRefused_data()
{
    QTest::addColumn<bool>("beds"); // else births
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("births -5") << false << -5.0 << QStringLiteral("-5");
    QTest::newRow("births 1.5") << false << 1.5 << QStringLiteral("1.5");
    QTest::newRow("births NaN") << false << qQNaN() << QStringLiteral("nan");
    QTest::newRow("high-acute beds 99,999,999,999,999")
        << true << 99999999999999.0
        << QStringLiteral("is not a number of beds"); // summary row first
}

void TestImporters::implausibleFiguresAreRefused()
{
    QFETCH(bool, beds);
    QFETCH(double, value);
    QFETCH(QString, shown);
    RegionSheet s = kumamoto();
    Facility &clinic = s.facilities[2];
    if (beds)
        clinic.beds[1] = value;
    else
        clinic.volumes[2] = value;
    QVERIFY(MhlwWorkbooks::writeHospitalBook(path(QStringLiteral("implausible.xlsx")),
                                             hospitalBook({ s })));
    const QString before = dump(*m_dataset);
    ImportSummary summary;
    QString error;
    QVERIFY(!import({ path(QStringLiteral("implausible.xlsx")) }, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("implausible.xlsx")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("4301熊本県熊本・上益城")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("cell")), qPrintable(error));
    QVERIFY2(error.contains(shown, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("CHECK constraint")), qPrintable(error));
    QCOMPARE(dump(*m_dataset), before);
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
