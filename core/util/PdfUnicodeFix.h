#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Koso {

// Repairs the text layer of PDFs that Qt writes with CJK fonts. Qt's ToUnicode map gives each
// glyph the first code point that maps to it, and CJK fonts share glyphs between Kangxi
// radicals and ideographs: 「高度急性期」 would be copied and searched as 「⾼度急性期」
// (U+2FBC), 「厚生労働省」 as 「厚⽣労働省」. This maps radicals back to their ideographs
// (their NFKC form) and a tab back to a space. Each code is replaced by one of the same
// length, so object offsets and the cross-reference table stay valid.
class PdfUnicodeFix
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PdfUnicodeFix)

public:
    // Returns the number of codes changed.
    static int fixBytes(QByteArray &pdf);
    // The code point to write instead of u, or u itself.
    static char32_t replacementFor(char32_t u);
};

} // namespace Koso
