#pragma once

#include <QString>

namespace Koso {

// An edition of MHLW's published data, by fiscal year: 令和6年度 (FY2024). Users write it in
// many ways (令和6年度, R6, 2024年度, FY2024); it is stored in one canonical form.
struct EditionLabel
{
    QString label; // 令和6年度
    int fiscalYear = 0; // 2024

    bool isValid() const { return fiscalYear > 0; }

    // A label as a user gives it (--edition); invalid when it is not one.
    static EditionLabel parse(const QString &text);
    // An edition stated in a workbook's title or notes (「令和7年度」「2025年度公表」), or
    // invalid when the text states none.
    static EditionLabel find(const QString &text);
    // The canonical label of a fiscal year: 令和6年度, 令和元年度, 平成30年度.
    static QString labelOf(int fiscalYear);
};

} // namespace Koso
