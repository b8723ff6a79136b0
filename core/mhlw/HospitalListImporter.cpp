#include "mhlw/HospitalListImporter.h"

#include "io/XlsxReader.h"
#include "mhlw/FigureCell.h"
#include "mhlw/HospitalMatcher.h"
#include "mhlw/ImportContext.h"
#include "mhlw/ImportSummary.h"
#include "mhlw/Label.h"
#include "model/Edition.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Koso {

namespace {

const QString closedKey = QStringLiteral("Closed");

enum class Field {
    None,
    Name,
    Municipality,
    Prefecture,
    Region,
    Population,
    Area,
    HospitalCount,
    ClinicCount,
    TotalWithClosed,
    TotalWithoutClosed,
    Beds, // key: function key, or Closed
    DoctorsFullTime,
    DoctorsPartTime,
    DoctorsPer100Beds,
    Role, // key: role key
    Metric, // key: metric name
};

struct FieldColumn
{
    Field field = Field::None;
    QString key;
    int column = 0;
    QString label; // as shown, for messages
};

struct RoleLabel
{
    const char16_t *label;
    const char *key;
};
const RoleLabel roleLabels[] = {
    { u"特定機能", "special" },
    { u"地域支援", "regional_support" },
    { u"三次救急", "tertiary_emergency" },
    { u"二次救急", "secondary_emergency" },
    { u"在宅療養支援", "home_care_support" },
};

struct MetricLabel
{
    const char16_t *label;
    const char *key;
};
const MetricLabel metricLabels[] = {
    { u"救急車の受入件数", "ambulance" },
    { u"全身麻酔手術件数", "general_anaesthesia" },
    { u"分娩件数", "births" },
    { u"手術総数", "operations" },
};

// The column headers of a table whose header spans several rows with merged cells: a
// column's label path is, for each header row, the nearest label at or left of it that does
// not start before its parent label.
QVector<FieldColumn> mapColumns(const QVector<const XlsxRow *> &header,
                                const BedFunctionList &functions)
{
    QMap<int, bool> candidates;
    for (const XlsxRow *r : header) {
        for (const XlsxCell &c : r->cells) {
            if (c.isText())
                candidates.insert(c.column, true);
        }
    }
    auto functionKeyOf = [&](const QString &core) {
        for (const BedFunction &f : functions) {
            if (f.countsInTotal && core == Label::core(f.nameJa))
                return f.key;
        }
        return QString();
    };

    // Each header cell's core label, once.
    struct HeaderCell
    {
        int column;
        QString core;
        QString text;
    };
    QVector<QVector<HeaderCell>> levels;
    for (const XlsxRow *r : header) {
        QVector<HeaderCell> cells;
        for (const XlsxCell &c : r->cells) {
            if (!c.isText())
                continue;
            const QString core = Label::core(c.text);
            if (!core.isEmpty())
                cells << HeaderCell { c.column, core, c.text };
        }
        levels << cells;
    }

    QVector<FieldColumn> result;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        const int column = it.key();
        QStringList path;
        QString ownLabel;
        int start = 0;
        for (const QVector<HeaderCell> &level : std::as_const(levels)) {
            const HeaderCell *best = nullptr;
            for (const HeaderCell &c : level) {
                if (c.column > column)
                    break;
                if (c.column >= start)
                    best = &c;
            }
            if (best) {
                path << best->core;
                start = best->column;
                if (best->column == column)
                    ownLabel = Label::display(best->text);
            }
        }
        if (path.isEmpty() || ownLabel.isEmpty())
            continue;
        const QString last = path.last();
        auto anyContains = [&](const char16_t *word) {
            for (const QString &p : std::as_const(path)) {
                if (p.contains(QStringView(word)))
                    return true;
            }
            return false;
        };
        FieldColumn f;
        f.column = column;
        f.label = ownLabel;
        const QString function = functionKeyOf(last);
        if (anyContains(u"医療機関名")) {
            f.field = Field::Name;
        } else if (anyContains(u"所在地")) {
            f.field = Field::Municipality;
        } else if (last == QStringLiteral("都道府県")) {
            f.field = Field::Prefecture;
        } else if (last == QStringLiteral("構想区域")) {
            f.field = Field::Region;
        } else if (last.contains(u"人口")) {
            f.field = Field::Population;
        } else if (last.contains(u"面積")) {
            f.field = Field::Area;
        } else if (last == QStringLiteral("一般病院")) {
            f.field = Field::HospitalCount;
        } else if (last == QStringLiteral("有床診療所")) {
            f.field = Field::ClinicCount;
        } else if (last.contains(u"休棟中等含む")) {
            f.field = Field::TotalWithClosed;
        } else if (last == QStringLiteral("休棟中等")) {
            f.field = Field::Beds;
            f.key = closedKey;
        } else if (path.size() == 1 && last.contains(u"病床") && last.contains(u"除く")) {
            f.field = Field::TotalWithoutClosed;
        } else if (!function.isEmpty() && anyContains(u"平均在棟日数")) {
            f.field = Field::Metric;
            f.key = QStringLiteral("los_") + function;
        } else if (!function.isEmpty() && anyContains(u"新規入棟")) {
            f.field = Field::Metric;
            f.key = QStringLiteral("admissions_") + function;
        } else if (!function.isEmpty() && anyContains(u"病床")) {
            f.field = Field::Beds;
            f.key = function;
        } else if (anyContains(u"医師数") && last == QStringLiteral("常勤")) {
            f.field = Field::DoctorsFullTime;
        } else if (anyContains(u"医師数") && last == QStringLiteral("非常勤")) {
            f.field = Field::DoctorsPartTime;
        } else if (anyContains(u"医師数") && last.contains(u"100床")) {
            f.field = Field::DoctorsPer100Beds;
        } else {
            for (const RoleLabel &r : roleLabels) {
                if (anyContains(u"医療機関機能") && last == QStringView(r.label)) {
                    f.field = Field::Role;
                    f.key = QLatin1String(r.key);
                }
            }
            for (const MetricLabel &m : metricLabels) {
                if (last == QStringView(m.label)) {
                    f.field = Field::Metric;
                    f.key = QLatin1String(m.key);
                }
            }
        }
        if (f.field == Field::None)
            continue;
        // The first column of a field wins (a merged label covers only its first column).
        const bool duplicate
            = std::any_of(result.cbegin(), result.cend(), [&](const FieldColumn &o) {
                  return o.field == f.field && o.key == f.key;
              });
        if (!duplicate)
            result << f;
    }
    return result;
}

