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

// One listed partner of a region's flow table (or the overall share, group "all").
struct ParsedFlowShare
{
    QString group; // all, acute, comprehensive, chronic
    int position = 0; // 0 for "all", then 1… in the order listed
    QString partnerCode; // 4 digits; empty for "all" or a row whose partner cannot be read
    QString partnerName;
    std::optional<double> share;
    QString missingReason;
    int row = 0;
};

// One region's block of one sheet (流入率 or 流出率).
struct ParsedFlowBlock
{
    int firstRow = 0;
    QString prefectureCode; // 2 digits
    QString prefectureName;
    QString regionCode; // 4 digits
    QString regionName;
    std::optional<qint64> population; // persons
    std::optional<double> areaKm2;
    QVector<ParsedFlowShare> shares;
};

struct ParsedFlowSheet
{
    QString sheetName;
    QString direction; // inflow, outflow
    QVector<ParsedFlowBlock> blocks;
};

// Imports MHLW's ④ 構想区域の流出率及び流入率 (NDB claims): per region and direction the
// overall share of other regions and, for each function group (高度急性期+急性期, 包括期,
// 慢性期), the share of every listed partner region, the region itself included. Read by
// label: the block title 「流入率・流出率」, (1)構想区域の状況 with its headers, 「全体の流入率」,
// the group titles and each table's headers (都道府県コード, 構想区域コード, 構想区域名,
// 流入率/流出率). Excel error cells are kept as no value with the error as reason.
class FlowRateImporter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::FlowRateImporter)

public:
    explicit FlowRateImporter(const QString &fileName);

    // The sheets it reads: those named for inflow or outflow.
    static QVector<int> flowSheets(const XlsxReader &reader);
    // The function group key of a group title (「高度急性期+急性期」 → acute), empty if unknown.
    static QString groupKey(const QString &title);

    // All flow sheets in turn; or one of them (into slot `slot` of sheetCount), so that the two
    // sheets are read on two threads. finishParse() checks what needs both.
    bool parse(XlsxReader &reader, QString *error, const std::atomic<bool> *cancel = nullptr,
               std::atomic<qint64> *bytesRead = nullptr);
    void setSheetCount(int count);
    bool parseSheet(XlsxReader &reader, int slot, int index, QString *error,
                    const std::atomic<bool> *cancel = nullptr,
                    std::atomic<qint64> *bytesRead = nullptr);
    bool finishParse(QString *error);
    const QVector<ParsedFlowSheet> &sheets() const { return m_sheets; }
    const QStringList &warnings() const { return m_warnings; }

    // Writes the shares into ctx's edition, replacing what that edition had for the regions
    // and directions in the workbook; regions not yet in the dataset are added.
    bool write(ImportContext &ctx, QString *error);

private:
    QString m_fileName;
    QVector<ParsedFlowSheet> m_sheets;
    QVector<QStringList> m_sheetWarnings;
    QStringList m_warnings;
};

} // namespace Koso
