#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Koso {

// The desktop program's settings (QSettings, per user): one place for the keys.
class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 10;

    // "ja", "en" or empty for the system's language.
    static QString language();
    static void setLanguage(const QString &language);

    static QStringList recentFiles();
    // Moves path to the front; drops the oldest beyond MaxRecentFiles.
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray &geometry, const QByteArray &state);

    static QString lastDirectory();
    static void setLastDirectory(const QString &directory);
};

} // namespace Koso
