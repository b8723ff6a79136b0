#pragma once

#include "io/XlsxCell.h"

#include <QVector>

namespace Koso {

// One row of a worksheet: its 1-based number as Excel shows it and its non-empty cells in
// column order (a sparse row: blank and style-only cells are left out).
struct XlsxRow
{
    int number = 0;
    QVector<XlsxCell> cells;

    bool isEmpty() const { return cells.isEmpty(); }
    // The cell in a 0-based column, or nullptr when it is empty.
    const XlsxCell *cell(int column) const;
    // The cell's displayText(), empty when there is no cell.
    QString text(int column) const;
    // The 0-based columns as a dense list of display texts, up to the last non-empty cell.
    QStringList texts() const;
};

} // namespace Koso
