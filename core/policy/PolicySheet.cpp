#include "policy/PolicySheet.h"

#include "council/CouncilStore.h"
#include "io/TableWriter.h"
#include "policy/HospitalOverview.h"
#include "policy/PolicyField.h"
#include "policy/PolicyStore.h"
#include "policy/PolicyVocabulary.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Koso {

namespace {

enum class Role {
    Key, // identifies the hospital
    Info, // shown to the hospital, ignored on import
    Edit // read back into the policy
};

struct Column
{
    QString key; // id, region_code, name, municipality, or a field key; info_* for Info
    QString header; // Japanese, as exported
    Role role;
    QStringList aliases; // other headers accepted on import (normalised on comparison)
};

QVector<Column> columns(const BedFunctionList &functions)
{
    QVector<Column> list {
        { QStringLiteral("id"),
          QStringLiteral("管理番号"),
          Role::Key,
          { QStringLiteral("id"), QStringLiteral("管理番号（変更しないでください）") } },
        { QStringLiteral("region_code"),
          QStringLiteral("構想区域コード"),
          Role::Key,
          { QStringLiteral("region_code"), QStringLiteral("区域コード") } },
        { QStringLiteral("info_region"),
          QStringLiteral("構想区域"),
          Role::Info,
          { QStringLiteral("構想区域名") } },
        { QStringLiteral("name"),
          QStringLiteral("医療機関名"),
          Role::Key,
          { QStringLiteral("name"), QStringLiteral("医療機関の名称"), QStringLiteral("病院名") } },
        { QStringLiteral("municipality"),
          QStringLiteral("所在市区町村"),
          Role::Key,
          { QStringLiteral("municipality"), QStringLiteral("市区町村"),
            QStringLiteral("所在地") } },
        { QStringLiteral("info_kind"), QStringLiteral("種別"), Role::Info, {} },
        { PolicyField::OwnerGroup,
          QStringLiteral("設置主体区分"),
          Role::Edit,
          { PolicyField::OwnerGroup, QStringLiteral("設置主体") } },
        { PolicyField::ReverificationTarget,
          QStringLiteral("再検証対象"),
          Role::Edit,
          { PolicyField::ReverificationTarget, QStringLiteral("再検証等対象") } },
        { PolicyField::Status,
          QStringLiteral("対応方針の状況"),
          Role::Edit,
          { PolicyField::Status, QStringLiteral("策定状況"), QStringLiteral("状況") } },
        { PolicyField::PlanKind,
          QStringLiteral("対応方針とするプラン"),
          Role::Edit,
          { PolicyField::PlanKind } },
        { PolicyField::PlannedRole,
          QStringLiteral("今後担う役割"),
          Role::Edit,
          { PolicyField::PlannedRole, QStringLiteral("将来の役割"), QStringLiteral("役割") } },
        { PolicyField::TargetYear,
          QStringLiteral("目標年"),
          Role::Edit,
          { PolicyField::TargetYear } },
    };
    for (const BedFunction &f : functions)
        list << Column { QStringLiteral("info_beds.") + f.key,
                         QStringLiteral("現在の病床数：") + f.nameJa,
                         Role::Info,
                         {} };
    for (const BedFunction &f : functions)
        list << Column { ResponsePolicy::bedField(f.key),
                         QStringLiteral("予定病床数：") + f.nameJa,
                         Role::Edit,
                         { ResponsePolicy::bedField(f.key) } };
    list << Column { PolicyField::WrittenOn,
                     QStringLiteral("策定日"),
                     Role::Edit,
                     { PolicyField::WrittenOn, QStringLiteral("策定年月日") } }
         << Column { PolicyField::AgreedOn,
                     QStringLiteral("合意日"),
                     Role::Edit,
                     { PolicyField::AgreedOn, QStringLiteral("合意年月日") } }
         << Column { QStringLiteral("info_meeting"),
                     QStringLiteral("合意した調整会議"),
                     Role::Info,
                     {} }
         << Column { PolicyField::Notes,
                     QStringLiteral("備考"),
                     Role::Edit,
                     { PolicyField::Notes } }
         << Column { PolicyField::Links,
                     QStringLiteral("関連資料"),
                     Role::Edit,
                     { PolicyField::Links, QStringLiteral("関連資料（パス・URL）") } };
    return list;
}

// Headers compare without spaces, width or the ：/: difference.
QString headerKey(const QString &text)
{
    return PolicyVocabulary::normalize(text);
}

bool isNumberCell(const QVariant &v)
{
    return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int
        || v.typeId() == QMetaType::LongLong;
}

QString cellText(const QVariant &cell)
{
    if (isNumberCell(cell))
        return QString::number(cell.toDouble(), 'g', 15);
    QString text = cell.toString().trimmed();
    // TableWriter puts an apostrophe before text a spreadsheet would run as a formula.
    if (text.startsWith(QLatin1Char('\'')) && TableWriter::looksLikeFormula(text.mid(1)))
        text.remove(0, 1);
    return text;
}

// A whole number written as 120, "120", "１２０", "1,200" or "120床".
std::optional<qint64> parseWholeNumber(const QVariant &cell, QString *text)
{
    if (isNumberCell(cell)) {
        const double d = cell.toDouble();
        *text = QString::number(d, 'g', 15);
        if (std::floor(d) != d)
            return std::nullopt;
        return qint64(d);
    }
    *text = cellText(cell);
    QString s = text->normalized(QString::NormalizationForm_KC);
    s.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (s.endsWith(QStringLiteral("床")) || s.endsWith(QStringLiteral("年")))
        s.chop(1);
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
    if (!digits.match(s).hasMatch())
        return std::nullopt;
    return s.toLongLong();
}

bool cellEmpty(const QVariant &cell)
{
    return !cell.isValid() || cell.isNull() || cellText(cell).isEmpty();
}

} // namespace

