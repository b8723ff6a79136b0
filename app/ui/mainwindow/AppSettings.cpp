#include "mainwindow/AppSettings.h"

#include "util/Folders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Koso {

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString recentKey = QStringLiteral("files/recent");
const QString lastDirectoryKey = QStringLiteral("files/lastDirectory");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");

} // namespace

QString AppSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(recentKey).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentKey, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(recentKey, files);
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(recentKey);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
}

QString AppSettings::lastDirectory()
{
    const QString saved = QSettings().value(lastDirectoryKey).toString();
    if (!saved.isEmpty() && QDir(saved).exists())
        return saved;
    return defaultDocumentsFolder();
}

void AppSettings::setLastDirectory(const QString &directory)
{
    QSettings().setValue(lastDirectoryKey, directory);
}

} // namespace Koso
