// A dataset shared, moved or opened twice loses nothing: the lock between programs (with the
// command-line tool as the second process), a file deleted or replaced under an open dataset,
// another program's change under an undo history, read-only and damaged files, and the
// storage error paths of the upgrade.

#include "KosoRun.h"

#include "demo/DemoGenerator.h"
#include "document/Document.h"
#include "storage/Dataset.h"
#include "storage/DatasetLock.h"
#include "storage/GeographyStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <cstdio>

using namespace Koso;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Files SQLite or the lock may leave beside a dataset.
QStringList leftovers(const QString &path)
{
    QStringList found;
    for (const char *suffix : { "-journal", "-wal", "-shm", ".lock" }) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    }
    return found;
}

QString regionName(const QString &path, const QString &code)
{
    Dataset ds;
    QString error;
    if (!ds.open(path, &error, Dataset::Access::ReadOnly))
        return QStringLiteral("<%1>").arg(error);
    const auto region = GeographyStore(ds).region(code);
    return region ? region->name : QString();
}

bool renameRegion(Dataset &dataset, const QString &code, const QString &name, QString *error)
{
    GeographyStore store(dataset);
    Region region = *store.region(code);
    region.name = name;
    Transaction tx(dataset.database());
    if (!tx.isActive()) {
        *error = tx.errorMessage();
        return false;
    }
    if (!store.upsertRegion(region, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    dataset.notifyChanged(DataChange::Geography);
    return true;
}

// An edit of the window: renames a region, undoably.
class RenameRegion : public QUndoCommand
{
public:
    RenameRegion(Document *document, const QString &code, const QString &name)
        : m_document(document)
        , m_code(code)
        , m_name(name)
    { }
    void redo() override
    {
        m_old = GeographyStore(*m_document->dataset()).region(m_code)->name;
        renameRegion(*m_document->dataset(), m_code, m_name, &lastError);
    }
    void undo() override { renameRegion(*m_document->dataset(), m_code, m_old, &lastError); }
    QString lastError;

private:
    Document *m_document;
    QString m_code;
    QString m_name;
    QString m_old;
};

bool writeLock(const QString &datasetPath, const QString &host, qint64 pid)
{
    QFile f(DatasetLock::lockPath(datasetPath));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("program=Koso Planner\nuser=suzuki\nhost=" + host.toUtf8()
            + "\npid=" + QByteArray::number(pid) + "\nsince=2024-06-11T09:30:00+09:00\n");
    return true;
}

bool copyOver(const QString &from, const QString &to, bool inPlace)
{
    if (!inPlace) {
        // cp to a temporary name, then mv: a new file (new inode) at the path.
        const QString tmp = to + QStringLiteral(".incoming");
        QFile::remove(tmp);
        return QFile::copy(from, tmp)
            && std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(to).constData())
            == 0;
    }
    // cp onto the existing file: the same inode, other bytes.
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return out.write(in.readAll()) > 0;
}

std::unique_ptr<Document> openDocument(const QString &path)
{
    QString error;
    Dataset::OpenFailure failure = Dataset::OpenFailure::None;
    auto document = Document::open(path, Dataset::Access::ReadWrite, &error, &failure);
    if (!document)
        qWarning("%s", qPrintable(error));
    return document;
}

bool neverWritable(const QString &)
{
    return false;
}

} // namespace

class TestDatasetSharing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rollbackJournalLeavesNothingBeside();
    void lockNamesHolderAndAllowsReading();
    void staleLockIsTakenOver();
    void cliWriterWaitsThenNamesHolder();
    void cliWriterGoesAheadWhenReleased();
    void cliReadsWhileHeld();
    void deletedFileWritesNothing();
    void replacedFileWritesNothing_data();
    void replacedFileWritesNothing();
    void externalChangeClearsUndo();
    void readOnlyFileOpensForReading();
    void readOnlyAccessNeverWrites();
    void damagedFileRefusedUntouched();
    void failedBackupLeavesFileUntouched();
    void failedMigrationLeavesFileUntouched();
    void failedImportLeavesNoJournal();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_other;
    QString m_path;
};

