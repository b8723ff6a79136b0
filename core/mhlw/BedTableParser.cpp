#include "mhlw/BedTableParser.h"

#include "io/XlsxCell.h"
#include "io/XlsxReader.h"
#include "mhlw/FigureCell.h"
#include "mhlw/Label.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Koso {

namespace {

enum class ColumnKind {
    Reported,
    Planned,
    Required,
    RatioToRequired, // 「2025年必要数に対する比」: the reported column to its left / required
    RatioToReported, // 「2015年に対する比」: the reported column to its left / that year
    DiffToReported, // 「2015年との差」: the reported column to its left − that year
    PlannedPerRequired, // 「見込み／必要数」
};

struct LabelledColumn
{
    int index = 0;
    ColumnKind kind = ColumnKind::Reported;
    int year = 0;
    QString label;
};

std::optional<LabelledColumn> classify(const QString &core)
{
    static const QRegularExpression reported(QStringLiteral("^(\\d{4})年?実績$"));
    static const QRegularExpression planned(QStringLiteral("^(\\d{4})年?見込(?:量|み|数)?$"));
    static const QRegularExpression required(QStringLiteral("^(\\d{4})年?必要(?:数|量)$"));
    static const QRegularExpression ratioRequired(
        QStringLiteral("^(\\d{4})年?必要(?:数|量)に対する比$"));
    static const QRegularExpression ratioReported(QStringLiteral("^(\\d{4})年?に対する比$"));
    static const QRegularExpression diffReported(QStringLiteral("^(\\d{4})年?との差$"));
    static const QRegularExpression plannedPerRequired(
        QStringLiteral("^見込(?:み|量)?/必要(?:数|量)$"));
    const std::pair<const QRegularExpression *, ColumnKind> rules[] = {
        { &reported, ColumnKind::Reported },
        { &planned, ColumnKind::Planned },
        { &required, ColumnKind::Required },
        { &ratioRequired, ColumnKind::RatioToRequired },
        { &ratioReported, ColumnKind::RatioToReported },
        { &diffReported, ColumnKind::DiffToReported },
        { &plannedPerRequired, ColumnKind::PlannedPerRequired },
    };
    for (const auto &rule : rules) {
        const QRegularExpressionMatch m = rule.first->match(core);
        if (m.hasMatch()) {
            LabelledColumn c;
            c.kind = rule.second;
            c.year = m.lastCapturedIndex() >= 1 ? m.captured(1).toInt() : 0;
            return c;
        }
    }
    return std::nullopt;
}

bool isValueColumn(ColumnKind k)
{
    return k == ColumnKind::Reported || k == ColumnKind::Planned || k == ColumnKind::Required;
}

Measure measureOf(ColumnKind k)
{
    return k == ColumnKind::Planned ? Measure::Planned
        : k == ColumnKind::Required ? Measure::Required
                                    : Measure::Reported;
}

// Caches Label::core() of the shared strings: the same few dozen labels repeat in every block.
class CoreCache
{
public:
    const QString &core(const QString &text)
    {
        auto it = m_cache.constFind(text);
        if (it == m_cache.cend())
            it = m_cache.insert(text, Label::core(text));
        return *it;
    }

private:
    QHash<QString, QString> m_cache;
};

thread_local CoreCache labels;

QString fmt(double v)
{
    if (std::fabs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'g', 6);
}

} // namespace

struct BedTableParser::Column : LabelledColumn
{
};

BedTableParser::BedTableParser(Level level, const BedFunctionList &functions,
                               const QString &fileName)
    : m_level(level)
    , m_functions(functions)
    , m_fileName(fileName)
{ }

QString BedTableParser::where(int row) const
{
    return Label::place(m_fileName, m_sheetName, row);
}

void BedTableParser::warn(const QString &message)
{
    if (m_out)
        m_out->warnings << message;
}

