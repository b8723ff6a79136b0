#pragma once

#include <QMenu>

class QActionGroup;

namespace Koso {

// View > Language: 日本語, English or the system's language. The choice is saved and applies
// when the program starts next (--lang on the command line still wins for one run).
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    void languageChosen(const QString &language);

private:
    void choose(const QString &language);

    QActionGroup *m_group = nullptr;
};

} // namespace Koso
