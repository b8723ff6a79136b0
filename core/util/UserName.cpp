#include "util/UserName.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Koso {

QString systemUserName()
{
    const QString given = qEnvironmentVariable("KOSO_USER").trimmed();
    if (!given.isEmpty())
        return given;
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *name : { "LOGNAME", "USER", "USERNAME" }) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QString();
}

} // namespace Koso