bool BedTableParser::parse(XlsxReader &reader, int sheetIndex, ParsedBedTable *out, QString *error,
                           const std::atomic<bool> *cancel, std::atomic<qint64> *bytesRead)
{
    m_out = out;
    m_sheetName = reader.sheets().value(sheetIndex).name;
    out->sheetName = m_sheetName;
    if (!reader.openSheet(sheetIndex)) {
        *error = reader.errorString();
        return false;
    }

    QVector<XlsxRow> block;
    QString blockTitle;
    QString pendingTitle;
    int pendingTitleRow = 0;
    bool failed = false;
    qint64 lastBytes = 0;
    auto finishBlock = [&]() {
        if (block.isEmpty())
            return true;
        ParsedBedBlock parsed;
        parsed.title = blockTitle;
        if (!parseBlock(block, &parsed, error))
            return false;
        out->blocks << parsed;
        block.clear();
        return true;
    };

    XlsxRow row;
    while (reader.readRow(&row)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            *error = tr("Import cancelled.");
            return false;
        }
        if (bytesRead) {
            const qint64 now = reader.sheetBytesRead();
            bytesRead->fetch_add(now - lastBytes, std::memory_order_relaxed);
            lastBytes = now;
        }
        bool startsBlock = false;
        QString title;
        for (const XlsxCell &c : row.cells) {
            if (!c.isText())
                continue;
            if (c.text.contains(u"基礎情報") && labels.core(c.text) == QStringLiteral("基礎情報"))
                startsBlock = true;
            const QString &core = labels.core(c.text);
            if (c.text.startsWith(u'（') && c.text.endsWith(u'）') && !core.isEmpty())
                title = Label::display(c.text.mid(1, c.text.size() - 2));
        }
        if (startsBlock) {
            // The title row just before 「○基礎情報」 belongs to the new block.
            std::optional<XlsxRow> titleRow;
            if (!block.isEmpty() && block.last().number == pendingTitleRow) {
                titleRow = block.takeLast();
            }
            if (!finishBlock()) {
                failed = true;
                break;
            }
            blockTitle = pendingTitle;
            if (titleRow)
                block << *titleRow;
        }
        if (!title.isEmpty()) {
            pendingTitle = title;
            pendingTitleRow = row.number;
        }
        if (startsBlock || !block.isEmpty())
            block << row;
    }
    if (failed)
        return false;
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    if (!finishBlock())
        return false;
    if (out->blocks.isEmpty()) {
        *error = tr("%1: no blocks found; expected blocks that start with a row labelled "
                    "\"○基礎情報\".")
                     .arg(where(0));
        return false;
    }
    return true;
}

struct BedTableParser::BlockState
{
    struct LabelledRow
    {
        const XlsxRow *row = nullptr;
        QString functionKey; // empty for 合計
    };

    BlockState(const QVector<XlsxRow> &rows, ParsedBedBlock *block, QString *error)
        : rows(rows)
        , block(block)
        , error(error)
    { }

    const QVector<XlsxRow> &rows;
    ParsedBedBlock *block;
    QString *error;
    QString blockName;
    int labelRowIndex = -1; // the row of column labels
    bool prefectureSeen = false;
    bool regionSeen = false;
    int prefectureRow = 0;
    QVector<LabelledColumn> columns;
    const XlsxRow *totalRow = nullptr;
    const XlsxRow *rateRow = nullptr;
    QVector<LabelledRow> functionRows;
    QHash<int, QHash<int, BedValue>> valuesByRow; // row number → column → value

    const XlsxRow &labelRow() const { return rows.at(labelRowIndex); }

    const LabelledColumn *findColumn(ColumnKind kind, int year) const
    {
        for (const LabelledColumn &c : columns) {
            if (c.kind == kind && (year == 0 || c.year == year))
                return &c;
        }
        return nullptr;
    }

    // The nearest reported column left of a derived one.
    const LabelledColumn *reportedLeftOf(int index) const
    {
        const LabelledColumn *best = nullptr;
        for (const LabelledColumn &c : columns) {
            if (c.kind == ColumnKind::Reported && c.index < index
                && (!best || c.index > best->index))
                best = &c;
        }
        return best;
    }
};

