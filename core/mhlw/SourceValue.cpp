#include "mhlw/SourceValue.h"

#include "io/XlsxCell.h"

#include <QStringList>

namespace Koso {

SourceValue SourceValue::read(const XlsxCell *cell)
{
    SourceValue v;
    if (!cell || cell->isEmpty())
        return v;
    if (cell->type == XlsxCell::Type::Error) {
        v.kind = Kind::Missing;
        v.reason = cell->text.isEmpty() ? QStringLiteral("#VALUE!") : cell->text;
        return v;
    }
    if (cell->isText()) {
        // An error value saved as text (a copy through CSV or another program).
        static const QStringList errors
            = { QStringLiteral("#VALUE!"), QStringLiteral("#DIV/0!"), QStringLiteral("#N/A"),
                QStringLiteral("#REF!"),   QStringLiteral("#NAME?"),  QStringLiteral("#NUM!"),
                QStringLiteral("#NULL!") };
        const QString t = cell->text.trimmed();
        if (t.startsWith(u'#') && errors.contains(t)) {
            v.kind = Kind::Missing;
            v.reason = t;
            return v;
        }
    }
    const FigureCell f = FigureCell::read(cell);
    switch (f.kind) {
    case FigureCell::Kind::Empty:
        break;
    case FigureCell::Kind::Number:
        v.kind = Kind::Number;
        v.number = f.number;
        break;
    case FigureCell::Kind::Marker:
        v.kind = Kind::Missing;
        v.reason = f.text;
        break;
    case FigureCell::Kind::OtherText:
        v.kind = Kind::OtherText;
        v.text = f.text;
        break;
    }
    return v;
}

} // namespace Koso
