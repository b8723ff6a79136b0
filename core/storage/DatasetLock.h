#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Koso {

// Who holds a dataset for writing: what its lock file (FILE.lock) says.
struct LockOwner
{
    QString user;
    QString host;
    QString program;
    qint64 pid = 0;
    QDateTime since;

    bool isValid() const { return !user.isEmpty() || !host.isEmpty() || pid != 0; }
    // "tanaka on PC-0123 (Koso Planner, process 4242) since 2024-06-11 09:30".
    QString describe() const;
};

// One writer at a time: a dataset is written only by the program that holds its lock file,
// FILE.lock beside it, created atomically (O_CREAT | O_EXCL, which network folders honour too)
// and holding user, computer, program, process and time. Within one process the lock is shared
// (the desktop's import worker writes through a second connection of the same program); the
// file goes when the last holder in the process releases it. A lock left by a process that no
// longer runs on this computer is stale and taken over.
class DatasetLock
{
    Q_DECLARE_TR_FUNCTIONS(Koso::DatasetLock)

public:
    enum class Result { Acquired, HeldElsewhere, CannotCreate };

    static QString lockPath(const QString &datasetPath);
    // Takes the lock for this process. HeldElsewhere fills *owner; CannotCreate (a read-only
    // folder, a CD) fills *error.
    static Result acquire(const QString &datasetPath, LockOwner *owner, QString *error);
    static void release(const QString &datasetPath);
    // The holder named by the lock file, or an invalid owner when there is none.
    static LockOwner owner(const QString &datasetPath);
    // This process holds the lock of datasetPath.
    static bool isHeldHere(const QString &datasetPath);
    // The lock names a process of this computer that no longer runs.
    static bool isStale(const LockOwner &owner);
    static LockOwner self();
};

} // namespace Koso
