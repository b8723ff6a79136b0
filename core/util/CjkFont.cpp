#include "util/CjkFont.h"

#include <QFontDatabase>

namespace Koso {

namespace {
// Without shaping, text uses the font's own character map: with it, a Latin run in a CJK font
// gets substituted digits that have no code point, and Qt's PDF writer then leaves them out
// of the text layer (「FY2024」 would be extracted and searched as 「FY」).
constexpr auto Strategy = QFont::StyleStrategy(QFont::PreferAntialias | QFont::PreferNoShaping);
} // namespace

QStringList CjkFont::families()
{
    static const QStringList families = [] {
        const QStringList wanted {
            QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Source Han Sans JP"),
            QStringLiteral("Yu Gothic UI"),     QStringLiteral("Yu Gothic"),
            QStringLiteral("Meiryo"),           QStringLiteral("IPAexGothic"),
            QStringLiteral("IPAGothic"),        QStringLiteral("VL Gothic"),
            QStringLiteral("TakaoGothic")
        };
        const QStringList installed = QFontDatabase::families(QFontDatabase::Japanese);
        QStringList result;
        for (const QString &f : wanted) {
            if (installed.contains(f))
                result << f;
        }
        // Keep the other names too: a file opened elsewhere then asks for a Japanese font.
        for (const QString &f : wanted) {
            if (!result.contains(f))
                result << f;
        }
        return result;
    }();
    return families;
}

QFont CjkFont::font(double pointSize, bool bold)
{
    QFont f;
    f.setFamilies(families());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(Strategy);
    return f;
}

QFont CjkFont::unitFont(int pixelSize, bool bold)
{
    QFont f;
    f.setFamilies(families());
    f.setPixelSize(qMax(1, pixelSize));
    f.setBold(bold);
    f.setStyleStrategy(Strategy);
    return f;
}

} // namespace Koso
