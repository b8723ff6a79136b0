#pragma once

#include <QWidget>

class QListWidget;

namespace Koso {

// What the window shows with no dataset open: create one, open one, or pick a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Re-reads the recent files (called whenever the page is shown).
    void refresh();

signals:
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QListWidget *m_recent = nullptr;
};

} // namespace Koso
