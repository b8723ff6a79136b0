#include "util/PdfUnicodeFix.h"

#include <QFile>
#include <QSaveFile>

namespace Koso {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Reads a 4-digit hex code <XXXX> at pos (pointing at '<'); -1 if it is not one.
int codeAt(const QByteArray &data, qsizetype pos)
{
    if (pos + 5 >= data.size() || data.at(pos) != '<' || data.at(pos + 5) != '>')
        return -1;
    int value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int h = hexValue(data.at(pos + i));
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

void writeCode(QByteArray &data, qsizetype pos, char32_t value)
{
    static const char digits[] = "0123456789ABCDEF";
    for (int i = 4; i >= 1; --i) {
        data[pos + i] = digits[value & 0xF];
        value >>= 4;
    }
}

// Fixes the destination codes of one line of a bfrange or bfchar section.
int fixLine(QByteArray &data, qsizetype begin, qsizetype end, bool range)
{
    // Codes on the line: bfchar "<src> <dst>", bfrange "<lo> <hi> <dst>" or
    // "<lo> <hi> [<dst> …]". Source codes (glyph ids) must not change.
    QVector<qsizetype> codes;
    bool array = false;
    for (qsizetype i = begin; i < end; ++i) {
        if (data.at(i) == '[')
            array = true;
        if (data.at(i) == '<')
            codes << i;
    }
    const int sources = range ? 2 : 1;
    if (codes.size() <= sources)
        return 0;
    // A range with one destination means consecutive code points: change it only when the
    // range is a single glyph.
    if (range && !array && codeAt(data, codes.at(0)) != codeAt(data, codes.at(1)))
        return 0;
    int changed = 0;
    for (int i = sources; i < codes.size(); ++i) {
        const int code = codeAt(data, codes.at(i));
        if (code < 0)
            continue;
        const char32_t replacement = PdfUnicodeFix::replacementFor(char32_t(code));
        if (replacement != char32_t(code)) {
            writeCode(data, codes.at(i), replacement);
            ++changed;
        }
    }
    return changed;
}

} // namespace

char32_t PdfUnicodeFix::replacementFor(char32_t u)
{
    if (u == 0x0009)
        return 0x0020;
    // CJK Radicals Supplement and Kangxi Radicals.
    if (u < 0x2E80 || u > 0x2FDF)
        return u;
    const QString normal = QString::fromUcs4(&u, 1).normalized(QString::NormalizationForm_KC);
    if (normal.size() != 1 || normal.at(0).unicode() == u)
        return u;
    return normal.at(0).unicode();
}

int PdfUnicodeFix::fixBytes(QByteArray &pdf)
{
    int changed = 0;
    for (const bool range : { true, false }) {
        const QByteArray open
            = range ? QByteArrayLiteral("beginbfrange") : QByteArrayLiteral("beginbfchar");
        const QByteArray close
            = range ? QByteArrayLiteral("endbfrange") : QByteArrayLiteral("endbfchar");
        qsizetype from = 0;
        while ((from = pdf.indexOf(open, from)) >= 0) {
            const qsizetype sectionEnd = pdf.indexOf(close, from);
            if (sectionEnd < 0)
                break;
            qsizetype line = pdf.indexOf('\n', from);
            while (line >= 0 && line < sectionEnd) {
                qsizetype next = pdf.indexOf('\n', line + 1);
                if (next < 0 || next > sectionEnd)
                    next = sectionEnd;
                changed += fixLine(pdf, line + 1, next, range);
                line = next == sectionEnd ? -1 : next;
            }
            from = sectionEnd + close.size();
        }
    }
    return changed;
}

} // namespace Koso
