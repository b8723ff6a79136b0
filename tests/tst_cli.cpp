#include "KosoRun.h"
#include "storage/Dataset.h"
#include "storage/HospitalStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

namespace {

using Run = KosoRun;

Run koso(const QStringList &arguments)
{
    return runKoso(arguments);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsCommands();
    void commandHelp();
    void unknownCommandFails();
    void infoPrintsSummary();
    void infoJson();
    void infoInJapanese();
    void infoFailsOnBadFiles_data();
    void infoFailsOnBadFiles();
    void infoNeedsOneFile();
    void demoRefusesToOverwrite();
    void demoReplacesWithForce();
    void demoNeedsOut();
    void demoFailsInMissingFolder();
    void newCreatesAnEmptyDataset();
    void newRefusesBadPrefecturesAndExistingFiles();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.koso"));
    const Run run = koso({ QStringLiteral("demo"), QStringLiteral("--out"), m_demo });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains(m_demo));
    QVERIFY(QFile::exists(m_demo));
    // Nothing left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files),
             QStringList { QStringLiteral("demo.koso") });
}

void TestCli::helpListsCommands()
{
    const Run run = koso({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Usage: koso")));
    QVERIFY(run.out.contains(QLatin1String("  info ")));
    QVERIFY(run.out.contains(QLatin1String("  demo ")));
}

void TestCli::commandHelp()
{
    Run run = koso({ QStringLiteral("info"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("--json")));
    // Named as typed, not by the executable's path.
    QVERIFY2(run.out.startsWith(QLatin1String("Usage: koso info [options]")), qPrintable(run.out));
    run = koso({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("policies"),
                 QStringLiteral("import"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Usage: koso policies import [options]")),
             qPrintable(run.out));
    run = koso({ QStringLiteral("demo"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("--national")));
    QVERIFY(run.out.contains(QLatin1String("--force")));
}

void TestCli::unknownCommandFails()
{
    const Run run = koso({ QStringLiteral("frobnicate") });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains(QLatin1String("frobnicate")));
}

void TestCli::infoPrintsSummary()
{
    const Run run = koso({ QStringLiteral("info"), m_demo });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains(m_demo));
    const Dataset::Header header = Dataset::readHeader(m_demo, nullptr);
    QVERIFY(run.out.contains(
        QStringLiteral("Schema version:  %1\n").arg(Dataset::currentSchemaVersion())));
    QCOMPARE(header.userVersion, Dataset::currentSchemaVersion());
    QVERIFY(run.out.contains(QStringLiteral("Home prefecture: 99 サンプル県\n")));
    QVERIFY(run.out.contains(QLatin1String("Prefectures:     1\n")));
    QVERIFY(run.out.contains(QLatin1String("Regions:         5\n")));
    QVERIFY(run.out.contains(QStringLiteral("Editions:        2 (令和5年度, 令和6年度)\n")));
    QVERIFY(run.out.contains(QLatin1String("Hospitals:       ")));
}

void TestCli::infoJson()
{
    const Run run = koso({ QStringLiteral("info"), QStringLiteral("--json"), m_demo });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    for (const char *key :
         { "schema_version", "home_prefecture", "prefectures", "regions", "hospitals", "editions" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QLatin1String("schema_version")).toInt(), Dataset::currentSchemaVersion());
    QCOMPARE(o.value(QLatin1String("home_prefecture")).toString(), QStringLiteral("99"));
    QCOMPARE(o.value(QLatin1String("home_prefecture_name")).toString(),
             QStringLiteral("サンプル県"));
    QCOMPARE(o.value(QLatin1String("prefectures")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("regions")).toInt(), 5);
    QCOMPARE(o.value(QLatin1String("editions")).toInt(), 2);

    // The counts are the file's, not constants.
    Dataset dataset;
    QString error;
    QVERIFY(dataset.open(m_demo, &error));
    const qint64 hospitals = HospitalStore(dataset).count();
    QVERIFY(hospitals >= 60);
    QCOMPARE(qint64(o.value(QLatin1String("hospitals")).toInteger()), hospitals);
}

void TestCli::infoInJapanese()
{
    Run run
        = koso({ QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("info"), m_demo });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("\n構想区域数: +5\n"))),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("対象都道府県:   99 サンプル県\n")));
    // Values line up in a terminal, where kanji take two columns.
    QVERIFY(run.out.contains(QStringLiteral("\n構想区域数:     5\n")));
    const QString missing = m_dir.filePath(QStringLiteral("存在しない.koso"));
    run = koso({ QStringLiteral("info"), QStringLiteral("--lang=ja"), missing });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains(missing));
}

