#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Builds a file as an older Koso Planner wrote it, from the SQL dump kept in tests/data.
bool writeFixture(const QString &sqlPath, const QString &target)
{
    QFile sql(sqlPath);
    if (!sql.open(QIODevice::ReadOnly))
        return false;
    const QString name = QStringLiteral("fixture-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(target);
        ok = db.open();
        QString statement;
        const QStringList lines = QString::fromUtf8(sql.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!ok)
                break;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                QSqlQuery q(db);
                ok = q.exec(statement);
                if (!ok)
                    qWarning() << q.lastError().text() << statement;
                statement.clear();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private slots:
    void createsAndReopens();
    void refusesToOverwrite();
    void migratesOlderSchemaWithBackup();
    void indexesForeignKeysAfterCreateAndUpgrade();
    void refusesNewerSchema();
    void refusesForeignSqliteUnmodified();
    void refusesTextFileUnmodified();
    void refusesEmptyFile();
    void enforcesForeignKeys();
    void rollsBackFailingWrite();
    void keepsMissingValuesApartFromZero();
    void newestEditionWins();
};

void TestDataset::createsAndReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.koso"));
    QString error;
    {
        Dataset ds;
        QVERIFY2(ds.create(path, QStringLiteral("13"), &error), qPrintable(error));
        QCOMPARE(ds.schemaVersion(), Dataset::currentSchemaVersion());
        QCOMPARE(ds.homePrefectureCode(), QStringLiteral("13"));
        GeographyStore geo(ds);
        QCOMPARE(geo.prefectures().size(), 48);
        QCOMPARE(geo.prefecture(QStringLiteral("13"))->name, QStringLiteral("東京都"));
        QCOMPARE(geo.prefecture(QStringLiteral("00"))->name, QStringLiteral("全国"));
        FigureStore figures(ds);
        QCOMPARE(figures.bedFunctions().size(), 5);
        QCOMPARE(figures.totalFunctions().size(), 4);
        QCOMPARE(figures.bedFunctions().at(4).key, QStringLiteral("Closed"));
    }
    const Dataset::Header header = Dataset::readHeader(path, &error);
    QVERIFY(header.isSqlite);
    QCOMPARE(header.applicationId, Dataset::ApplicationId);

    Dataset reopened;
    QVERIFY2(reopened.open(path, &error), qPrintable(error));
    QCOMPARE(reopened.homePrefectureCode(), QStringLiteral("13"));
    QVERIFY(reopened.backupPath().isEmpty());
    QSqlQuery q(reopened.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
}

void TestDataset::refusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.koso"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    Dataset ds;
    QString error;
    QVERIFY(!ds.create(path, QStringLiteral("01"), &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestDataset::migratesOlderSchemaWithBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.koso"));
    QVERIFY(writeFixture(QStringLiteral(KOSO_TEST_DATA_DIR "/dataset-schema1.sql"), path));
    QString error;
    QCOMPARE(Dataset::readHeader(path, &error).userVersion, 1);

    Dataset ds;
    QVERIFY2(ds.open(path, &error), qPrintable(error));
    QCOMPARE(ds.schemaVersion(), Dataset::currentSchemaVersion());
    const QString backup = path + QStringLiteral(".bak-v1");
    QCOMPARE(ds.backupPath(), backup);
    QVERIFY(QFile::exists(backup));
    QCOMPARE(Dataset::readHeader(backup, &error).userVersion, 1);

    // The data of the old file survives, and the new tables work.
    GeographyStore geo(ds);
    QCOMPARE(geo.region(QStringLiteral("1301"))->name, QStringLiteral("区中央部"));
    QCOMPARE(geo.region(QStringLiteral("1301"))->population.value(), qint64(921616));
    QString message;
    QVERIFY2(SqlQuery::run(ds.database(),
                           QStringLiteral("INSERT INTO checklist_template (name, version, "
                                          "created_at) VALUES ('t', 1, '2024-06-11')"),
                           &message),
             qPrintable(message));
}

// The names of the indexes on table (SQLite's own for constraints included) and their columns.
static QStringList indexedColumns(const QSqlDatabase &db, const QString &table)
{
    QStringList indexes;
    QSqlQuery list(db);
    if (!list.exec(QStringLiteral("PRAGMA index_list(%1)").arg(table)))
        return indexes;
    while (list.next()) {
        const QString name = list.value(QStringLiteral("name")).toString();
        QSqlQuery columns(db);
        QStringList names;
        if (columns.exec(QStringLiteral("PRAGMA index_info(%1)").arg(name))) {
            while (columns.next())
                names << columns.value(QStringLiteral("name")).toString();
        }
        indexes << name + QLatin1Char(':') + names.join(QLatin1Char(','));
    }
    return indexes;
}

void TestDataset::indexesForeignKeysAfterCreateAndUpgrade()
{
    QTemporaryDir dir;
    const QString created = dir.filePath(QStringLiteral("new.koso"));
    const QString upgraded = dir.filePath(QStringLiteral("old.koso"));
    QVERIFY(writeFixture(QStringLiteral(KOSO_TEST_DATA_DIR "/dataset-schema1.sql"), upgraded));
    QString error;
    {
        Dataset ds;
        QVERIFY2(ds.create(created, QStringLiteral("13"), &error), qPrintable(error));
    }
    int checked = 0;
    for (const QString &path : { created, upgraded }) {
        Dataset ds;
        QVERIFY2(ds.open(path, &error), qPrintable(error));
        QCOMPARE(ds.schemaVersion(), Dataset::currentSchemaVersion());
        const QSqlDatabase db = ds.database();
        QVERIFY(indexedColumns(db, QStringLiteral("hospital"))
                    .contains(QStringLiteral("hospital_by_merged_into:merged_into")));
        QVERIFY(indexedColumns(db, QStringLiteral("import_record"))
                    .contains(QStringLiteral("import_record_by_edition:edition_id")));
        QVERIFY(indexedColumns(db, QStringLiteral("checklist_assessment"))
                    .contains(QStringLiteral("checklist_assessment_by_template:template_id")));
        QVERIFY(indexedColumns(db, QStringLiteral("checklist_answer"))
                    .contains(QStringLiteral("checklist_answer_by_item:item_id")));
        // The UNIQUE constraint's own index serves (template_id, number); no second one.
        const QStringList items = indexedColumns(db, QStringLiteral("checklist_item"));
        QCOMPARE(items.filter(QStringLiteral(":template_id,number")).size(), 1);
        QVERIFY(
            !items.join(QLatin1Char(' ')).contains(QStringLiteral("checklist_item_by_template")));
        // The planner uses them: a lookup of a facility's successors searches the index.
        QSqlQuery plan(db);
        QVERIFY(plan.exec(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM hospital WHERE merged_into = 1")));
        QString detail;
        while (plan.next())
            detail += plan.value(3).toString();
        QVERIFY2(detail.contains(QStringLiteral("hospital_by_merged_into")), qPrintable(detail));
        ++checked;
    }
    QCOMPARE(checked, 2);
}

void TestDataset::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.koso"));
    QString error;
    const int newer = Dataset::currentSchemaVersion() + 1;
    {
        Dataset ds;
        QVERIFY(ds.create(path, QStringLiteral("01"), &error));
        QVERIFY(SqlQuery::run(ds.database(), QStringLiteral("PRAGMA user_version = %1").arg(newer),
                              &error));
        QVERIFY(SqlQuery::run(ds.database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                              &error));
    }
    const QByteArray before = fileDigest(path);
    Dataset ds;
    QVERIFY(!ds.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer Koso Planner (schema %1)").arg(newer)),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("reads up to %1").arg(Dataset::currentSchemaVersion())),
             qPrintable(error));
    QCOMPARE(fileDigest(path), before);
    QVERIFY(!ds.isOpen());
}

void TestDataset::refusesForeignSqliteUnmodified()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (t TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('x')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));
    const QByteArray before = fileDigest(path);
    Dataset ds;
    QString error;
    QVERIFY(!ds.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
    QCOMPARE(fileDigest(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak-v0")));
}

void TestDataset::refusesTextFileUnmodified()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.koso"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("region,beds\n0101,5243\n").repeated(20));
    f.close();
    const QByteArray before = fileDigest(path);
    Dataset ds;
    QString error;
    QVERIFY(!ds.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("not an SQLite database")), qPrintable(error));
    QVERIFY(error.contains(path));
    QCOMPARE(fileDigest(path), before);
}

void TestDataset::refusesEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.koso"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    Dataset ds;
    QString error;
    QVERIFY(!ds.open(path, &error));
    QCOMPARE(QFileInfo(path).size(), qint64(0));
}

void TestDataset::enforcesForeignKeys()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY(ds.create(dir.filePath(QStringLiteral("fk.koso")), QStringLiteral("01"), &error));
    GeographyStore geo(ds);
    Region orphan { QStringLiteral("9901"), QStringLiteral("98"), QStringLiteral("x"), {}, {} };
    QVERIFY(!geo.upsertRegion(orphan, &error));
    QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(geo.regions().isEmpty());
}