const FieldColumn *findField(const QVector<FieldColumn> &columns, Field field,
                             const QString &key = QString())
{
    for (const FieldColumn &c : columns) {
        if (c.field == field && (key.isEmpty() || c.key == key))
            return &c;
    }
    return nullptr;
}

bool hasNumber(const XlsxRow &row)
{
    return std::any_of(row.cells.cbegin(), row.cells.cend(),
                       [](const XlsxCell &c) { return c.isNumber(); });
}

bool rowHasLabel(const XlsxRow &row, const char16_t *word)
{
    return std::any_of(row.cells.cbegin(), row.cells.cend(), [&](const XlsxCell &c) {
        return c.isText() && Label::core(c.text).contains(QStringView(word));
    });
}

QString fmt(double v)
{
    if (std::fabs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'g', 6);
}

// 一般病院 has 20 or more beds by law; the table counts general and long-term-care beds
// only, so a hospital with other wards may show fewer: its name then decides.
HospitalKind kindOf(const QString &nameKey, std::optional<qint64> beds)
{
    const bool hospitalName = nameKey.contains(u"病院") && !nameKey.contains(u"診療")
        && !nameKey.endsWith(QStringLiteral("クリニック"));
    if (beds && *beds >= 20)
        return HospitalKind::Hospital;
    return hospitalName ? HospitalKind::Hospital : HospitalKind::Clinic;
}

} // namespace

HospitalListImporter::HospitalListImporter(const BedFunctionList &functions,
                                           const QString &fileName)
    : m_functions(functions)
    , m_fileName(fileName)
{ }

QVector<int> HospitalListImporter::regionSheets(const XlsxReader &reader)
{
    QVector<int> result;
    static const QRegularExpression numbered(QStringLiteral("^\\d{3,4}\\D"));
    for (int i = 0; i < reader.sheets().size(); ++i) {
        if (numbered.match(Label::normalize(reader.sheets().at(i).name)).hasMatch())
            result << i;
    }
    return result;
}

HospitalListImporter::~HospitalListImporter() = default;

void HospitalListImporter::setSheets(QVector<ParsedHospitalSheet> sheets)
{
    m_sheets = std::move(sheets);
}

struct HospitalListImporter::SheetState
{
    QString sheet;
    ParsedHospitalSheet *out;
    QString *error;
    QVector<XlsxRow> rows;
    int i = 0; // the row being read
    QString nameCode; // the region code of the sheet name
    QString contentCode; // the region code in the table
    QVector<FieldColumn> summaryColumns;
    const XlsxRow *summary = nullptr;
    const XlsxRow *second = nullptr; // the row under the summary
    // (2) 区域内の医療機関
    QVector<FieldColumn> columns;
    const FieldColumn *nameColumn = nullptr;
    const FieldColumn *townColumn = nullptr;
    QVector<const FieldColumn *> bedColumns;
    const FieldColumn *totalColumn = nullptr;
    const FieldColumn *per100 = nullptr;
    QMap<QString, qint64> sums;
};

