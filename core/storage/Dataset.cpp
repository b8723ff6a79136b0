#include "storage/Dataset.h"

#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>
#include <sys/stat.h>

namespace Koso {

namespace {

QAtomicInt connectionCounter;

// Open datasets by connection name, for Transaction and Savepoint to find theirs.
QMutex openMutex;
QHash<QString, Dataset *> &openDatasets()
{
    static QHash<QString, Dataset *> open;
    return open;
}

bool defaultWritableCheck(const QString &path)
{
    const QFileInfo info(path);
    // The rollback journal is written beside the file: its folder must be writable too.
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}
bool (*writableCheck)(const QString &) = defaultWritableCheck;

// The integrity check on open reads the whole file; it stops after this long on a slow
// network folder (the file is then opened unchecked rather than not at all).
constexpr qint64 QuickCheckBudgetMs = 4000;

int quickCheckProgress(void *timer)
{
    return static_cast<QElapsedTimer *>(timer)->elapsed() > QuickCheckBudgetMs ? 1 : 0;
}

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
    header.wal = bytes.at(18) == 2 || bytes.at(19) == 2;
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
    QString lockError;
    if (DatasetLock::acquire(path, &m_lockOwner, &lockError) != DatasetLock::Result::Acquired) {
        *error = lockError.isEmpty()
            ? tr("%1 is being created by %2.").arg(path, m_lockOwner.describe())
            : lockError;
        return false;
    }
    m_locked = true;
    m_path = path;
    if (!openConnection(path, false, false, error)) {
        close();
        return false;
    }

