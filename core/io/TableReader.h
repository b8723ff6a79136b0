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

    QString text(int row, int column) const;
};

// Reads tables that offices exchange: CSV in UTF-8 (with or without BOM) or Shift_JIS (CP932,
// as Excel saves it on a Japanese PC), and .xlsx.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Koso::TableReader)

public:
    // Chooses CSV or .xlsx by the content, not the suffix.
    static bool read(const QString &path, TableData *out, QString *error);
    static bool readCsv(const QByteArray &bytes, const QString &fileName, TableData *out,
                        QString *error);
    // The first visible sheet of an .xlsx workbook.
    static bool readXlsx(const QString &path, TableData *out, QString *error);
    // Decodes CSV bytes: UTF-8 (BOM or valid UTF-8) or Shift_JIS; fails on anything else.
    static bool decode(const QByteArray &bytes, QString *text, QString *encoding);
};

} // namespace Koso
