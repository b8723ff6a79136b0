#pragma once

#include "io/Table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Koso {

// Writes tables for Excel users: CSV as UTF-8 with a BOM (so Excel detects the encoding),
// CRLF line ends and text cells that would start a formula (= + - @, tab, CR) neutralised with
// a leading apostrophe; .xlsx through libxlsxwriter with numbers as numbers and dates as dates.
// Files are written to a temporary name and renamed, so a failed export leaves no half file.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::TableWriter)

public:
    // Chooses the format by the suffix (.csv or .xlsx).
    static bool write(const Table &table, const QString &path, QString *error);
    // Several tables as sheets of one workbook.
    static bool writeXlsx(const QVector<Table> &sheets, const QString &path, QString *error);
    static bool writeCsv(const Table &table, const QString &path, QString *error);

    // The CSV bytes; withBom false for stdout pipes that want plain UTF-8.
    static QByteArray toCsv(const Table &table, bool withBom = true);
    static QString csvField(const QVariant &value);
    // True for text that a spreadsheet would run as a formula.
    static bool looksLikeFormula(const QString &text);
};

} // namespace Koso
