#pragma once

#include <QMenu>

namespace Koso {

// File > Open Recent: the last datasets opened, newest first, from AppSettings.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

signals:
    void openRequested(const QString &path);

private:
    void rebuild();
};

} // namespace Koso
