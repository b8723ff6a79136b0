#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Koso {

// Repairs the text layer of PDFs that Qt writes with CJK fonts, so that text copied or
// searched in the PDF (and pdftotext) reads what was drawn. Qt's ToUnicode map gives each
// glyph the lowest code point that maps to it, and CJK fonts share glyphs: Kangxi radicals
// with ideographs (「高度急性期」 would read 「⾼度急性期」, U+2FBC; 令和6年6月11日 would read
// 令和6年6⽉11⽇), ・ (U+30FB) with ‧ (U+2027), the space with the tab. Every destination code
// of the PDF's ToUnicode maps is rewritten: radicals to their ideographs (their NFKC form), a
// tab to a space, and any code in the map of shared glyphs to the character the document
// used. Each code is replaced by one of the same length, so object offsets and the
// cross-reference table stay valid.
class PdfUnicodeFix
{
public:
    // Returns the number of codes changed. shared: lower code point → the character used
    // (sharedGlyphMap()); without it, radicals and tabs only.
    static int fixBytes(QByteArray &pdf, const QHash<ushort, ushort> &shared = {});
    // The code point to write instead of u (radicals, tab), or u itself.
    static char32_t replacementFor(char32_t u);
    // For every character of usedText whose glyph in the family (regular or bold) is also
    // reached from a lower code point: that lower code point → the character.
    static QHash<ushort, ushort> sharedGlyphMap(const QString &fontFamily, const QString &usedText);
};

} // namespace Koso