QString PolicySheetIssue::text() const
{
    if (line <= 0)
        return message;
    if (column.isEmpty())
        return PolicySheet::tr("line %1: %2").arg(line).arg(message);
    return PolicySheet::tr("line %1, column %2: %3").arg(line).arg(column, message);
}

Table PolicySheet::policyTable(Dataset &dataset, const QString &areaCode)
{
    const BedFunctionList functions = FigureStore(dataset).bedFunctions();
    const auto cols = columns(functions);
    Table t;
    GeographyStore geography(dataset);
    QString areaName = areaCode;
    if (areaCode.size() == 4) {
        if (const auto r = geography.region(areaCode))
            areaName = r->name;
    } else if (const auto p = geography.prefecture(areaCode)) {
        areaName = p->name;
    }
    t.title = QStringLiteral("対応方針の状況（%1）　%2現在")
                  .arg(areaName, JapaneseDate::format(QDate::currentDate()));
    t.sheetName = QStringLiteral("対応方針");
    for (const Column &c : cols)
        t.header << c.header;

    CouncilStore councils(dataset);
    QHash<qint64, QString> meetingLabels;
    for (const auto &row : HospitalOverview::load(dataset, areaCode)) {
        if (row.isMerged())
            continue;
        const ResponsePolicy &p = row.policy;
        QVector<QVariant> cells;
        for (const Column &c : cols) {
            const QString &k = c.key;
            if (k == QLatin1String("id"))
                cells << row.hospital.id;
            else if (k == QLatin1String("region_code"))
                cells << row.hospital.regionCode;
            else if (k == QLatin1String("info_region"))
                cells << row.regionName;
            else if (k == QLatin1String("name"))
                cells << row.hospital.name;
            else if (k == QLatin1String("municipality"))
                cells << row.hospital.municipality;
            else if (k == QLatin1String("info_kind"))
                cells << PolicyVocabulary::kindWordJa(row.hospital.kind);
            else if (k == PolicyField::OwnerGroup)
                cells << PolicyVocabulary::ownerGroupWordJa(p.ownerGroup);
            else if (k == PolicyField::ReverificationTarget)
                cells << (p.reverificationTarget ? QStringLiteral("○") : QString());
            else if (k == PolicyField::Status)
                cells << PolicyVocabulary::statusWordJa(p.status);
            else if (k == PolicyField::PlanKind)
                cells << (p.planKind == PlanKind::None
                              ? QString()
                              : PolicyVocabulary::planKindWordJa(p.planKind));
            else if (k == PolicyField::PlannedRole)
                cells << p.plannedRole;
            else if (k == PolicyField::TargetYear)
                cells << p.targetYear;
            else if (k.startsWith(QLatin1String("info_beds."))) {
                const QString fn = k.mid(10);
                cells << (row.figures.beds.contains(fn) ? QVariant(row.figures.beds.value(fn))
                                                        : QVariant());
            } else if (ResponsePolicy::isBedField(k)) {
                const QString fn = ResponsePolicy::functionKeyOfField(k);
                cells << (p.plannedBeds.contains(fn) ? QVariant(p.plannedBeds.value(fn))
                                                     : QVariant());
            } else if (k == PolicyField::WrittenOn)
                cells << (p.writtenOn.isValid() ? QVariant(p.writtenOn) : QVariant());
            else if (k == PolicyField::AgreedOn)
                cells << (p.agreedOn.isValid() ? QVariant(p.agreedOn) : QVariant());
            else if (k == QLatin1String("info_meeting")) {
                QString label;
                if (p.agreedMeetingId) {
                    auto it = meetingLabels.find(*p.agreedMeetingId);
                    if (it == meetingLabels.end()) {
                        const auto m = councils.meeting(*p.agreedMeetingId);
                        it = meetingLabels.insert(*p.agreedMeetingId,
                                                  m ? councils.meetingLabel(*m) : QString());
                    }
                    label = *it;
                }
                cells << label;
            } else if (k == PolicyField::Notes)
                cells << p.notes;
            else if (k == PolicyField::Links)
                cells << p.links.join(QLatin1Char('\n'));
            else
                cells << QVariant();
        }
        t.rows << cells;
    }
    return t;
}