bool HospitalListImporter::missing(SheetState &s, int row, const QString &label) const
{
    *s.error = tr("%1: expected %2; the workbook's layout may have changed.")
                   .arg(Label::place(m_fileName, s.sheet, row), label);
    return false;
}

bool HospitalListImporter::badCell(SheetState &s, int row, int column, const QString &text,
                                   const QString &what) const
{
    *s.error = tr("%1, cell %2%3: \"%4\" is not %5.")
                   .arg(Label::place(m_fileName, s.sheet, row), XlsxCell::columnName(column))
                   .arg(row)
                   .arg(Label::display(text), what);
    return false;
}

bool HospitalListImporter::parseSheet(XlsxReader &reader, int sheetIndex, ParsedHospitalSheet *out,
                                      QString *error, const std::atomic<bool> *cancel,
                                      std::atomic<qint64> *bytesRead) const
{
    SheetState s;
    s.sheet = reader.sheets().value(sheetIndex).name;
    s.out = out;
    s.error = error;
    out->sheetName = s.sheet;
    if (!readSheetRows(reader, sheetIndex, s, cancel, bytesRead))
        return false;
    // The region: the code starts the sheet name (「101北海道南渡島」); the summary repeats it.
    static const QRegularExpression codePrefix(QStringLiteral("^(\\d{3,4})"));
    const QRegularExpressionMatch m = codePrefix.match(Label::normalize(s.sheet));
    if (m.hasMatch())
        s.nameCode = m.captured(1).rightJustified(4, QLatin1Char('0'));
    if (!readSummary(s))
        return false;
    readSummaryDetails(s);
    if (!identifyRegion(s) || !findFacilityColumns(s))
        return false;
    for (int rank = 0; s.i < s.rows.size(); ++s.i) {
        const XlsxRow &r = s.rows.at(s.i);
        const XlsxCell *nameCell = r.cell(s.nameColumn->column);
        if (!nameCell || !nameCell->isText() || nameCell->text.trimmed().isEmpty())
            break; // the end of the table
        if (!readFacility(s, r, &rank))
            return false;
    }
    checkFacilitySums(s);
    return true;
}

// A sheet holds a few hundred rows at most: read it whole (within bounds), then read it by
// its labels.
bool HospitalListImporter::readSheetRows(XlsxReader &reader, int sheetIndex, SheetState &s,
                                         const std::atomic<bool> *cancel,
                                         std::atomic<qint64> *bytesRead) const
{
    if (!reader.openSheet(sheetIndex)) {
        *s.error = reader.errorString();
        return false;
    }
    qint64 lastBytes = 0;
    qint64 cells = 0;
    XlsxRow row;
    while (reader.readRow(&row)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            *s.error = tr("Import cancelled.");
            return false;
        }
        if (bytesRead) {
            const qint64 now = reader.sheetBytesRead();
            bytesRead->fetch_add(now - lastBytes, std::memory_order_relaxed);
            lastBytes = now;
        }
        cells += row.cells.size();
        if (s.rows.size() >= MaxSheetRows || cells > MaxSheetCells) {
            *s.error = tr("%1: the sheet holds more than %L2 rows or %L3 cells; a vision "
                          "region's sheet of 別添5② holds a few hundred. It was not imported.")
                           .arg(Label::place(m_fileName, s.sheet, row.number))
                           .arg(MaxSheetRows)
                           .arg(MaxSheetCells);
            return false;
        }
        s.rows << row;
    }
    if (reader.hasError()) {
        *s.error = reader.errorString();
        return false;
    }
    if (s.rows.isEmpty())
        return missing(s, 0, tr("a vision region's table; the sheet is empty"));
    return true;
}

