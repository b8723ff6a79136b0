#include "util/Localization.h"

#include "util/JapaneseDate.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Koso {

QString Localization::resolveLanguage(const QString &requested, const QString &saved)
{
    for (const QString &candidate : { requested, saved }) {
        const QString lang = candidate.trimmed().toLower();
        if (lang == QLatin1String("ja") || lang == QLatin1String("en"))
            return lang;
    }
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                             : QStringLiteral("en");
}

bool Localization::install(QCoreApplication *app, const QString &language)
{
    const bool japanese = language == QLatin1String("ja");
    QLocale::setDefault(japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                 : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!japanese)
        return true;
    auto *koso = new QTranslator(app);
    const bool ok = koso->load(QStringLiteral(":/i18n/koso_ja.qm"));
    if (ok)
        app->installTranslator(koso);
    // Qt's own strings (dialog buttons, print preview) from qt6-translations-l10n.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    return ok;
}

QString Localization::dateEditFormat()
{
    if (QLocale().language() == QLocale::Japanese)
        return QStringLiteral("yyyy/MM/dd");
    return QStringLiteral("d MMM yyyy");
}

QString Localization::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    return JapaneseDate::display(at.date()) + QLatin1Char(' ')
        + at.time().toString(QStringLiteral("HH:mm"));
}

} // namespace Koso
