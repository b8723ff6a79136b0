#include "storage/FigureStore.h"

#include "storage/Dataset.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"

#include <QSet>

namespace Koso {

namespace {

QString areaTable(FigureStore::Area area)
{
    return area == FigureStore::Area::Region ? QStringLiteral("region_bed")
                                             : QStringLiteral("prefecture_bed");
}

QString areaColumn(FigureStore::Area area)
{
    return area == FigureStore::Area::Region ? QStringLiteral("region_code")
                                             : QStringLiteral("prefecture_code");
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// Columns: area code, measure, year, function key, beds, missing reason, edition id.
QString figureSelect(FigureStore::Area area)
{
    return QStringLiteral("SELECT b.%1, b.measure, b.year, f.key, b.beds, b.missing_reason, "
                          "b.edition_id FROM %2 b "
                          "JOIN bed_function f ON f.id = b.function_id "
                          "JOIN edition e ON e.id = b.edition_id ")
        .arg(areaColumn(area), areaTable(area));
}

const QString newestFirst
    = QStringLiteral(" ORDER BY 1, b.measure, b.year, f.position, e.fiscal_year DESC, e.id DESC");

BedFigure figureFromRow(const SqlQuery &q)
{
    BedFigure f;
    f.areaCode = q.value(0).toString();
    measureFromKey(q.value(1).toString(), &f.measure);
    f.year = q.value(2).toInt();
    f.functionKey = q.value(3).toString();
    if (q.value(4).isNull())
        f.value = BedValue::missing(q.value(5).toString());
    else
        f.value = BedValue::of(q.value(4).toLongLong());
    f.editionId = q.value(6).toInt();
    return f;
}

} // namespace

FigureStore::FigureStore(Dataset &dataset)
    : m_dataset(dataset)
{ }

FigureStore::~FigureStore() = default;

BedFunctionList FigureStore::bedFunctions() const
{
    if (!m_functions.isEmpty())
        return m_functions;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT id, key, name_ja, name_en, position, counts_in_total "
                              "FROM bed_function ORDER BY position"));
    if (q.exec()) {
        while (q.next()) {
            BedFunction f;
            f.id = q.value(0).toInt();
            f.key = q.value(1).toString();
            f.nameJa = q.value(2).toString();
            f.nameEn = q.value(3).toString();
            f.position = q.value(4).toInt();
            f.countsInTotal = q.value(5).toBool();
            m_functions << f;
        }
    }
    return m_functions;
}

BedFunctionList FigureStore::totalFunctions() const
{
    BedFunctionList result;
    for (const BedFunction &f : bedFunctions()) {
        if (f.countsInTotal)
            result << f;
    }
    return result;
}

int FigureStore::functionId(const QString &key) const
{
    for (const BedFunction &f : bedFunctions()) {
        if (f.key == key)
            return f.id;
    }
    return 0;
}

QVector<Edition> FigureStore::editions() const
{
    QVector<Edition> result;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT id, label, fiscal_year, source FROM edition "
                              "ORDER BY fiscal_year, id"));
    if (q.exec()) {
        while (q.next())
            result << Edition { q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(),
                                q.value(3).toString() };
    }
    return result;
}

std::optional<Edition> FigureStore::edition(const QString &label) const
{
    for (const Edition &e : editions()) {
        if (e.label == label)
            return e;
    }
    return std::nullopt;
}

std::optional<Edition> FigureStore::latestEdition() const
{
    const QVector<Edition> all = editions();
    if (all.isEmpty())
        return std::nullopt;
    // The newest edition with bed figures or a hospital list: an edition that only brought
    // patient flows or demand estimates is not the source of the bed figures shown.
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM region_bed WHERE edition_id = ?) "
                              "OR EXISTS (SELECT 1 FROM prefecture_bed WHERE edition_id = ?) "
                              "OR EXISTS (SELECT 1 FROM hospital_edition WHERE edition_id = ?)"));
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (q.exec({ it->id, it->id, it->id }) && q.next() && q.value(0).toBool())
            return *it;
    }
    return all.last();
}