// (1) 構想区域の状況: the header rows, then the summary row of the region.
bool HospitalListImporter::readSummary(SheetState &s) const
{
    const QVector<XlsxRow> &rows = s.rows;
    int &i = s.i;
    while (i < rows.size() && !rowHasLabel(rows.at(i), u"構想区域の状況"))
        ++i;
    if (i == rows.size())
        return missing(s, rows.first().number, tr("a section titled \"(1)構想区域の状況\""));
    QVector<const XlsxRow *> header;
    for (++i; i < rows.size() && !hasNumber(rows.at(i)); ++i)
        header << &rows.at(i);
    if (i >= rows.size() || header.isEmpty())
        return missing(s, rows.last().number, tr("the summary row of the vision region"));
    s.summaryColumns = mapColumns(header, m_functions);
    s.summary = &rows.at(i);
    s.second = i + 1 < rows.size() ? &rows.at(i + 1) : nullptr;
    for (const BedFunction &f : m_functions) {
        const QString key = f.countsInTotal ? f.key : closedKey;
        if (!f.countsInTotal && f.key != closedKey)
            continue;
        if (!findField(s.summaryColumns, Field::Beds, key))
            return missing(s, header.last()->number,
                           tr("a column labelled \"%1\" in the summary").arg(f.nameJa));
    }
    const XlsxRow &summary = *s.summary;
    ParsedHospitalSheet *out = s.out;
    for (const FieldColumn &c : std::as_const(s.summaryColumns)) {
        const XlsxCell *cell = summary.cell(c.column);
        const FigureCell f = FigureCell::read(cell);
        switch (c.field) {
        case Field::Prefecture:
            if (cell && cell->isText())
                out->prefectureName = Label::normalize(cell->text);
            break;
        case Field::Region:
            if (cell && cell->isText())
                out->regionName = Label::normalize(cell->text);
            break;
        case Field::Population:
            if (f.isNumber() && !f.isWithin(double(FigureCell::MaxPopulation) / 10000))
                return badCell(s, summary.number, c.column, fmt(f.number),
                               tr("a population in 万人"));
            if (f.isNumber())
                out->population = qint64(std::llround(f.number * 10000)); // 万人
            break;
        case Field::Area:
            if (f.isNumber() && !f.isWithin(FigureCell::MaxAreaKm2))
                return badCell(s, summary.number, c.column, fmt(f.number), tr("an area in km²"));
            if (f.isNumber())
                out->areaKm2 = f.number;
            break;
        case Field::HospitalCount:
        case Field::ClinicCount:
            if (f.isCountUpTo(FigureCell::MaxAreaBeds))
                (c.field == Field::HospitalCount ? out->hospitalCount : out->clinicCount)
                    = f.count();
            break;
        case Field::Beds:
            if (f.isEmpty() || f.isCountUpTo(FigureCell::MaxAreaBeds))
                out->summaryBeds.insert(c.key, f.isEmpty() ? 0 : f.count());
            else
                return badCell(s, summary.number, c.column, f.isNumber() ? fmt(f.number) : f.text,
                               tr("a number of beds (a whole number from 0 to %L1)")
                                   .arg(FigureCell::MaxAreaBeds));
            break;
        default:
            break;
        }
    }
    return true;
}

// The row under the summary: region code, 報告率, 未報告, ⑤構想必要量, ⑨ patient flow.
void HospitalListImporter::readSummaryDetails(SheetState &s) const
{
    if (!s.second)
        return;
    const XlsxRow &second = *s.second;
    ParsedHospitalSheet *out = s.out;
    int rateLabel = -1;
    for (const XlsxCell &c : second.cells) {
        if (!c.isText())
            continue;
        const QString core = Label::core(c.text);
        if (core.contains(u"報告率") && rateLabel < 0)
            rateLabel = c.column;
        if (core.contains(u"構想必要量")) {
            for (const FieldColumn &col : std::as_const(s.summaryColumns)) {
                if (col.field != Field::Beds || col.key == closedKey)
                    continue;
                const FigureCell f = FigureCell::read(second.cell(col.column));
                if (f.isCountUpTo(FigureCell::MaxAreaBeds))
                    out->requiredBeds.insert(col.key, f.count());
            }
        }
        if (core.contains(u"流出入")) {
            const int colon = int(std::max(core.lastIndexOf(u':'), core.lastIndexOf(u'：')));
            QString value = core.mid(colon + 1);
            value.replace(u'▲', u'-').replace(u'△', u'-');
            const bool percent = value.endsWith(u'%');
            if (percent)
                value.chop(1);
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (ok && std::isfinite(v))
                out->patientFlow = percent ? v / 100.0 : v;
        }
    }
    for (const XlsxCell &c : second.cells) {
        if (c.isNumber() && (rateLabel < 0 || c.column < rateLabel) && c.number >= 100
            && c.number < 10000 && std::floor(c.number) == c.number) {
            s.contentCode = QString::number(qint64(c.number)).rightJustified(4, QLatin1Char('0'));
            break;
        }
    }
}

// The region's code (sheet name and table must agree) and names.
bool HospitalListImporter::identifyRegion(SheetState &s) const
{
    ParsedHospitalSheet *out = s.out;
    if (!s.nameCode.isEmpty() && !s.contentCode.isEmpty() && s.nameCode != s.contentCode) {
        *s.error = tr("%1: the sheet name says vision region %2 but its table says %3; Koso "
                      "cannot tell which is right.")
                       .arg(Label::place(m_fileName, s.sheet,
                                         s.second ? s.second->number : s.summary->number),
                            s.nameCode, s.contentCode);
        return false;
    }
    out->regionCode = s.nameCode.isEmpty() ? s.contentCode : s.nameCode;
    if (out->regionCode.isEmpty())
        return missing(s, s.summary->number,
                       tr("a vision region code (at the start of the sheet name, "
                          "as in \"101北海道南渡島\")"));
    if (out->regionName.isEmpty() || out->prefectureName.isEmpty()) {
        // The title 「（北海道・南渡島）」 names them too.
        for (const XlsxCell &c : s.rows.first().cells) {
            const QString n = Label::normalize(c.text);
            if (c.isText() && n.startsWith(u'(') && n.endsWith(u')') && n.contains(u'・')) {
                const QString inner = n.mid(1, n.size() - 2);
                const int dot = int(inner.indexOf(u'・'));
                if (out->prefectureName.isEmpty())
                    out->prefectureName = inner.left(dot);
                if (out->regionName.isEmpty())
                    out->regionName = inner.mid(dot + 1);
            }
        }
    }
    return true;
}

