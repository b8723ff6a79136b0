// Hospital locations from MHLW's 医療情報ネット open data: the zip as published or the bare
// CSV (UTF-8 with BOM), read by label; coordinates outside Japan kept as missing; hostile zips
// refused; one transaction; the same file twice changes nothing; a newer snapshot replaces an
// older one. Matching to the facilities of 別添5 by normalised name and municipality, unique
// matches only; the kinds the match settles; `koso import`, `koso locations` and `koso map`.

#include "HandZip.h"
#include "KosoRun.h"
#include "RequiredData.h"
#include "map/HospitalPoints.h"
#include "mhlw/FacilityLocationImporter.h"
#include "mhlw/FacilityMatcher.h"
#include "mhlw/ImportSession.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace Koso;

namespace {

using namespace HandZip;

// One facility row of the synthetic file (the columns in another order than MHLW's, with one
// column Koso does not read, to show they are read by label).
struct Row
{
    QString id;
    QString name;
    QString kind = QStringLiteral("1");
    QString prefecture = QStringLiteral("13");
    QString town;
    QString address;
    QString latitude = QStringLiteral("35.68");
    QString longitude = QStringLiteral("139.75");
    QString beds = QStringLiteral("120");
};

QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray csvOf(const QVector<Row> &rows, bool bom = true)
{
    QString text = QStringLiteral(
        "\"正式名称\",\"ID\",\"機関区分\",\"所在地\",\"都道府県コード\",\"市区町村コード\","
        "\"案内用ホームページアドレス\",\"所在地座標（経度）\",\"所在地座標（緯度）\","
        "\"合計病床数\"\r\n");
    for (const Row &r : rows)
        text += QStringList { quoted(r.name),
                              quoted(r.id),
                              quoted(r.kind),
                              quoted(r.address),
                              quoted(r.prefecture),
                              quoted(r.town),
                              quoted(QStringLiteral("https://example.jp/")),
                              r.longitude,
                              r.latitude,
                              quoted(r.beds) }
                    .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    return (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

qint64 scalar(Dataset &ds, const QString &sql)
{
    SqlQuery q(ds.database(), sql);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QString text(Dataset &ds, const QString &sql)
{
    SqlQuery q(ds.database(), sql);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

// The synthetic file's rows: every rule of the matcher has a case.
QVector<Row> fixtureRows()
{
    auto row
        = [](const QString &id, const QString &name, const QString &town, const QString &address) {
              Row r;
              r.id = id;
              r.name = name;
              r.town = town;
              r.address = address;
              return r;
          };
    QVector<Row> rows;
    rows << row(QStringLiteral("A1"), QStringLiteral("山の上病院"), QStringLiteral("103"),
                QStringLiteral("東京都港区一丁目"));
    rows.last().beds = QStringLiteral("25");
    rows << row(QStringLiteral("A2"), QStringLiteral("東京慈恵会医科大学附属病院"),
                QStringLiteral("103"), QStringLiteral("東京都港区西新橋"));
    rows << row(QStringLiteral("A3"), QStringLiteral("山東病院"), QStringLiteral("103"),
                QStringLiteral("東京都港区二丁目"));
    rows << row(QStringLiteral("A4"), QStringLiteral("中央病院"), QStringLiteral("101"),
                QStringLiteral("東京都千代田区一"));
    rows << row(QStringLiteral("A5"), QStringLiteral("中央病院"), QStringLiteral("101"),
                QStringLiteral("東京都千代田区二"));
    rows << row(QStringLiteral("A6"), QStringLiteral("あおば病院"), QStringLiteral("105"),
                QStringLiteral("東京都文京区"));
    rows << row(QStringLiteral("A7"), QStringLiteral("医療法人　未来会　みらいクリニック"),
                QStringLiteral("105"), QStringLiteral("東京都文京区"));
    rows.last().beds = QStringLiteral("19");
    rows << row(QStringLiteral("A8"), QStringLiteral("はままつ病院"), QStringLiteral("138"),
                QStringLiteral("静岡県浜松市中央区一"));
    rows.last().prefecture = QStringLiteral("22");
    rows.last().latitude = QStringLiteral("34.71");
    rows.last().longitude = QStringLiteral("137.73");
    rows << row(QStringLiteral("A9"), QStringLiteral("島の病院"), QStringLiteral("361"),
                QStringLiteral("東京都大島町元町"));
    rows.last().latitude = QStringLiteral("0.0"); // MHLW's placeholder: no place
    rows.last().longitude = QStringLiteral("0.0");
    rows << row(QStringLiteral("A10"), QStringLiteral("手動診療所"), QStringLiteral("103"),
                QStringLiteral("東京都港区三丁目"));
    rows << row(QStringLiteral("A11"), QStringLiteral("<b>タグ病院</b>"), QStringLiteral("101"),
                QStringLiteral("東京都千代田区, \"三番町\"\n別館"));
    rows << row(QStringLiteral("A12"), QStringLiteral("よその歯科"), QStringLiteral("101"),
                QStringLiteral("東京都千代田区"));
    rows.last().kind = QStringLiteral("3"); // a dental clinic: skipped
    rows << row(QStringLiteral("A13"), QStringLiteral("遠い病院"), QStringLiteral("101"),
                QStringLiteral("東京都千代田区"));
    rows.last().latitude = QStringLiteral("51.5"); // London: outside Japan
    rows.last().longitude = QStringLiteral("-0.12");
    return rows;
}

struct Listed
{
    const char *region;
    const char *name;
    const char *town;
    const char *kind;
};

} // namespace

class TestFacilityLocations : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void parsesTheBareCsvByLabel();
    void parsesTheZipAsPublished();
    void refusesHostileZips();
    void errorsNameFileLineAndField();
    void matchingRules();
    void importMatchesAndSettlesKinds();
    void failedImportChangesNothing();
    void sameFileTwiceChangesNothing();
    void newerSnapshotReplacesOlder();
    void hospitalListImportRematches();
    void cli();
    void realFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A dataset of 東京都 with the facilities of the fixture listed in 令和6年度.
    void makeDataset(const QString &file, qint64 *handId = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFacilityLocations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFacilityLocations::makeDataset(const QString &file, qint64 *handId)
{
    Dataset ds;
    QString error;
    QVERIFY2(ds.create(file, QStringLiteral("13"), &error), qPrintable(error));
    Transaction tx(ds.database());
    GeographyStore geography(ds);
    for (const auto &[code, name] :
         { std::pair { "1301", "区中央部" }, { "1313", "島しょ" }, { "2208", "西部" } }) {
        Region r;
        r.code = QString::fromLatin1(code);
        r.prefectureCode = r.code.left(2);
        r.name = QString::fromUtf8(name);
        QVERIFY2(geography.upsertRegion(r, &error), qPrintable(error));
    }
    FigureStore figures(ds);
    const int edition = figures.ensureEdition(QStringLiteral("令和6年度"), 2024, &error);
    QVERIFY2(edition > 0, qPrintable(error));
    HospitalStore hospitals(ds);
    const QVector<Listed> listed = {
        { "1301", "医療法人社団健寿会 山の上病院", "港区", "clinic" }, // guessed wrong
        { "1301", "東京慈惠会医科大学附属病院", "港区", "hospital" },
        { "1301", "東病院", "港区", "hospital" },
        { "1301", "中央病院", "千代田区", "hospital" },
        { "1301", "あおば病院", "文京区", "hospital" },
        { "1301", "医療法人青葉会あおば病院", "文京区", "hospital" },
        { "1301", "みらいクリニック", "文京区", "clinic" },
        { "2208", "はままつ病院", "浜松市中央区", "hospital" },
        { "1313", "島の病院", "", "hospital" },
        { "1301", "手動診療所", "港区", "clinic" },
        { "1301", "<b>タグ病院</b>", "千代田区", "hospital" },
    };
    for (const Listed &l : listed) {
        Hospital h;
        h.regionCode = QString::fromUtf8(l.region);
        h.name = QString::fromUtf8(l.name);
        h.municipality = QString::fromUtf8(l.town);
        h.kind = hospitalKindFromKey(QString::fromUtf8(l.kind));
        const qint64 id = hospitals.insert(h, &error);
        QVERIFY2(id > 0, qPrintable(error));
        HospitalFigures f;
        f.hospitalId = id;
        f.editionId = edition;
        f.beds.insert(QStringLiteral("Acute"), 30);
        QVERIFY2(hospitals.putFigures(f, &error), qPrintable(error));
        if (h.name == QStringLiteral("手動診療所")) {
            QVERIFY(SqlQuery::run(ds.database(),
                                  QStringLiteral("UPDATE hospital SET kind_basis = 'hand' WHERE "
                                                 "id = ?"),
                                  &error, { id }));
            if (handId)
                *handId = id;
        }
    }
    // 区中央部's summary row: 7 一般病院 (山の上病院 is one) and 2 有床診療所.
    QVERIFY(SqlQuery::run(ds.database(),
                          QStringLiteral("INSERT INTO region_facility_count VALUES "
                                         "('1301', ?, 7, 2)"),
                          &error, { edition }));
    QVERIFY(tx.commit());
}

void TestFacilityLocations::parsesTheBareCsvByLabel()
{
    const QString file = path(QStringLiteral("01-1_hospital_facility_info_20250601.csv"));
    QVERIFY(writeFile(file, csvOf(fixtureRows())));
    QVERIFY(FacilityLocationImporter::recognise(file));
    Dataset unused;
    FacilityLocationImporter importer(unused);
    QVector<FacilityLocationRow> rows;
    QDate date;
    QString error;
    int others = 0;
    QVERIFY2(importer.parse(file, &rows, &date, &error, &others), qPrintable(error));
    QCOMPARE(date, QDate(2025, 6, 1));
    QCOMPARE(rows.size(), 12);
    QCOMPARE(others, 1); // the dental clinic
    QCOMPARE(rows.first().name, QStringLiteral("山の上病院"));
    QCOMPARE(rows.first().sourceId, QStringLiteral("A1"));
    QCOMPARE(rows.first().municipalityCode, QStringLiteral("13103"));
    QCOMPARE(rows.first().beds.value_or(-1), 25);
    QCOMPARE(rows.first().latitude.value_or(0), 35.68);
    QCOMPARE(rows.first().longitude.value_or(0), 139.75);
    QCOMPARE(rows.first().kind, QStringLiteral("hospital"));
    // 0.0, 0.0 and a place outside Japan: missing, never a point.
    const auto island = std::find_if(rows.cbegin(), rows.cend(), [](const auto &r) {
        return r.sourceId == QLatin1String("A9");
    });
    QVERIFY(!island->latitude && !island->longitude);
    QVERIFY(!rows.last().latitude && !rows.last().longitude);
    // A quoted field keeps its comma, quotes and line break; markup stays text.
    const FacilityLocationRow &tagged = rows.at(rows.size() - 2);
    QCOMPARE(tagged.name, QStringLiteral("<b>タグ病院</b>"));
    QCOMPARE(tagged.address, QStringLiteral("東京都千代田区, \"三番町\"\n別館"));
    QCOMPARE(rows.last().line, tagged.line + 3); // the quoted line break counts

    // Without a BOM, the same.
    const QString plain = path(QStringLiteral("plain_20250601.csv"));
    QVERIFY(writeFile(plain, csvOf(fixtureRows(), false)));
    QVector<FacilityLocationRow> again;
    QVERIFY2(importer.parse(plain, &again, &date, &error), qPrintable(error));
    QCOMPARE(again.size(), rows.size());

    // A CSV of something else is not 医療情報ネット data.
    const QString other = path(QStringLiteral("other.csv"));
    QVERIFY(writeFile(other, "\xEF\xBB\xBF\"ID\",\"名前\"\r\n\"1\",\"x\"\r\n"));
    QVERIFY(!FacilityLocationImporter::recognise(other));
    QVERIFY(!importer.parse(other, &again, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("正式名称")), qPrintable(error));
}

void TestFacilityLocations::parsesTheZipAsPublished()
{
    const QByteArray csv = csvOf(fixtureRows());
    const QString zip = path(QStringLiteral("hospitals.zip"));
    QVERIFY(writeFile(
        zip,
        zipArchive({ deflated(QStringLiteral("01-1_hospital_facility_info_20251201.csv"), csv) })));
    QVERIFY(FacilityLocationImporter::recognise(zip));
    QCOMPARE(ImportSession::inspect(zip).kind, WorkbookKind::FacilityLocations);
    Dataset unused;
    FacilityLocationImporter importer(unused);
    QVector<FacilityLocationRow> rows;
    QDate date;
    QString error;
    QVERIFY2(importer.parse(zip, &rows, &date, &error), qPrintable(error));
    QCOMPARE(rows.size(), 12);
    QCOMPARE(date, QDate(2025, 12, 1)); // from the CSV inside
    // The date given wins over the name.
    importer.setSnapshotDate(QDate(2025, 11, 30));
    QVERIFY(importer.parse(zip, &rows, &date, &error));
    QCOMPARE(date, QDate(2025, 11, 30));
    // No date anywhere: the message says how to give it.
    const QString undated = path(QStringLiteral("undated.zip"));
    QVERIFY(writeFile(undated, zipArchive({ deflated(QStringLiteral("hospitals.csv"), csv) })));
    FacilityLocationImporter plain(unused);
    QVERIFY(!plain.parse(undated, &rows, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("--snapshot")), qPrintable(error));
}

void TestFacilityLocations::refusesHostileZips()
{
    Dataset unused;
    FacilityLocationImporter importer(unused);
    QVector<FacilityLocationRow> rows;
    QDate date;
    QString error;
    const QByteArray csv = csvOf(fixtureRows());

    // A bomb that states its size: refused before inflating anything.
    ZipEntry bomb = deflated(QStringLiteral("bomb_20250601.csv"), csv);
    bomb.size = quint32(FacilityLocationImporter::MaxCsvBytes + 1);
    const QString stated = path(QStringLiteral("stated.zip"));
    QVERIFY(writeFile(stated, zipArchive({ bomb })));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!importer.parse(stated, &rows, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("stated.zip")) && error.contains(QStringLiteral("MB")),
             qPrintable(error));

    // A bomb that lies: 32 MB of the header's text inflating past the 1 KB it states.
    QByteArray big = csv;
    big += QByteArray(32 * 1024 * 1024, 'x');
    ZipEntry liar = deflated(QStringLiteral("liar_20250601.csv"), big);
    liar.size = 1024;
    const QString forged = path(QStringLiteral("forged.zip"));
    QVERIFY(writeFile(forged, zipArchive({ liar })));
    QVERIFY(!importer.parse(forged, &rows, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("forged.zip")), qPrintable(error));
    QVERIFY2(timer.elapsed() < 10000, "refused quickly");

    // Damaged data: a flipped byte fails the CRC.
    ZipEntry damaged = deflated(QStringLiteral("damaged_20250601.csv"), csv);
    damaged.data[damaged.data.size() / 2] = char(damaged.data.at(damaged.data.size() / 2) ^ 0x55);
    const QString broken = path(QStringLiteral("broken.zip"));
    QVERIFY(writeFile(broken, zipArchive({ damaged })));
    QVERIFY(!importer.parse(broken, &rows, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("broken.zip")), qPrintable(error));

    // A truncated zip.
    const QString cut = path(QStringLiteral("cut.zip"));
    QVERIFY(
        writeFile(cut, zipArchive({ deflated(QStringLiteral("a_20250601.csv"), csv) }).left(200)));
    QVERIFY(!FacilityLocationImporter::recognise(cut));
    QVERIFY(!importer.parse(cut, &rows, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("cut.zip")), qPrintable(error));

    // Two CSV files, or none.
    const QString two = path(QStringLiteral("two.zip"));
    QVERIFY(writeFile(two,
                      zipArchive({ deflated(QStringLiteral("a_20250601.csv"), csv),
                                   deflated(QStringLiteral("b_20250601.csv"), csv) })));
    QVERIFY(!importer.parse(two, &rows, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("b_20250601.csv")), qPrintable(error));
    const QString none = path(QStringLiteral("none.zip"));
    QVERIFY(writeFile(none, zipArchive({ deflated(QStringLiteral("readme.txt"), "hello") })));
    QVERIFY(!FacilityLocationImporter::recognise(none));
    QVERIFY(!importer.parse(none, &rows, &date, &error));
}

void TestFacilityLocations::errorsNameFileLineAndField()
{
    QVector<Row> rows = fixtureRows();
    rows[1].prefecture = QStringLiteral("1X");
    const QString file = path(QStringLiteral("bad_20250601.csv"));
    QVERIFY(writeFile(file, csvOf(rows)));
    Dataset unused;
    FacilityLocationImporter importer(unused);
    QVector<FacilityLocationRow> parsed;
    QDate date;
    QString error;
    QVERIFY(!importer.parse(file, &parsed, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("bad_20250601.csv"))
                 && error.contains(QStringLiteral("line 3"))
                 && error.contains(QStringLiteral("都道府県コード"))
                 && error.contains(QStringLiteral("1X")),
             qPrintable(error));
    rows = fixtureRows();
    rows[0].latitude = QStringLiteral("north");
    QVERIFY(writeFile(file, csvOf(rows)));
    QVERIFY(!importer.parse(file, &parsed, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("line 2"))
                 && error.contains(QStringLiteral("所在地座標（緯度）")),
             qPrintable(error));
    // A row with a field too few.
    QByteArray bytes = csvOf(fixtureRows());
    bytes += "\"x\",\"y\"\r\n";
    QVERIFY(writeFile(file, bytes));
    QVERIFY(!importer.parse(file, &parsed, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("2 fields")), qPrintable(error));
    // An unclosed quote.
    QVERIFY(writeFile(file, csvOf(fixtureRows()) + "\"open"));
    QVERIFY(!importer.parse(file, &parsed, &date, &error));
    QVERIFY2(error.contains(QStringLiteral("never closed")), qPrintable(error));
}

void TestFacilityLocations::matchingRules()
{
    QCOMPARE(FacilityMatcher::compareKey(QStringLiteral("東京慈惠会　医科大学附属病院")),
             FacilityMatcher::compareKey(QStringLiteral("東京慈恵会医科大学付属病院")));
    QCOMPARE(FacilityMatcher::compareKey(QStringLiteral("南ヶ丘病院")),
             FacilityMatcher::compareKey(QStringLiteral("南ケ丘病院")));
    QCOMPARE(FacilityMatcher::compareKey(QStringLiteral("北療育医療センタ－")),
             FacilityMatcher::compareKey(QStringLiteral("北療育医療センター")));
    QVERIFY(FacilityMatcher::isEntityPrefix(u"医療法人社団健寿会"));
    QVERIFY(FacilityMatcher::isEntityPrefix(u"北杜市立"));
    QVERIFY(FacilityMatcher::isEntityPrefix(u"学校法人帝京大学"));
    QVERIFY(!FacilityMatcher::isEntityPrefix(u"山"));
    QVERIFY(!FacilityMatcher::isEntityPrefix(u"帝京大学"));

    auto candidate
        = [](qint64 id, const QString &name, const QString &code, const QString &address) {
              return FacilityCandidate { id, name, code, address };
          };
    const QVector<FacilityCandidate> rows = {
        candidate(1, QStringLiteral("医療法人社団健寿会　山の上病院"), QStringLiteral("13103"),
                  QStringLiteral("東京都港区")),
        candidate(2, QStringLiteral("山東病院"), QStringLiteral("13103"),
                  QStringLiteral("東京都港区")),
        candidate(3, QStringLiteral("中央病院"), QStringLiteral("13101"),
                  QStringLiteral("東京都千代田区")),
        candidate(4, QStringLiteral("中央病院"), QStringLiteral("13101"),
                  QStringLiteral("東京都千代田区")),
        candidate(5, QStringLiteral("はままつ病院"), QStringLiteral("22138"),
                  QStringLiteral("静岡県浜松市中央区")),
        candidate(6, QStringLiteral("ななえ病院"), QStringLiteral("01999"),
                  QStringLiteral("北海道亀田郡七飯町本町")),
        candidate(7, QStringLiteral("港病院"), QStringLiteral("13101"),
                  QStringLiteral("東京都千代田区")),
        candidate(8, QStringLiteral("第一病院"), QStringLiteral("13105"),
                  QStringLiteral("東京都文京区")),
    };
    const QVector<FacilityToMatch> facilities = {
        { 10, QStringLiteral("1301"), QStringLiteral("山の上病院"), QStringLiteral("港区") },
        { 11, QStringLiteral("1301"), QStringLiteral("東病院"), QStringLiteral("港区") },
        { 12, QStringLiteral("1301"), QStringLiteral("中央病院"), QStringLiteral("千代田区") },
        { 13, QStringLiteral("2208"), QStringLiteral("はままつ病院"),
          QStringLiteral("浜松市中央区") },
        { 14, QStringLiteral("0101"), QStringLiteral("ななえ病院"), QStringLiteral("七飯町") },
        { 15, QStringLiteral("1301"), QStringLiteral("港病院"),
          QStringLiteral("港区") }, // not there
        { 16, QStringLiteral("1301"), QStringLiteral("医療法人甲会第一病院"),
          QStringLiteral("文京区") },
        { 17, QStringLiteral("1301"), QStringLiteral("医療法人乙会第一病院"),
          QStringLiteral("文京区") },
    };
    const QVector<FacilityMatch> m = FacilityMatcher::match(facilities, rows);
    QCOMPARE(m.size(), facilities.size());
    QCOMPARE(m[0].locationId, 1);
    QCOMPARE(m[0].rule, QStringLiteral("without_entity"));
    QCOMPARE(m[1].locationId, 0); // 山東病院 is not 東病院 with a prefix
    QCOMPARE(m[1].reason, QStringLiteral("no_candidate"));
    QCOMPARE(m[2].locationId, 0);
    QCOMPARE(m[2].reason, QStringLiteral("ambiguous"));
    QCOMPARE(m[3].locationId, 5); // a code newer than the table: by the address
    QCOMPARE(m[4].locationId, 6); // 郡 in the address
    QCOMPARE(m[5].locationId, 0); // the 港病院 of 千代田区 is not in 港区
    // One row that fits two facilities places neither.
    QCOMPARE(m[6].locationId, 0);
    QCOMPARE(m[6].reason, QStringLiteral("taken"));
    QCOMPARE(m[7].reason, QStringLiteral("taken"));
}

void TestFacilityLocations::importMatchesAndSettlesKinds()
{
    const QString db = path(QStringLiteral("t.koso"));
    qint64 handId = 0;
    makeDataset(db, &handId);
    const QString zip = path(QStringLiteral("hospitals-20250601.zip"));
    QVERIFY(
        writeFile(zip,
                  zipArchive({ deflated(QStringLiteral("01-1_hospital_facility_info_20250601.csv"),
                                        csvOf(fixtureRows())) })));
    Dataset ds;
    QString error;
    QVERIFY2(ds.open(db, &error), qPrintable(error));
    FacilityLocationImporter importer(ds);
    FacilityLocationSummary s;
    QVERIFY2(importer.run(zip, &s, &error), qPrintable(error));
    QCOMPARE(s.rows, 12);
    QCOMPARE(s.missingCoordinates, 2);
    QCOMPARE(s.match.facilities, 11);
    // Matched: 山の上 (prefix), 慈恵 (variant), あおば (exact; the 青葉会 one is taken),
    // みらい (prefix), はままつ (address), 島の病院 (region), 手動, タグ.
    QCOMPARE(s.match.matched, 8);
    QCOMPARE(s.match.unmatchedByReason.value(QStringLiteral("ambiguous")), 1);
    QCOMPARE(s.match.unmatchedByReason.value(QStringLiteral("taken")), 1);
    QCOMPARE(s.match.unmatchedByReason.value(QStringLiteral("no_candidate")), 1);
    QCOMPARE(s.match.byRule.value(QStringLiteral("name_in_region")), 1);
    QCOMPARE(s.match.homeFacilities, 10);
    QCOMPARE(s.match.homeMatched, 7);
    // Kinds: 山の上病院 (25 beds) is a hospital now; みらい (19 beds) and the hand-set one stay.
    QCOMPARE(s.match.changedToHospital, 1);
    QCOMPARE(text(ds,
                  QStringLiteral("SELECT kind || '/' || kind_basis FROM hospital WHERE name "
                                 "LIKE '%山の上病院'")),
             QStringLiteral("hospital/location"));
    QCOMPARE(text(ds,
                  QStringLiteral("SELECT kind || '/' || kind_basis FROM hospital WHERE name = "
                                 "'みらいクリニック'")),
             QStringLiteral("clinic/name"));
    QCOMPARE(text(ds,
                  QStringLiteral("SELECT kind || '/' || kind_basis FROM hospital WHERE id = %1")
                      .arg(handId)),
             QStringLiteral("clinic/hand"));
    QCOMPARE(s.match.disagreementsBefore.size(), 1);
    QCOMPARE(s.match.disagreementsAfter.size(), 0);
    QVERIFY2(s.toText().contains(QStringLiteral("1 before, 0 now")), qPrintable(s.toText()));
    // Markup in a name stays text.
    QCOMPARE(scalar(ds,
                    QStringLiteral("SELECT COUNT(*) FROM facility_location WHERE name = "
                                   "'<b>タグ病院</b>'")),
             1);

    // The points: matched and with coordinates (島の病院 has none), 東京都 only.
    const QVector<HospitalPoint> points = HospitalPoints::load(ds, QStringLiteral("13"));
    QCOMPARE(points.size(), 6);
    for (const HospitalPoint &p : points) {
        QVERIFY(p.regionCode.startsWith(QLatin1String("13")));
        QCOMPARE(p.lonLat, QPointF(139.75, 35.68));
        QCOMPARE(p.beds, 30);
        QCOMPARE(p.mainFunction, QStringLiteral("Acute"));
    }
    QCOMPARE(HospitalPoints::load(ds, QString()).size(), 7); // はままつ too

    const QVector<LocatedFacility> located = FacilityMatcher::located(ds, QStringLiteral("13"));
    QCOMPARE(located.size(), 10);

    // A kind set by hand afterwards (policy editor, sheet) is never overridden by the match.
    const qint64 mountain = scalar(ds,
                                   QStringLiteral("SELECT id FROM hospital WHERE name LIKE "
                                                  "'%山の上病院'"));
    {
        Transaction tx(ds.database());
        QVERIFY2(PolicyStore(ds).setValues(mountain,
                                           { { QStringLiteral("kind"), QStringLiteral("clinic") } },
                                           ChangeStamp::now(), &error),
                 qPrintable(error));
        FacilityMatchSummary again;
        QVERIFY2(FacilityMatcher::apply(ds, &again, &error), qPrintable(error));
        QCOMPARE(again.matched, s.match.matched);
        QVERIFY(tx.commit());
    }
    QCOMPARE(text(ds,
                  QStringLiteral("SELECT kind || '/' || kind_basis FROM hospital WHERE id = %1")
                      .arg(mountain)),
             QStringLiteral("clinic/hand"));
}

void TestFacilityLocations::failedImportChangesNothing()
{
    const QString db = path(QStringLiteral("t.koso"));
    makeDataset(db);
    QVector<Row> rows = fixtureRows();
    rows.last().beds = QStringLiteral("many");
    const QString bad = path(QStringLiteral("bad_20250601.csv"));
    QVERIFY(writeFile(bad, csvOf(rows)));
    Dataset ds;
    QString error;
    QVERIFY(ds.open(db, &error));
    FacilityLocationImporter importer(ds);
    FacilityLocationSummary s;
    QVERIFY(!importer.run(bad, &s, &error));
    QVERIFY2(error.contains(QStringLiteral("合計病床数")), qPrintable(error));
    QCOMPARE(scalar(ds, QStringLiteral("SELECT COUNT(*) FROM facility_location")), 0);
    QCOMPARE(scalar(ds, QStringLiteral("SELECT COUNT(*) FROM facility_snapshot")), 0);
    QCOMPARE(scalar(ds, QStringLiteral("SELECT COUNT(*) FROM hospital_location")), 0);

    // Through the import session with a workbook that fails after it: nothing either.
    const QString good = path(QStringLiteral("good_20250601.csv"));
    QVERIFY(writeFile(good, csvOf(fixtureRows())));
    const QString notWorkbook = path(QStringLiteral("broken.xlsx"));
    QVERIFY(writeFile(notWorkbook, QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x')));
    ImportSession session(ds);
    ImportSummary summary;
    QVERIFY(!session.run({ good, notWorkbook }, &summary, &error));
    QCOMPARE(scalar(ds, QStringLiteral("SELECT COUNT(*) FROM facility_location")), 0);
    QCOMPARE(scalar(ds,
                    QStringLiteral("SELECT COUNT(*) FROM hospital WHERE kind_basis = "
                                   "'location'")),
             0);
}

void TestFacilityLocations::sameFileTwiceChangesNothing()
{
    const QString db = path(QStringLiteral("t.koso"));
    makeDataset(db);
    const QString csv = path(QStringLiteral("h_20250601.csv"));
    QVERIFY(writeFile(csv, csvOf(fixtureRows())));
    Dataset ds;
    QString error;
    QVERIFY(ds.open(db, &error));
    FacilityLocationImporter importer(ds);
    FacilityLocationSummary first;
    QVERIFY2(importer.run(csv, &first, &error), qPrintable(error));
    const QString matchesBefore = text(
        ds,
        QStringLiteral("SELECT group_concat(hospital_id || status || rule || reason, ';') FROM "
                       "(SELECT * FROM hospital_location ORDER BY hospital_id)"));
    const qint64 maxId = scalar(ds, QStringLiteral("SELECT MAX(id) FROM facility_location"));
    FacilityLocationSummary second;
    QVERIFY2(importer.run(csv, &second, &error), qPrintable(error));
    QVERIFY(second.alreadyImported);
    QVERIFY(!second.changed());
    QCOMPARE(scalar(ds, QStringLiteral("SELECT MAX(id) FROM facility_location")), maxId);
    QCOMPARE(scalar(ds, QStringLiteral("SELECT COUNT(*) FROM facility_snapshot")), 1);
    QCOMPARE(text(ds,
                  QStringLiteral("SELECT group_concat(hospital_id || status || rule || reason, "
                                 "';') FROM (SELECT * FROM hospital_location ORDER BY "
                                 "hospital_id)")),
             matchesBefore);
}

void TestFacilityLocations::newerSnapshotReplacesOlder()
{
    const QString db = path(QStringLiteral("t.koso"));
    makeDataset(db);
    const QString june = path(QStringLiteral("h_20250601.csv"));
    QVERIFY(writeFile(june, csvOf(fixtureRows())));
    QVector<Row> moved = fixtureRows();
    moved.first().latitude = QStringLiteral("35.70");
    moved.removeAt(1); // 慈恵 no longer listed
    const QString december = path(QStringLiteral("h_20251201.csv"));
    QVERIFY(writeFile(december, csvOf(moved)));
    Dataset ds;
    QString error;
    QVERIFY(ds.open(db, &error));
    FacilityLocationImporter importer(ds);
    FacilityLocationSummary s;
    QVERIFY(importer.run(june, &s, &error));
    const int matchedJune = s.match.matched;
    QVERIFY(importer.run(december, &s, &error));
    QVERIFY(s.changed());
    QCOMPARE(s.snapshotInUse, QDate(2025, 12, 1));
    QCOMPARE(FacilityMatcher::snapshotInUse(ds), QDate(2025, 12, 1));
    QCOMPARE(s.match.matched, matchedJune - 1);
    QCOMPARE(scalar(ds, QStringLiteral("SELECT COUNT(*) FROM facility_location")), 11);
    QCOMPARE(text(ds,
                  QStringLiteral("SELECT latitude FROM facility_location WHERE source_id = "
                                 "'A1'")),
             QStringLiteral("35.7"));
    // Both snapshots are recorded with their dates; the older one again changes nothing.
    QCOMPARE(scalar(ds, QStringLiteral("SELECT COUNT(*) FROM facility_snapshot")), 2);
    const QString older = path(QStringLiteral("copy_20250601.csv"));
    QVERIFY(writeFile(older, csvOf(fixtureRows()) + "\r\n"));
    QVERIFY(importer.run(older, &s, &error));
    QVERIFY(s.olderKept);
    QCOMPARE(s.snapshotInUse, QDate(2025, 12, 1));
    QCOMPARE(scalar(ds, QStringLiteral("SELECT COUNT(*) FROM facility_location")), 11);
    QCOMPARE(FacilityMatcher::snapshotInUse(ds), QDate(2025, 12, 1));
}

void TestFacilityLocations::hospitalListImportRematches()
{
    // A facility added after the locations were imported is matched at the next import
    // (ImportSession runs the matcher again when it writes a hospital list; here directly).
    const QString db = path(QStringLiteral("t.koso"));
    makeDataset(db);
    const QString csv = path(QStringLiteral("h_20250601.csv"));
    QVector<Row> rows = fixtureRows();
    Row extra;
    extra.id = QStringLiteral("B1");
    extra.name = QStringLiteral("新しい病院");
    extra.town = QStringLiteral("105");
    extra.address = QStringLiteral("東京都文京区");
    rows << extra;
    QVERIFY(writeFile(csv, csvOf(rows)));
    Dataset ds;
    QString error;
    QVERIFY(ds.open(db, &error));
    FacilityLocationImporter importer(ds);
    FacilityLocationSummary s;
    QVERIFY(importer.run(csv, &s, &error));
    {
        Transaction tx(ds.database());
        HospitalStore hospitals(ds);
        Hospital h;
        h.regionCode = QStringLiteral("1301");
        h.name = QStringLiteral("新しい病院");
        h.municipality = QStringLiteral("文京区");
        QVERIFY(hospitals.insert(h, &error) > 0);
        FacilityMatchSummary m;
        QVERIFY2(FacilityMatcher::apply(ds, &m, &error), qPrintable(error));
        QCOMPARE(m.matched, s.match.matched + 1);
        QVERIFY(tx.commit());
    }
}

void TestFacilityLocations::cli()
{
    const QString db = path(QStringLiteral("t.koso"));
    makeDataset(db);
    const QString zip = path(QStringLiteral("hospitals-20250601.zip"));
    QVERIFY(
        writeFile(zip,
                  zipArchive({ deflated(QStringLiteral("01-1_hospital_facility_info_20250601.csv"),
                                        csvOf(fixtureRows())) })));
    const KosoRun imported = runKoso(
        { QStringLiteral("import"), zip, QStringLiteral("--db"), db, QStringLiteral("-q") });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("hospitals-20250601.zip"))
                 && imported.out.contains(QStringLiteral("2025-06-01"))
                 && imported.out.contains(QStringLiteral("Matched 8 of 11")),
             qPrintable(imported.out));
    const KosoRun again = runKoso(
        { QStringLiteral("import"), zip, QStringLiteral("--db"), db, QStringLiteral("-q") });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QStringLiteral("Nothing changed")), qPrintable(again.err));

    const KosoRun list = runKoso({ QStringLiteral("locations"), QStringLiteral("--db"), db });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(QStringLiteral("7 of 10 facilities matched")), qPrintable(list.out));
    QVERIFY(list.out.contains(QStringLiteral("<b>タグ病院</b>")));

    const KosoRun json = runKoso({ QStringLiteral("locations"), QStringLiteral("--db"), db,
                                   QStringLiteral("--unmatched"), QStringLiteral("--json") });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("snapshot")).toString(), QStringLiteral("2025-06-01"));
    QCOMPARE(root.value(QStringLiteral("matched")).toInt(), 7);
    const QJsonArray facilities = root.value(QStringLiteral("facilities")).toArray();
    QCOMPARE(facilities.size(), 3);
    QStringList reasons;
    for (const QJsonValue &v : facilities)
        reasons << v.toObject().value(QStringLiteral("reason")).toString();
    reasons.sort();
    QCOMPARE(reasons,
             QStringList({ QStringLiteral("ambiguous"), QStringLiteral("no_candidate"),
                           QStringLiteral("taken") }));
    QCOMPARE(root.value(QStringLiteral("kind_disagreements")).toArray().size(), 0);

    const QString png = path(QStringLiteral("map.png"));
    const KosoRun map = runKoso({ QStringLiteral("map"), QStringLiteral("--db"), db,
                                  QStringLiteral("--hospitals"), QStringLiteral("function"),
                                  QStringLiteral("--out"), png });
    QVERIFY2(map.exitCode == 0, qPrintable(map.err));
    QVERIFY2(map.out.contains(QStringLiteral("6 hospitals")), qPrintable(map.out));
    QVERIFY(QFileInfo(png).size() > 1000);
    const KosoRun badOption = runKoso({ QStringLiteral("map"), QStringLiteral("--db"), db,
                                        QStringLiteral("--hospitals"), QStringLiteral("all"),
                                        QStringLiteral("--out"), png });
    QVERIFY(badOption.exitCode != 0);
    QVERIFY2(badOption.err.contains(QStringLiteral("koso: Unknown --hospitals \"all\"")),
             qPrintable(badOption.err));
    const KosoRun badPrefecture
        = runKoso({ QStringLiteral("locations"), QStringLiteral("--db"), db,
                    QStringLiteral("--prefecture"), QStringLiteral("99x") });
    QVERIFY(badPrefecture.exitCode != 0);
}