bool BedTableParser::missing(BlockState &s, int row, const QString &label)
{
    *s.error = tr("%1 (block %2): expected %3; the workbook's layout may have changed.")
                   .arg(where(row), s.blockName, label);
    return false;
}

bool BedTableParser::badCell(BlockState &s, int row, int column, const QString &text,
                             const QString &what)
{
    *s.error = tr("%1, cell %2%3: \"%4\" is not %5.")
                   .arg(where(row), XlsxCell::columnName(column))
                   .arg(row)
                   .arg(Label::display(text), what);
    return false;
}

bool BedTableParser::parseBlock(const QVector<XlsxRow> &rows, ParsedBedBlock *block, QString *error)
{
    BlockState s(rows, block, error);
    block->firstRow = rows.first().number;
    block->lastRow = rows.last().number;
    s.blockName = block->title.isEmpty()
        ? tr("rows %1–%2").arg(block->firstRow).arg(block->lastRow)
        : tr("rows %1–%2, %3").arg(block->firstRow).arg(block->lastRow).arg(block->title);
    s.prefectureRow = block->firstRow;
    if (!findLabelRow(s) || !readBasicFacts(s) || !checkArea(s) || !readColumns(s)
        || !findLabelledRows(s) || !readFigures(s) || !checkTotals(s))
        return false;
    checkDerivedColumns(s);
    if (!readRates(s))
        return false;
    for (const LabelledColumn &c : std::as_const(s.columns)) {
        if (c.kind == ColumnKind::Reported)
            m_out->latestReportedYear = std::max(m_out->latestReportedYear, c.year);
    }
    return true;
}

// The row of column labels: the first with a 「YYYY 実績」 cell.
bool BedTableParser::findLabelRow(BlockState &s)
{
    for (int i = 0; i < s.rows.size() && s.labelRowIndex < 0; ++i) {
        for (const XlsxCell &c : s.rows.at(i).cells) {
            if (c.isText()) {
                const auto col = classify(labels.core(c.text));
                if (col && col->kind == ColumnKind::Reported) {
                    s.labelRowIndex = i;
                    break;
                }
            }
        }
    }
    if (s.labelRowIndex < 0)
        return missing(s, s.block->firstRow,
                       tr("a row of column labels such as \"2015 実績\" (reported beds by year)"));
    return true;
}

// 基礎情報: labels with their values to the right (or, for patient flow, below).
bool BedTableParser::readBasicFacts(BlockState &s)
{
    for (int i = 0; i < s.labelRowIndex; ++i) {
        const XlsxRow &r = s.rows.at(i);
        for (int k = 0; k < r.cells.size(); ++k) {
            if (r.cells.at(k).isText() && !readBasicFact(s, i, k))
                return false;
        }
    }
    return true;
}

bool BedTableParser::readBasicFact(BlockState &s, int rowIndex, int cellIndex)
{
    const XlsxRow &r = s.rows.at(rowIndex);
    const XlsxCell &c = r.cells.at(cellIndex);
    const QString &core = labels.core(c.text);
    const XlsxCell *firstNumber = nullptr;
    const XlsxCell *firstText = nullptr;
    for (int j = cellIndex + 1; j < r.cells.size(); ++j) {
        const XlsxCell &v = r.cells.at(j);
        if (!firstNumber && v.isNumber())
            firstNumber = &v;
        if (!firstText && v.isText())
            firstText = &v;
    }
    ParsedBedBlock *block = s.block;
    if (core == QStringLiteral("都道府県") || core == QStringLiteral("構想区域"))
        return readAreaCode(s, r, c, firstNumber, firstText);
    if (core.contains(u"人口") && firstNumber && !block->population) {
        // MHLW gives the census population in 万人 (35.9223 = 359,223 persons).
        const bool persons = core.contains(u"(人)");
        const double population = firstNumber->number * (persons ? 1 : 10000);
        if (!std::isfinite(population) || population < 0
            || population > double(FigureCell::MaxPopulation))
            return badCell(s, r.number, firstNumber->column, fmt(firstNumber->number),
                           tr("a population"));
        block->population = qint64(std::llround(population));
    } else if (core.contains(u"面積") && firstNumber && !block->areaKm2) {
        if (!FigureCell::read(firstNumber).isWithin(FigureCell::MaxAreaKm2))
            return badCell(s, r.number, firstNumber->column, fmt(firstNumber->number),
                           tr("an area in km²"));
        block->areaKm2 = firstNumber->number;
    } else if (core.contains(u"流出") || core.contains(u"流入")) {
        return readFlow(s, rowIndex, c, firstNumber);
    }
    return true;
}