Table PolicySheet::instructionsTable(Dataset &dataset)
{
    Q_UNUSED(dataset);
    Table t;
    t.title = QStringLiteral("記入方法");
    t.sheetName = QStringLiteral("記入方法");
    t.header = QStringList { QStringLiteral("項目"), QStringLiteral("記入方法") };
    QStringList statuses;
    for (PolicyStatus s : allPolicyStatuses())
        statuses << PolicyVocabulary::statusWordJa(s);
    t.rows = {
        { QStringLiteral("管理番号・構想区域コード・医療機関名・所在市区町村"),
          QStringLiteral("医療機関を特定するための欄です。変更しないでください。") },
        { QStringLiteral("対応方針の状況"),
          QStringLiteral("次のいずれかを記入してください：")
              + statuses.join(QStringLiteral("、")) },
        { QStringLiteral("設置主体区分"), QStringLiteral("公立、公的等、民間のいずれか") },
        { QStringLiteral("再検証対象"), QStringLiteral("対象の場合は「○」、対象外は空欄") },
        { QStringLiteral("対応方針とするプラン"),
          QStringLiteral("公立病院経営強化プラン、公的医療機関等2025プラン、または空欄") },
        { QStringLiteral("目標年"), QStringLiteral("予定病床数の目標年（西暦、通常は2025）") },
        { QStringLiteral("予定病床数"),
          QStringLiteral("目標年における病床機能ごとの予定病床数（整数）。予定のない機能は0、"
                         "未定は空欄") },
        { QStringLiteral("策定日・合意日"),
          QStringLiteral("2024/3/31、R6.3.31、令和6年3月31日のいずれの書き方でも構いません") },
        { QStringLiteral("関連資料"),
          QStringLiteral("ファイルの場所やURL。複数ある場合は改行で区切ってください") },
        { QStringLiteral("現在の病床数・構想区域・種別・合意した調整会議"),
          QStringLiteral("参考として表示しています。取り込み時には読み込みません") },
    };
    return t;
}

