#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <optional>

namespace Koso {

class XlsxReader;
struct ImportContext;

struct ParsedDemandValue
{
    int fiscalYear = 0;
    QString scenario; // base, current
    std::optional<double> claimsPerMonth;
    QString missingReason;
};

struct ParsedPopulation
{
    int year = 0;
    std::optional<qint64> population;
    QString missingReason;
};

struct ParsedDemandRow
{
    int row = 0;
    QString prefectureName;
    QString regionCode; // 4 digits
    QString regionName;
    QVector<ParsedPopulation> populations;
    QVector<ParsedDemandValue> values;
};

struct ParsedDemandSheet
{
    QString sheetName;
    QString kind; // home_visit, outpatient
    QVector<ParsedDemandRow> rows;
};

// Imports MHLW's 構想区域別の医療需要推計: one sheet per kind of demand (在宅（訪問診療）,
// 外来), each a table of the regions with 構想区域コード, 構想区域名, the populations
// (人口(2024年度), 人口(2040年)) and the claims per month (レセプト件数/月) of every year in
// the year row (「2024年度」, 「2030年度（現状投影）」 …). Read by label; markers and Excel error
// cells are kept as no value with their reason.
class DemandImporter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::DemandImporter)

public:
    explicit DemandImporter(const QString &fileName);

    // The kind key of a sheet name or title (在宅 → home_visit, 外来 → outpatient).
    static QString kindOf(const QString &text);
    static QVector<int> demandSheets(const XlsxReader &reader);

    bool parse(XlsxReader &reader, QString *error, const std::atomic<bool> *cancel = nullptr,
               std::atomic<qint64> *bytesRead = nullptr);
    const QVector<ParsedDemandSheet> &sheets() const { return m_sheets; }
    const QStringList &warnings() const { return m_warnings; }

    // Writes the estimates and populations into ctx's edition (replacing that edition's
    // figures of the regions in the workbook); regions not yet in the dataset are added.
    bool write(ImportContext &ctx, QString *error);

private:
    bool parseSheet(XlsxReader &reader, int index, QString *error, const std::atomic<bool> *cancel);

    QString m_fileName;
    QVector<ParsedDemandSheet> m_sheets;
    QStringList m_warnings;
};

} // namespace Koso