int FigureStore::ensureEdition(const QString &label, int fiscalYear, QString *error)
{
    if (const auto existing = edition(label))
        return existing->id;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT INTO edition (label, fiscal_year) VALUES (?, ?)"));
    if (!q.exec({ label, fiscalYear })) {
        *error = q.errorMessage();
        return 0;
    }
    return int(q.lastInsertId());
}

QVector<ImportRecord> FigureStore::importRecords() const
{
    QVector<ImportRecord> result;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT id, edition_id, kind, file_name, sha256, imported_at, "
                              "imported_by, summary FROM import_record ORDER BY id"));
    if (q.exec()) {
        while (q.next()) {
            ImportRecord r;
            r.id = q.value(0).toInt();
            r.editionId = q.value(1).toInt();
            r.kind = q.value(2).toString();
            r.fileName = q.value(3).toString();
            r.sha256 = q.value(4).toString();
            r.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
            r.importedBy = q.value(6).toString();
            r.summary = q.value(7).toString();
            result << r;
        }
    }
    return result;
}

std::optional<ImportRecord> FigureStore::importRecordBySha256(const QString &sha256) const
{
    for (const ImportRecord &r : importRecords()) {
        if (r.sha256 == sha256)
            return r;
    }
    return std::nullopt;
}

bool FigureStore::addImportRecord(const ImportRecord &r, QString *error)
{
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("INSERT INTO import_record (edition_id, kind, file_name, "
                                        "sha256, imported_at, imported_by, summary) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         error,
                         { r.editionId, r.kind, r.fileName, r.sha256,
                           r.importedAt.toString(Qt::ISODate), r.importedBy, r.summary });
}

QVector<BedFigure> FigureStore::newestPerKey(SqlQuery &q) const
{
    // Rows come ordered by key with the newest edition first: keep the first of each key.
    QVector<BedFigure> result;
    while (q.next()) {
        BedFigure f = figureFromRow(q);
        if (!result.isEmpty()) {
            const BedFigure &last = result.constLast();
            if (last.areaCode == f.areaCode && last.measure == f.measure && last.year == f.year
                && last.functionKey == f.functionKey)
                continue;
        }
        result << std::move(f);
    }
    return result;
}

QVector<BedFigure> FigureStore::beds(Area area, const QString &code) const
{
    SqlQuery q(m_dataset.database(),
               figureSelect(area) + QStringLiteral("WHERE b.%1 = ?").arg(areaColumn(area))
                   + newestFirst);
    if (!q.exec({ code }))
        return {};
    return newestPerKey(q);
}

QHash<QString, QVector<BedFigure>>
FigureStore::regionBedsByPrefecture(const QString &prefectureCode) const
{
    // Read for every region at once (the dashboard, the gap table of 339 regions), so it has
    // to be quick when several editions repeat the same years: SQLite walks the table in key
    // order and keeps, per key, the row of the newest edition (max() with bare columns takes
    // them from that row), so superseded rows never cross into Qt; no sort is needed.
    QHash<QString, QVector<BedFigure>> result;
    QHash<int, QString> functionKeys;
    for (const BedFunction &f : bedFunctions())
        functionKeys.insert(f.id, f.key);
    const QString sql
        = QStringLiteral("SELECT b.region_code, CASE b.measure WHEN 'reported' THEN 0 "
                         "WHEN 'planned' THEN 1 ELSE 2 END, b.year, b.function_id, "
                         "ifnull(b.beds, b.missing_reason), max(e.fiscal_year * 1000000 + e.id) "
                         "FROM region_bed b JOIN edition e ON e.id = b.edition_id %1"
                         "GROUP BY b.region_code, b.measure, b.year, b.function_id")
              .arg(prefectureCode.isEmpty()
                       ? QString()
                       : QStringLiteral("WHERE b.region_code IN (SELECT code FROM region WHERE "
                                        "prefecture_code = ?) "));
    SqlQuery q(m_dataset.database(), sql);
    if (!(prefectureCode.isEmpty() ? q.exec() : q.exec({ prefectureCode })))
        return result;
    QString lastCode;
    QVector<BedFigure> *current = nullptr;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (!current || code != lastCode) {
            current = &result[code];
            lastCode = code;
        }
        BedFigure f;
        f.areaCode = lastCode;
        const int measure = q.value(1).toInt();
        f.measure = measure == 0 ? Measure::Reported
                                 : (measure == 1 ? Measure::Planned : Measure::Required);
        f.year = q.value(2).toInt();
        f.functionKey = functionKeys.value(q.value(3).toInt());
        // Beds, or the reason there are none, in one column.
        const QVariant beds = q.value(4);
        f.value = beds.typeId() == QMetaType::QString ? BedValue::missing(beds.toString())
                                                      : BedValue::of(beds.toLongLong());
        f.editionId = int(q.value(5).toLongLong() % 1000000);
        current->append(std::move(f));
    }
    return result;
}