bool PolicySheet::write(Dataset &dataset, const QString &areaCode, const QString &path,
                        QString *error)
{
    const Table data = policyTable(dataset, areaCode);
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return TableWriter::writeXlsx({ data, instructionsTable(dataset) }, path, error);
    return TableWriter::write(data, path, error);
}

QString PolicySheetPreview::moreErrorsText() const
{
    if (errorsNotListed <= 0)
        return QString();
    return PolicySheet::tr("… and %L1 more error(s), not listed.", "", errorsNotListed)
        .arg(errorsNotListed);
}

PolicySheetPreview PolicySheet::readFile(Dataset &dataset, const QString &path, const QDate &today)
{
    TableData data;
    QString error;
    // A few rows more than the limit, for a title and blank rows: read() says what is wrong.
    TableLimits limits;
    limits.maxRows = MaxRows + 20;
    limits.maxCells = qint64(limits.maxRows) * 100;
    if (!TableReader::read(path, &data, &error, limits)) {
        PolicySheetPreview preview;
        preview.fileName = QFileInfo(path).fileName();
        preview.errors << PolicySheetIssue { 0, QString(), error };
        return preview;
    }
    if (data.fileName.isEmpty())
        data.fileName = QFileInfo(path).fileName();
    return read(dataset, data, today);
}

struct PolicySheet::ReadState
{
    ReadState(Dataset &dataset, const TableData &data, const QDate &today,
              PolicySheetPreview &preview)
        : data(data)
        , today(today)
        , preview(preview)
        , cols(columns(FigureStore(dataset).bedFunctions()))
        , hospitals(dataset)
        , policies(dataset)
        , councils(dataset)
    { }

    void fail(int line, const QString &column, const QString &message)
    {
        if (preview.errors.size() < MaxListedErrors)
            preview.errors << PolicySheetIssue { line, column, message };
        else
            ++preview.errorsNotListed;
    }
    QVariant cell(int row, const QString &key) const
    {
        const int c = columnOf.value(key, -1);
        const QVector<QVariant> &cells = data.rows.at(row);
        return c >= 0 && c < cells.size() ? cells.at(c) : QVariant();
    }
    bool isBlank(int row) const
    {
        for (const QVariant &v : data.rows.at(row)) {
            if (!cellEmpty(v))
                return false;
        }
        return true;
    }

    const TableData &data;
    const QDate today;
    PolicySheetPreview &preview;
    const QVector<Column> cols;
    HospitalStore hospitals;
    PolicyStore policies;
    CouncilStore councils;
    QHash<QString, int> byHeader; // normalised header or alias → index in cols
    int headerRow = -1;
    int headerLine = 0;
    QHash<QString, int> columnOf; // column key → index in the sheet
    QHash<QString, QString> headerOf; // column key → header as written
    bool byId = false;
    bool byKey = false;
    QHash<qint64, int> seenAt; // hospital id → line
};

PolicySheetPreview PolicySheet::read(Dataset &dataset, const TableData &data, const QDate &today)
{
    PolicySheetPreview preview;
    preview.fileName = data.fileName;
    ReadState s(dataset, data, today, preview);
    if (!findHeader(s) || !mapHeader(s))
        return preview;
    int lastDataRow = s.headerRow;
    for (int r = s.headerRow + 1; r < data.rows.size(); ++r) {
        if (!s.isBlank(r))
            lastDataRow = r;
    }
    int dataRows = 0;
    for (int r = s.headerRow + 1; r <= lastDataRow; ++r)
        dataRows += s.isBlank(r) ? 0 : 1;
    if (data.truncated || dataRows > MaxRows) {
        s.fail(0, QString(),
               tr("%1 has more than %L2 rows; a policy sheet has one row per hospital of a "
                  "prefecture (a few thousand at most). Split it by region, or check that it is "
                  "the right file.")
                   .arg(data.fileName)
                   .arg(MaxRows));
        return preview;
    }
    for (int r = s.headerRow + 1; r <= lastDataRow; ++r)
        readRow(s, r);
    if (!preview.ok())
        preview.changes.clear();
    return preview;
}

