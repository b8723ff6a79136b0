#pragma once

#include "mhlw/FigureCell.h"

#include <QString>

#include <optional>

namespace Koso {

struct XlsxCell;

// A cell of the flow and demand workbooks read as a value: a number, or no value with its
// reason — MHLW's markers (「-」「*」「XXX」「未報告」) and Excel's error values (「#VALUE!」,
// 「#DIV/0!」) kept as they are written, never turned into 0.
struct SourceValue
{
    enum class Kind { Empty, Number, Missing, OtherText };

    Kind kind = Kind::Empty;
    double number = 0;
    QString reason; // Missing: the marker or the error value
    QString text; // OtherText: as found

    static SourceValue read(const XlsxCell *cell);

    bool isEmpty() const { return kind == Kind::Empty; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isMissing() const { return kind == Kind::Missing; }
    std::optional<double> value() const
    {
        return kind == Kind::Number ? std::optional<double>(number) : std::nullopt;
    }
};

} // namespace Koso