// (2) 区域内の医療機関: its header rows and the columns they name.
bool HospitalListImporter::findFacilityColumns(SheetState &s) const
{
    const QVector<XlsxRow> &rows = s.rows;
    int &i = s.i;
    while (i < rows.size() && !rowHasLabel(rows.at(i), u"区域内の医療機関"))
        ++i;
    if (i == rows.size())
        return missing(s, s.summary->number, tr("a section titled \"(2)区域内の医療機関\""));
    QVector<const XlsxRow *> header;
    const int sectionRow = rows.at(i).number;
    for (++i; i < rows.size() && !hasNumber(rows.at(i)); ++i)
        header << &rows.at(i);
    s.columns = mapColumns(header, m_functions);
    const QVector<FieldColumn> &columns = s.columns;
    const int headerRow = header.isEmpty() ? sectionRow : header.last()->number;
    s.nameColumn = findField(columns, Field::Name);
    if (!s.nameColumn)
        return missing(s, headerRow, tr("a column labelled \"医療機関名\""));
    s.townColumn = findField(columns, Field::Municipality);
    if (!s.townColumn)
        return missing(s, headerRow, tr("a column labelled \"所在地\""));
    for (const BedFunction &f : m_functions) {
        if (!f.countsInTotal && f.key != closedKey)
            continue;
        const FieldColumn *c = findField(columns, Field::Beds, f.key);
        if (!c)
            return missing(s, headerRow, tr("a column labelled \"%1\"").arg(f.nameJa));
        s.bedColumns << c;
    }
    s.totalColumn = findField(columns, Field::TotalWithClosed);
    const FieldColumn *fullTime = findField(columns, Field::DoctorsFullTime);
    const FieldColumn *partTime = findField(columns, Field::DoctorsPartTime);
    s.per100 = findField(columns, Field::DoctorsPer100Beds);
    // Labels whose absence costs a column of the export but not the beds: noted once.
    const std::pair<const FieldColumn *, QString> optional[] = {
        { s.totalColumn, QStringLiteral("休棟中等含む計") },
        { fullTime, QStringLiteral("常勤") },
        { partTime, QStringLiteral("非常勤") },
        { findField(columns, Field::Metric, QStringLiteral("ambulance")),
          QStringLiteral("救急車の受入件数") },
        { findField(columns, Field::Metric, QStringLiteral("general_anaesthesia")),
          QStringLiteral("全身麻酔手術件数") },
        { findField(columns, Field::Metric, QStringLiteral("births")), QStringLiteral("分娩件数") },
        { findField(columns, Field::Metric, QStringLiteral("operations")),
          QStringLiteral("手術総数") },
    };
    for (const auto &o : optional) {
        if (!o.first)
            s.out->missingOptionalLabels << o.second;
    }
    return true;
}

// One facility row: name, place, rank, beds by function, doctors, roles and volumes.
bool HospitalListImporter::readFacility(SheetState &s, const XlsxRow &r, int *rank) const
{
    ParsedFacility f;
    f.row = r.number;
    f.name = r.cell(s.nameColumn->column)->text.trimmed();
    f.nameKey = Hospital::nameKey(f.name);
    const XlsxCell *town = r.cell(s.townColumn->column);
    f.municipality = town ? town->displayText().trimmed() : QString();
    for (const XlsxCell &c : r.cells) {
        if (c.column >= s.nameColumn->column)
            break;
        if (c.isNumber() && c.number >= 1 && c.number <= double(std::numeric_limits<int>::max())
            && std::floor(c.number) == c.number)
            f.rank = int(c.number);
    }
    if (!f.rank)
        f.rank = *rank + 1;
    *rank = *f.rank;

    // 「未報告」 (or another marker) where the beds belong: listed without figures.
    for (const FieldColumn *c : { s.totalColumn, s.bedColumns.first() }) {
        if (!c)
            continue;
        const FigureCell cell = FigureCell::read(r.cell(c->column));
        if (cell.isMarker())
            f.missingReason = cell.text;
    }
    if (!f.missingReason.isEmpty()) {
        f.kind = kindOf(f.nameKey, std::nullopt);
        s.out->facilities << f;
        return true;
    }
    qint64 total = 0;
    if (!readFacilityBeds(s, r, f, &total))
        return false;
    f.kind = kindOf(f.nameKey, total);
    if (!readFacilityMetrics(s, r, f))
        return false;
    checkDoctorsPer100(s, r, f, total);
    s.out->facilities << f;
    return true;
}

