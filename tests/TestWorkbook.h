#pragma once

// Writes small .xlsx workbooks for tests: a grid of cells per sheet through libxlsxwriter,
// or a zip of hand-written parts through libzip (for layouts libxlsxwriter never writes).

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QVector>

#include <xlsxwriter.h>
#include <zip.h>

#include <list>

namespace TestWorkbook {

// A sheet's cells keyed by (1-based row, 0-based column), written in order. A QString is a
// text (line breaks allowed), a double or int a number, a bool a boolean.
struct Sheet
{
    QString name;
    QMap<QPair<int, int>, QVariant> cells;
    bool hidden = false;

    void set(int row, int column, const QVariant &value) { cells[{ row, column }] = value; }
    void setRow(int row, int firstColumn, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i).isValid())
                set(row, firstColumn + i, values.at(i));
        }
    }
};

inline bool write(const QString &path, const QVector<Sheet> &sheets, bool constantMemory = false)
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *wb = workbook_new_opt(file.constData(), &options);
    if (!wb)
        return false;
    std::list<QByteArray> keep; // libxlsxwriter copies strings, but names must outlive calls
    for (const Sheet &s : sheets) {
        keep.push_back(s.name.toUtf8());
        lxw_worksheet *ws = workbook_add_worksheet(wb, keep.back().constData());
        if (!ws) {
            workbook_close(wb);
            return false;
        }
        for (auto it = s.cells.cbegin(); it != s.cells.cend(); ++it) {
            const lxw_row_t row = lxw_row_t(it.key().first - 1);
            const lxw_col_t col = lxw_col_t(it.key().second);
            const QVariant &v = it.value();
            switch (v.typeId()) {
            case QMetaType::QString: {
                const QByteArray text = v.toString().toUtf8();
                worksheet_write_string(ws, row, col, text.constData(), nullptr);
                break;
            }
            case QMetaType::Bool:
                worksheet_write_boolean(ws, row, col, v.toBool() ? 1 : 0, nullptr);
                break;
            default:
                worksheet_write_number(ws, row, col, v.toDouble(), nullptr);
                break;
            }
        }
        if (s.hidden)
            worksheet_hide(ws);
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

// A zip archive of the given parts (name → content), deflated.
inline bool writeZip(const QString &path, const QVector<QPair<QString, QByteArray>> &parts)
{
    QFile::remove(path);
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        return false;
    for (const auto &part : parts) {
        zip_source_t *src
            = zip_source_buffer(z, part.second.constData(), zip_uint64_t(part.second.size()), 0);
        if (!src || zip_file_add(z, part.first.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(src);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

// The minimal parts of a workbook whose sheets hold the given sheetData XML; styles and
// shared strings are optional.
inline QVector<QPair<QString, QByteArray>>
minimalParts(const QVector<QPair<QString, QByteArray>> &sheets,
             const QByteArray &sharedStrings = {}, const QByteArray &styles = {},
             const QByteArray &workbookPr = {})
{
    const QByteArray ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QByteArray sheetList;
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QVector<QPair<QString, QByteArray>> parts;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        sheetList += "<sheet name=\"" + sheets.at(i).first.toUtf8() + "\" sheetId=\"" + n
            + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rns
            + "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts.append({ QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns
                           + "\"><sheetData>" + sheets.at(i).second + "</sheetData></worksheet>" });
    }
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + rns
            + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.append({ QStringLiteral("xl/sharedStrings.xml"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + ns + "\">"
                           + sharedStrings + "</sst>" });
    }
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rIdT\" Type=\"" + rns + "/styles\" Target=\"styles.xml\"/>";
        parts.append({ QStringLiteral("xl/styles.xml"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + ns + "\">"
                           + styles + "</styleSheet>" });
    }
    rels += "</Relationships>";
    parts.append({ QStringLiteral("xl/_rels/workbook.xml.rels"), rels });
    parts.append({ QStringLiteral("xl/workbook.xml"),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns
                       + "\" xmlns:r=\"" + rns + "\">" + workbookPr + "<sheets>" + sheetList
                       + "</sheets></workbook>" });
    parts.append({ QStringLiteral("_rels/.rels"),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\""
                       + rns + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" });
    parts.append({ QStringLiteral("[Content_Types].xml"),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" });
    return parts;
}

} // namespace TestWorkbook
