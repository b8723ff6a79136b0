#include "storage/Dataset.h"

#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace Koso {

namespace {

QAtomicInt connectionCounter;

QString resourceText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

// A statement ends with a semicolon at the end of a line; comments are dropped.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QStringList migrationResources()
{
    static const QStringList files = [] {
        QStringList list;
        const QDir dir(QStringLiteral(":/core/schema"));
        const QStringList names
            = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
        for (const QString &name : names)
            list << dir.filePath(name);
        return list;
    }();
    return files;
}

QString migrationResource(int version)
{
    const QStringList files = migrationResources();
    if (version < 1 || version > files.size())
        return QString();
    const QString file = files.at(version - 1);
    // The numbering is the contract with files already written: 002 must be the second.
    if (!QFileInfo(file).fileName().startsWith(
            QStringLiteral("%1-").arg(version, 3, 10, QLatin1Char('0'))))
        return QString();
    return file;
}

} // namespace

int Dataset::currentSchemaVersion()
{
    return int(migrationResources().size());
}

Dataset::Dataset(QObject *parent)
    : QObject(parent)
{ }

Dataset::~Dataset()
{
    close();
}

Dataset::Header Dataset::readHeader(const QString &path, QString *error)
{
    Header header;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return header;
    }
    const QByteArray bytes = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

bool Dataset::create(const QString &path, const QString &homePrefectureCode, QString *error,
                     const QString &homePrefectureName)
{
    return createFile(path, homePrefectureCode, homePrefectureName, currentSchemaVersion(), error);
}

bool Dataset::createAtVersion(const QString &path, const QString &homePrefectureCode, int version,
                              QString *error)
{
    return createFile(path, homePrefectureCode, QString(), version, error);
}

bool Dataset::createFile(const QString &path, const QString &homeCode, const QString &homeName,
                         int version, QString *error)
{
    close();
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists; choose another name or remove it first.").arg(path);
        return false;
    }
    if (!openConnection(path, error))
        return false;

    auto fail = [&](const QString &message) {
        *error = message;
        close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return false;
    };

    QString message;
    // application_id is written before the schema so that even an interrupted creation is
    // recognised as ours by the next open.
    if (!SqlQuery::run(m_db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
                       &message)
        || !configureConnection(&message))
        return fail(message);

    for (int v = 1; v <= version; ++v) {
        if (!applyMigration(v, &message))
            return fail(message);
    }

    {
        Transaction tx(m_db);
        if (!seedPrefectures(&message))
            return fail(message);
        SqlQuery known(m_db, QStringLiteral("SELECT name FROM prefecture WHERE code = ?"));
        if (!known.exec({ homeCode }))
            return fail(known.errorMessage());
        if (!known.next()) {
            if (homeName.isEmpty())
                return fail(tr("Unknown prefecture code %1.").arg(homeCode));
            if (!SqlQuery::run(m_db,
                               QStringLiteral("INSERT INTO prefecture (code, name) VALUES (?, ?)"),
                               &message, { homeCode, homeName }))
                return fail(message);
        }
        const QString insertMeta = QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)");
        if (!SqlQuery::run(m_db, insertMeta, &message,
                           { QStringLiteral("home_prefecture"), homeCode })
            || !SqlQuery::run(m_db, insertMeta, &message,
                              { QStringLiteral("created_at"),
                                QDateTime::currentDateTime().toString(Qt::ISODate) })
            || !SqlQuery::run(
                m_db, insertMeta, &message,
                { QStringLiteral("created_by_version"), QStringLiteral(KOSO_VERSION) }))
            return fail(message);
        if (!tx.commit())
            return fail(tx.errorMessage());
    }
    m_path = path;
    return true;
}

