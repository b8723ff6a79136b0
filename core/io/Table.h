#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace Koso {

// A table to export: a header row and rows of values. Numbers stay numbers (QVariant of an
// arithmetic type), a null QVariant is an empty cell, a QDate is a date. Notes (the source
// line, MHLW's caveat) go below the table in .xlsx; CSV carries the table alone so that it
// stays machine-readable.
struct Table
{
    QString title; // first row of the sheet in .xlsx, above the header
    QString sheetName; // .xlsx sheet name (31 characters at most; cut if longer)
    QStringList header;
    QVector<QVector<QVariant>> rows;
    QStringList notes;
};

} // namespace Koso
