#pragma once

#include "model/BedFunction.h"
#include "model/BedValue.h"
#include "model/Measure.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <optional>

namespace Koso {

class XlsxReader;
struct XlsxCell;
struct XlsxRow;

// One figure of a block: beds of a function, by measure and year, and the cell it came from.
struct ParsedBedFigure
{
    Measure measure = Measure::Reported;
    int year = 0;
    QString functionKey;
    BedValue value;
    int row = 0;
    int column = 0;
};

// One block of MHLW's bed tables (別添4③ per region, 別添4② per prefecture): who it is
// about, its basic facts and its figures, as the workbook states them.
struct ParsedBedBlock
{
    int firstRow = 0;
    int lastRow = 0;
    QString title;
    QString prefectureCode; // 2 digits, 00 = 全国
    QString prefectureName;
    QString regionCode; // 4 digits (region tables only)
    QString regionName;
    std::optional<qint64> population; // persons
    std::optional<double> areaKm2;
    QVector<ParsedBedFigure> figures;
    struct Rate
    {
        int year = 0;
        std::optional<double> rate;
        QString missingReason;
    };
    QVector<Rate> rates;
    struct Flow
    {
        QString kind; // net, outflow, inflow
        std::optional<double> share;
        QString missingReason;
    };
    QVector<Flow> flows;
};

struct ParsedBedTable
{
    QString sheetName;
    QVector<ParsedBedBlock> blocks;
    QStringList warnings;
    int latestReportedYear = 0;
};

// Reads a sheet of MHLW's bed tables by its labels: blocks start at 「○基礎情報」; the rows
// 都道府県, 構想区域, 国勢調査人口 and 面積 give the area; the row of column labels
// (「2015\n実績」 … any later year, 「2025\n見込量」, 「2025\n必要数」) gives the columns; rows
// labelled 合計, one per bed function (by the dataset's function names) and （報告率）
// give the figures. Derived columns (ratios, differences) and 合計 are only cross-checked.
// A missing label stops the import with the file, sheet, row and the label expected.
// Thread-safe: touches no database.
class BedTableParser
{
    Q_DECLARE_TR_FUNCTIONS(Koso::BedTableParser)

public:
    enum class Level { Region, Prefecture };

    BedTableParser(Level level, const BedFunctionList &functions, const QString &fileName);

    // cancel is polled on every row; bytesRead (if given) grows with the sheet's bytes read.
    bool parse(XlsxReader &reader, int sheetIndex, ParsedBedTable *out, QString *error,
               const std::atomic<bool> *cancel = nullptr, std::atomic<qint64> *bytesRead = nullptr);

private:
    struct Column;
    struct BlockState; // one block being read: its rows, columns and labelled rows

    // A block in the order of its phases, each a function of its own.
    bool parseBlock(const QVector<XlsxRow> &rows, ParsedBedBlock *block, QString *error);
    bool findLabelRow(BlockState &s);
    bool readBasicFacts(BlockState &s);
    bool readBasicFact(BlockState &s, int rowIndex, int cellIndex);
    bool readAreaCode(BlockState &s, const XlsxRow &r, const XlsxCell &label,
                      const XlsxCell *firstNumber, const XlsxCell *firstText);
    bool readFlow(BlockState &s, int rowIndex, const XlsxCell &label, const XlsxCell *firstNumber);
    bool checkArea(BlockState &s);
    bool readColumns(BlockState &s);
    bool findLabelledRows(BlockState &s);
    bool bedsAt(BlockState &s, const XlsxRow &r, int column, BedValue *value);
    bool readFigures(BlockState &s);
    bool checkTotals(BlockState &s);
    void checkDerivedColumns(BlockState &s);
    bool readRates(BlockState &s);
    bool missing(BlockState &s, int row, const QString &label);
    bool badCell(BlockState &s, int row, int column, const QString &text, const QString &what);
    QString where(int row) const;
    void warn(const QString &message);

    Level m_level;
    BedFunctionList m_functions;
    QString m_fileName;
    QString m_sheetName;
    ParsedBedTable *m_out = nullptr;
    QSet<QString> m_unknownLabels;
};

} // namespace Koso
