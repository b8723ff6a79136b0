#include "report/PdfToUnicodeFixer.h"

#include <QFont>
#include <QRawFont>
#include <QRegularExpression>
#include <QVector>

namespace Koso {

namespace {

bool isHex4(const QByteArray &data, qsizetype at)
{
    if (at + 6 > data.size() || data.at(at) != '<' || data.at(at + 5) != '>')
        return false;
    for (int i = 1; i <= 4; ++i) {
        if (!isxdigit(uchar(data.at(at + i))))
            return false;
    }
    return true;
}

// Walks a ToUnicode CMap and replaces the destination code of every mapping found in map.
int fixCMap(QByteArray &data, qsizetype begin, qsizetype end, const QHash<ushort, ushort> &map)
{
    int changed = 0;
    auto replace = [&](qsizetype at) {
        bool ok = false;
        const ushort code = data.mid(at + 1, 4).toUShort(&ok, 16);
        const auto it = map.constFind(code);
        if (!ok || it == map.constEnd())
            return;
        const QByteArray hex = QByteArray::number(it.value(), 16).toUpper().rightJustified(4, '0');
        for (int i = 0; i < 4; ++i)
            data[at + 1 + i] = hex.at(i);
        ++changed;
    };
    enum Section { None, Range, Char } section = None;
    int field = 0; // position within the current mapping record
    bool inArray = false;
    qsizetype i = begin;
    while (i < end) {
        const char c = data.at(i);
        if (c == '<' && i + 1 < end && data.at(i + 1) != '<') {
            const qsizetype close = data.indexOf('>', i);
            if (close < 0 || close >= end)
                break;
            if (section == Range) {
                if (inArray || field == 2) {
                    if (isHex4(data, i))
                        replace(i);
                }
                if (!inArray)
                    field = field == 2 ? 0 : field + 1;
            } else if (section == Char) {
                if (field == 1 && isHex4(data, i))
                    replace(i);
                field = field == 1 ? 0 : 1;
            }
            i = close + 1;
            continue;
        }
        if (c == '[') {
            inArray = true;
        } else if (c == ']') {
            inArray = false;
            field = 0;
        } else if (isalpha(uchar(c))) {
            qsizetype j = i;
            while (j < end && isalpha(uchar(data.at(j))))
                ++j;
            const QByteArray word = data.mid(i, j - i);
            if (word == "beginbfrange")
                section = Range;
            else if (word == "beginbfchar")
                section = Char;
            else if (word == "endbfrange" || word == "endbfchar")
                section = None;
            field = 0;
            i = j;
            continue;
        }
        ++i;
    }
    return changed;
}

} // namespace

QHash<ushort, ushort> PdfToUnicodeFixer::sharedGlyphMap(const QString &fontFamily,
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

int PdfToUnicodeFixer::fix(QByteArray *pdf, const QHash<ushort, ushort> &map)
{
    if (map.isEmpty())
        return 0;
    QByteArray &data = *pdf;
    int changed = 0;
    static const QRegularExpression reference(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    const QString text = QString::fromLatin1(data);
    QRegularExpressionMatchIterator it = reference.globalMatch(text);
    QVector<QByteArray> done;
    while (it.hasNext()) {
        const QByteArray object = it.next().captured(1).toLatin1();
        if (done.contains(object))
            continue;
        done << object;
        const qsizetype start = data.indexOf("\n" + object + " 0 obj");
        if (start < 0)
            continue;
        const qsizetype stream = data.indexOf("stream", start);
        const qsizetype endStream = data.indexOf("endstream", stream);
        if (stream < 0 || endStream < 0)
            continue;
        // A compressed stream would need rewriting; Qt writes ToUnicode maps uncompressed.
        const QByteArray dict = data.mid(start, stream - start);
        if (dict.contains("/Filter"))
            continue;
        changed += fixCMap(data, stream + 6, endStream, map);
    }
    return changed;
}

} // namespace Koso