// The header row: within the first rows (an .xlsx export has a title above it).
bool PolicySheet::findHeader(ReadState &s)
{
    for (int i = 0; i < s.cols.size(); ++i) {
        s.byHeader.insert(headerKey(s.cols.at(i).header), i);
        for (const QString &a : s.cols.at(i).aliases)
            s.byHeader.insert(headerKey(a), i);
    }
    for (int r = 0; r < qMin(int(s.data.rows.size()), 15) && s.headerRow < 0; ++r) {
        for (const QVariant &cell : s.data.rows.at(r)) {
            const int c = s.byHeader.value(headerKey(cellText(cell)), -1);
            if (c >= 0
                && (s.cols.at(c).key == QLatin1String("name")
                    || s.cols.at(c).key == QLatin1String("id"))) {
                s.headerRow = r;
                break;
            }
        }
    }
    if (s.headerRow >= 0)
        return true;
    QString message = tr("%1: no header row with 管理番号 or 医療機関名 was found; is this a "
                         "policy sheet exported by Koso Planner?")
                          .arg(s.data.fileName);
    const QString hint = TableReader::separatorHint(s.data);
    if (!hint.isEmpty())
        message += QLatin1Char(' ') + hint;
    s.fail(0, QString(), message);
    return false;
}

// The columns the header names; a column to identify hospitals and one to import are needed.
bool PolicySheet::mapHeader(ReadState &s)
{
    s.headerLine = s.data.lineNumbers.value(s.headerRow, s.headerRow + 1);
    const QVector<QVariant> &header = s.data.rows.at(s.headerRow);
    for (int c = 0; c < header.size(); ++c) {
        const QString written = cellText(header.at(c));
        const int spec = s.byHeader.value(headerKey(written), -1);
        if (spec < 0)
            continue; // a column the hospital added: ignored
        const QString key = s.cols.at(spec).key;
        if (s.columnOf.contains(key)) {
            s.fail(s.headerLine, written, tr("the column appears twice"));
            continue;
        }
        s.columnOf.insert(key, c);
        s.headerOf.insert(key, written);
    }
    s.byId = s.columnOf.contains(QStringLiteral("id"));
    s.byKey = s.columnOf.contains(QStringLiteral("region_code"))
        && s.columnOf.contains(QStringLiteral("name"));
    if (!s.byId && !s.byKey)
        s.fail(s.headerLine, QString(),
               tr("the sheet needs a 管理番号 column, or 構想区域コード and 医療機関名 columns, to "
                  "know which hospital each row is"));
    bool anyEditable = false;
    for (const Column &c : s.cols) {
        if (c.role == Role::Edit && s.columnOf.contains(c.key))
            anyEditable = true;
    }
    if (!anyEditable)
        s.fail(s.headerLine, QString(),
               tr("the sheet has no column to import (対応方針の状況, …)"));
    return s.preview.ok();
}

// One data row: which hospital, its values, and what they change.
void PolicySheet::readRow(ReadState &s, int row)
{
    if (s.isBlank(row))
        return;
    ++s.preview.rowsRead;
    const int line = s.data.lineNumbers.value(row, row + 1);
    const std::optional<Hospital> hospital = identifyHospital(s, row, line);
    if (!hospital)
        return;
    QMap<QString, QString> values;
    if (!readValues(s, row, line, &values))
        return;
    collectChanges(s, *hospital, std::move(values));
}

