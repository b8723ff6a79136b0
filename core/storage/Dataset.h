#pragma once

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
// backup copy; a newer, foreign or non-SQLite file is refused and never modified.
class Dataset : public QObject
{
    Q_OBJECT

public:
    static constexpr quint32 ApplicationId = 0x4B4F534F; // "KOSO"
    // The number of migrations in :/core/schema/ (NNN-name.sql, numbered from 001).
    static int currentSchemaVersion();

    explicit Dataset(QObject *parent = nullptr);
    ~Dataset() override;

    // Creates a new dataset file; refuses to overwrite an existing file. A home prefecture
    // outside the 47 (the demo's サンプル県 99) needs its name.
    bool create(const QString &path, const QString &homePrefectureCode, QString *error,
                const QString &homePrefectureName = QString());
    bool open(const QString &path, QString *error);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
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
    };
    static Header readHeader(const QString &path, QString *error);

signals:
    void changed(Koso::DataChanges changes);

private:
    bool openConnection(const QString &path, QString *error);
    bool configureConnection(QString *error);
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
};

} // namespace Koso
