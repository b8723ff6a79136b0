#include "mainwindow/LanguageMenu.h"

#include "mainwindow/AppSettings.h"

#include <QActionGroup>
#include <QMessageBox>

namespace Koso {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menuLanguage"));
    const QString saved = AppSettings::language();
    // Each language is named in itself, so anyone can find their own.
    const QList<QPair<QString, QString>> choices = {
        { QString(), tr("System Default") },
        { QStringLiteral("ja"), QStringLiteral("日本語") },
        { QStringLiteral("en"), QStringLiteral("English") },
    };
    for (const auto &[code, label] : choices) {
        QAction *action = addAction(label);
        action->setObjectName(QStringLiteral("actionLanguage_")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { choose(code); });
    }
}

void LanguageMenu::choose(const QString &language)
{
    if (language == AppSettings::language())
        return;
    AppSettings::setLanguage(language);
    emit languageChosen(language);
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("The new language applies when Koso Planner starts next time."));
}

} // namespace Koso
