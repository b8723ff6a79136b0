#pragma once

#include <QDateTime>
#include <QString>

namespace Koso {

// One non-empty cell of a worksheet as the file stores it: a number, a text (shared, inline or
// a formula's string result), a boolean or an error value. Formula cells carry their cached
// result; a formula that was never calculated reads as Empty.
struct XlsxCell
{
    enum class Type : quint8 { Empty, Number, Text, Boolean, Error };

    int column = 0; // 0-based: A = 0
    Type type = Type::Empty;
    bool formula = false;
    bool dateFormatted = false; // a number shown with a date or time format
    double number = 0; // Number; Boolean as 1 or 0
    QString text; // Text; Error as Excel shows it ("#DIV/0!")

    bool isEmpty() const { return type == Type::Empty; }
    bool isNumber() const { return type == Type::Number; }
    bool isText() const { return type == Type::Text; }
    // The text, or the number in its shortest form with Excel's 15 significant digits,
    // TRUE/FALSE, or the error code.
    QString displayText() const;
    // A date-formatted number as a date and time (Excel's 1900 or 1904 date system).
    QDateTime dateTime(bool date1904 = false) const;

    // Column letters of a 0-based index (0 → A, 27 → AB) and back (-1 if not letters).
    static QString columnName(int column);
    static int columnIndex(QStringView letters);
    // "AB12" → column 27 and row 12; false if the reference is malformed.
    static bool parseReference(QStringView reference, int *column, int *row);
};

} // namespace Koso