// MHLW's 2025-06-01 hospital file against the R6 別添5 of the whole nation.
void TestFacilityLocations::realFile()
{
    const QString zip = QDir(KosoTest::mhlwDataDir())
                            .filePath(QStringLiteral("../facilities/hospitals-20250601.zip"));
    const QDir mhlw(KosoTest::mhlwDataDir());
    const QStringList workbooks
        = { mhlw.filePath(QStringLiteral("r6-betten4-2-prefecture-beds.xlsx")),
            mhlw.filePath(QStringLiteral("r6-betten4-3-region-beds.xlsx")),
            mhlw.filePath(QStringLiteral("r6-betten5-2-region-hospitals.xlsx")) };
    bool present = QFile::exists(zip);
    for (const QString &w : workbooks)
        present = present && QFile::exists(w);
    KOSO_REQUIRE(present,
                 "MHLW's workbooks or 医療情報ネット's hospital file are not in ../shared");

    Dataset unused;
    FacilityLocationImporter parser(unused);
    QVector<FacilityLocationRow> rows;
    QDate date;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(parser.parse(zip, &rows, &date, &error), qPrintable(error));
    qInfo("parsed %lld rows in %lld ms", qint64(rows.size()), timer.elapsed());
    QCOMPARE(rows.size(), 7587);
    QCOMPARE(date, QDate(2025, 6, 1));
    const int missing
        = int(std::count_if(rows.cbegin(), rows.cend(), [](const auto &r) { return !r.latitude; }));
    QVERIFY2(missing >= 250 && missing <= 300, qPrintable(QString::number(missing)));

    const QString db = path(QStringLiteral("real.koso"));
    Dataset ds;
    QVERIFY2(ds.create(db, QStringLiteral("13"), &error), qPrintable(error));
    {
        ImportSession session(ds);
        ImportSummary summary;
        QVERIFY2(session.run(workbooks, &summary, &error), qPrintable(error));
        // The names guess 4 regions' kinds wrong against the summary rows (measured).
        int kindWarnings = 0;
        for (const QString &w : summary.warnings)
            kindWarnings += w.contains(QStringLiteral("有床診療所")) ? 1 : 0;
        QCOMPARE(kindWarnings, 4);
    }
    FacilityLocationImporter importer(ds);
    FacilityLocationSummary s;
    timer.restart();
    QVERIFY2(importer.run(zip, &s, &error), qPrintable(error));
    qInfo("imported and matched in %lld ms", timer.elapsed());
    qInfo("%s", qPrintable(s.toText()));
    const FacilityMatchSummary &m = s.match;
    QCOMPARE(m.facilities, 12064);
    QVERIFY2(m.matched >= 6200 && m.matched <= 6500, qPrintable(QString::number(m.matched)));
    QVERIFY(m.guessedHospitalsMatched >= 0.88 * m.guessedHospitals);
    QCOMPARE(m.homeFacilities, 843);
    QVERIFY2(m.homeMatched >= 500 && m.homeMatched <= 560,
             qPrintable(QString::number(m.homeMatched)));
    QCOMPARE(m.disagreementsBefore.size(), 4);
    QVERIFY2(m.disagreementsAfter.size() <= 3, qPrintable(s.toText()));
    const QVector<HospitalPoint> points = HospitalPoints::load(ds, QStringLiteral("13"));
    QVERIFY2(points.size() >= 480 && points.size() <= 560,
             qPrintable(QString::number(points.size())));
    for (const HospitalPoint &p : points)
        QVERIFY2(p.lonLat.y() > 24 && p.lonLat.y() < 36 && p.lonLat.x() > 136 && p.lonLat.x() < 154,
                 qPrintable(p.name));
}

QTEST_GUILESS_MAIN(TestFacilityLocations)
#include "tst_facilitylocations.moc"
