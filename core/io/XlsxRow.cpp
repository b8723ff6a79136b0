#include "io/XlsxRow.h"

#include <QStringList>

namespace Koso {

const XlsxCell *XlsxRow::cell(int column) const
{
    // Rows are short and sorted: a binary search keeps wide rows cheap too.
    auto it = std::lower_bound(cells.cbegin(), cells.cend(), column,
                               [](const XlsxCell &c, int col) { return c.column < col; });
    if (it == cells.cend() || it->column != column)
        return nullptr;
    return &*it;
}

QString XlsxRow::text(int column) const
{
    const XlsxCell *c = cell(column);
    return c ? c->displayText() : QString();
}

QStringList XlsxRow::texts() const
{
    QStringList result;
    if (cells.isEmpty())
        return result;
    result.reserve(cells.constLast().column + 1);
    for (const XlsxCell &c : cells) {
        while (result.size() < c.column)
            result << QString();
        result << c.displayText();
    }
    return result;
}

} // namespace Koso