    auto fail = [&](const QString &message) {
        *error = message;
        close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
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
    recordIdentity();
    return true;
}

bool Dataset::open(const QString &path, QString *error, Access access)
{
    const bool ok = openChecked(path, access, error);
    if (!ok && m_failure == OpenFailure::None)
        m_failure = OpenFailure::Other;
    if (!ok)
        close();
    return ok;
}

bool Dataset::openChecked(const QString &path, Access access, QString *error)
{
    close();
    m_backupPath.clear();
    m_failure = OpenFailure::None;
    m_lockOwner = LockOwner();
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

    // Write access: the file and its folder must be writable, and the lock ours.
    bool writable = access != Access::ReadOnly;
    if (writable && !writableCheck(path)) {
        m_readOnlyReason = QFileInfo(path).isWritable() ? tr("its folder cannot be written")
                                                        : tr("the file is write-protected");
        if (access == Access::ReadWrite) {
            m_failure = OpenFailure::NotWritable;
            *error = tr("%1 is read-only (%2); nothing can be written to it.")
                         .arg(path, m_readOnlyReason);
            return false;
        }
        writable = false;
    }
    if (writable) {
        QString lockError;
        switch (DatasetLock::acquire(path, &m_lockOwner, &lockError)) {
        case DatasetLock::Result::Acquired:
            m_locked = true;
            break;
        case DatasetLock::Result::HeldElsewhere:
            m_failure = OpenFailure::Locked;
            *error = tr("%1 is being edited by %2. Only one person at a time can change a "
                        "dataset; it can be opened read-only meanwhile.")
                         .arg(path, m_lockOwner.describe());
            return false;
        case DatasetLock::Result::CannotCreate:
            m_readOnlyReason = tr("its folder cannot be written");
            if (access == Access::ReadWrite) {
                m_failure = OpenFailure::NotWritable;
                *error = tr("%1 cannot be written: %2").arg(path, lockError);
                return false;
            }
            writable = false;
            break;
        }
    }
    m_path = path;
    m_readOnly = !writable;
    if (writable)
        m_readOnlyReason.clear();

    // An older version's WAL file in a folder that cannot be written is read as it is.
    const bool immutable = !writable && header.wal && !QFileInfo(info.absolutePath()).isWritable();
    if (!openConnection(path, !writable, immutable, error))
        return false;
    if (writable && sqlite3_db_readonly(SqliteStatement::handle(m_db), "main") == 1) {
        // A read-only file system (a CD, a read-only mount) even for root.
        m_readOnly = true;
        m_readOnlyReason = tr("it is on a read-only disk");
        if (access == Access::ReadWrite) {
            m_failure = OpenFailure::NotWritable;
            *error = tr("%1 is read-only (%2); nothing can be written to it.")
                         .arg(path, m_readOnlyReason);
            return false;
        }
    }
    if (!SqlQuery::run(m_db, QStringLiteral("PRAGMA busy_timeout = 5000"), &message)) {
        *error = tr("Cannot open %1: %2").arg(path, message);
        return false;
    }
    // Before anything is written: a damaged file is refused, never written to.
    if (!quickCheck(error)) {
        m_failure = OpenFailure::Damaged;
        return false;
    }
    if (!configureConnection(error))
        return false;
    // The WAL may hold a newer version than the header showed.
    const int version = schemaVersion();
    if (version > currentSchemaVersion()) {
        *error = tr("%1 was created by a newer Koso Planner (schema %2); this version reads up "
                    "to %3.")
                     .arg(path)
                     .arg(version)
                     .arg(currentSchemaVersion());
        return false;
    }
    if (version < 1) {
        *error = notUpgradable.arg(path).arg(version);
        return false;
    }
    if (version < currentSchemaVersion()) {
        if (m_readOnly) {
            m_failure = OpenFailure::NeedsUpgrade;
            *error = tr("%1 was written by an older Koso Planner and must be upgraded, which "
                        "needs writing to it, but it is open read-only (%2).")
                         .arg(path, m_readOnlyReason.isEmpty() ? tr("as asked") : m_readOnlyReason);
            return false;
        }
        if (!writeBackup(version, error) || !migrate(version, currentSchemaVersion(), error))
            return false;
    }
    recordIdentity();
    return true;
}

void Dataset::close()
{
    {
        QMutexLocker locker(&openMutex);
        openDatasets().remove(m_connectionName);
    }
    if (!m_connectionName.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    if (m_locked)
        DatasetLock::release(m_path);
    m_locked = false;
    m_path.clear();
    m_readOnly = false;
    m_lostReason.clear();
    m_device = m_inode = 0;
    m_createdAt.clear();
    m_dataVersion = -1;
}

bool Dataset::quickCheck(QString *error)
{
    sqlite3 *handle = SqliteStatement::handle(m_db);
    QElapsedTimer timer;
    timer.start();
    sqlite3_progress_handler(handle, 20000, quickCheckProgress, &timer);
    QSqlQuery q(m_db);
    const bool ran = q.exec(QStringLiteral("PRAGMA quick_check(3)"));
    QStringList problems;
    while (ran && q.next()) {
        const QString row = q.value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row;
    }
    const QString failure = ran ? QString() : q.lastError().text();
    q.finish();
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!ran && timer.elapsed() > QuickCheckBudgetMs)
        return true; // too slow to finish: opened unchecked
    if (ran && problems.isEmpty())
        return true;
    *error = tr("%1 is damaged and was not opened, so that nothing is written to it (%2). "
                "Restore it from a backup copy.")
                 .arg(m_path, ran ? problems.join(QStringLiteral("; ")) : failure);
    return false;
}

void Dataset::recordIdentity()
{
    struct stat st;
    if (::stat(QFile::encodeName(m_path).constData(), &st) == 0) {
        m_device = quint64(st.st_dev);
        m_inode = quint64(st.st_ino);
    }
    m_createdAt = metaValue(QStringLiteral("created_at"));
    QSqlQuery q(m_db);
    m_dataVersion
        = q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
    QMutexLocker locker(&openMutex);
    openDatasets().insert(m_connectionName, this);
}

void Dataset::markLost(const QString &reason)
{
    if (isFileLost())
        return;
    m_lostReason = reason;
    // The lock beside the path belongs to whatever file is there now.
    if (m_locked)
        DatasetLock::release(m_path);
    m_locked = false;
    emit fileLost(reason);
}

bool Dataset::checkForChanges()
{
    if (!isOpen())
        return true;
    if (isFileLost())
        return false;
    struct stat st;
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0) {
        markLost(tr("The file was deleted or moved away while it was open."));
        return false;
    }
    if (quint64(st.st_dev) != m_device || quint64(st.st_ino) != m_inode) {
        markLost(tr("The file was replaced by another file while it was open."));
        return false;
    }
    QSqlQuery q(m_db);
    const qint64 version
        = q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -2;
    q.finish();
    if (version == m_dataVersion)
        return true;
    // Written over in place (a copy onto the same file) or changed by another program.
    if (version < 0 || metaValue(QStringLiteral("created_at")) != m_createdAt) {
        markLost(tr("The file was replaced by another dataset while it was open."));
        return false;
    }
    m_dataVersion = version;
    emit externallyChanged();
    return false;
}

void Dataset::acknowledgeChanges()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        m_dataVersion = q.value(0).toLongLong();
}

