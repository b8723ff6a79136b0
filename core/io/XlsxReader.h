#pragma once

#include "io/XlsxRow.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace Koso {

// One worksheet as the workbook lists it.
struct XlsxSheetInfo
{
    QString name;
    QString path; // the part inside the zip, e.g. xl/worksheets/sheet1.xml
    bool hidden = false;
    qint64 size = 0; // uncompressed bytes of its XML (for progress)
};

// What one workbook may hold. Generous for MHLW's files (the largest sheet is about 16 MB of
// XML, a whole workbook about 32 MB, the largest shared-string part under 1 MB with 15,000
// strings) and Excel's own limits, small enough that a decompression bomb is refused at once
// and the import stays within its memory budget.
struct XlsxLimits
{
    static constexpr qint64 MB = 1024 * 1024;
    static constexpr qint64 MaxWorkbookBytes = 512 * MB; // every part together, as the zip states
    static constexpr qint64 MaxSheetBytes = 128 * MB;
    static constexpr qint64 MaxSharedStringsBytes = 64 * MB;
    static constexpr qint64 MaxPartBytes = 16 * MB; // workbook, relationships, styles
    static constexpr qint64 MaxRunBytes = 1 * MB; // one tag, or one text between tags
    static constexpr int MaxEntries = 100000; // files in the zip
    static constexpr int MaxSharedStrings = 500000;
    static constexpr qint64 MaxSharedStringChars = 16 * MB; // all shared strings together
    static constexpr int MaxStringChars = 32767; // Excel's limit for one cell
    static constexpr int MaxNumberChars = 100; // a number as a cell stores it
    static constexpr int MaxColumns = 16384; // A … XFD
    static constexpr int MaxRows = 1048576;
};

// Reads .xlsx workbooks (Office Open XML, as saved by Excel and LibreOffice) row by row.
// The zip container is read with libzip and each worksheet is parsed with QXmlStreamReader
// while it is inflated, so a large sheet is never held in memory: only the shared strings
// (needed for every cell that refers to them) and the current row are.
//
// Use:   XlsxReader reader;
//        if (!reader.open(path)) … reader.errorString() …
//        reader.readSheet(0, [](const XlsxRow &row) { …; return true; });
// or pull rows one at a time with openSheet() / readRow().
//
// Files that are not workbooks get a clear message: not a zip (a renamed CSV or text
// file), a truncated or corrupted zip, a password-protected workbook or an old .xls (both
// OLE compound files), a zip without a workbook part. Hostile or broken files are refused
// with the file and the part: beyond XlsxLimits, a part whose CRC does not match, two parts
// of the same name.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(Koso::XlsxReader)

public:
    XlsxReader();
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // Opens the workbook and reads its sheet list, shared strings and number formats.
    bool open(const QString &path);
    // Opens the file another reader has open, sharing what that reader already parsed
    // (sheet list, shared strings, formats): for reading different sheets on several threads,
    // one reader per thread.
    bool openShared(const XlsxReader &source);
    void close();
    bool isOpen() const;
    QString fileName() const { return m_path; }
    // The last error, naming the file (and the sheet and row when reading one).
    QString errorString() const { return m_error; }

    const QVector<XlsxSheetInfo> &sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    int sheetIndex(const QString &name) const; // -1 if absent
    bool isDate1904() const { return m_date1904; }

    // Pull interface: openSheet(), then readRow() until it returns false; then hasError()
    // tells an error from the end of the sheet. Rows come in file order; empty rows and
    // style-only cells are skipped.
    bool openSheet(int index);
    bool readRow(XlsxRow *row);
    bool hasError() const { return !m_error.isEmpty(); }
    // Uncompressed bytes of the open sheet read so far.
    qint64 sheetBytesRead() const;

    // Calls onRow for every non-empty row; onRow returns false to stop early (not an error).
    // Returns false only on error.
    bool readSheet(int index, const std::function<bool(const XlsxRow &)> &onRow);
    // The first maxRows non-empty rows (all when negative): for small sheets and tests.
    QVector<XlsxRow> readRows(int index, int maxRows = -1);

    // Recognises what a file is from its first bytes, before trying to open it as a zip.
    enum class FileType {
        Missing,
        Empty,
        TooSmall, // shorter than the smallest zip archive (22 bytes)
        Zip,
        OleCompound,
        EncryptedOoxml,
        Text,
        Unknown
    };
    static FileType sniff(const QString &path);

private:
    struct Private;

    bool fail(const QString &message);
    bool readEntries();
    bool readWorkbookParts();
    bool readSharedStrings(const QString &part);
    bool readStyles(const QString &part);
    QString sheetError(const QString &message) const;
    // A part that cannot be read: refused beyond a limit, or damaged.
    QString partError(const QString &part, const QString &why, bool limit) const;
    bool failRow(const QString &message);
    bool refuseRow(const QString &why);
    bool sheetReadFailed();
    bool readCells(XlsxRow *row);
    struct CellState;
    bool readCell(int rowNumber, int *column, bool *sorted, XlsxRow *row);
    bool readNumber(CellState &c, QStringView value, bool emptyIsNoValue);
    bool readCellContent(CellState &c);
    bool storeCell(CellState &c, XlsxRow *row);

    std::unique_ptr<Private> d;
    QString m_path;
    QString m_error;
    QVector<XlsxSheetInfo> m_sheets;
    bool m_date1904 = false;
};

} // namespace Koso