// The hospital of a row, by 管理番号 or by region, name and municipality; nullopt (with an
// error) when it is unknown, merged or listed twice.
std::optional<Hospital> PolicySheet::identifyHospital(ReadState &s, int row, int line)
{
    std::optional<Hospital> hospital;
    const QString name = cellText(s.cell(row, QStringLiteral("name")));
    QString regionCode = cellText(s.cell(row, QStringLiteral("region_code")));
    if (!regionCode.isEmpty()) {
        regionCode = regionCode.normalized(QString::NormalizationForm_KC);
        // MHLW and Excel store 0101 as the number 101.
        if (regionCode.size() < 4 && regionCode.toInt() > 0)
            regionCode = regionCode.rightJustified(4, QLatin1Char('0'));
    }
    const QString municipality = cellText(s.cell(row, QStringLiteral("municipality")));
    const QVariant idCell = s.cell(row, QStringLiteral("id"));
    const QString idColumn = s.headerOf.value(QStringLiteral("id"));
    const QString nameColumn = s.headerOf.value(QStringLiteral("name"));
    if (s.byId && !cellEmpty(idCell)) {
        QString idText;
        const auto id = parseWholeNumber(idCell, &idText);
        if (!id || *id <= 0) {
            s.fail(line, idColumn, tr("\"%1\" is not a 管理番号 (a whole number)").arg(idText));
            return std::nullopt;
        }
        hospital = s.hospitals.hospital(*id);
        if (!hospital) {
            s.fail(line, idColumn, tr("unknown hospital: no hospital has 管理番号 %1").arg(*id));
            return std::nullopt;
        }
        if (!name.isEmpty() && Hospital::nameKey(name) != Hospital::nameKey(hospital->name)) {
            s.fail(line, nameColumn,
                   tr("管理番号 %1 is %2, not %3; was the row moved?")
                       .arg(*id)
                       .arg(hospital->name, name));
            return std::nullopt;
        }
    } else if (s.byKey) {
        if (name.isEmpty()) {
            s.fail(line, nameColumn, tr("the hospital name is empty"));
            return std::nullopt;
        }
        hospital = s.hospitals.findByKey(regionCode, name, municipality);
        if (!hospital && municipality.isEmpty()) {
            // Without a municipality the name must be unique in the region.
            const QString key = Hospital::nameKey(name);
            int found = 0;
            for (const Hospital &h : s.hospitals.hospitals(regionCode)) {
                if (Hospital::nameKey(h.name) == key) {
                    hospital = h;
                    ++found;
                }
            }
            if (found > 1)
                hospital.reset();
        }
        if (!hospital) {
            s.fail(line, nameColumn,
                   tr("unknown hospital: %1 in region %2%3")
                       .arg(name, regionCode,
                            municipality.isEmpty() ? QString()
                                                   : QStringLiteral(" (%1)").arg(municipality)));
            return std::nullopt;
        }
    } else {
        s.fail(line, idColumn, tr("the 管理番号 is empty"));
        return std::nullopt;
    }
    if (hospital->mergedInto) {
        const auto successor = s.hospitals.hospital(*hospital->mergedInto);
        s.fail(line, QString(),
               tr("%1 was merged into %2; fill in the row of %2 instead")
                   .arg(hospital->name, successor ? successor->name : QString()));
        return std::nullopt;
    }
    const auto seen = s.seenAt.constFind(hospital->id);
    if (seen != s.seenAt.cend()) {
        s.fail(line, QString(),
               tr("%1 appears twice (also on line %2)").arg(hospital->name).arg(*seen));
        return std::nullopt;
    }
    s.seenAt.insert(hospital->id, line);
    return hospital;
}

// Every editable cell of a row, checked; false when any is bad (each one reported).
bool PolicySheet::readValues(ReadState &s, int row, int line, QMap<QString, QString> *values)
{
    bool ok = true;
    for (const Column &c : s.cols) {
        if (c.role != Role::Edit || !s.columnOf.contains(c.key))
            continue;
        ok = readValue(s, c.key, s.cell(row, c.key), line, values) && ok;
    }
    return ok;
}

