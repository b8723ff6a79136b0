#pragma once

#include "storage/DatasetLock.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace Koso {

// What a write changed, so that views reload only what they show.
enum class DataChange {
    Geography = 0x01,
    Figures = 0x02,
    Hospitals = 0x04,
    Policies = 0x08,
    Councils = 0x10,
    Checklist = 0x20,
    Imports = 0x40,
    All = 0xff
};
Q_DECLARE_FLAGS(DataChanges, DataChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(DataChanges)

// One dataset file (.koso): an SQLite database marked as ours by PRAGMA application_id, with
// its schema version in PRAGMA user_version. Opening an older file migrates it after writing a
// backup copy; a newer, foreign, damaged or non-SQLite file is refused and never modified.
//
// Sharing: one writer at a time. Writing needs the dataset's lock (DatasetLock, FILE.lock);
// anyone else may read. The journal is SQLite's rollback journal (DELETE), which works on
// network folders and leaves no -wal/-shm beside the file. Before every write (Transaction,
// Savepoint) the dataset checks that the path still holds the file it opened and that no other
// program changed it since; otherwise nothing is written and fileLost() or externallyChanged()
// tells the owner.
class Dataset : public QObject
{
    Q_OBJECT

public:
    static constexpr quint32 ApplicationId = 0x4B4F534F; // "KOSO"

    enum class Access {
        ReadWrite, // takes the lock; fails when it is held elsewhere or the file is read-only
        ReadOnly, // no lock, never writes; an older schema is not upgraded (NeedsUpgrade)
        ReadWriteOrReadOnly, // as ReadWrite, but a file that cannot be written opens read-only
    };
    enum class OpenFailure { None, Other, Locked, NotWritable, NeedsUpgrade, Damaged };
    // The number of migrations in :/core/schema/ (NNN-name.sql, numbered from 001).
    static int currentSchemaVersion();

    explicit Dataset(QObject *parent = nullptr);
    ~Dataset() override;

    // Creates a new dataset file; refuses to overwrite an existing file. A home prefecture
    // outside the 47 (the demo's サンプル県 99) needs its name.
    bool create(const QString &path, const QString &homePrefectureCode, QString *error,
                const QString &homePrefectureName = QString());
    bool open(const QString &path, QString *error, Access access = Access::ReadWrite);
    void close();
    // Why the last open() failed; lockOwner() names the holder when it is Locked.
    OpenFailure lastOpenFailure() const { return m_failure; }
    LockOwner lockOwner() const { return m_lockOwner; }

    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    // Why the dataset opened read-only (empty when it did not).
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The path no longer holds the file opened (deleted, moved or replaced); nothing is
    // written any more. The connection still reads the old file: saveCopy() rescues it.
    bool isFileLost() const { return !m_lostReason.isEmpty(); }

    // True when writing may go ahead; otherwise *error says why, and fileLost() or
    // externallyChanged() is emitted. Transaction and Savepoint call it for their connection.
    bool checkBeforeWrite(QString *error);
    static bool checkBeforeWrite(const QSqlDatabase &db, QString *error);
    // Looks for a deleted/replaced file or another program's change without writing (the
    // desktop calls it when its window becomes active); true when all is as it was.
    bool checkForChanges();
    // Writes made through another connection of this program (the import worker) are ours.
    void acknowledgeChanges();
    // A consistent copy of the open dataset at target (which must not exist), read through the
    // open connection: it works even when the original file was deleted or replaced.
    bool saveCopy(const QString &target, QString *error) const;
    // Tests simulate a file without write permission (root ignores the mode bits).
    static void setWritableCheckForTesting(bool (*check)(const QString &path));
    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }
    int schemaVersion() const;
    QString backupPath() const { return m_backupPath; }

    QString homePrefectureCode() const;
    QString metaValue(const QString &key) const;

    // Called by stores after a committed write.
    void notifyChanged(DataChanges changes) { emit changed(changes); }

    // For tests and tools that need a file at an older schema: creates it at that version.
    bool createAtVersion(const QString &path, const QString &homePrefectureCode, int version,
                         QString *error);

    // Reads the schema version and application id from the file header without opening it.
    struct Header
    {
        bool isSqlite = false;
        quint32 applicationId = 0;
        int userVersion = 0;
        bool wal = false; // the file is in WAL journal mode (written by an older version)
    };
    static Header readHeader(const QString &path, QString *error);

signals:
    void changed(Koso::DataChanges changes);
    void fileLost(const QString &reason);
    void externallyChanged();

private:
    bool openConnection(const QString &path, bool readOnly, bool immutable, QString *error);
    bool configureConnection(QString *error);
    bool openChecked(const QString &path, Access access, QString *error);
    bool quickCheck(QString *error);
    void recordIdentity();
    void markLost(const QString &reason);
    bool migrate(int from, int to, QString *error);
    bool applyMigration(int version, QString *error);
    bool writeBackup(int fromVersion, QString *error);
    bool seedPrefectures(QString *error);
    bool createFile(const QString &path, const QString &homeCode, const QString &homeName,
                    int version, QString *error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    OpenFailure m_failure = OpenFailure::None;
    LockOwner m_lockOwner;
    bool m_locked = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_lostReason;
    // The file opened: device and inode, its creation stamp, and SQLite's data_version.
    quint64 m_device = 0;
    quint64 m_inode = 0;
    QString m_createdAt;
    qint64 m_dataVersion = -1;
};

} // namespace Koso
