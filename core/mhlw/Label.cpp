#include "mhlw/Label.h"

#include <QCoreApplication>

namespace Koso {

namespace {

bool isCircledNumber(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2460 && u <= 0x2473) // ①–⑳
        || (u >= 0x3251 && u <= 0x325F) // ㉑–㉟
        || (u >= 0x32B1 && u <= 0x32BF) // ㊱–㊿
        || (u >= 0x2776 && u <= 0x2793); // ❶–➓
}

bool isBullet(QChar c)
{
    switch (c.unicode()) {
    case u'○':
    case u'●':
    case u'◯':
    case u'◎':
    case u'■':
    case u'□':
    case u'◆':
    case u'◇':
    case u'・':
    case u'※':
        return true;
    default:
        return false;
    }
}

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Koso::Label)
};

} // namespace

QString Label::normalize(const QString &text)
{
    // Most labels are short and already plain: skip the normalisation allocations then.
    bool plain = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x3000 || c.isSpace() || (c.unicode() >= 0x2000 && c.unicode() < 0x3000)
            || c.unicode() >= 0xFF00) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text;
    const QString nfkc = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (const QChar c : nfkc) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QString Label::core(const QString &text)
{
    QString s = text.trimmed();
    int i = 0;
    // Leading numbering and bullets, possibly several (「○①」).
    while (i < s.size() && (isCircledNumber(s.at(i)) || isBullet(s.at(i)) || s.at(i).isSpace()))
        ++i;
    s = normalize(s.mid(i));
    // "(1)…" numbering of sections.
    if (s.size() > 3 && s.startsWith(u'(')) {
        int close = int(s.indexOf(u')'));
        bool digits = close > 1;
        for (int k = 1; k < close && digits; ++k)
            digits = s.at(k).isDigit();
        if (digits && close + 1 < s.size())
            s = s.mid(close + 1);
    }
    // Brackets around the whole label.
    if (s.size() > 2 && s.startsWith(u'(') && s.endsWith(u')') && s.indexOf(u'(', 1) < 0)
        s = s.mid(1, s.size() - 2);
    return s;
}

QString Label::display(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.simplified();
}

QString Label::place(const QString &fileName, const QString &sheet, int row)
{
    if (row > 0)
        return Text::tr("%1, sheet \"%2\", row %3").arg(fileName, sheet).arg(row);
    return Text::tr("%1, sheet \"%2\"").arg(fileName, sheet);
}

} // namespace Koso
