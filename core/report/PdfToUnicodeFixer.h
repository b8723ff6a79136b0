#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Koso {

// CJK fonts such as Noto Sans CJK draw 月 (U+6708) and the Kangxi radical ⽉ (U+2F49), or ・
// (U+30FB) and ‧ (U+2027), with one glyph. Qt's PDF writer maps every glyph back to the lowest
// code point that uses it, so text copied or searched in the PDF (and pdftotext) reads
// 令和6年6⽉11⽇. This rewrites the ToUnicode maps of a PDF so that each such glyph maps to the
// character the document actually used. Each replacement has the same length, so the file's
// cross-reference offsets stay valid.
class PdfToUnicodeFixer
{
public:
    // For every character of usedText whose glyph in the family (regular or bold) is also
    // reached from a lower code point: that lower code point → the character.
    static QHash<ushort, ushort> sharedGlyphMap(const QString &fontFamily, const QString &usedText);
    // Rewrites the ToUnicode streams of pdf in place; returns how many entries changed.
    static int fix(QByteArray *pdf, const QHash<ushort, ushort> &map);
};

} // namespace Koso