void TestDataset::rollsBackFailingWrite()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY(ds.create(dir.filePath(QStringLiteral("tx.koso")), QStringLiteral("01"), &error));
    GeographyStore geo(ds);
    {
        Transaction tx(ds.database());
        QVERIFY(tx.isActive());
        QVERIFY(geo.upsertRegion({ QStringLiteral("0101"), QStringLiteral("01"),
                                   QStringLiteral("南渡島"), 359223, 2670.6 },
                                 &error));
        // An impossible number (negative population) fails the CHECK constraint.
        QVERIFY(!geo.upsertRegion(
            { QStringLiteral("0102"), QStringLiteral("01"), QStringLiteral("南檜山"), -5, {} },
            &error));
        // tx goes out of scope without commit
    }
    QVERIFY(geo.regions().isEmpty());
}

void TestDataset::keepsMissingValuesApartFromZero()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY(ds.create(dir.filePath(QStringLiteral("m.koso")), QStringLiteral("01"), &error));
    GeographyStore geo(ds);
    FigureStore figures(ds);
    Transaction tx(ds.database());
    QVERIFY(geo.upsertRegion(
        { QStringLiteral("0102"), QStringLiteral("01"), QStringLiteral("南檜山"), 21139, {} },
        &error));
    const int edition = figures.ensureEdition(QStringLiteral("令和6年度"), 2024, &error);
    QVERIFY(edition > 0);
    QVERIFY(figures.putBed(FigureStore::Area::Region,
                           { QStringLiteral("0102"), Measure::Required, 2025,
                             QStringLiteral("HighAcute"), BedValue::of(0), edition },
                           &error));
    QVERIFY(figures.putBed(FigureStore::Area::Region,
                           { QStringLiteral("0102"), Measure::Reported, 2024,
                             QStringLiteral("HighAcute"), BedValue::missing(QStringLiteral("*")),
                             edition },
                           &error));
    QVERIFY(tx.commit());
    const QVector<BedFigure> beds = figures.beds(FigureStore::Area::Region, QStringLiteral("0102"));
    QCOMPARE(beds.size(), 2);
    for (const BedFigure &f : beds) {
        if (f.measure == Measure::Required) {
            QCOMPARE(f.value, BedValue::of(0));
        } else {
            QVERIFY(!f.value.hasValue());
            QCOMPARE(f.value.missingReason, QStringLiteral("*"));
        }
    }
}

