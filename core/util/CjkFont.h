#pragma once

#include <QFont>
#include <QStringList>

namespace Koso {

// A font with Japanese glyphs, named explicitly so that PDF and SVG output embed it rather
// than whatever the platform falls back to per glyph, and set up so that every glyph in a PDF
// keeps its code point (see the .cpp).
class CjkFont
{
public:
    // Families tried in order; those installed on this machine come first.
    static QStringList families();
    static QFont font(double pointSize, bool bold = false);
    // A font whose size is in painter units (for painters scaled to points or 1/96 in).
    static QFont unitFont(int pixelSize, bool bold = false);
};

} // namespace Koso