bool PolicySheet::readValue(ReadState &s, const QString &k, const QVariant &v, int line,
                            QMap<QString, QString> *values)
{
    const QString text = cellText(v);
    const QString column = s.headerOf.value(k);
    auto fail = [&](const QString &message) {
        s.fail(line, column, message);
        return false;
    };
    if (k == QLatin1String("status")) {
        const auto st = PolicyVocabulary::parseStatus(text);
        if (!st) {
            QStringList words;
            for (PolicyStatus w : allPolicyStatuses())
                words << PolicyVocabulary::statusWordJa(w);
            return fail(text.isEmpty() ? tr("the status is empty; write one of %1")
                                             .arg(words.join(QStringLiteral("、")))
                                       : tr("unknown status \"%1\"; write one of %2")
                                             .arg(text, words.join(QStringLiteral("、"))));
        }
        values->insert(k, policyStatusKey(*st));
    } else if (k == QLatin1String("owner_group")) {
        const auto g = PolicyVocabulary::parseOwnerGroup(text);
        if (!g)
            return fail(tr("unknown owner group \"%1\"; write 公立, 公的等 or 民間").arg(text));
        values->insert(k, ownerGroupKey(*g));
    } else if (k == QLatin1String("reverification_target")) {
        const auto f = PolicyVocabulary::parseFlag(text);
        if (!f)
            return fail(tr("\"%1\" is neither ○ nor empty").arg(text));
        values->insert(k, *f ? QStringLiteral("1") : QStringLiteral("0"));
    } else if (k == QLatin1String("plan_kind")) {
        const auto p = PolicyVocabulary::parsePlanKind(text);
        if (!p)
            return fail(tr("unknown plan \"%1\"").arg(text));
        values->insert(k, planKindKey(*p));
    } else if (k == QLatin1String("planned_role") || k == QLatin1String("notes")) {
        values->insert(k, text);
    } else if (k == QLatin1String("links")) {
        QStringList links;
        static const QRegularExpression separators(QStringLiteral("[\\n;；]"));
        for (const QString &l : text.split(separators, Qt::SkipEmptyParts)) {
            if (!l.trimmed().isEmpty())
                links << l.trimmed();
        }
        values->insert(k, links.join(QLatin1Char('\n')));
    } else if (k == QLatin1String("target_year")) {
        if (text.isEmpty()) {
            values->insert(k, QString::number(ResponsePolicy::DefaultTargetYear));
            return true;
        }
        QString shown;
        const auto y = parseWholeNumber(v, &shown);
        if (!y || *y < 2016 || *y > 2060)
            return fail(tr("\"%1\" is not a target year (such as 2025)").arg(shown));
        values->insert(k, QString::number(*y));
    } else if (ResponsePolicy::isBedField(k)) {
        if (text.isEmpty()) {
            values->insert(k, QString());
            return true;
        }
        QString shown;
        const auto beds = parseWholeNumber(v, &shown);
        if (!beds || *beds < 0 || *beds > MaxBedsPerFunction)
            return fail(tr("\"%1\" is not a possible number of beds (a whole number from 0 to "
                           "%L2)")
                            .arg(shown)
                            .arg(MaxBedsPerFunction));
        values->insert(k, QString::number(*beds));
    } else if (k == QLatin1String("written_on") || k == QLatin1String("agreed_on")) {
        return readDate(s, k, v, line, values);
    }
    return true;
}

// A date written as 2024/3/31, R6.3.31, 令和6年3月31日 or an Excel date, from 2000-01-01 to
// today.
bool PolicySheet::readDate(ReadState &s, const QString &k, const QVariant &v, int line,
                           QMap<QString, QString> *values)
{
    const QString text = cellText(v);
    const QString column = s.headerOf.value(k);
    if (text.isEmpty()) {
        values->insert(k, QString());
        return true;
    }
    std::optional<QDate> date
        = isNumberCell(v) ? JapaneseDate::fromExcelSerial(v.toDouble()) : JapaneseDate::parse(text);
    if (!date && v.typeId() == QMetaType::QDate && v.toDate().isValid())
        date = v.toDate();
    if (!date) {
        s.fail(line, column,
               tr("\"%1\" is not a date; write 2024/3/31, R6.3.31 or 令和6年3月31日").arg(text));
        return false;
    }
    if (*date > s.today) {
        s.fail(line, column,
               tr("\"%1\" (%2) is in the future").arg(text, JapaneseDate::format(*date)));
        return false;
    }
    if (*date < ResponsePolicy::earliestDate()) {
        s.fail(line, column,
               tr("\"%1\" (%2) is not a plausible date; a policy's dates lie from %3 (%4) to "
                  "today")
                   .arg(text, date->toString(Qt::ISODate),
                        ResponsePolicy::earliestDate().toString(Qt::ISODate),
                        JapaneseDate::format(ResponsePolicy::earliestDate())));
        return false;
    }
    values->insert(k, date->toString(Qt::ISODate));
    return true;
}

