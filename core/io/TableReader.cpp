#include "io/TableReader.h"

#include "io/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>

namespace Koso {

QString TableData::text(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return QString();
    const QVariant &v = rows.at(row).at(column);
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return QString::number(d, 'g', 15);
    }
    return v.toString().trimmed();
}

bool TableReader::decode(const QByteArray &bytes, QString *text, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        *text = utf8(bytes.mid(3));
        *encoding = QStringLiteral("UTF-8");
        return !utf8.hasError();
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8(bytes);
        if (!utf8.hasError()) {
            *text = decoded;
            *encoding = QStringLiteral("UTF-8");
            return true;
        }
    }
    QStringDecoder sjis("Shift_JIS");
    if (!sjis.isValid())
        return false;
    const QString decoded = sjis(bytes);
    if (sjis.hasError())
        return false;
    // The decoder drops a cut-off last byte silently: a round trip must give the same bytes.
    QStringEncoder back("Shift_JIS");
    const QByteArray again = back(decoded);
    if (back.hasError() || again.size() != bytes.size())
        return false;
    *text = decoded;
    *encoding = QStringLiteral("Shift_JIS");
    return true;
}

namespace {

bool overLimits(const TableLimits &limits, qsizetype rows, qint64 cells)
{
    return (limits.maxRows >= 0 && rows > limits.maxRows)
        || (limits.maxCells >= 0 && cells > limits.maxCells);
}

// A tab or semicolon in the single field of every one of the first rows.
QChar guessOtherSeparator(const TableData &data)
{
    int tabs = 0;
    int semicolons = 0;
    for (int r = 0; r < std::min<int>(int(data.rows.size()), 15); ++r) {
        if (data.rows.at(r).size() > 1)
            return QChar();
        const QString field = data.rows.at(r).value(0).toString();
        tabs += field.contains(QLatin1Char('\t')) ? 1 : 0;
        semicolons += field.contains(QLatin1Char(';')) ? 1 : 0;
    }
    if (tabs == 0 && semicolons == 0)
        return QChar();
    return tabs >= semicolons ? QLatin1Char('\t') : QLatin1Char(';');
}

} // namespace

QString TableReader::separatorHint(const TableData &data)
{
    if (data.otherSeparator.isNull())
        return QString();
    const QString found
        = data.otherSeparator == QLatin1Char('\t') ? tr("tabs") : tr("semicolons (;)");
    return tr("Its fields seem to be separated by %1, but Koso reads CSV separated by commas (,); "
              "save it from Excel as \"CSV UTF-8 (comma delimited)\".")
        .arg(found);
}

bool TableReader::readCsv(const QByteArray &bytes, const QString &fileName, TableData *out,
                          QString *error, const TableLimits &limits)
{
    QString text;
    QString encoding;
    if (!decode(bytes, &text, &encoding)) {
        *error = tr("%1 is neither UTF-8 nor Shift_JIS text; save it from Excel as "
                    "\"CSV UTF-8\" and try again.")
                     .arg(fileName);
        return false;
    }
    out->fileName = fileName;
    out->encoding = encoding;
    out->rows.clear();
    out->lineNumbers.clear();
    out->truncated = false;
    out->otherSeparator = QChar();

    QVector<QVariant> row;
    qint64 cells = 0;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    auto endField = [&] {
        row << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        // Skip rows with no content at all (blank lines, trailing newline).
        bool empty = true;
        for (const QVariant &v : std::as_const(row))
            empty = empty && v.toString().trimmed().isEmpty();
        if (!empty) {
            cells += row.size();
            if (overLimits(limits, out->rows.size() + 1, cells))
                out->truncated = true;
            else {
                out->rows << row;
                out->lineNumbers << rowLine;
            }
        }
        row.clear();
    };

    const int n = int(text.size());
    for (int i = 0; i < n && !out->truncated; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
            if (limits.maxCells >= 0 && cells + row.size() > limits.maxCells)
                out->truncated = true; // one endless line
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n ends the row
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            rowLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (out->truncated)
        return true;
    if (quoted) {
        *error = tr("%1, line %2: a quoted field is never closed.").arg(fileName).arg(quoteLine);
        return false;
    }
    if (fieldStarted || !row.isEmpty())
        endRow();
    out->otherSeparator = guessOtherSeparator(*out);
    return true;
}

bool TableReader::readXlsx(const QString &path, TableData *out, QString *error,
                           const TableLimits &limits)
{
    XlsxReader reader;
    if (!reader.open(path)) {
        *error = reader.errorString();
        return false;
    }
    // The first visible sheet: offices hide helper sheets (drop-down lists) behind it.
    int index = -1;
    for (int i = 0; i < reader.sheets().size() && index < 0; ++i) {
        if (!reader.sheets().at(i).hidden)
            index = i;
    }
    if (index < 0) {
        *error = tr("%1 has no visible worksheet.").arg(QFileInfo(path).fileName());
        return false;
    }
    out->fileName = QFileInfo(path).fileName();
    out->sheetName = reader.sheets().at(index).name;
    out->encoding.clear();
    out->rows.clear();
    out->lineNumbers.clear();
    out->truncated = false;
    out->otherSeparator = QChar();
    const bool date1904 = reader.isDate1904();
    qint64 cellCount = 0;
    const bool ok = reader.readSheet(index, [&](const XlsxRow &row) {
        QVector<QVariant> cells;
        for (const XlsxCell &cell : row.cells) {
            while (cells.size() < cell.column)
                cells << QVariant();
            switch (cell.type) {
            case XlsxCell::Type::Number:
                if (cell.dateFormatted)
                    cells << cell.dateTime(date1904).date();
                else
                    cells << cell.number;
                break;
            case XlsxCell::Type::Boolean:
                cells << (cell.number != 0);
                break;
            case XlsxCell::Type::Empty:
                cells << QVariant();
                break;
            default:
                cells << cell.text;
                break;
            }
        }
        bool empty = true;
        for (const QVariant &v : std::as_const(cells))
            empty = empty && v.toString().trimmed().isEmpty();
        if (!empty) {
            cellCount += cells.size();
            if (overLimits(limits, out->rows.size() + 1, cellCount)) {
                out->truncated = true;
                return false; // stop reading
            }
            out->rows << cells;
            out->lineNumbers << row.number;
        }
        return true;
    });
    if (!ok) {
        *error = reader.errorString();
        return false;
    }
    return true;
}

bool TableReader::read(const QString &path, TableData *out, QString *error,
                       const TableLimits &limits)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray head = file.peek(8);
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        return readXlsx(path, out, error, limits);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0")) {
        *error = tr("%1 is an old Excel (.xls) or password-protected workbook; save it as .xlsx "
                    "or CSV.")
                     .arg(name);
        return false;
    }
    if (file.size() > MaxCsvBytes) {
        *error = tr("%1 is %L2 MB large, more than the %L3 MB Koso reads from a CSV file.")
                     .arg(name)
                     .arg(file.size() / (1024 * 1024))
                     .arg(MaxCsvBytes / (1024 * 1024));
        return false;
    }
    return readCsv(file.readAll(), name, out, error, limits);
}

} // namespace Koso