// 都道府県 or 構想区域 with its code and name to the right.
bool BedTableParser::readAreaCode(BlockState &s, const XlsxRow &r, const XlsxCell &label,
                                  const XlsxCell *firstNumber, const XlsxCell *firstText)
{
    const QString &core = labels.core(label.text);
    const bool isPrefecture = core == QStringLiteral("都道府県");
    QString code;
    if (firstNumber && firstNumber->number >= 0 && firstNumber->number < 10000)
        code = QString::number(qint64(firstNumber->number));
    else if (firstText && Label::normalize(firstText->text).toInt() > 0)
        code = QString::number(Label::normalize(firstText->text).toInt());
    const QString name = firstText ? Label::normalize(firstText->text) : QString();
    if (code.isEmpty())
        return missing(s, r.number, tr("a code right of \"%1\"").arg(core));
    const int column = firstNumber ? firstNumber->column : label.column;
    if (isPrefecture) {
        if (code.size() > 2)
            return badCell(s, r.number, column, code, tr("a prefecture code"));
        s.block->prefectureCode = code.rightJustified(2, QLatin1Char('0'));
        s.block->prefectureName = name;
        s.prefectureSeen = true;
        s.prefectureRow = r.number;
    } else {
        if (code.size() < 3 || code.size() > 4)
            return badCell(s, r.number, column, code, tr("a vision region code"));
        s.block->regionCode = code.rightJustified(4, QLatin1Char('0'));
        s.block->regionName = name;
        s.regionSeen = true;
    }
    return true;
}

// A patient flow share: its value is below the label, or else to its right.
bool BedTableParser::readFlow(BlockState &s, int rowIndex, const XlsxCell &label,
                              const XlsxCell *firstNumber)
{
    const QString &core = labels.core(label.text);
    ParsedBedBlock::Flow flow;
    flow.kind = core.contains(u"流出入") ? QStringLiteral("net")
        : core.contains(u"流出")         ? QStringLiteral("outflow")
                                         : QStringLiteral("inflow");
    const XlsxCell *value
        = rowIndex + 1 < s.labelRowIndex ? s.rows.at(rowIndex + 1).cell(label.column) : nullptr;
    if (!value)
        value = firstNumber ? firstNumber : nullptr;
    const FigureCell f = FigureCell::read(value);
    if (f.isNumber() && !std::isfinite(f.number))
        return badCell(s, s.rows.at(rowIndex).number, value->column, fmt(f.number),
                       tr("a share of patients"));
    if (f.isNumber())
        flow.share = f.number;
    else if (f.isMarker())
        flow.missingReason = f.text;
    else if (f.kind == FigureCell::Kind::OtherText)
        return badCell(s,
                       value->column == label.column ? s.rows.at(rowIndex + 1).number
                                                     : s.rows.at(rowIndex).number,
                       value->column, f.text, tr("a share of patients"));
    if (!f.isEmpty())
        s.block->flows << flow;
    return true;
}