// The meeting of the region's (or the prefecture's) council held on a day, when there is one.
QString PolicySheet::meetingOn(ReadState &s, const Hospital &hospital, const QDate &day)
{
    QVector<Council> candidates = s.councils.councilsOfRegion(hospital.regionCode);
    for (const Council &c : s.councils.councils(QString(hospital.regionCode).left(2))) {
        if (c.isPrefectureLevel())
            candidates << c;
    }
    for (const Council &c : std::as_const(candidates)) {
        for (const CouncilMeeting &m : s.councils.meetings(c.id)) {
            if (m.heldOn == day)
                return QString::number(m.id);
        }
    }
    return QString();
}

// The values of a clean row that differ from the hospital's policy.
void PolicySheet::collectChanges(ReadState &s, const Hospital &hospital,
                                 QMap<QString, QString> values)
{
    const auto current = s.policies.values(hospital.id);
    if (!current)
        return;
    // An agreement date names the meeting held that day, when there is one; clearing the date
    // clears the meeting.
    const auto agreedIt = values.constFind(QStringLiteral("agreed_on"));
    if (agreedIt != values.cend() && *agreedIt != current->value(QStringLiteral("agreed_on"))) {
        const QString meetingId = agreedIt->isEmpty()
            ? QString()
            : meetingOn(s, hospital, QDate::fromString(*agreedIt, Qt::ISODate));
        values.insert(QStringLiteral("agreed_meeting_id"), meetingId);
    }
    bool changed = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString old = current->value(it.key());
        if (old != it.value()) {
            s.preview.changes << PolicyValueChange { hospital.id, it.key(), old, it.value() };
            changed = true;
        }
    }
    if (changed)
        ++s.preview.rowsChanged;
}

std::unique_ptr<SetPolicyValuesCommand> PolicySheet::makeCommand(Dataset &dataset,
                                                                 const PolicySheetPreview &preview)
{
    if (!preview.ok() || preview.changes.isEmpty())
        return nullptr;
    return std::make_unique<SetPolicyValuesCommand>(
        &dataset, preview.changes,
        tr("Import policies from %1 (%n hospital(s))", "", preview.rowsChanged)
            .arg(preview.fileName));
}

bool PolicySheet::apply(Dataset &dataset, const PolicySheetPreview &preview, QString *error)
{
    if (!preview.ok()) {
        *error = tr("The sheet has errors; nothing was imported.");
        return false;
    }
    auto command = makeCommand(dataset, preview);
    if (!command)
        return true; // nothing to change
    command->redo();
    if (command->isObsolete()) {
        *error = command->error();
        return false;
    }
    return true;
}

QStringList PolicySheet::describe(Dataset &dataset, const PolicySheetPreview &preview)
{
    QStringList lines;
    HospitalStore hospitals(dataset);
    CouncilStore councils(dataset);
    const BedFunctionList functions = FigureStore(dataset).bedFunctions();
    QHash<qint64, QString> names;
    const auto valueText = [&](const QString &field, const QString &value) {
        if (value.isEmpty())
            return tr("(none)");
        if (field == QLatin1String("agreed_meeting_id")) {
            const auto m = councils.meeting(value.toLongLong());
            return m ? councils.meetingLabel(*m) : value;
        }
        return PolicyVocabulary::displayValue(field, value);
    };
    for (const PolicyValueChange &c : preview.changes) {
        auto it = names.find(c.hospitalId);
        if (it == names.end()) {
            const auto h = hospitals.hospital(c.hospitalId);
            it = names.insert(c.hospitalId, h ? h->name : QString::number(c.hospitalId));
        }
        lines << tr("%1: %2: %3 → %4")
                     .arg(*it, PolicyVocabulary::fieldName(c.field, functions),
                          valueText(c.field, c.oldValue), valueText(c.field, c.newValue));
    }
    return lines;
}

} // namespace Koso