bool Dataset::open(const QString &path, QString *error)
{
    close();
    m_backupPath.clear();
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1 does not exist.").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("%1 is not a file.").arg(path);
        return false;
    }

    // Decide from the header alone, so that a file which is not ours is never touched.
    QString message;
    const Header header = readHeader(path, &message);
    if (!message.isEmpty()) {
        *error = message;
        return false;
    }
    if (!header.isSqlite) {
        *error = tr("%1 is not a Koso Planner dataset (it is not an SQLite database).").arg(path);
        return false;
    }
    if (header.applicationId != ApplicationId) {
        *error = tr("%1 is an SQLite database of another program, not a Koso Planner dataset.")
                     .arg(path);
        return false;
    }
    if (header.userVersion > currentSchemaVersion()) {
        *error = tr("%1 was created by a newer Koso Planner (schema %2); this version reads up "
                    "to %3.")
                     .arg(path)
                     .arg(header.userVersion)
                     .arg(currentSchemaVersion());
        return false;
    }
    const QString notUpgradable
        = tr("%1 is not a Koso Planner dataset that can be opened: it carries the program's mark "
             "but no schema (version %2), like a file whose creation was interrupted. It was left "
             "unchanged; create a new dataset instead.");
    if (header.userVersion < 1 && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        *error = notUpgradable.arg(path).arg(header.userVersion);
        return false;
    }

    if (!openConnection(path, error))
        return false;
    if (!configureConnection(error)) {
        close();
        return false;
    }
    // The WAL may hold a newer version than the header showed.
    const int version = schemaVersion();
    if (version > currentSchemaVersion()) {
        *error = tr("%1 was created by a newer Koso Planner (schema %2); this version reads up "
                    "to %3.")
                     .arg(path)
                     .arg(version)
                     .arg(currentSchemaVersion());
        close();
        return false;
    }
    if (version < 1) {
        *error = notUpgradable.arg(path).arg(version);
        close();
        return false;
    }
    m_path = path;
    if (version < currentSchemaVersion()) {
        if (!writeBackup(version, error) || !migrate(version, currentSchemaVersion(), error)) {
            close();
            return false;
        }
    }
    return true;
}

void Dataset::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
}

bool Dataset::openConnection(const QString &path, QString *error)
{
    m_connectionName
        = QStringLiteral("koso-dataset-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        *error = tr("The Qt SQLite driver (QSQLITE) is not available.");
        close();
        return false;
    }
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = tr("Cannot open %1: %2").arg(path, m_db.lastError().text());
        close();
        return false;
    }
    return true;
}

bool Dataset::configureConnection(QString *error)
{
    QString message;
    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000" }) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = tr("Cannot configure %1: %2").arg(m_db.databaseName(), q.lastError().text());
            return false;
        }
    }
    return true;
}

int Dataset::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Dataset::writeBackup(int fromVersion, QString *error)
{
    const QString backup = m_path + QStringLiteral(".bak-v%1").arg(fromVersion);
    QFile::remove(backup);
    // VACUUM INTO writes a consistent copy including what is still in the WAL.
    QString message;
    if (!SqlQuery::run(m_db, QStringLiteral("VACUUM INTO ?"), &message, { backup })) {
        *error = tr("Cannot write the backup %1 before upgrading the dataset: %2")
                     .arg(backup, message);
        return false;
    }
    m_backupPath = backup;
    return true;
}

bool Dataset::migrate(int from, int to, QString *error)
{
    for (int v = from + 1; v <= to; ++v) {
        if (!applyMigration(v, error))
            return false;
    }
    return true;
}

bool Dataset::applyMigration(int version, QString *error)
{
    const QString script = resourceText(migrationResource(version));
    if (script.isEmpty()) {
        *error = tr("Schema migration %1 is missing from this build.").arg(version);
        return false;
    }
    // The version bump is inside the transaction: a failed step leaves the previous version.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("Cannot start upgrading the dataset to schema %1: %2")
                     .arg(version)
                     .arg(tx.errorMessage());
        return false;
    }
    QStringList statements = splitStatements(script);
    statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery q(m_db);
        if (!q.exec(statement)) {
            *error = tr("Upgrading the dataset to schema %1 failed: %2")
                         .arg(version)
                         .arg(q.lastError().text());
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tr("Upgrading the dataset to schema %1 failed: %2")
                     .arg(version)
                     .arg(tx.errorMessage());
        return false;
    }
    return true;
}

bool Dataset::seedPrefectures(QString *error)
{
    const QString text = resourceText(QStringLiteral(":/core/prefectures.tsv"));
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT OR IGNORE INTO prefecture (code, name) VALUES (?, ?)"));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 2)
            continue;
        if (!insert.exec({ fields.at(0), fields.at(1).trimmed() })) {
            *error = insert.errorMessage();
            return false;
        }
    }
    return true;
}

QString Dataset::homePrefectureCode() const
{
    return metaValue(QStringLiteral("home_prefecture"));
}

QString Dataset::metaValue(const QString &key) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (q.exec({ key }) && q.next())
        return q.value(0).toString();
    return QString();
}

bool Dataset::setMetaValue(const QString &key, const QString &value, QString *error)
{
    Transaction tx(m_db);
    if (!SqlQuery::run(m_db,
                       QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       error, { key, value }))
        return false;
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    return true;
}

} // namespace Koso
