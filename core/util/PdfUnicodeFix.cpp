#include "util/PdfUnicodeFix.h"

#include <QFont>
#include <QRawFont>
#include <QVector>

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
int fixLine(QByteArray &data, qsizetype begin, qsizetype end, bool range,
            const QHash<ushort, ushort> &shared)
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
        const auto it = shared.constFind(ushort(code));
        const char32_t replacement = it != shared.constEnd()
            ? char32_t(it.value())
            : PdfUnicodeFix::replacementFor(char32_t(code));
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

int PdfUnicodeFix::fixBytes(QByteArray &pdf, const QHash<ushort, ushort> &shared)
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
                changed += fixLine(pdf, line + 1, next, range, shared);
                line = next == sectionEnd ? -1 : next;
            }
            from = sectionEnd + close.size();
        }
    }
    return changed;
}

QHash<ushort, ushort> PdfUnicodeFix::sharedGlyphMap(const QString &fontFamily,
                                                    const QString &usedText)
{
    // Per face: glyph → the lowest BMP code point drawn with it, which is what Qt writes.
    struct Face
    {
        QRawFont raw;
        QHash<quint32, ushort> lowestCode;
    };
    static QHash<QString, QVector<Face>> cache;
    auto cached = cache.find(fontFamily);
    if (cached == cache.end()) {
        QString all;
        all.reserve(0xFFFF);
        for (uint c = 1; c <= 0xFFFF; ++c)
            all += QChar(char16_t((c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c));
        QVector<Face> faces;
        for (const bool bold : { false, true }) {
            QFont font(fontFamily);
            font.setBold(bold);
            Face face { QRawFont::fromFont(font), {} };
            if (!face.raw.isValid())
                continue;
            const QVector<quint32> glyphs = face.raw.glyphIndexesForString(all);
            for (int i = 0; i < glyphs.size() && i < all.size(); ++i) {
                if (glyphs.at(i) != 0 && !face.lowestCode.contains(glyphs.at(i)))
                    face.lowestCode.insert(glyphs.at(i), all.at(i).unicode());
            }
            faces << face;
        }
        cached = cache.insert(fontFamily, faces);
    }

    QString used;
    for (const QChar c : usedText) {
        if (!c.isSurrogate() && !used.contains(c))
            used += c;
    }
    QHash<ushort, ushort> map;
    for (const Face &face : std::as_const(cached.value())) {
        const QVector<quint32> glyphs = face.raw.glyphIndexesForString(used);
        for (int i = 0; i < glyphs.size() && i < used.size(); ++i) {
            const ushort lowest = face.lowestCode.value(glyphs.at(i), 0);
            if (glyphs.at(i) != 0 && lowest != 0 && lowest != used.at(i).unicode())
                map.insert(lowest, used.at(i).unicode());
        }
    }
    return map;
}

} // namespace Koso