QVector<BedFigure> FigureStore::bedsAllEditions(Area area, const QString &code) const
{
    QVector<BedFigure> result;
    SqlQuery q(m_dataset.database(),
               figureSelect(area) + QStringLiteral("WHERE b.%1 = ?").arg(areaColumn(area))
                   + newestFirst);
    if (q.exec({ code })) {
        while (q.next())
            result << figureFromRow(q);
    }
    return result;
}

QVector<ReportingRate> FigureStore::reportingRates(Area area, const QString &code) const
{
    const QString table = area == Area::Region ? QStringLiteral("region_reporting_rate")
                                               : QStringLiteral("prefecture_reporting_rate");
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT r.year, r.rate, r.missing_reason, r.edition_id FROM %1 r "
                              "JOIN edition e ON e.id = r.edition_id WHERE r.%2 = ? "
                              "ORDER BY r.year, e.fiscal_year DESC, e.id DESC")
                   .arg(table, areaColumn(area)));
    QVector<ReportingRate> result;
    if (!q.exec({ code }))
        return result;
    while (q.next()) {
        const int year = q.value(0).toInt();
        if (!result.isEmpty() && result.constLast().year == year)
            continue;
        ReportingRate r;
        r.areaCode = code;
        r.year = year;
        if (!q.value(1).isNull())
            r.rate = q.value(1).toDouble();
        r.missingReason = q.value(2).toString();
        r.editionId = q.value(3).toInt();
        result << r;
    }
    return result;
}

QHash<QString, QVector<ReportingRate>>
FigureStore::regionReportingRatesByPrefecture(const QString &prefectureCode) const
{
    // As regionBedsByPrefecture: the newest edition's rate of each year, chosen in SQLite.
    QHash<QString, QVector<ReportingRate>> result;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT r.region_code, r.year, r.rate, r.missing_reason, "
                              "max(e.fiscal_year * 1000000 + e.id) FROM region_reporting_rate r "
                              "JOIN edition e ON e.id = r.edition_id %1"
                              "GROUP BY r.region_code, r.year")
                   .arg(prefectureCode.isEmpty()
                            ? QString()
                            : QStringLiteral("WHERE r.region_code IN (SELECT code FROM region "
                                             "WHERE prefecture_code = ?) ")));
    if (!(prefectureCode.isEmpty() ? q.exec() : q.exec({ prefectureCode })))
        return result;
    QString lastCode;
    QVector<ReportingRate> *current = nullptr;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (!current || code != lastCode) {
            current = &result[code];
            lastCode = code;
        }
        ReportingRate r;
        r.areaCode = lastCode;
        r.year = q.value(1).toInt();
        if (!q.value(2).isNull())
            r.rate = q.value(2).toDouble();
        r.missingReason = q.value(3).toString();
        r.editionId = int(q.value(4).toLongLong() % 1000000);
        current->append(r);
    }
    return result;
}