bool HospitalListImporter::readFacilityBeds(SheetState &s, const XlsxRow &r, ParsedFacility &f,
                                            qint64 *total) const
{
    for (const FieldColumn *c : std::as_const(s.bedColumns)) {
        const FigureCell cell = FigureCell::read(r.cell(c->column));
        if (cell.isEmpty() || cell.isCountUpTo(FigureCell::MaxFacilityBeds)) {
            const qint64 beds = cell.isEmpty() ? 0 : cell.count();
            f.beds.insert(c->key, beds);
            *total += beds;
            s.sums[c->key] += beds;
        } else if (cell.isMarker()) {
            s.out->warnings << tr("%1, cell %2%3: \"%4\" in the beds of %5; those beds were "
                                  "not imported.")
                                   .arg(Label::place(m_fileName, s.sheet, r.number),
                                        XlsxCell::columnName(c->column))
                                   .arg(r.number)
                                   .arg(cell.text, f.name);
        } else {
            return badCell(s, r.number, c->column, cell.isNumber() ? fmt(cell.number) : cell.text,
                           tr("a number of beds of one facility (a whole number from 0 to %L1)")
                               .arg(FigureCell::MaxFacilityBeds));
        }
    }
    if (s.totalColumn) {
        const FigureCell cell = FigureCell::read(r.cell(s.totalColumn->column));
        if (cell.isCount() && cell.count() != *total)
            s.out->warnings << tr("%1, cell %2%3: the total %4 of %5 differs from the sum of "
                                  "its beds by function, %6.")
                                   .arg(Label::place(m_fileName, s.sheet, r.number),
                                        XlsxCell::columnName(s.totalColumn->column))
                                   .arg(r.number)
                                   .arg(cell.count())
                                   .arg(f.name)
                                   .arg(*total);
    }
    return true;
}

// Doctors, roles and yearly volumes. Cases (births, operations, admissions…) are whole
// numbers; doctors and days of stay may have decimals; none is negative or absurdly large.
bool HospitalListImporter::readFacilityMetrics(SheetState &s, const XlsxRow &r,
                                               ParsedFacility &f) const
{
    for (const FieldColumn &c : std::as_const(s.columns)) {
        QString metric;
        if (c.field == Field::DoctorsFullTime)
            metric = QStringLiteral("doctors_fulltime");
        else if (c.field == Field::DoctorsPartTime)
            metric = QStringLiteral("doctors_parttime");
        else if (c.field == Field::Metric)
            metric = c.key;
        else if (c.field == Field::Role) {
            const XlsxCell *cell = r.cell(c.column);
            if (cell && !cell->displayText().trimmed().isEmpty())
                f.roles << c.key;
            continue;
        } else {
            continue;
        }
        const FigureCell cell = FigureCell::read(r.cell(c.column));
        if (cell.isNumber()) {
            const bool isCase = !metric.startsWith(QLatin1String("doctors_"))
                && !metric.startsWith(QLatin1String("los_"));
            if (isCase && !cell.isCountUpTo(FigureCell::MaxFacilityCases))
                return badCell(s, r.number, c.column, fmt(cell.number),
                               tr("a number of cases (a whole number from 0 to %L1)")
                                   .arg(FigureCell::MaxFacilityCases));
            if (!isCase && !cell.isWithin(FigureCell::MaxFacilityValue))
                return badCell(s, r.number, c.column, fmt(cell.number),
                               tr("a number from 0 to %L1").arg(FigureCell::MaxFacilityValue));
            f.metrics.insert(metric, cell.number);
        } else if (cell.isMarker()) {
            f.maskedMetrics.insert(metric, cell.text);
        } else if (cell.kind == FigureCell::Kind::OtherText) {
            return badCell(s, r.number, c.column, cell.text, tr("a number"));
        }
    }
    return true;
}

// 100床当たり is derived: (常勤 + 非常勤) per 100 beds, 休棟中等 included.
void HospitalListImporter::checkDoctorsPer100(SheetState &s, const XlsxRow &r,
                                              const ParsedFacility &f, qint64 total) const
{
    if (!s.per100 || !f.metrics.contains(QStringLiteral("doctors_fulltime"))
        || !f.metrics.contains(QStringLiteral("doctors_parttime")))
        return;
    const FigureCell shown = FigureCell::read(r.cell(s.per100->column));
    if (!shown.isNumber())
        return;
    const double doctors = f.metrics.value(QStringLiteral("doctors_fulltime"))
        + f.metrics.value(QStringLiteral("doctors_parttime"));
    const double expected = total > 0 ? doctors * 100.0 / double(total) : -1;
    if (total <= 0 || std::fabs(shown.number - expected) > 1e-6 * std::max(1.0, expected))
        s.out->warnings << tr("%1, cell %2%3 (%4): the workbook shows %5 doctors per 100 "
                              "beds, Koso computes %6.")
                               .arg(Label::place(m_fileName, s.sheet, r.number),
                                    XlsxCell::columnName(s.per100->column))
                               .arg(r.number)
                               .arg(f.name, fmt(shown.number),
                                    total > 0 ? fmt(expected) : QStringLiteral("-"));
}