void TestDatasetSharing::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.koso"));
    DemoGenerator generator;
    QString error;
    QVERIFY2(generator.write(m_demo, &error), qPrintable(error));
    // Another dataset of the same shape (a colleague's copy made on another day).
    m_other = m_dir.filePath(QStringLiteral("other.koso"));
    QVERIFY(QFile::copy(m_demo, m_other));
    Dataset other;
    QVERIFY2(other.open(m_other, &error), qPrintable(error));
    QVERIFY2(SqlQuery::run(other.database(),
                           QStringLiteral("UPDATE meta SET value = '2023-04-01T09:00:00' "
                                          "WHERE key = 'created_at'"),
                           &error),
             qPrintable(error));
    QVERIFY(renameRegion(other, QStringLiteral("9901"), QStringLiteral("他県の区域"), &error));
}

void TestDatasetSharing::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("work-%1.koso").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    QFile(m_path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatasetSharing::cleanup()
{
    Dataset::setWritableCheckForTesting(nullptr);
}

void TestDatasetSharing::rollbackJournalLeavesNothingBeside()
{
    QString error;
    {
        Dataset ds;
        QVERIFY2(ds.open(m_path, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(DatasetLock::lockPath(m_path)));
        QSqlQuery q(ds.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
        q.finish();
        QVERIFY(renameRegion(ds, QStringLiteral("9901"), QStringLiteral("北部"), &error));
        // Between writes there is no journal at all, only the lock.
        QCOMPARE(leftovers(m_path), QStringList { DatasetLock::lockPath(m_path) });
        const LockOwner owner = DatasetLock::owner(m_path);
        QCOMPARE(owner.pid, QCoreApplication::applicationPid());
        QCOMPARE(owner.host, QSysInfo::machineHostName());
        QVERIFY(!owner.user.isEmpty());
        QVERIFY(owner.since.isValid());
    }
    QCOMPARE(leftovers(m_path), QStringList());
    QCOMPARE(regionName(m_path, QStringLiteral("9901")), QStringLiteral("北部"));
}

void TestDatasetSharing::lockNamesHolderAndAllowsReading()
{
    QVERIFY(writeLock(m_path, QStringLiteral("PC-SOUMU-07"), 4242));
    const QByteArray before = digest(m_path);
    Dataset ds;
    QString error;
    QVERIFY(!ds.open(m_path, &error));
    QCOMPARE(ds.lastOpenFailure(), Dataset::OpenFailure::Locked);
    QVERIFY2(error.contains(QLatin1String("suzuki")) && error.contains(QLatin1String("PC-SOUMU-07"))
                 && error.contains(QLatin1String("2024-06-11")),
             qPrintable(error));
    // The desktop's choice also refuses to write, and says why.
    Dataset::OpenFailure failure = Dataset::OpenFailure::None;
    QVERIFY(!Document::open(m_path, Dataset::Access::ReadWriteOrReadOnly, &error, &failure));
    QCOMPARE(failure, Dataset::OpenFailure::Locked);

    // Reading is allowed, writing refused with a reason.
    QVERIFY2(ds.open(m_path, &error, Dataset::Access::ReadOnly), qPrintable(error));
    QVERIFY(ds.isReadOnly());
    QCOMPARE(GeographyStore(ds).regions(QStringLiteral("99")).size(), 5);
    QVERIFY(!renameRegion(ds, QStringLiteral("9901"), QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    ds.close();
    QCOMPARE(digest(m_path), before);
    // Their lock stays.
    QCOMPARE(DatasetLock::owner(m_path).host, QStringLiteral("PC-SOUMU-07"));
}

void TestDatasetSharing::staleLockIsTakenOver()
{
    // A process of this computer that has ended left its lock (a crash).
    QProcess finished;
    finished.start(QStringLiteral(KOSO_CLI_PATH), { QStringLiteral("--help") });
    QVERIFY(finished.waitForStarted());
    const qint64 pid = finished.processId();
    QVERIFY(pid > 0);
    QVERIFY(finished.waitForFinished());
    QVERIFY(writeLock(m_path, QSysInfo::machineHostName(), pid));
    Dataset ds;
    QString error;
    QVERIFY2(ds.open(m_path, &error), qPrintable(error));
    QCOMPARE(DatasetLock::owner(m_path).pid, QCoreApplication::applicationPid());
}

void TestDatasetSharing::cliWriterWaitsThenNamesHolder()
{
    auto document = openDocument(m_path);
    QVERIFY(document);
    const QByteArray before = digest(m_path);
    QElapsedTimer timer;
    timer.start();
    const KosoRun run = runKoso({ QStringLiteral("rates"), QStringLiteral("--db"), m_path,
                                  QStringLiteral("--take-snapshots") });
    const qint64 waited = timer.elapsed();
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    const LockOwner self = DatasetLock::self();
    QVERIFY2(run.err.contains(self.user) && run.err.contains(self.host)
                 && run.err.contains(QString::number(self.pid)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("in use by")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("database is locked")));
    QVERIFY2(waited >= 4500 && waited < 30000, qPrintable(QString::number(waited)));

    // The policy sheet of the issue: exported (reading is fine), imported back (refused).
    const QString sheet = m_dir.filePath(QStringLiteral("policies.csv"));
    const KosoRun out = runKoso({ QStringLiteral("policies"), QStringLiteral("--db"), m_path,
                                  QStringLiteral("--out"), sheet });
    QCOMPARE(out.exitCode, 0);
    const KosoRun in = runKoso({ QStringLiteral("policies"), QStringLiteral("import"), sheet,
                                 QStringLiteral("--db"), m_path });
    QVERIFY(in.exitCode != 0);
    QVERIFY2(in.err.contains(QLatin1String("in use by")) && in.err.contains(self.host),
             qPrintable(in.err));
    document.reset();
    QCOMPARE(digest(m_path), before);
}

void TestDatasetSharing::cliWriterGoesAheadWhenReleased()
{
    auto document = openDocument(m_path);
    QVERIFY(document);
    QProcess koso;
    koso.start(QStringLiteral(KOSO_CLI_PATH),
               { QStringLiteral("rates"), QStringLiteral("--db"), m_path,
                 QStringLiteral("--take-snapshots"), QStringLiteral("--json") });
    QVERIFY(koso.waitForStarted());
    QTest::qWait(1200);
    QCOMPARE(koso.state(), QProcess::Running); // waiting for the lock
    document.reset();
    QVERIFY(koso.waitForFinished(30000));
    QCOMPARE(koso.exitCode(), 0);
    QCOMPARE(leftovers(m_path), QStringList());
}

void TestDatasetSharing::cliReadsWhileHeld()
{
    auto document = openDocument(m_path);
    QVERIFY(document);
    QString error;
    QVERIFY(
        renameRegion(*document->dataset(), QStringLiteral("9901"), QStringLiteral("北部"), &error));
    const KosoRun run = runKoso({ QStringLiteral("export"), QStringLiteral("region-beds"),
                                  QStringLiteral("--db"), m_path });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("北部")));
    // The reader left the holder's lock alone and the holder goes on writing.
    QCOMPARE(DatasetLock::owner(m_path).pid, QCoreApplication::applicationPid());
    QVERIFY2(
        renameRegion(*document->dataset(), QStringLiteral("9901"), QStringLiteral("北"), &error),
        qPrintable(error));
}

void TestDatasetSharing::deletedFileWritesNothing()
{
    auto document = openDocument(m_path);
    QVERIFY(document);
    QSignalSpy lost(document.get(), &Document::fileLost);
    QString error;
    QVERIFY(
        renameRegion(*document->dataset(), QStringLiteral("9901"), QStringLiteral("北部"), &error));
    QVERIFY(QFile::remove(m_path));
    QVERIFY(
        !renameRegion(*document->dataset(), QStringLiteral("9901"), QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("deleted")), qPrintable(error));
    QTRY_COMPARE(lost.count(), 1);
    QVERIFY(document->dataset()->isFileLost());
    QVERIFY(!QFileInfo::exists(m_path));
    QCOMPARE(leftovers(m_path), QStringList());

    // The work is still there to be saved elsewhere.
    const QString rescue = m_dir.filePath(QStringLiteral("rescued.koso"));
    QVERIFY2(document->dataset()->saveCopy(rescue, &error), qPrintable(error));
    document.reset();
    QCOMPARE(leftovers(m_path), QStringList());
    QVERIFY(!QFileInfo::exists(m_path));
    QCOMPARE(regionName(rescue, QStringLiteral("9901")), QStringLiteral("北部"));

    // The next dataset put at that name opens intact.
    QVERIFY(QFile::copy(m_other, m_path));
    const QByteArray before = digest(m_path);
    const KosoRun info = runKoso({ QStringLiteral("info"), m_path });
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(digest(m_path), before);
    QCOMPARE(regionName(m_path, QStringLiteral("9901")), QStringLiteral("他県の区域"));
}

void TestDatasetSharing::replacedFileWritesNothing_data()
{
    QTest::addColumn<bool>("inPlace");
    QTest::newRow("moved over (new file)") << false;
    QTest::newRow("copied onto (same file)") << true;
}

void TestDatasetSharing::replacedFileWritesNothing()
{
    QFETCH(bool, inPlace);
    auto document = openDocument(m_path);
    QVERIFY(document);
    QSignalSpy lost(document.get(), &Document::fileLost);
    QString error;
    QVERIFY(
        renameRegion(*document->dataset(), QStringLiteral("9901"), QStringLiteral("北部"), &error));
    QVERIFY(copyOver(m_other, m_path, inPlace));
    const QByteArray replaced = digest(m_path);
    QVERIFY(
        !renameRegion(*document->dataset(), QStringLiteral("9902"), QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("replaced")), qPrintable(error));
    QTRY_COMPARE(lost.count(), 1);
    QCOMPARE(digest(m_path), replaced);
    if (!inPlace) {
        // The old file's data is still readable through the open connection.
        const QString rescue = m_dir.filePath(QStringLiteral("rescued-%1.koso").arg(inPlace));
        QFile::remove(rescue);
        QVERIFY2(document->dataset()->saveCopy(rescue, &error), qPrintable(error));
        QCOMPARE(regionName(rescue, QStringLiteral("9901")), QStringLiteral("北部"));
    }
    document.reset();
    QCOMPARE(digest(m_path), replaced);
    QCOMPARE(leftovers(m_path), QStringList());
    const KosoRun info = runKoso({ QStringLiteral("info"), m_path });
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(digest(m_path), replaced);
    QCOMPARE(regionName(m_path, QStringLiteral("9901")), QStringLiteral("他県の区域"));
}

void TestDatasetSharing::externalChangeClearsUndo()
{
    auto document = openDocument(m_path);
    QVERIFY(document);
    QSignalSpy reloaded(document.get(), &Document::reloadedAfterExternalChange);
    QSignalSpy changed(document.get(), &Document::changed);
    document->undoStack()->push(
        new RenameRegion(document.get(), QStringLiteral("9901"), QStringLiteral("窓の名前")));
    QCOMPARE(document->undoStack()->count(), 1);

    // Another program writes (here a second connection, as a program that ignores the lock).
    {
        Dataset other;
        QString error;
        QVERIFY2(other.open(m_path, &error), qPrintable(error));
        QVERIFY(
            renameRegion(other, QStringLiteral("9901"), QStringLiteral("取り込んだ名前"), &error));
    }
    // Ctrl+Z now would write the window's old value over theirs: it is refused …
    document->undoStack()->undo();
    QTRY_COMPARE(reloaded.count(), 1);
    // … the history is gone and the views were told to reload everything.
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<DataChanges>(), DataChanges(DataChange::All));
    QCOMPARE(GeographyStore(*document->dataset()).region(QStringLiteral("9901"))->name,
             QStringLiteral("取り込んだ名前"));
    // Edits made after the reload go through.
    QString error;
    QVERIFY2(
        renameRegion(*document->dataset(), QStringLiteral("9902"), QStringLiteral("南"), &error),
        qPrintable(error));
    document.reset();
    QCOMPARE(regionName(m_path, QStringLiteral("9901")), QStringLiteral("取り込んだ名前"));

    // Noticed without a write too (the window checks when it becomes active).
    document = openDocument(m_path);
    QVERIFY(document->dataset()->checkForChanges());
    {
        Dataset other;
        QVERIFY(other.open(m_path, &error));
        QVERIFY(renameRegion(other, QStringLiteral("9901"), QStringLiteral("三"), &error));
    }
    QVERIFY(!document->dataset()->checkForChanges());
    QVERIFY(document->dataset()->checkForChanges());
}

void TestDatasetSharing::readOnlyFileOpensForReading()
{
    // A file without write permission (root ignores mode bits: the check is simulated).
    Dataset::setWritableCheckForTesting(neverWritable);
    const QByteArray before = digest(m_path);
    QString error;
    Dataset ds;
    QVERIFY(!ds.open(m_path, &error, Dataset::Access::ReadWrite));
    QCOMPARE(ds.lastOpenFailure(), Dataset::OpenFailure::NotWritable);
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));

    QVERIFY2(ds.open(m_path, &error, Dataset::Access::ReadWriteOrReadOnly), qPrintable(error));
    QVERIFY(ds.isReadOnly());
    QVERIFY(!ds.readOnlyReason().isEmpty());
    QCOMPARE(GeographyStore(ds).regions(QStringLiteral("99")).size(), 5);
    QVERIFY(!renameRegion(ds, QStringLiteral("9901"), QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    ds.close();
    QCOMPARE(digest(m_path), before);
    QCOMPARE(leftovers(m_path), QStringList());

    // The command-line tool reads it, and an import into it fails with the reason.
    const KosoRun info = runKoso({ QStringLiteral("info"), m_path });
    QCOMPARE(info.exitCode, 0);
    QFile(m_path).setPermissions(QFile::ReadOwner | QFile::ReadGroup);
    if (!QFileInfo(m_path).isWritable()) { // not root: the real mode bits decide
        QVERIFY(ds.open(m_path, &error, Dataset::Access::ReadWriteOrReadOnly));
        QVERIFY(ds.isReadOnly());
        ds.close();
        const KosoRun snap = runKoso({ QStringLiteral("rates"), QStringLiteral("--db"), m_path,
                                       QStringLiteral("--take-snapshots") });
        QVERIFY(snap.exitCode != 0);
        QVERIFY2(snap.err.contains(QLatin1String("read-only")), qPrintable(snap.err));
    }
    QCOMPARE(digest(m_path), before);
    QCOMPARE(leftovers(m_path), QStringList());
}

void TestDatasetSharing::readOnlyAccessNeverWrites()
{
    const QByteArray before = digest(m_path);
    Dataset ds;
    QString error;
    QVERIFY2(ds.open(m_path, &error, Dataset::Access::ReadOnly), qPrintable(error));
    QVERIFY(ds.isReadOnly());
    QVERIFY(!QFileInfo::exists(DatasetLock::lockPath(m_path)));
    // Even a write that bypasses the guard is refused by SQLite itself.
    QSqlQuery q(ds.database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE region SET name = 'x'")));
    ds.close();
    QCOMPARE(digest(m_path), before);
    QCOMPARE(leftovers(m_path), QStringList());
}

void TestDatasetSharing::damagedFileRefusedUntouched()
{
    // A zeroed page in the middle of the file.
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    QVERIFY(pages > 20);
    QVERIFY(f.seek(4096 * (pages / 2)));
    f.write(QByteArray(4096, '\0'));
    f.close();
    const QByteArray before = digest(m_path);
    Dataset ds;
    QString error;
    QVERIFY(!ds.open(m_path, &error, Dataset::Access::ReadWriteOrReadOnly));
    QCOMPARE(ds.lastOpenFailure(), Dataset::OpenFailure::Damaged);
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QCOMPARE(digest(m_path), before);
    QCOMPARE(leftovers(m_path), QStringList());
    const KosoRun info = runKoso({ QStringLiteral("info"), m_path });
    QVERIFY(info.exitCode != 0);
    QVERIFY2(info.err.contains(QLatin1String("damaged")), qPrintable(info.err));
    QCOMPARE(digest(m_path), before);
}

void TestDatasetSharing::failedBackupLeavesFileUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("old-backup.koso"));
    QFile::remove(path);
    const int older = Dataset::currentSchemaVersion() - 1;
    QString error;
    {
        Dataset ds;
        QVERIFY2(ds.createAtVersion(path, QStringLiteral("13"), older, &error), qPrintable(error));
    }
    // The backup cannot be written: a folder is in its place.
    const QString backup = path + QStringLiteral(".bak-v%1").arg(older);
    QVERIFY(QDir().mkpath(backup));
    const QByteArray before = digest(path);
    Dataset ds;
    QVERIFY(!ds.open(path, &error));
    QVERIFY2(error.contains(QLatin1String("Cannot write the backup")) && error.contains(backup),
             qPrintable(error));
    QCOMPARE(digest(path), before);
    QCOMPARE(Dataset::readHeader(path, &error).userVersion, older);
    QCOMPARE(leftovers(path), QStringList());
}

void TestDatasetSharing::failedMigrationLeavesFileUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("old-migration.koso"));
    QFile::remove(path);
    const int older = Dataset::currentSchemaVersion() - 1;
    QString error;
    {
        Dataset ds;
        QVERIFY2(ds.createAtVersion(path, QStringLiteral("13"), older, &error), qPrintable(error));
    }
    const QByteArray before = digest(path);
    {
        // Another program reads the file throughout: the upgrade cannot commit.
        QSqlDatabase reader
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(path);
        QVERIFY(reader.open());
        QVERIFY(reader.transaction());
        QSqlQuery q(reader);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM prefecture")) && q.next());
        Dataset ds;
        QVERIFY(!ds.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("Upgrading the dataset"))
                     && error.contains(QStringLiteral("left at schema %1").arg(older)),
                 qPrintable(error));
        q.finish();
        reader.rollback();
        reader.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    QCOMPARE(digest(path), before);
    QCOMPARE(Dataset::readHeader(path, &error).userVersion, older);
    QCOMPARE(leftovers(path), QStringList());
    // The backup made before the attempt is the old version, and the file upgrades later.
    QCOMPARE(Dataset::readHeader(path + QStringLiteral(".bak-v%1").arg(older), &error).userVersion,
             older);
    Dataset ds;
    QVERIFY2(ds.open(path, &error), qPrintable(error));
    QCOMPARE(ds.schemaVersion(), Dataset::currentSchemaVersion());
}

void TestDatasetSharing::failedImportLeavesNoJournal()
{
    const QString bogus = m_dir.filePath(QStringLiteral("bogus.xlsx"));
    {
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 not really a workbook");
    }
    const QByteArray before = digest(m_path);
    const KosoRun run
        = runKoso({ QStringLiteral("import"), bogus, QStringLiteral("--db"), m_path });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(digest(m_path), before);
    QCOMPARE(leftovers(m_path), QStringList());
}

QTEST_GUILESS_MAIN(TestDatasetSharing)
#include "tst_datasetsharing.moc"
