#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVector>

namespace Koso {

// Rows read from a CSV file or the first sheet of an .xlsx, with where each row came from so
// that an import can name the line of a bad cell. CSV cells are QString; .xlsx cells keep
// their type (double for numbers and dates, bool, QString).
struct TableData
{
    QString fileName;
    QString sheetName; // .xlsx only
    QString encoding; // CSV only: "UTF-8" or "Shift_JIS"
    QVector<QVector<QVariant>> rows;
    QVector<int> lineNumbers; // 1-based line (CSV) or row (.xlsx) of each row
    // Reading stopped at TableLimits: the rows are only the first ones of the file.
    bool truncated = false;
    // CSV only: a tab or semicolon that seems to separate the fields instead of commas (every
    // row of the file's start is one field holding it); null otherwise.
    QChar otherSeparator;

    QString text(int row, int column) const;
};

// How much of a file to read, so that memory stays proportional to what the reader accepts:
// beyond either bound reading stops with TableData::truncated.
struct TableLimits
{
    int maxRows = -1; // non-empty rows; negative: all
    qint64 maxCells = -1;
};

// Reads tables that offices exchange: CSV in UTF-8 (with or without BOM) or Shift_JIS (CP932,
// as Excel saves it on a Japanese PC), and .xlsx.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Koso::TableReader)

public:
    // A CSV file larger than this is refused unread.
    static constexpr qint64 MaxCsvBytes = 64 * 1024 * 1024;

    // Chooses CSV or .xlsx by the content, not the suffix.
    static bool read(const QString &path, TableData *out, QString *error,
                     const TableLimits &limits = {});
    static bool readCsv(const QByteArray &bytes, const QString &fileName, TableData *out,
                        QString *error, const TableLimits &limits = {});
    // The first visible sheet of an .xlsx workbook.
    static bool readXlsx(const QString &path, TableData *out, QString *error,
                         const TableLimits &limits = {});
    // For a file without the header expected: what separates its fields if not commas, as a
    // sentence to add to the message; empty when nothing suggests another separator.
    static QString separatorHint(const TableData &data);
    // Decodes CSV bytes: UTF-8 (BOM or valid UTF-8) or Shift_JIS; fails on anything else.
    static bool decode(const QByteArray &bytes, QString *text, QString *encoding);
};

} // namespace Koso
