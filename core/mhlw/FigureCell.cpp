#include "mhlw/FigureCell.h"

#include "io/XlsxCell.h"
#include "mhlw/Label.h"

#include <cmath>

namespace Koso {

QString FigureCell::marker(const QString &text)
{
    const QString s = Label::normalize(text);
    if (s == QLatin1String("-") || s == QStringLiteral("\u2212") || s == QStringLiteral("\u2010"))
        return QStringLiteral("-");
    if (s == QLatin1String("*"))
        return QStringLiteral("*");
    if (s == QLatin1String("XXX"))
        return QStringLiteral("XXX");
    if (s == QStringLiteral("未報告"))
        return QStringLiteral("未報告");
    return QString();
}

FigureCell FigureCell::read(const XlsxCell *cell)
{
    FigureCell f;
    if (!cell || cell->isEmpty())
        return f;
    switch (cell->type) {
    case XlsxCell::Type::Number:
        f.kind = Kind::Number;
        f.number = cell->number;
        return f;
    case XlsxCell::Type::Text: {
        if (cell->text.trimmed().isEmpty())
            return f;
        const QString m = marker(cell->text);
        f.kind = m.isEmpty() ? Kind::OtherText : Kind::Marker;
        f.text = m.isEmpty() ? cell->text : m;
        return f;
    }
    case XlsxCell::Type::Error:
        // #DIV/0! and friends: Excel could not compute it, the same as MHLW's 「-」.
        f.kind = Kind::Marker;
        f.text = QStringLiteral("-");
        return f;
    case XlsxCell::Type::Boolean:
    case XlsxCell::Type::Empty:
        break;
    }
    f.kind = Kind::OtherText;
    f.text = cell->displayText();
    return f;
}

bool FigureCell::isCount() const
{
    if (kind != Kind::Number || !std::isfinite(number) || number < -1e-9)
        return false;
    return std::fabs(number - std::round(number)) < 1e-6;
}

bool FigureCell::isWithin(double max) const
{
    return kind == Kind::Number && std::isfinite(number) && number >= 0 && number <= max;
}

qint64 FigureCell::count() const
{
    return qint64(std::llround(number));
}

} // namespace Koso
