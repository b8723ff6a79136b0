#pragma once

#include <QString>

namespace Koso {

struct XlsxCell;

// A cell of MHLW's tables read as a figure: a number, a marker that means "no value"
// (「-」 not applicable or division by zero, 「*」 masked small count, 「XXX」 not computed,
// 「未報告」 not reported), empty, or some other text (which an importer must refuse).
struct FigureCell
{
    enum class Kind { Empty, Number, Marker, OtherText };

    Kind kind = Kind::Empty;
    double number = 0;
    QString text; // the marker in its canonical form, or the other text as found

    static FigureCell read(const XlsxCell *cell);
    // The canonical marker for a text, or an empty string when it is not one.
    static QString marker(const QString &text);

    bool isEmpty() const { return kind == Kind::Empty; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isMarker() const { return kind == Kind::Marker; }
    // A whole, non-negative number (beds, counts): rounding noise of a stored double allowed.
    bool isCount() const;
    qint64 count() const;
};

} // namespace Koso
