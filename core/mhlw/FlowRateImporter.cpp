#include "mhlw/FlowRateImporter.h"

#include "io/XlsxReader.h"
#include "mhlw/ImportContext.h"
#include "mhlw/ImportRegions.h"
#include "mhlw/ImportSummary.h"
#include "mhlw/Label.h"
#include "mhlw/SourceValue.h"
#include "model/Region.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QSet>

#include <climits>
#include <cmath>

namespace Koso {

namespace {

const QString blockTitle = QStringLiteral("流入率・流出率");

QString directionOfSheet(const QString &name)
{
    const QString n = Label::normalize(name);
    if (n.contains(u"流入"))
        return QStringLiteral("inflow");
    if (n.contains(u"流出"))
        return QStringLiteral("outflow");
    return QString();
}

QString shareLabel(const QString &direction)
{
    return direction == QLatin1String("inflow") ? QStringLiteral("流入率")
                                                : QStringLiteral("流出率");
}

bool isTitleRow(const XlsxRow &row)
{
    for (const XlsxCell &c : row.cells) {
        if (c.isText() && c.text.contains(u"流出率") && Label::normalize(c.text) == blockTitle)
            return true;
    }
    return false;
}

// The column of the first text cell whose core label satisfies the test, from column `from`
// up to (not including) `to`; -1 if none.
template<typename Test>
int findColumn(const XlsxRow &row, Test test, int from = 0, int to = INT_MAX)
{
    for (const XlsxCell &c : row.cells) {
        if (c.column < from || c.column >= to || !c.isText())
            continue;
        if (test(Label::core(c.text)))
            return c.column;
    }
    return -1;
}

// A whole number written in a cell as a number or a text of digits ("0101").
std::optional<qint64> wholeNumber(const XlsxCell *cell)
{
    if (!cell)
        return std::nullopt;
    if (cell->isNumber()) {
        if (!std::isfinite(cell->number)
            || std::fabs(cell->number - std::round(cell->number)) > 1e-9)
            return std::nullopt;
        return qint64(std::llround(cell->number));
    }
    if (cell->isText()) {
        bool ok = false;
        const qint64 n = Label::normalize(cell->text).toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

} // namespace

FlowRateImporter::FlowRateImporter(const QString &fileName)
    : m_fileName(fileName)
{ }

QVector<int> FlowRateImporter::flowSheets(const XlsxReader &reader)
{
    QVector<int> result;
    const QStringList names = reader.sheetNames();
    for (int i = 0; i < names.size(); ++i) {
        if (!directionOfSheet(names.at(i)).isEmpty() && !reader.sheets().at(i).hidden)
            result << i;
    }
    return result;
}

QString FlowRateImporter::groupKey(const QString &title)
{
    const QString n = Label::core(title);
    if (n == QStringLiteral("高度急性期+急性期") || n == QStringLiteral("高度急性期・急性期"))
        return QStringLiteral("acute");
    if (n == QStringLiteral("包括期") || n == QStringLiteral("回復期"))
        return QStringLiteral("comprehensive");
    if (n == QStringLiteral("慢性期"))
        return QStringLiteral("chronic");
    return QString();
}

bool FlowRateImporter::parse(XlsxReader &reader, QString *error, const std::atomic<bool> *cancel,
                             std::atomic<qint64> *bytesRead)
{
    const QVector<int> indexes = flowSheets(reader);
    if (indexes.isEmpty()) {
        *error = tr("%1 has no sheet named 流入率 or 流出率.").arg(m_fileName);
        return false;
    }
    setSheetCount(int(indexes.size()));
    for (int i = 0; i < indexes.size(); ++i) {
        if (!parseSheet(reader, i, indexes.at(i), error, cancel, bytesRead))
            return false;
    }
    return finishParse(error);
}

void FlowRateImporter::setSheetCount(int count)
{
    m_sheets = QVector<ParsedFlowSheet>(count);
    m_sheetWarnings = QVector<QStringList>(count);
    m_warnings.clear();
}

bool FlowRateImporter::finishParse(QString *error)
{
    m_warnings.clear();
    for (const QStringList &w : std::as_const(m_sheetWarnings))
        m_warnings << w;
    QSet<QString> directions;
    for (const ParsedFlowSheet &s : std::as_const(m_sheets)) {
        if (directions.contains(s.direction)) {
            *error = tr("%1: two sheets hold the %2 (sheet “%3”).")
                         .arg(m_fileName, shareLabel(s.direction), s.sheetName);
            return false;
        }
        directions.insert(s.direction);
    }
    return true;
}

bool FlowRateImporter::parseSheet(XlsxReader &reader, int slot, int index, QString *error,
                                  const std::atomic<bool> *cancel, std::atomic<qint64> *bytesRead)
{
    ParsedFlowSheet sheet;
    QStringList &warnings = m_sheetWarnings[slot];
    warnings.clear();
    sheet.sheetName = reader.sheets().at(index).name;
    sheet.direction = directionOfSheet(sheet.sheetName);
    const QString rateLabel = shareLabel(sheet.direction);
    const QString overallLabel = QStringLiteral("全体の") + rateLabel;
    auto place = [&](int row) {
        return Label::place(m_fileName, sheet.sheetName, row);
    };
    auto expected = [&](int row, const QString &label) {
        *error = tr("%1: expected the label 「%2」 but did not find it.").arg(place(row), label);
        return false;
    };

    QHash<QString, int> seenRegions;
    auto parseBlock = [&](const QVector<XlsxRow> &rows) -> bool {
        ParsedFlowBlock block;
        block.firstRow = rows.first().number;
        const int lastRow = rows.last().number;
        int i = 0;
        auto findRow = [&](auto test) {
            for (; i < rows.size(); ++i) {
                if (test(rows.at(i)))
                    return true;
            }
            return false;
        };
        // (1) 構想区域の状況 and its header.
        if (!findRow([](const XlsxRow &r) {
                return findColumn(
                           r,
                           [](const QString &c) { return c == QStringLiteral("構想区域の状況"); })
                    >= 0;
            }))
            return expected(block.firstRow, QStringLiteral("(1)構想区域の状況"));
        int prefCol = -1, regionCol = -1, popCol = -1, areaCol = -1;
        if (!findRow([&](const XlsxRow &r) {
                prefCol = findColumn(
                    r, [](const QString &c) { return c == QStringLiteral("都道府県"); });
                regionCol = findColumn(
                    r, [](const QString &c) { return c == QStringLiteral("構想区域"); });
                return prefCol >= 0 && regionCol >= 0;
            }))
            return expected(block.firstRow, QStringLiteral("構想区域"));
        const XlsxRow &header = rows.at(i);
        popCol = findColumn(header, [](const QString &c) { return c.startsWith(u"人口"); });
        areaCol = findColumn(header, [](const QString &c) { return c.startsWith(u"面積"); });
        if (popCol < 0)
            return expected(header.number, QStringLiteral("人口（万人）"));
        if (areaCol < 0)
            return expected(header.number, QStringLiteral("面積（k㎡）"));
        ++i;
        // The summary row: the prefecture code in column A and the names under the headers.
        if (!findRow([&](const XlsxRow &r) {
                const XlsxCell *p = r.cell(prefCol);
                return p && p->isText() && wholeNumber(r.cell(0)).has_value();
            }))
            return expected(header.number, QStringLiteral("都道府県"));
        const XlsxRow &summary = rows.at(i);
        const qint64 pref = *wholeNumber(summary.cell(0));
        block.prefectureCode = QString::number(pref).rightJustified(2, QLatin1Char('0'));
        block.prefectureName = Label::display(summary.text(prefCol));
        block.regionName = Label::display(summary.text(regionCol));
        const SourceValue pop = SourceValue::read(summary.cell(popCol));
        if (pop.isNumber())
            block.population = qint64(std::llround(pop.number * 10000.0));
        const SourceValue area = SourceValue::read(summary.cell(areaCol));
        if (area.isNumber())
            block.areaKm2 = area.number;
        ++i;
        // The next row holds the region code in column A.
        if (i >= rows.size() || !wholeNumber(rows.at(i).cell(0))) {
            *error = tr("%1: expected the vision region's code in column A below the summary "
                        "row.")
                         .arg(place(summary.number + 1));
            return false;
        }
        block.regionCode
            = QString::number(*wholeNumber(rows.at(i).cell(0))).rightJustified(4, QLatin1Char('0'));
        if (!block.regionCode.startsWith(block.prefectureCode)) {
            *error = tr("%1: the region code %2 does not belong to the prefecture %3.")
                         .arg(place(rows.at(i).number), block.regionCode, block.prefectureCode);
            return false;
        }
        if (seenRegions.contains(block.regionCode)) {
            *error = tr("%1: the region %2 appears twice (blocks at rows %3 and %4).")
                         .arg(place(block.firstRow), block.regionCode)
                         .arg(seenRegions.value(block.regionCode))
                         .arg(block.firstRow);
            return false;
        }
        seenRegions.insert(block.regionCode, block.firstRow);

        // 全体の流入率 (or 流出率): the first value to the right of the label.
        int overallCol = -1;
        if (!findRow([&](const XlsxRow &r) {
                overallCol = findColumn(r, [&](const QString &c) { return c == overallLabel; });
                if (overallCol < 0
                    && findColumn(r, [](const QString &c) { return c.startsWith(u"全体の"); })
                        >= 0) {
                    *error = tr("%1: expected 「%2」 on this sheet, found another rate.")
                                 .arg(place(r.number), overallLabel);
                    overallCol = -2;
                    return true;
                }
                return overallCol >= 0;
            }))
            return expected(block.firstRow, overallLabel);
        if (overallCol == -2)
            return false;
        {
            const XlsxRow &r = rows.at(i);
            ParsedFlowShare all;
            all.group = QStringLiteral("all");
            all.row = r.number;
            bool found = false;
            for (const XlsxCell &c : r.cells) {
                if (c.column <= overallCol)
                    continue;
                const SourceValue v = SourceValue::read(&c);
                if (v.isEmpty())
                    continue;
                if (v.kind == SourceValue::Kind::OtherText) {
                    *error = tr("%1: 「%2」 is not a share.").arg(place(r.number), v.text);
                    return false;
                }
                all.share = v.value();
                all.missingReason = v.reason;
                found = true;
                break;
            }
            if (!found) {
                all.missingReason = QStringLiteral("-");
            }
            block.shares << all;
        }
        ++i;

        // The group titles, then each table's header.
        struct Group
        {
            QString key;
            int from = 0;
            int to = INT_MAX;
            int codeCol = -1, nameCol = -1, shareCol = -1, prefCol = -1;
            int position = 0;
        };
        QVector<Group> groups;
        if (!findRow([&](const XlsxRow &r) {
                groups.clear();
                for (const XlsxCell &c : r.cells) {
                    if (!c.isText())
                        continue;
                    const QString key = groupKey(c.text);
                    if (!key.isEmpty())
                        groups << Group { key, c.column };
                }
                return !groups.isEmpty();
            }))
            return expected(block.firstRow, QStringLiteral("高度急性期+急性期"));
        for (int g = 0; g + 1 < groups.size(); ++g)
            groups[g].to = groups.at(g + 1).from;
        const int groupRow = rows.at(i).number;
        ++i;
        if (i >= rows.size())
            return expected(groupRow + 1, QStringLiteral("構想区域コード"));
        const XlsxRow &tableHeader = rows.at(i);
        for (Group &g : groups) {
            g.prefCol = findColumn(
                tableHeader, [](const QString &c) { return c == QStringLiteral("都道府県コード"); },
                g.from, g.to);
            g.codeCol = findColumn(
                tableHeader, [](const QString &c) { return c == QStringLiteral("構想区域コード"); },
                g.from, g.to);
            g.nameCol = findColumn(
                tableHeader, [](const QString &c) { return c == QStringLiteral("構想区域名"); },
                g.from, g.to);
            g.shareCol = findColumn(
                tableHeader, [&](const QString &c) { return c == rateLabel; }, g.from, g.to);
            if (g.codeCol < 0)
                return expected(tableHeader.number, QStringLiteral("構想区域コード"));
            if (g.shareCol < 0)
                return expected(tableHeader.number, rateLabel);
        }
        QSet<QString> keys;
        for (const Group &g : std::as_const(groups)) {
            if (keys.contains(g.key)) {
                *error = tr("%1: the function group 「%2」 appears twice.")
                             .arg(place(groupRow), g.key);
                return false;
            }
            keys.insert(g.key);
        }
        for (const QString &key : { QStringLiteral("acute"), QStringLiteral("comprehensive"),
                                    QStringLiteral("chronic") }) {
            if (!keys.contains(key))
                warnings << tr("%1: no table for the function group %2.").arg(place(groupRow), key);
        }
        ++i;
        // The partner rows, up to the end of the block.
        for (; i < rows.size(); ++i) {
            const XlsxRow &r = rows.at(i);
            for (Group &g : groups) {
                const XlsxCell *codeCell = r.cell(g.codeCol);
                const SourceValue share = SourceValue::read(r.cell(g.shareCol));
                const SourceValue pref
                    = g.prefCol >= 0 ? SourceValue::read(r.cell(g.prefCol)) : SourceValue();
                if (!codeCell && share.isEmpty() && pref.isEmpty())
                    continue;
                ParsedFlowShare s;
                s.group = g.key;
                s.position = ++g.position;
                s.row = r.number;
                if (codeCell) {
                    const std::optional<qint64> code = wholeNumber(codeCell);
                    if (code) {
                        s.partnerCode = QString::number(*code).rightJustified(4, QLatin1Char('0'));
                    } else if (codeCell->type != XlsxCell::Type::Error) {
                        *error = tr("%1, column %2: 「%3」 is not a vision region code.")
                                     .arg(place(r.number), XlsxCell::columnName(g.codeCol),
                                          codeCell->displayText());
                        return false;
                    }
                }
                if (g.nameCol >= 0 && r.cell(g.nameCol) && r.cell(g.nameCol)->isText())
                    s.partnerName = Label::display(r.text(g.nameCol));
                switch (share.kind) {
                case SourceValue::Kind::Number:
                    if (share.number < 0 || share.number > 1.000001) {
                        *error = tr("%1, column %2: %3 is not a share between 0 and 1.")
                                     .arg(place(r.number), XlsxCell::columnName(g.shareCol))
                                     .arg(share.number);
                        return false;
                    }
                    s.share = share.number;
                    break;
                case SourceValue::Kind::Missing:
                    s.missingReason = share.reason;
                    break;
                case SourceValue::Kind::Empty:
                    // A partner listed without a share: no value, never 0.
                    s.missingReason = pref.isMissing() ? pref.reason : QStringLiteral("-");
                    break;
                case SourceValue::Kind::OtherText:
                    *error
                        = tr("%1, column %2: 「%3」 is not a share.")
                              .arg(place(r.number), XlsxCell::columnName(g.shareCol), share.text);
                    return false;
                }
                if (s.partnerCode.isEmpty() && s.share) {
                    *error = tr("%1, column %2: a share without a vision region code.")
                                 .arg(place(r.number), XlsxCell::columnName(g.codeCol));
                    return false;
                }
                block.shares << s;
            }
        }
        for (const Group &g : std::as_const(groups)) {
            bool self = false;
            for (const ParsedFlowShare &s : std::as_const(block.shares))
                self = self || (s.group == g.key && s.partnerCode == block.regionCode);
            // An empty table (a region without such beds lists nobody) is not a problem.
            if (!self && g.position > 0)
                warnings << tr("%1: the %2 table of %3 %4 does not list the region itself.")
                                .arg(place(block.firstRow), g.key, block.regionCode,
                                     block.regionName);
        }
        Q_UNUSED(lastRow);
        sheet.blocks << block;
        return true;
    };

    if (!reader.openSheet(index)) {
        *error = reader.errorString();
        return false;
    }
    QVector<XlsxRow> block;
    XlsxRow row;
    qint64 lastBytes = 0;
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
        if (isTitleRow(row)) {
            if (!block.isEmpty() && !parseBlock(block))
                return false;
            block.clear();
        }
        if (!block.isEmpty() || isTitleRow(row))
            block << row;
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    if (!block.isEmpty() && !parseBlock(block))
        return false;
    if (sheet.blocks.isEmpty()) {
        *error = tr("%1: no block titled 「%2」.").arg(place(1), blockTitle);
        return false;
    }
    m_sheets[slot] = sheet;
    return true;
}

bool FlowRateImporter::write(ImportContext &ctx, QString *error)
{
    ctx.file->warnings << m_warnings;
    const QSqlDatabase db = ctx.dataset->database();
    ImportRegions regions(ctx);

    SqliteStatement remove(db,
                           QStringLiteral("DELETE FROM region_flow_share WHERE edition_id = ? "
                                          "AND region_code = ? AND direction = ?"));
    SqliteStatement insert(
        db,
        QStringLiteral("INSERT INTO region_flow_share (edition_id, region_code, direction, "
                       "function_group, position, partner_region_code, partner_region_name, "
                       "share, missing_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!remove.isPrepared() || !insert.isPrepared()) {
        *error = remove.isPrepared() ? insert.errorMessage() : remove.errorMessage();
        return false;
    }
    int done = 0;
    int total = 0;
    for (const ParsedFlowSheet &s : std::as_const(m_sheets))
        total += int(s.blocks.size());
    for (const ParsedFlowSheet &s : std::as_const(m_sheets)) {
        for (const ParsedFlowBlock &b : s.blocks) {
            if (ctx.cancelled()) {
                *error = tr("Import cancelled.");
                return false;
            }
            Region region;
            region.code = b.regionCode;
            region.prefectureCode = b.prefectureCode;
            region.name = b.regionName;
            region.population = b.population;
            region.areaKm2 = b.areaKm2;
            if (!regions.meet(region, Label::place(m_fileName, s.sheetName, b.firstRow), error))
                return false;
            remove.bind(0, ctx.editionId);
            remove.bind(1, b.regionCode);
            remove.bind(2, s.direction);
            if (!remove.exec()) {
                *error = remove.errorMessage();
                return false;
            }
            for (const ParsedFlowShare &f : b.shares) {
                insert.bind(0, ctx.editionId);
                insert.bind(1, b.regionCode);
                insert.bind(2, s.direction);
                insert.bind(3, f.group);
                insert.bind(4, f.position);
                insert.bind(5, f.partnerCode.isEmpty() ? QString() : f.partnerCode);
                insert.bind(6, f.partnerName.isNull() ? QStringLiteral("") : f.partnerName);
                insert.bind(7, f.share);
                insert.bind(
                    8,
                    f.share ? QString()
                            : (f.missingReason.isEmpty() ? QStringLiteral("-") : f.missingReason));
                if (!insert.exec()) {
                    *error = insert.errorMessage();
                    return false;
                }
                ++ctx.file->flowShares;
            }
            if (ctx.progress && (++done % 32 == 0))
                ctx.progress(double(done) / double(std::max(1, total)));
        }
    }
    return true;
}

} // namespace Koso