bool BedTableParser::checkArea(BlockState &s)
{
    ParsedBedBlock *block = s.block;
    if (!s.prefectureSeen)
        return missing(s, block->firstRow, tr("a row labelled \"都道府県\""));
    if (m_level == Level::Region) {
        if (!s.regionSeen) // MHLW puts it under the 都道府県 row
            return missing(s, s.prefectureRow + 1, tr("a row labelled \"構想区域\""));
        if (!block->regionCode.startsWith(block->prefectureCode)) {
            *s.error = tr("%1 (block %2): the vision region code %3 does not belong to "
                          "prefecture %4.")
                           .arg(where(block->firstRow), s.blockName, block->regionCode,
                                block->prefectureCode);
            return false;
        }
    }
    if (!block->population)
        return missing(s, block->firstRow,
                       tr("a row labelled \"国勢調査人口\" (census population)"));
    return true;
}

// Columns by their labels; a planned and a required column are needed.
bool BedTableParser::readColumns(BlockState &s)
{
    const XlsxRow &labelRow = s.labelRow();
    for (const XlsxCell &c : labelRow.cells) {
        if (!c.isText())
            continue;
        const QString &core = labels.core(c.text);
        auto col = classify(core);
        if (!col) {
            // MHLW tags every row with its prefecture (「01北海道」, 「0 全国」) in the last
            // column.
            static const QRegularExpression tag(QStringLiteral("^(\\d{1,2})(\\D+)$"));
            const QRegularExpressionMatch m = tag.match(core);
            if (m.hasMatch()) {
                if (m.captured(1).toInt() != s.block->prefectureCode.toInt())
                    warn(tr("%1, cell %2%3: the row is tagged \"%4\" but the block is about "
                            "prefecture %5.")
                             .arg(where(labelRow.number), XlsxCell::columnName(c.column))
                             .arg(labelRow.number)
                             .arg(Label::display(c.text), s.block->prefectureCode));
                continue;
            }
            // Reported once per column and label, not once per block.
            const QString seenKey = XlsxCell::columnName(c.column) + QLatin1Char('|') + core;
            if (!m_unknownLabels.contains(seenKey)) {
                m_unknownLabels.insert(seenKey);
                warn(tr("%1, column %2: the label \"%3\" is not known; that column was not "
                        "imported.")
                         .arg(where(labelRow.number), XlsxCell::columnName(c.column),
                              Label::display(c.text)));
            }
            continue;
        }
        col->index = c.column;
        col->label = Label::display(c.text);
        for (const LabelledColumn &other : std::as_const(s.columns)) {
            if (isValueColumn(col->kind) && other.kind == col->kind && other.year == col->year) {
                *s.error
                    = tr("%1: the label \"%2\" appears twice (columns %3 and %4); Koso cannot "
                         "tell which to use.")
                          .arg(where(labelRow.number), col->label,
                               XlsxCell::columnName(other.index), XlsxCell::columnName(col->index));
                return false;
            }
        }
        s.columns << *col;
    }
    if (!s.findColumn(ColumnKind::Planned, 0))
        return missing(s, labelRow.number,
                       tr("a column labelled \"YYYY 見込量\" (planned beds with their year)"));
    if (!s.findColumn(ColumnKind::Required, 0))
        return missing(s, labelRow.number,
                       tr("a column labelled \"YYYY 必要数\" (required beds with their year)"));
    return true;
}

// Rows by label: 合計, the functions, （報告率）; every function once.
bool BedTableParser::findLabelledRows(BlockState &s)
{
    for (int i = s.labelRowIndex + 1; i < s.rows.size(); ++i) {
        const XlsxRow &r = s.rows.at(i);
        for (const XlsxCell &c : r.cells) {
            if (!c.isText())
                continue;
            const QString &core = labels.core(c.text);
            if (core == QStringLiteral("合計")) {
                s.totalRow = &r;
                break;
            }
            if (core == QStringLiteral("報告率")) {
                s.rateRow = &r;
                break;
            }
            bool matched = false;
            for (const BedFunction &f : std::as_const(m_functions)) {
                if (f.countsInTotal && core == Label::core(f.nameJa)) {
                    s.functionRows << BlockState::LabelledRow { &r, f.key };
                    matched = true;
                    break;
                }
            }
            if (matched)
                break;
        }
    }
    for (const BedFunction &f : std::as_const(m_functions)) {
        if (!f.countsInTotal)
            continue;
        const bool found
            = std::any_of(s.functionRows.cbegin(), s.functionRows.cend(),
                          [&](const BlockState::LabelledRow &r) { return r.functionKey == f.key; });
        if (!found)
            return missing(s, s.labelRow().number + 1, tr("a row labelled \"%1\"").arg(f.nameJa));
    }
    const auto &rows = s.functionRows;
    for (int a = 0; a < rows.size(); ++a) {
        for (int b = a + 1; b < rows.size(); ++b) {
            if (rows.at(a).functionKey == rows.at(b).functionKey) {
                *s.error = tr("%1: two rows are labelled like the function %2 (rows %3 and %4).")
                               .arg(where(rows.at(b).row->number), rows.at(b).functionKey)
                               .arg(rows.at(a).row->number)
                               .arg(rows.at(b).row->number);
                return false;
            }
        }
    }
    return true;
}