// The facilities add up to the region's summary row.
void HospitalListImporter::checkFacilitySums(SheetState &s) const
{
    ParsedHospitalSheet *out = s.out;
    out->facilityBeds = s.sums;
    for (auto it = out->summaryBeds.cbegin(); it != out->summaryBeds.cend(); ++it) {
        if (s.sums.value(it.key()) != it.value())
            out->warnings << tr("%1: the facilities' %2 beds add up to %3, the summary row says "
                                "%4.")
                                 .arg(Label::place(m_fileName, s.sheet, s.summary->number),
                                      it.key())
                                 .arg(s.sums.value(it.key()))
                                 .arg(it.value());
    }
}

bool HospitalListImporter::begin(ImportContext &ctx, QString *error)
{
    Q_UNUSED(error);
    m_regions.clear();
    for (const Region &r : ctx.geography->regions())
        m_regions.insert(r.code, r);
    m_prefectures.clear();
    for (const Prefecture &p : ctx.geography->prefectures())
        m_prefectures.insert(p.code);
    m_regionCodes.clear();
    m_optionalMissing.clear();
    m_bedsById.clear();
    m_listedNow.clear();
    // The same edition's list imported again (a corrected file) replaces the old one.
    m_replacing = !ctx.hospitals->listedIn(ctx.editionId).isEmpty();
    m_matcher = std::make_unique<HospitalMatcher>(*ctx.hospitals);
    m_matcher->load();
    return true;
}

bool HospitalListImporter::writeSheet(ImportContext &ctx, ParsedHospitalSheet &s, QString *error)
{
    if (ctx.cancelled()) {
        *error = tr("Import cancelled.");
        return false;
    }
    FileImportSummary &file = *ctx.file;
    file.warnings << s.warnings;
    for (const QString &l : std::as_const(s.missingOptionalLabels))
        m_optionalMissing.insert(l);

    // The region: that of 別添4③ when known; otherwise created from the sheet.
    if (m_regionCodes.contains(s.regionCode)) {
        *error = tr("%1: the vision region %2 has two sheets.").arg(m_fileName, s.regionCode);
        return false;
    }
    m_regionCodes << s.regionCode;
    auto it = m_regions.find(s.regionCode);
    if (it == m_regions.end()) {
        if (!m_prefectures.contains(s.regionCode.left(2))) {
            *error = tr("%1: unknown prefecture code %2.")
                         .arg(Label::place(m_fileName, s.sheetName, 0), s.regionCode.left(2));
            return false;
        }
        Region r;
        r.code = s.regionCode;
        r.prefectureCode = s.regionCode.left(2);
        r.name = s.regionName.isEmpty() ? s.regionCode : s.regionName;
        r.population = s.population;
        r.areaKm2 = s.areaKm2;
        if (!ctx.geography->upsertRegion(r, error))
            return false;
        it = m_regions.insert(r.code, r);
    } else if (!s.regionName.isEmpty()
               && Label::normalize(it->name) != Label::normalize(s.regionName)) {
        file.warnings << tr("%1: the sheet names the vision region %2 \"%3\"; the dataset knows "
                            "it as \"%4\".")
                             .arg(Label::place(m_fileName, s.sheetName, 0), s.regionCode,
                                  s.regionName, it->name);
    }
    ++file.regions;
    if ((s.hospitalCount || s.clinicCount)
        && !SqlQuery::run(ctx.dataset->database(),
                          QStringLiteral("INSERT OR REPLACE INTO region_facility_count "
                                         "(region_code, edition_id, hospitals, clinics) VALUES "
                                         "(?, ?, ?, ?)"),
                          error,
                          { s.regionCode, ctx.editionId,
                            s.hospitalCount ? QVariant(*s.hospitalCount) : QVariant(),
                            s.clinicCount ? QVariant(*s.clinicCount) : QVariant() }))
        return false;
    if (m_replacing && !ctx.hospitals->removeFigures(ctx.editionId, { s.regionCode }, error))
        return false;

    QSet<qint64> listedHere;
    for (const ParsedFacility &pf : std::as_const(s.facilities)) {
        bool fill = false;
        qint64 id = m_matcher->find(s.regionCode, pf.nameKey, pf.municipality, &fill);
        if (id && listedHere.contains(id)) {
            // Two rows of one region with the same name and no municipality to tell them
            // apart: they stay two facilities.
            id = 0;
        }
        if (id && fill) {
            std::optional<Hospital> h = ctx.hospitals->hospital(id);
            if (h) {
                h->municipality = pf.municipality;
                if (!ctx.hospitals->update(*h, error))
                    return false;
                m_matcher->setMunicipality(id, s.regionCode, pf.nameKey, pf.municipality);
            }
        }
        if (!id) {
            Hospital h;
            h.regionCode = s.regionCode;
            h.name = pf.name;
            h.municipality = pf.municipality;
            h.kind = pf.kind;
            id = ctx.hospitals->insert(h, error);
            if (!id)
                return false;
            m_matcher->add(id, s.regionCode, pf.nameKey, pf.municipality);
        }
        HospitalFigures figures;
        figures.hospitalId = id;
        figures.editionId = ctx.editionId;
        figures.rank = pf.rank;
        figures.roles = pf.roles;
        figures.beds = pf.beds;
        figures.metrics = pf.metrics;
        figures.maskedMetrics = pf.maskedMetrics;
        figures.missingReason = pf.missingReason;
        if (!ctx.hospitals->putFigures(figures, error))
            return false;
        listedHere.insert(id);
        m_listedNow.insert(id);
        m_bedsById.insert(id, pf.beds);
        ++file.facilities;
        if (!pf.missingReason.isEmpty())
            ++file.facilitiesUnreported;
    }
    // Written: the rows are no longer needed (the summary row stays for cross-checks).
    s.facilities.clear();
    s.facilities.squeeze();
    return true;
}