bool FigureStore::putBed(Area area, const BedFigure &figure, QString *error)
{
    std::unique_ptr<SqliteStatement> &statement
        = area == Area::Region ? m_putRegionBed : m_putPrefectureBed;
    if (!statement) {
        statement = std::make_unique<SqliteStatement>(
            m_dataset.database(),
            QStringLiteral("INSERT INTO %1 (%2, measure, year, function_id, edition_id, beds, "
                           "missing_reason) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT DO UPDATE SET beds = excluded.beds, "
                           "missing_reason = excluded.missing_reason")
                .arg(areaTable(area), areaColumn(area)));
        if (!statement->isPrepared()) {
            *error = statement->errorMessage();
            statement.reset();
            return false;
        }
    }
    const int fid = functionId(figure.functionKey);
    if (fid == 0) {
        *error = tr("Unknown bed function %1.").arg(figure.functionKey);
        return false;
    }
    const QString reason = figure.value.hasValue()
        ? QString()
        : (figure.value.missingReason.isEmpty() ? QStringLiteral("-") : figure.value.missingReason);
    SqliteStatement &q = *statement;
    q.bind(0, figure.areaCode);
    q.bind(1, measureKey(figure.measure));
    q.bind(2, figure.year);
    q.bind(3, fid);
    q.bind(4, figure.editionId);
    q.bind(5, figure.value.beds);
    q.bind(6, reason);
    if (!q.exec()) {
        *error = q.errorMessage();
        return false;
    }
    return true;
}

bool FigureStore::putReportingRate(Area area, const ReportingRate &rate, QString *error)
{
    std::unique_ptr<SqlQuery> &statement
        = area == Area::Region ? m_putRegionRate : m_putPrefectureRate;
    if (!statement) {
        const QString table = area == Area::Region ? QStringLiteral("region_reporting_rate")
                                                   : QStringLiteral("prefecture_reporting_rate");
        statement = std::make_unique<SqlQuery>(
            m_dataset.database(),
            QStringLiteral("INSERT INTO %1 (%2, year, edition_id, rate, missing_reason) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                           "rate = excluded.rate, missing_reason = excluded.missing_reason")
                .arg(table, areaColumn(area)));
    }
    const QString reason = rate.rate
        ? QString()
        : (rate.missingReason.isEmpty() ? QStringLiteral("-") : rate.missingReason);
    if (!statement->exec(
            { rate.areaCode, rate.year, rate.editionId,
              rate.rate ? QVariant(*rate.rate) : QVariant(QMetaType(QMetaType::Double)),
              nullableText(reason) })) {
        *error = statement->errorMessage();
        return false;
    }
    return true;
}

bool FigureStore::putPatientFlow(const QString &regionCode, const QString &kind, int editionId,
                                 std::optional<double> share, const QString &missingReason,
                                 QString *error)
{
    if (!m_putFlow) {
        m_putFlow = std::make_unique<SqlQuery>(
            m_dataset.database(),
            QStringLiteral("INSERT INTO region_patient_flow (region_code, kind, edition_id, share, "
                           "missing_reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                           "share = excluded.share, missing_reason = excluded.missing_reason"));
    }
    const QString reason
        = share ? QString() : (missingReason.isEmpty() ? QStringLiteral("-") : missingReason);
    if (!m_putFlow->exec({ regionCode, kind, editionId,
                           share ? QVariant(*share) : QVariant(QMetaType(QMetaType::Double)),
                           nullableText(reason) })) {
        *error = m_putFlow->errorMessage();
        return false;
    }
    return true;
}

QVector<BedFigure> FigureStore::allBedFigures(Area area) const
{
    QVector<BedFigure> result;
    SqlQuery q(m_dataset.database(), figureSelect(area) + newestFirst);
    if (q.exec()) {
        while (q.next())
            result << figureFromRow(q);
    }
    return result;
}

} // namespace Koso