// An empty cell in a function row is 0 beds; a marker is no value with its reason; any other
// text, and a number that cannot be beds, is refused.
bool BedTableParser::bedsAt(BlockState &s, const XlsxRow &r, int column, BedValue *value)
{
    const FigureCell f = FigureCell::read(r.cell(column));
    switch (f.kind) {
    case FigureCell::Kind::Empty:
        *value = BedValue::of(0);
        return true;
    case FigureCell::Kind::Number:
        if (!f.isCountUpTo(FigureCell::MaxAreaBeds))
            return badCell(
                s, r.number, column, QString::number(f.number, 'g', 12),
                tr("a number of beds (a whole number from 0 to %L1)").arg(FigureCell::MaxAreaBeds));
        *value = BedValue::of(f.count());
        return true;
    case FigureCell::Kind::Marker:
        *value = BedValue::missing(f.text);
        return true;
    case FigureCell::Kind::OtherText:
        break;
    }
    return badCell(s, r.number, column, f.text, tr("a number of beds"));
}

// The figures: every value column of every function row.
bool BedTableParser::readFigures(BlockState &s)
{
    for (const BlockState::LabelledRow &fr : std::as_const(s.functionRows)) {
        for (const LabelledColumn &c : std::as_const(s.columns)) {
            if (!isValueColumn(c.kind))
                continue;
            BedValue v;
            if (!bedsAt(s, *fr.row, c.index, &v))
                return false;
            s.valuesByRow[fr.row->number].insert(c.index, v);
            ParsedBedFigure fig;
            fig.measure = measureOf(c.kind);
            fig.year = c.year;
            fig.functionKey = fr.functionKey;
            fig.value = v;
            fig.row = fr.row->number;
            fig.column = c.index;
            s.block->figures << fig;
        }
    }
    return true;
}

// Cross-checks: MHLW's 合計 against the sum of the functions.
bool BedTableParser::checkTotals(BlockState &s)
{
    if (!s.totalRow)
        return true;
    const XlsxRow &totalRow = *s.totalRow;
    for (const LabelledColumn &c : std::as_const(s.columns)) {
        if (!isValueColumn(c.kind))
            continue;
        BedValue stated;
        if (!bedsAt(s, totalRow, c.index, &stated))
            return false;
        s.valuesByRow[totalRow.number].insert(c.index, stated);
        qint64 sum = 0;
        bool complete = true;
        for (const BlockState::LabelledRow &fr : std::as_const(s.functionRows)) {
            const BedValue v = s.valuesByRow.value(fr.row->number).value(c.index);
            complete = complete && v.hasValue();
            sum += v.valueOr(0);
        }
        if (complete && stated.hasValue() && *stated.beds != sum)
            warn(tr("%1, cell %2%3 (合計, \"%4\"): the workbook's total %5 differs from the "
                    "sum of the functions, %6. Koso uses the functions.")
                     .arg(where(totalRow.number), XlsxCell::columnName(c.index))
                     .arg(totalRow.number)
                     .arg(c.label)
                     .arg(stated.valueOr(0))
                     .arg(sum));
    }
    return true;
}

