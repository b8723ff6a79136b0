#include "mhlw/DemandImporter.h"

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
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Koso {

DemandImporter::DemandImporter(const QString &fileName)
    : m_fileName(fileName)
{ }

QString DemandImporter::kindOf(const QString &text)
{
    const QString n = Label::normalize(text);
    if (n.contains(u"在宅") || n.contains(u"訪問診療"))
        return QStringLiteral("home_visit");
    if (n.contains(u"外来"))
        return QStringLiteral("outpatient");
    return QString();
}

QVector<int> DemandImporter::demandSheets(const XlsxReader &reader)
{
    QVector<int> result;
    const QStringList names = reader.sheetNames();
    for (int i = 0; i < names.size(); ++i) {
        if (!kindOf(names.at(i)).isEmpty() && !reader.sheets().at(i).hidden)
            result << i;
    }
    return result;
}

bool DemandImporter::parse(XlsxReader &reader, QString *error, const std::atomic<bool> *cancel,
                           std::atomic<qint64> *bytesRead)
{
    m_sheets.clear();
    m_warnings.clear();
    const QVector<int> indexes = demandSheets(reader);
    if (indexes.isEmpty()) {
        *error = tr("%1 has no sheet of home-visit (在宅) or outpatient (外来) demand.")
                     .arg(m_fileName);
        return false;
    }
    QSet<QString> kinds;
    for (int index : indexes) {
        if (!parseSheet(reader, index, error, cancel))
            return false;
        if (bytesRead)
            bytesRead->fetch_add(reader.sheets().at(index).size, std::memory_order_relaxed);
        const ParsedDemandSheet &s = m_sheets.last();
        if (kinds.contains(s.kind)) {
            *error = tr("%1: two sheets hold the same demand (sheet “%2”).")
                         .arg(m_fileName, s.sheetName);
            return false;
        }
        kinds.insert(s.kind);
    }
    return true;
}

bool DemandImporter::parseSheet(XlsxReader &reader, int index, QString *error,
                                const std::atomic<bool> *cancel)
{
    ParsedDemandSheet sheet;
    sheet.sheetName = reader.sheets().at(index).name;
    sheet.kind = kindOf(sheet.sheetName);
    auto place = [&](int row) {
        return Label::place(m_fileName, sheet.sheetName, row);
    };

    // 「2024年度」, 「2030年度（現状投影）」: a fiscal year and its scenario.
    static const QRegularExpression yearLabel(QStringLiteral("^(\\d{4})年度(?:\\((.+)\\))?$"));
    // 「人口(2024年度)」, 「人口(2040年)」.
    static const QRegularExpression populationLabel(QStringLiteral("^人口\\((\\d{4})年度?\\)$"));

    struct YearColumn
    {
        int column;
        int year;
        QString scenario;
    };
    QVector<YearColumn> yearColumns;
    int yearRow = 0;
    bool unitStated = false;
    int headerRow = 0;
    int codeCol = -1, nameCol = -1, prefCol = -1;
    QVector<QPair<int, int>> populationColumns; // column, year
    QHash<QString, int> seen;

    if (!reader.openSheet(index)) {
        *error = reader.errorString();
        return false;
    }
    XlsxRow row;
    while (reader.readRow(&row)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            *error = tr("Import cancelled.");
            return false;
        }
        if (headerRow == 0) {
            // Before the header: the band title with the unit, the row of years.
            QVector<YearColumn> years;
            for (const XlsxCell &c : row.cells) {
                if (!c.isText())
                    continue;
                const QString n = Label::normalize(c.text);
                if (n.contains(QStringLiteral("件/月")) || n.contains(QStringLiteral("件数/月")))
                    unitStated = true;
                const QRegularExpressionMatch m = yearLabel.match(n);
                if (m.hasMatch()) {
                    const QString s = m.captured(2);
                    QString scenario;
                    if (s.isEmpty())
                        scenario = QStringLiteral("base");
                    else if (s == QStringLiteral("現状投影"))
                        scenario = QStringLiteral("current");
                    else {
                        *error = tr("%1: the scenario 「%2」 is not known (expected 「現状投影」).")
                                     .arg(place(row.number), s);
                        return false;
                    }
                    years << YearColumn { c.column, m.captured(1).toInt(), scenario };
                }
                if (Label::core(c.text) == QStringLiteral("構想区域コード"))
                    codeCol = c.column;
            }
            if (!years.isEmpty() && codeCol < 0) {
                yearColumns = years;
                yearRow = row.number;
            }
            if (codeCol < 0)
                continue;
            headerRow = row.number;
            for (const XlsxCell &c : row.cells) {
                if (!c.isText())
                    continue;
                const QString core = Label::core(c.text);
                if (core == QStringLiteral("構想区域名"))
                    nameCol = c.column;
                else if (core == QStringLiteral("都道府県"))
                    prefCol = c.column;
                else if (core.contains(QStringLiteral("件/月"))
                         || core.contains(QStringLiteral("件数/月")))
                    unitStated = true;
                const QRegularExpressionMatch m = populationLabel.match(core);
                if (m.hasMatch())
                    populationColumns << qMakePair(c.column, m.captured(1).toInt());
            }
            if (yearColumns.isEmpty()) {
                *error = tr("%1: expected a row of years (「2024年度」, 「2030年度（現状投影）」) "
                            "above the header.")
                             .arg(place(headerRow));
                return false;
            }
            if (nameCol < 0) {
                *error = tr("%1: expected the label 「%2」 but did not find it.")
                             .arg(place(headerRow), QStringLiteral("構想区域名"));
                return false;
            }
            if (!unitStated) {
                *error = tr("%1: expected the unit 「レセプト件数/月」 (claims per month).")
                             .arg(place(yearRow));
                return false;
            }
            QSet<QString> keys;
            for (const YearColumn &y : std::as_const(yearColumns)) {
                const QString key = QString::number(y.year) + y.scenario;
                if (keys.contains(key)) {
                    *error = tr("%1: the year %2 appears twice.").arg(place(yearRow)).arg(y.year);
                    return false;
                }
                keys.insert(key);
            }
            continue;
        }
        // A region's row: its code in the code column.
        const XlsxCell *codeCell = row.cell(codeCol);
        if (!codeCell)
            continue; // notes below the table
        QString code;
        if (codeCell->isNumber()
            && std::fabs(codeCell->number - std::round(codeCell->number)) < 1e-9)
            code = QString::number(qint64(std::llround(codeCell->number)));
        else if (codeCell->isText())
            code = Label::normalize(codeCell->text);
        bool digits = !code.isEmpty() && code.size() <= 4;
        for (const QChar ch : std::as_const(code))
            digits = digits && ch.isDigit();
        if (!digits) {
            if (!row.cell(nameCol))
                continue; // a note
            *error = tr("%1, column %2: 「%3」 is not a vision region code.")
                         .arg(place(row.number), XlsxCell::columnName(codeCol),
                              codeCell->displayText());
            return false;
        }
        ParsedDemandRow r;
        r.row = row.number;
        r.regionCode = code.rightJustified(4, QLatin1Char('0'));
        r.regionName = Label::display(row.text(nameCol));
        if (prefCol >= 0)
            r.prefectureName = Label::display(row.text(prefCol));
        if (seen.contains(r.regionCode)) {
            *error = tr("%1: the region %2 appears twice (rows %3 and %4).")
                         .arg(place(row.number), r.regionCode)
                         .arg(seen.value(r.regionCode))
                         .arg(row.number);
            return false;
        }
        seen.insert(r.regionCode, row.number);
        auto readValue = [&](int column, std::optional<double> *value, QString *reason) {
            const SourceValue v = SourceValue::read(row.cell(column));
            switch (v.kind) {
            case SourceValue::Kind::Number:
                if (v.number < 0 || !std::isfinite(v.number)) {
                    *error = tr("%1, column %2: %3 cannot be a count.")
                                 .arg(place(row.number), XlsxCell::columnName(column))
                                 .arg(v.number);
                    return false;
                }
                *value = v.number;
                return true;
            case SourceValue::Kind::Missing:
                *reason = v.reason;
                return true;
            case SourceValue::Kind::Empty:
                *reason = QStringLiteral("-");
                return true;
            case SourceValue::Kind::OtherText:
                break;
            }
            *error = tr("%1, column %2: 「%3」 is not a number.")
                         .arg(place(row.number), XlsxCell::columnName(column), v.text);
            return false;
        };
        for (const auto &pc : std::as_const(populationColumns)) {
            ParsedPopulation p;
            p.year = pc.second;
            std::optional<double> v;
            if (!readValue(pc.first, &v, &p.missingReason))
                return false;
            if (v)
                p.population = qint64(std::llround(*v));
            r.populations << p;
        }
        for (const YearColumn &y : std::as_const(yearColumns)) {
            ParsedDemandValue d;
            d.fiscalYear = y.year;
            d.scenario = y.scenario;
            if (!readValue(y.column, &d.claimsPerMonth, &d.missingReason))
                return false;
            r.values << d;
        }
        sheet.rows << r;
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    if (headerRow == 0) {
        *error = tr("%1: expected the label 「%2」 but did not find it.")
                     .arg(place(1), QStringLiteral("構想区域コード"));
        return false;
    }
    if (sheet.rows.isEmpty()) {
        *error = tr("%1: the table has no vision regions.").arg(place(headerRow));
        return false;
    }
    m_sheets << sheet;
    return true;
}

bool DemandImporter::write(ImportContext &ctx, QString *error)
{
    ctx.file->warnings << m_warnings;
    const QSqlDatabase db = ctx.dataset->database();
    ImportRegions regions(ctx);

    SqliteStatement removeDemand(db,
                                 QStringLiteral("DELETE FROM region_demand WHERE edition_id = "
                                                "? AND region_code = ? AND kind = ?"));
    SqliteStatement insertDemand(
        db,
        QStringLiteral("INSERT INTO region_demand (edition_id, region_code, kind, "
                       "fiscal_year, scenario, claims_per_month, missing_reason) VALUES (?, "
                       "?, ?, ?, ?, ?, ?)"));
    SqliteStatement putPopulation(
        db,
        QStringLiteral("INSERT INTO region_population (edition_id, region_code, year, "
                       "population, missing_reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO "
                       "UPDATE SET population = excluded.population, missing_reason = "
                       "excluded.missing_reason"));
    for (const SqliteStatement *s : { &removeDemand, &insertDemand, &putPopulation }) {
        if (!s->isPrepared()) {
            *error = s->errorMessage();
            return false;
        }
    }
    for (const ParsedDemandSheet &s : std::as_const(m_sheets)) {
        for (const ParsedDemandRow &r : s.rows) {
            if (ctx.cancelled()) {
                *error = tr("Import cancelled.");
                return false;
            }
            Region region;
            region.code = r.regionCode;
            region.prefectureCode = r.regionCode.left(2);
            region.name = r.regionName;
            if (!regions.meet(region, Label::place(m_fileName, s.sheetName, r.row), error))
                return false;
            removeDemand.bind(0, ctx.editionId);
            removeDemand.bind(1, r.regionCode);
            removeDemand.bind(2, s.kind);
            if (!removeDemand.exec()) {
                *error = removeDemand.errorMessage();
                return false;
            }
            for (const ParsedDemandValue &d : r.values) {
                insertDemand.bind(0, ctx.editionId);
                insertDemand.bind(1, r.regionCode);
                insertDemand.bind(2, s.kind);
                insertDemand.bind(3, d.fiscalYear);
                insertDemand.bind(4, d.scenario);
                insertDemand.bind(5, d.claimsPerMonth);
                insertDemand.bind(6, d.claimsPerMonth ? QString() : d.missingReason);
                if (!insertDemand.exec()) {
                    *error = insertDemand.errorMessage();
                    return false;
                }
                ++ctx.file->demandFigures;
            }
            for (const ParsedPopulation &p : r.populations) {
                putPopulation.bind(0, ctx.editionId);
                putPopulation.bind(1, r.regionCode);
                putPopulation.bind(2, p.year);
                putPopulation.bind(3, p.population);
                putPopulation.bind(4, p.population ? QString() : p.missingReason);
                if (!putPopulation.exec()) {
                    *error = putPopulation.errorMessage();
                    return false;
                }
            }
        }
    }
    if (ctx.progress)
        ctx.progress(1.0);
    return true;
}

} // namespace Koso