void TestCli::infoFailsOnBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing file") << QStringLiteral("missing");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("foreign SQLite database") << QStringLiteral("foreign");
    QTest::newRow("newer schema") << QStringLiteral("newer");
    QTest::newRow("folder") << QStringLiteral("folder");
}

void TestCli::infoFailsOnBadFiles()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad file.koso"));
    if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, "病床機能報告,2024\nthis is a CSV, not a dataset\n"));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (kind == QLatin1String("foreign")) {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (kind == QLatin1String("newer")) {
        Dataset dataset;
        QString error;
        QVERIFY(dataset.create(path, QStringLiteral("01"), &error));
        QSqlQuery q(dataset.database());
        QVERIFY(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Dataset::currentSchemaVersion() + 1)));
        dataset.close();
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    }
    const QByteArray before = digest(path);

    for (const QStringList &extra : { QStringList(), QStringList { QStringLiteral("--json") } }) {
        const Run run = koso(QStringList { QStringLiteral("info") } + extra + QStringList { path });
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY(run.err.startsWith(QLatin1String("koso: ")));
    }
    // Refused files are left exactly as they were.
    QCOMPARE(digest(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak-v1")));
}

void TestCli::infoNeedsOneFile()
{
    Run run = koso({ QStringLiteral("info") });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    run = koso({ QStringLiteral("info"), m_demo, m_demo });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
}

void TestCli::demoRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.koso"));
    QVERIFY(writeFile(path, "my own notes"));
    const Run run = koso({ QStringLiteral("demo"), QStringLiteral("--out"), path });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains(path));
    QVERIFY(run.err.contains(QLatin1String("--force")));
    QCOMPARE(digest(path), QCryptographicHash::hash("my own notes", QCryptographicHash::Sha256));
}

void TestCli::demoReplacesWithForce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.koso"));
    QVERIFY(writeFile(path, "my own notes"));
    // A stale WAL of the old file must not be replayed into the new one.
    QVERIFY(writeFile(path + QStringLiteral("-wal"), "stale"));
    const Run run = koso(
        { QStringLiteral("demo"), QStringLiteral("--force"), QStringLiteral("--out"), path });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const Run info = koso({ QStringLiteral("info"), QStringLiteral("--json"), path });
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(info.out.toUtf8()).object().value(QLatin1String("regions")).toInt(),
        5);
}

void TestCli::demoNeedsOut()
{
    Run run = koso({ QStringLiteral("demo") });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains(QLatin1String("--out")));
    run = koso({ QStringLiteral("demo"), QStringLiteral("--bogus") });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
}

void TestCli::demoFailsInMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/demo.koso"));
    const Run run = koso({ QStringLiteral("demo"), QStringLiteral("--out"), path });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void TestCli::newCreatesAnEmptyDataset()
{
    const QString path = m_dir.filePath(QStringLiteral("tokyo.koso"));
    const Run run = koso({ QStringLiteral("new"), QStringLiteral("--out"), path,
                           QStringLiteral("--prefecture"), QStringLiteral("13") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("東京都")), qPrintable(run.out));
    const Run info = koso({ QStringLiteral("info"), QStringLiteral("--json"), path });
    QCOMPARE(info.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("home_prefecture")).toString(), QStringLiteral("13"));
    QCOMPARE(o.value(QLatin1String("regions")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("hospitals")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("schema_version")).toInt(), Dataset::currentSchemaVersion());
    // A single digit is the same code.
    const QString hokkaido = m_dir.filePath(QStringLiteral("hokkaido.koso"));
    QCOMPARE(koso({ QStringLiteral("new"), QStringLiteral("--out"), hokkaido,
                    QStringLiteral("--prefecture"), QStringLiteral("1") })
                 .exitCode,
             0);
    QVERIFY(koso({ QStringLiteral("info"), hokkaido }).out.contains(QStringLiteral("01 北海道")));
}

void TestCli::newRefusesBadPrefecturesAndExistingFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("refused.koso"));
    for (const QString &code :
         { QStringLiteral("48"), QStringLiteral("00"), QStringLiteral("x"), QString() }) {
        const Run run = koso({ QStringLiteral("new"), QStringLiteral("--out"), path,
                               QStringLiteral("--prefecture"), code });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(QLatin1String("01 to 47")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
    }
    // The demo file is not replaced.
    const QByteArray before = digest(m_demo);
    const Run run = koso({ QStringLiteral("new"), QStringLiteral("--out"), m_demo,
                           QStringLiteral("--prefecture"), QStringLiteral("13") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("already exists")));
    QCOMPARE(digest(m_demo), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