// Derived columns, recomputed and compared with what the workbook shows.
void BedTableParser::checkDerivedColumns(BlockState &s)
{
    QVector<const XlsxRow *> checkedRows;
    for (const BlockState::LabelledRow &fr : std::as_const(s.functionRows))
        checkedRows << fr.row;
    if (s.totalRow)
        checkedRows << s.totalRow;
    for (const LabelledColumn &d : std::as_const(s.columns)) {
        if (isValueColumn(d.kind))
            continue;
        const LabelledColumn *num = nullptr;
        const LabelledColumn *den = nullptr;
        switch (d.kind) {
        case ColumnKind::RatioToRequired:
            num = s.reportedLeftOf(d.index);
            den = s.findColumn(ColumnKind::Required, d.year);
            break;
        case ColumnKind::RatioToReported:
        case ColumnKind::DiffToReported:
            num = s.reportedLeftOf(d.index);
            den = s.findColumn(ColumnKind::Reported, d.year);
            break;
        case ColumnKind::PlannedPerRequired:
            num = s.findColumn(ColumnKind::Planned, 0);
            den = s.findColumn(ColumnKind::Required, 0);
            break;
        default:
            break;
        }
        if (!num || !den) {
            warn(tr("%1, column %2: cannot tell what \"%3\" is computed from; it was not "
                    "checked.")
                     .arg(where(s.labelRow().number), XlsxCell::columnName(d.index), d.label));
            continue;
        }
        for (const XlsxRow *r : std::as_const(checkedRows)) {
            const FigureCell shown = FigureCell::read(r->cell(d.index));
            if (shown.isEmpty())
                continue;
            const BedValue a = s.valuesByRow.value(r->number).value(num->index);
            const BedValue b = s.valuesByRow.value(r->number).value(den->index);
            if (!a.hasValue() || !b.hasValue())
                continue;
            std::optional<double> expected;
            if (d.kind == ColumnKind::DiffToReported)
                expected = double(*a.beds - *b.beds);
            else if (*b.beds != 0)
                expected = double(*a.beds) / double(*b.beds);
            bool agrees = false;
            if (shown.isNumber() && expected)
                agrees = std::fabs(shown.number - *expected)
                    <= 1e-6 * std::max(1.0, std::fabs(*expected));
            else if (!shown.isNumber() && !expected)
                agrees = true;
            if (!agrees)
                warn(tr("%1, cell %2%3 (\"%4\"): the workbook shows %5, Koso computes %6.")
                         .arg(where(r->number), XlsxCell::columnName(d.index))
                         .arg(r->number)
                         .arg(d.label, shown.isNumber() ? fmt(shown.number) : shown.text,
                              expected ? fmt(*expected) : QStringLiteral("-")));
        }
    }
}

// 報告率 of the reported years.
bool BedTableParser::readRates(BlockState &s)
{
    if (!s.rateRow)
        return true;
    const XlsxRow &rateRow = *s.rateRow;
    for (const LabelledColumn &c : std::as_const(s.columns)) {
        if (c.kind != ColumnKind::Reported)
            continue;
        const FigureCell f = FigureCell::read(rateRow.cell(c.index));
        ParsedBedBlock::Rate rate;
        rate.year = c.year;
        if (f.isEmpty())
            continue;
        if (f.isNumber()) {
            // Slightly above 1 happens (more reports than facilities listed).
            if (!(f.number >= 0 && f.number <= 2)) { // NaN too
                warn(tr("%1, cell %2%3: the reporting rate %4 is not a fraction (0.954 for "
                        "95.4 %); it was not imported.")
                         .arg(where(rateRow.number), XlsxCell::columnName(c.index))
                         .arg(rateRow.number)
                         .arg(fmt(f.number)));
                continue;
            }
            rate.rate = f.number;
        } else if (f.isMarker()) {
            rate.missingReason = f.text;
        } else {
            return badCell(s, rateRow.number, c.index, f.text, tr("a reporting rate"));
        }
        s.block->rates << rate;
    }
    return true;
}

} // namespace Koso