bool Dataset::checkBeforeWrite(QString *error)
{
    if (!isOpen()) {
        *error = tr("No dataset is open.");
        return false;
    }
    if (m_readOnly) {
        *error = tr("%1 is open read-only (%2); nothing was written.")
                     .arg(m_path, m_readOnlyReason.isEmpty() ? tr("as asked") : m_readOnlyReason);
        return false;
    }
    if (checkForChanges())
        return true;
    if (isFileLost())
        *error = tr("%1: %2 Nothing was written to it; save a copy of the open dataset "
                    "elsewhere.")
                     .arg(m_path, m_lostReason);
    else
        *error = tr("%1 was changed by another program. The dataset was reloaded and this "
                    "change was not made; make it again if it is still needed.")
                     .arg(m_path);
    return false;
}

bool Dataset::checkBeforeWrite(const QSqlDatabase &db, QString *error)
{
    Dataset *dataset = nullptr;
    {
        QMutexLocker locker(&openMutex);
        dataset = openDatasets().value(db.connectionName());
    }
    return !dataset || dataset->checkBeforeWrite(error);
}

bool Dataset::saveCopy(const QString &target, QString *error) const
{
    if (!isOpen()) {
        *error = tr("No dataset is open.");
        return false;
    }
    if (QFileInfo::exists(target)) {
        *error = tr("%1 already exists; choose another name or remove it first.").arg(target);
        return false;
    }
    QString message;
    if (!SqlQuery::run(m_db, QStringLiteral("VACUUM INTO ?"), &message, { target })) {
        QFile::remove(target);
        *error = tr("Cannot save a copy as %1: %2").arg(target, message);
        return false;
    }
    return true;
}

void Dataset::setWritableCheckForTesting(bool (*check)(const QString &path))
{
    writableCheck = check ? check : defaultWritableCheck;
}

bool Dataset::openConnection(const QString &path, bool readOnly, bool immutable, QString *error)
{
    m_connectionName
        = QStringLiteral("koso-dataset-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        *error = tr("The Qt SQLite driver (QSQLITE) is not available.");
        close();
        return false;
    }
    if (immutable) {
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        m_db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                                 .arg(QString::fromUtf8(QUrl::toPercentEncoding(path, "/"))));
    } else {
        if (readOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_db.setDatabaseName(path);
    }
    if (!m_db.open()) {
        *error = tr("Cannot open %1: %2").arg(path, m_db.lastError().text());
        close();
        return false;
    }
    return true;
}

bool Dataset::configureConnection(QString *error)
{
    // The rollback journal, not WAL: WAL needs shared memory that network folders do not
    // offer, and leaves -wal/-shm files that could be replayed into another file later put
    // at the same path. The journal exists only during a write.
    QList<const char *> pragmas = { "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000" };
    if (!m_readOnly)
        pragmas << "PRAGMA journal_mode = DELETE"
                << "PRAGMA synchronous = FULL";
    for (const char *pragma : std::as_const(pragmas)) {
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
        if (!applyMigration(v, error)) {
            // Each step is one transaction: a failed one leaves the file as it was.
            *error += QLatin1Char(' ')
                + tr("The dataset was left at schema %1; a copy of it before the upgrade is %2.")
                      .arg(v - 1)
                      .arg(m_backupPath);
            return false;
        }
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

} // namespace Koso
