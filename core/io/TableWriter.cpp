#include "io/TableWriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace Koso {

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Long:
    case QMetaType::Short:
        return true;
    default:
        return false;
    }
}

QString numberText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float) {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return QString();
        return QString::number(d, 'g', 15);
    }
    return v.toString();
}

// Excel limits sheet names to 31 characters without []:*?/\ .
QString sheetNameFor(const QString &wanted, int index)
{
    QString name = wanted;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char('_'));
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet%1").arg(index + 1);
    return name;
}

// Display width of a text in Excel's character units: CJK characters count twice.
double textWidth(const QString &text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2.0 : 1.0;
    return width;
}

} // namespace

bool TableWriter::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString TableWriter::csvField(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QString();
    if (isNumber(value))
        return numberText(value);
    QString text;
    if (value.typeId() == QMetaType::QDate)
        text = value.toDate().toString(Qt::ISODate);
    else if (value.typeId() == QMetaType::Bool)
        text = value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    else
        text = value.toString();
    if (looksLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray TableWriter::toCsv(const Table &table, bool withBom)
{
    QString out;
    auto appendRow = [&out](const QVector<QVariant> &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += csvField(cells.at(i));
        }
        out += QStringLiteral("\r\n");
    };
    QVector<QVariant> header;
    for (const QString &h : table.header)
        header << h;
    appendRow(header);
    for (const auto &row : table.rows)
        appendRow(row);
    QByteArray bytes = withBom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += out.toUtf8();
    return bytes;
}

bool TableWriter::writeCsv(const Table &table, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv(table));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TableWriter::write(const Table &table, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(table, path, error);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx({ table }, path, error);
    *error = tr("Cannot export to %1: use a .csv or .xlsx file name.").arg(path);
    return false;
}

bool TableWriter::writeXlsx(const QVector<Table> &sheets, const QString &path, QString *error)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        *error = tr("Cannot write %1: the folder does not exist.").arg(path);
        return false;
    }
    // libxlsxwriter writes the file itself: give it a temporary name beside the target.
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".koso-export-XXXXXX.xlsx")));
    if (!temp.open()) {
        *error = tr("Cannot write %1: %2").arg(path, temp.errorString());
        return false;
    }
    const QByteArray tempName = QFile::encodeName(temp.fileName());
    temp.close();
    // QTemporaryFile makes the file private (0600); libxlsxwriter creates it anew with the
    // normal permissions of a new file (0666 less the umask), like the CSV and PDF exports.
    temp.setAutoRemove(false);
    temp.remove();

    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook *workbook = workbook_new_opt(tempName.constData(), &options);
    if (!workbook) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    lxw_format *titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 12);
    lxw_format *headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xDDE6F0);
    format_set_border(headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(headerFormat);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy/mm/dd");
    lxw_format *noteFormat = workbook_add_format(workbook);
    format_set_italic(noteFormat);

    QStringList usedNames;
    for (int s = 0; s < sheets.size(); ++s) {
        const Table &table = sheets.at(s);
        QString name = sheetNameFor(table.sheetName, s);
        for (int n = 2; usedNames.contains(name, Qt::CaseInsensitive); ++n)
            name = sheetNameFor(table.sheetName, s).left(27) + QStringLiteral(" (%1)").arg(n);
        usedNames << name;
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());

        lxw_row_t row = 0;
        if (!table.title.isEmpty()) {
            worksheet_write_string(sheet, row, 0, table.title.toUtf8().constData(), titleFormat);
            row += 2;
        }
        const lxw_row_t headerRow = row;
        QVector<double> widths(table.header.size(), 6);
        for (int c = 0; c < table.header.size(); ++c) {
            worksheet_write_string(sheet, row, lxw_col_t(c),
                                   table.header.at(c).toUtf8().constData(), headerFormat);
            widths[c] = std::max(widths[c], std::min(textWidth(table.header.at(c)) + 2, 24.0));
        }
        ++row;
        for (const auto &cells : table.rows) {
            for (int c = 0; c < cells.size(); ++c) {
                const QVariant &v = cells.at(c);
                const lxw_col_t col = lxw_col_t(c);
                QString shown;
                if (v.isNull() || !v.isValid()) {
                    // empty cell
                } else if (isNumber(v)) {
                    const double d = v.toDouble();
                    if (std::isfinite(d))
                        worksheet_write_number(sheet, row, col, d, nullptr);
                    shown = numberText(v);
                } else if (v.typeId() == QMetaType::QDate) {
                    const QDate d = v.toDate();
                    lxw_datetime dt = { d.year(), d.month(), d.day(), 0, 0, 0 };
                    worksheet_write_datetime(sheet, row, col, &dt, dateFormat);
                    shown = QStringLiteral("0000/00/00");
                } else if (v.typeId() == QMetaType::Bool) {
                    worksheet_write_boolean(sheet, row, col, v.toBool(), nullptr);
                    shown = QStringLiteral("FALSE");
                } else {
                    // Text is stored as text in .xlsx, never as a formula.
                    shown = v.toString();
                    worksheet_write_string(sheet, row, col, shown.toUtf8().constData(), nullptr);
                }
                if (c < widths.size())
                    widths[c] = std::max(widths[c], std::min(textWidth(shown) + 2, 60.0));
            }
            ++row;
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
        worksheet_freeze_panes(sheet, headerRow + 1, 0);
        if (!table.notes.isEmpty()) {
            ++row;
            for (const QString &note : table.notes)
                worksheet_write_string(sheet, row++, 0, note.toUtf8().constData(), noteFormat);
        }
    }

    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR) {
        QFile::remove(QFile::decodeName(tempName));
        *error = tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(QFile::decodeName(tempName), path)) {
        QFile::remove(QFile::decodeName(tempName));
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace Koso
