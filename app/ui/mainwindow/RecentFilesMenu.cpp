#include "mainwindow/RecentFilesMenu.h"

#include "mainwindow/AppSettings.h"

#include <QDir>
#include <QFileInfo>

namespace Koso {

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("menuRecentFiles"));
    // Built when shown, so it always matches the settings (another window may have changed them).
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = AppSettings::recentFiles();
    int number = 0;
    for (const QString &file : files) {
        ++number;
        const QString label = number < 10
            ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(file).fileName())
            : QFileInfo(file).fileName();
        QAction *action = addAction(label);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        action->setEnabled(QFileInfo::exists(file));
        connect(action, &QAction::triggered, this, [this, file] { emit openRequested(file); });
    }
    if (files.isEmpty()) {
        addAction(tr("No recent datasets"))->setEnabled(false);
        return;
    }
    addSeparator();
    QAction *clearAction = addAction(tr("Clear List"));
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    // The menu rebuilds itself when shown next; deleting actions here would delete the sender.
    connect(clearAction, &QAction::triggered, this, [] { AppSettings::clearRecentFiles(); });
}

} // namespace Koso
