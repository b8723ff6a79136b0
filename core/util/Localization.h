#pragma once

#include <QDateTime>
#include <QString>

class QCoreApplication;

namespace Koso {

// Chooses the UI language (ja or en) and installs Koso's and Qt's translations.
class Localization
{
public:
    // requested: "ja", "en" or empty; empty falls back to the saved setting, then to the
    // system locale (Japanese on a Japanese system, English otherwise).
    static QString resolveLanguage(const QString &requested, const QString &saved);
    // Installs the translators for language and makes QLocale's default match it, so numbers
    // and dates read the way the language expects. Returns false if a translation is missing.
    static bool install(QCoreApplication *app, const QString &language);

    // The one date style of each language (by the default QLocale), everywhere on screen:
    // dates read as JapaneseDate::display() writes them (令和6年6月11日 / 11 Jun 2024); date
    // fields, which cannot edit 和暦, show 2024/06/11 in Japanese and 11 Jun 2024 otherwise.
    static QString dateEditFormat();
    // A time stamp: the date as above and the time, 24-hour (令和6年6月11日 14:05).
    static QString dateTime(const QDateTime &at);
};

} // namespace Koso
