#include "storage/DatasetLock.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace Koso {

namespace {

QMutex registryMutex;
// Lock file path → number of holders in this process.
QHash<QString, int> &registry()
{
    static QHash<QString, int> held;
    return held;
}

QString key(const QString &datasetPath)
{
    return QFileInfo(DatasetLock::lockPath(datasetPath)).absoluteFilePath();
}

QString userName()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("?"));
}

QByteArray serialise(const LockOwner &o)
{
    QByteArray text;
    text += "program=" + o.program.toUtf8() + '\n';
    text += "user=" + o.user.toUtf8() + '\n';
    text += "host=" + o.host.toUtf8() + '\n';
    text += "pid=" + QByteArray::number(o.pid) + '\n';
    text += "since=" + o.since.toString(Qt::ISODate).toUtf8() + '\n';
    return text;
}

LockOwner parse(const QByteArray &bytes)
{
    LockOwner o;
    const QList<QByteArray> lines = bytes.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray k = line.left(eq).trimmed();
        const QString v = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (k == "program")
            o.program = v;
        else if (k == "user")
            o.user = v;
        else if (k == "host")
            o.host = v;
        else if (k == "pid")
            o.pid = v.toLongLong();
        else if (k == "since")
            o.since = QDateTime::fromString(v, Qt::ISODate);
    }
    return o;
}

// O_EXCL creation of the lock file with our name in it.
bool createLockFile(const QString &path, int *err)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        *err = errno;
        return false;
    }
    const QByteArray text = serialise(DatasetLock::self());
    const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::fsync(fd);
    ::close(fd);
    if (!written) {
        *err = EIO;
        ::unlink(name.constData());
        return false;
    }
    return true;
}

} // namespace

QString LockOwner::describe() const
{
    const QString who = user.isEmpty() ? DatasetLock::tr("someone") : user;
    const QString where = host.isEmpty() ? DatasetLock::tr("an unknown computer") : host;
    const QString what = program.isEmpty() ? DatasetLock::tr("Koso Planner") : program;
    const QString when = since.isValid()
        ? QLocale().toString(since.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
        : DatasetLock::tr("an unknown time");
    return DatasetLock::tr("%1 on %2 (%3, process %4) since %5")
        .arg(who, where, what)
        .arg(pid)
        .arg(when);
}

QString DatasetLock::lockPath(const QString &datasetPath)
{
    return datasetPath + QStringLiteral(".lock");
}

LockOwner DatasetLock::self()
{
    LockOwner o;
    o.user = userName();
    o.host = QSysInfo::machineHostName();
    o.program = QCoreApplication::applicationName();
    if (o.program.isEmpty())
        o.program = QStringLiteral("Koso Planner");
    o.pid = QCoreApplication::applicationPid();
    o.since = QDateTime::currentDateTime().toOffsetFromUtc(
        QDateTime::currentDateTime().offsetFromUtc());
    return o;
}

LockOwner DatasetLock::owner(const QString &datasetPath)
{
    QFile f(lockPath(datasetPath));
    if (!f.open(QIODevice::ReadOnly))
        return LockOwner();
    return parse(f.read(4096));
}

bool DatasetLock::isStale(const LockOwner &owner)
{
    if (owner.host.isEmpty() || owner.host != QSysInfo::machineHostName() || owner.pid <= 0)
        return false;
    if (owner.pid == QCoreApplication::applicationPid())
        return true; // our own process, but not in the registry: left over
    return ::kill(pid_t(owner.pid), 0) != 0 && errno == ESRCH;
}

bool DatasetLock::isHeldHere(const QString &datasetPath)
{
    QMutexLocker locker(&registryMutex);
    return registry().value(key(datasetPath)) > 0;
}

DatasetLock::Result DatasetLock::acquire(const QString &datasetPath, LockOwner *owner,
                                         QString *error)
{
    const QString path = key(datasetPath);
    QMutexLocker locker(&registryMutex);
    if (int &count = registry()[path]; count > 0) {
        ++count;
        return Result::Acquired;
    }
    registry().remove(path);
    for (int attempt = 0; attempt < 2; ++attempt) {
        int err = 0;
        if (createLockFile(path, &err)) {
            registry()[path] = 1;
            return Result::Acquired;
        }
        if (err != EEXIST) {
            if (error)
                *error = tr("Cannot create the lock file %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(err)));
            return Result::CannotCreate;
        }
        QFile existing(path);
        const LockOwner holder
            = existing.open(QIODevice::ReadOnly) ? parse(existing.read(4096)) : LockOwner();
        existing.close();
        // An empty lock is one being written right now, unless it is old (a crash mid-write).
        const bool emptyAndOld = !holder.isValid()
            && QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > 30;
        if (attempt == 0 && (isStale(holder) || emptyAndOld)) {
            // Moved aside first, so that two programs taking over at once do not both win.
            const QString aside = path + QStringLiteral(".stale-%1").arg(self().pid);
            if (std::rename(QFile::encodeName(path).constData(),
                            QFile::encodeName(aside).constData())
                == 0)
                QFile::remove(aside);
            continue;
        }
        if (owner)
            *owner = holder;
        return Result::HeldElsewhere;
    }
    if (owner)
        *owner = DatasetLock::owner(datasetPath);
    return Result::HeldElsewhere;
}

void DatasetLock::release(const QString &datasetPath)
{
    const QString path = key(datasetPath);
    QMutexLocker locker(&registryMutex);
    auto it = registry().find(path);
    if (it == registry().end())
        return;
    if (--it.value() > 0)
        return;
    registry().erase(it);
    // Only our own lock is removed: someone may have taken over a file that was replaced.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const LockOwner holder = parse(f.read(4096));
    f.close();
    if (holder.pid == QCoreApplication::applicationPid()
        && holder.host == QSysInfo::machineHostName())
        QFile::remove(path);
}

} // namespace Koso