void TestDataset::newestEditionWins()
{
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    QVERIFY(ds.create(dir.filePath(QStringLiteral("e.koso")), QStringLiteral("01"), &error));
    GeographyStore geo(ds);
    FigureStore figures(ds);
    Transaction tx(ds.database());
    QVERIFY(geo.upsertRegion(
        { QStringLiteral("0101"), QStringLiteral("01"), QStringLiteral("南渡島"), {}, {} },
        &error));
    const int r7 = figures.ensureEdition(QStringLiteral("令和7年度"), 2025, &error);
    const int r6 = figures.ensureEdition(QStringLiteral("令和6年度"), 2024, &error);
    const BedFigure older { QStringLiteral("0101"),  Measure::Reported,  2024,
                            QStringLiteral("Acute"), BedValue::of(2363), r6 };
    BedFigure newer = older;
    newer.value = BedValue::of(2471);
    newer.editionId = r7;
    QVERIFY(figures.putBed(FigureStore::Area::Region, older, &error));
    QVERIFY(figures.putBed(FigureStore::Area::Region, newer, &error));
    QVERIFY(tx.commit());
    const QVector<BedFigure> latest
        = figures.beds(FigureStore::Area::Region, QStringLiteral("0101"));
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.first().value, BedValue::of(2471));
    QCOMPARE(figures.bedsAllEditions(FigureStore::Area::Region, QStringLiteral("0101")).size(), 2);
    QCOMPARE(figures.latestEdition()->label, QStringLiteral("令和7年度"));
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