bool HospitalListImporter::finish(ImportContext &ctx, QString *error)
{
    Q_UNUSED(error);
    FileImportSummary &file = *ctx.file;
    QStringList missing(m_optionalMissing.cbegin(), m_optionalMissing.cend());
    missing.sort();
    for (const QString &l : std::as_const(missing))
        file.warnings << tr("%1: no column labelled \"%2\" in some sheets; that figure was not "
                            "imported there.")
                             .arg(m_fileName, l);
    m_matcher.reset();

    // New, vanished and renamed facilities, compared with the nearest edition that has a list
    // (an older one if there is one).
    std::optional<Edition> reference;
    std::optional<Edition> current;
    const QVector<Edition> editions = ctx.figures->editions(); // oldest first
    for (const Edition &e : editions) {
        if (e.id == ctx.editionId)
            current = e;
    }
    QSet<qint64> listedBefore;
    if (current) {
        for (int k = int(editions.size()) - 1; k >= 0 && !reference; --k) {
            const Edition &e = editions.at(k);
            const bool older = e.fiscalYear < current->fiscalYear
                || (e.fiscalYear == current->fiscalYear && e.id < current->id);
            if (e.id != ctx.editionId && older) {
                listedBefore = ctx.hospitals->listedIn(e.id);
                if (!listedBefore.isEmpty())
                    reference = e;
            }
        }
        for (int k = 0; k < editions.size() && !reference; ++k) {
            const Edition &e = editions.at(k);
            if (e.id != ctx.editionId) {
                listedBefore = ctx.hospitals->listedIn(e.id);
                if (!listedBefore.isEmpty())
                    reference = e;
            }
        }
    }
    if (!reference)
        return true;

    ImportSummary &summary = *ctx.summary;
    summary.comparedEdition = reference->label;
    summary.importedEdition = ctx.editionLabel;
    const QHash<qint64, HospitalFigures> referenceFigures = ctx.hospitals->figures(reference->id);
    QVector<HospitalMatcher::Candidate> vanished;
    QVector<HospitalMatcher::Candidate> added;
    auto candidate = [&](const Hospital &h, const QMap<QString, qint64> &beds) {
        HospitalMatcher::Candidate c;
        c.facility = FacilityRef { h.id, h.regionCode, m_regions.value(h.regionCode).name, h.name,
                                   h.municipality };
        c.nameKey = Hospital::nameKey(h.name);
        c.beds = beds;
        return c;
    };
    for (const Hospital &h : ctx.hospitals->hospitals()) {
        if (!m_regionCodes.contains(h.regionCode))
            continue;
        const bool now = m_listedNow.contains(h.id);
        const bool before = listedBefore.contains(h.id);
        if (now && !before)
            added << candidate(h, m_bedsById.value(h.id));
        else if (before && !now)
            vanished << candidate(h, referenceFigures.value(h.id).beds);
    }
    for (const auto &c : std::as_const(added))
        summary.newFacilities << c.facility;
    for (const auto &c : std::as_const(vanished))
        summary.vanishedFacilities << c.facility;
    summary.renameCandidates << HospitalMatcher::renameCandidates(vanished, added);
    return true;
}

} // namespace Koso
