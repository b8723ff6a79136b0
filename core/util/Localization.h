#pragma once

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
};

} // namespace Koso
