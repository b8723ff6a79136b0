#include "mhlw/FacilityLocationImporter.h"

#include "io/TableReader.h"
#include "io/XlsxReader.h"
#include "io/ZipEntryDevice.h"
#include "mhlw/Label.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "storage/Savepoint.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "util/UserName.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

#include <zip.h>

namespace Koso {

namespace {

enum Column {
    ColId,
    ColName,
    ColKind,
    ColPrefecture,
    ColMunicipality,
    ColAddress,
    ColLatitude,
    ColLongitude,
    ColBeds,
    Count
};

// The labels as MHLW prints them (compared after NFKC, spaces removed).
const char16_t *const labels[Count] = {
    u"ID",     u"正式名称",           u"機関区分",           u"都道府県コード", u"市区町村コード",
    u"所在地", u"所在地座標（緯度）", u"所在地座標（経度）", u"合計病床数",
};

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

// One CSV record at a time from the decoded text: fields unquoted, "" inside quotes as ".
// Fields are views into the text (or into scratch strings for the few with "" inside): a
// file of 7,587 rows and 65 columns makes no copy of the 490,000 fields it does not read.
class CsvCursor
{
public:
    explicit CsvCursor(QString text)
        : m_text(std::move(text))
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }

    // false on an unclosed quote.
    bool next(QVector<QStringView> *fields, int *startLine)
    {
        fields->clear();
        m_scratch.clear();
        *startLine = m_line;
        const qsizetype n = m_text.size();
        const QChar *d = m_text.constData();
        for (;;) {
            if (m_pos < n && d[m_pos] == u'"') {
                ++m_pos;
                qsizetype close = m_text.indexOf(u'"', m_pos);
                if (close < 0)
                    return false;
                QStringView field(d + m_pos, close - m_pos);
                m_line += int(field.count(u'\n'));
                m_pos = close + 1;
                const bool simple
                    = m_pos >= n || d[m_pos] == u',' || d[m_pos] == u'\n' || d[m_pos] == u'\r';
                if (!simple) {
                    // "" inside, or text after the closing quote: built in a scratch string.
                    QString built = field.toString();
                    while (m_pos < n && d[m_pos] == u'"') {
                        built += u'"';
                        ++m_pos;
                        close = m_text.indexOf(u'"', m_pos);
                        if (close < 0)
                            return false;
                        const QStringView more(d + m_pos, close - m_pos);
                        m_line += int(more.count(u'\n'));
                        built += more;
                        m_pos = close + 1;
                    }
                    while (m_pos < n && d[m_pos] != u',' && d[m_pos] != u'\n' && d[m_pos] != u'\r')
                        built += d[m_pos++];
                    m_scratch.append(built);
                    field = QStringView(m_scratch.last());
                }
                fields->append(field);
            } else {
                const qsizetype start = m_pos;
                while (m_pos < n && d[m_pos] != u',' && d[m_pos] != u'\n' && d[m_pos] != u'\r')
                    ++m_pos;
                fields->append(QStringView(d + start, m_pos - start));
            }
            if (m_pos < n && d[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < n && d[m_pos] == u'\r')
                ++m_pos;
            if (m_pos < n && d[m_pos] == u'\n') {
                ++m_pos;
                ++m_line;
            }
            return true;
        }
    }

private:
    const QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QStringList m_scratch; // QString moves keep their data: views into them stay valid
};

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The columns of a header line; missing ones are -1.
QVector<int> mapHeader(const QVector<QStringView> &header)
{
    QVector<int> columns(Count, -1);
    for (int c = 0; c < header.size(); ++c) {
        const QString label = Label::normalize(header.at(c).toString());
        for (int k = 0; k < Count; ++k) {
            if (columns[k] < 0 && label == Label::normalize(QString::fromUtf16(labels[k])))
                columns[k] = c;
        }
    }
    return columns;
}

// The columns without which the file is not 医療情報ネット data (合計病床数 is optional).
QStringList missingColumns(const QVector<int> &columns)
{
    QStringList missing;
    for (int k = 0; k < Count; ++k) {
        if (columns.at(k) < 0 && k != ColBeds)
            missing << QString::fromUtf16(labels[k]);
    }
    return missing;
}

// Reads the one CSV of a zip as MHLW publishes it, at most maxBytes of it (the whole entry
// when maxBytes is negative). Bounded: entries, the entry's stated and actual size, CRC.
bool readZipCsv(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *csvName,
                QString *error)
{
    const QString name = fileNameOf(path);
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        *error = FacilityLocationImporter::tr("%1 is damaged or incomplete (a truncated or "
                                              "corrupted zip archive: %2).")
                     .arg(name, ZipEntryDevice::errorText(code));
        return false;
    }
    struct Closer
    {
        zip_t *a;
        ~Closer() { zip_discard(a); }
    } closer { archive };
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count > FacilityLocationImporter::MaxZipEntries) {
        *error = FacilityLocationImporter::tr("%1 is refused: its zip archive holds %L2 files; "
                                              "MHLW's holds one CSV.")
                     .arg(name)
                     .arg(count);
        return false;
    }
    qint64 index = -1;
    qint64 size = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            continue;
        const QString entry = QString::fromUtf8(st.name);
        if (!entry.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            || entry.startsWith(QLatin1String("__MACOSX/")))
            continue;
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            *error = FacilityLocationImporter::tr("%1 is refused: %2 in it is encrypted.")
                         .arg(name, entry);
            return false;
        }
        if (index >= 0) {
            *error = FacilityLocationImporter::tr("%1 holds several CSV files (%2, %3); MHLW's "
                                                  "open data holds one. Import them one by one.")
                         .arg(name, *csvName, entry);
            return false;
        }
        index = i;
        *csvName = entry;
        size = (st.valid & ZIP_STAT_SIZE) ? qint64(std::min<zip_uint64_t>(st.size, 1ULL << 50)) : 0;
    }
    if (index < 0) {
        *error = FacilityLocationImporter::tr("%1 holds no CSV file: it is not 医療情報ネット "
                                              "open data.")
                     .arg(name);
        return false;
    }
    if (size > FacilityLocationImporter::MaxCsvBytes) {
        *error = FacilityLocationImporter::tr("%1 is refused: %2 would inflate to %L3 MB, more "
                                              "than the %L4 MB Koso reads.")
                     .arg(name, *csvName)
                     .arg((size + (1 << 20) - 1) >> 20)
                     .arg(FacilityLocationImporter::MaxCsvBytes >> 20);
        return false;
    }
    ZipEntryDevice dev(archive, index, size);
    dev.setLimits(FacilityLocationImporter::MaxCsvBytes, 0);
    if (!dev.open(QIODevice::ReadOnly)) {
        *error = FacilityLocationImporter::tr("%1 is damaged: cannot read %2 (%3).")
                     .arg(name, *csvName, dev.zipErrorString());
        return false;
    }
    *bytes = maxBytes < 0 ? dev.readAll() : dev.read(maxBytes);
    if (maxBytes < 0)
        dev.drain(); // inflates what is left so that libzip checks the CRC
    if (dev.hasLimitError()) {
        *error = FacilityLocationImporter::tr("%1 is refused (%2): %3.")
                     .arg(name, *csvName, dev.limitErrorString());
        return false;
    }
    if (dev.hasZipError()) {
        *error = FacilityLocationImporter::tr("%1 is damaged: cannot read %2 (%3).")
                     .arg(name, *csvName, dev.zipErrorString());
        return false;
    }
    return true;
}

QString headerLine(const QByteArray &start)
{
    QString text;
    QString encoding;
    QByteArray head = start;
    const int newline = int(head.indexOf('\n'));
    if (newline >= 0)
        head.truncate(newline);
    if (!TableReader::decode(head, &text, &encoding))
        return QString();
    return text;
}

std::optional<QDate> dateInName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\d)(20\\d\\d)(\\d\\d)(\\d\\d)(?!\\d)"));
    QRegularExpressionMatchIterator it = pattern.globalMatch(name);
    std::optional<QDate> found;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            found = d;
    }
    return found;
}

} // namespace

FacilityLocationImporter::FacilityLocationImporter(Dataset &dataset)
    : m_dataset(dataset)
{ }

bool FacilityLocationImporter::recognise(const QString &path)
{
    QByteArray start;
    QString csvName;
    QString error;
    switch (XlsxReader::sniff(path)) {
    case XlsxReader::FileType::Zip: {
        // An .xlsx is a zip too, but holds no CSV.
        if (!readZipCsv(path, 64 * 1024, &start, &csvName, &error))
            return false;
        break;
    }
    case XlsxReader::FileType::Text: {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        start = f.read(64 * 1024);
        break;
    }
    default:
        return false;
    }
    CsvCursor cursor(headerLine(start));
    QVector<QStringView> header;
    int line = 0;
    cursor.next(&header, &line);
    return missingColumns(mapHeader(header)).isEmpty();
}

bool FacilityLocationImporter::readBytes(const QString &path, QByteArray *bytes, QString *csvName,
                                         QString *error) const
{
    const QString name = fileNameOf(path);
    switch (XlsxReader::sniff(path)) {
    case XlsxReader::FileType::Missing:
        *error = tr("%1 does not exist.").arg(path);
        return false;
    case XlsxReader::FileType::Zip:
        return readZipCsv(path, -1, bytes, csvName, error);
    case XlsxReader::FileType::Text:
    case XlsxReader::FileType::TooSmall:
    case XlsxReader::FileType::Empty: {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
            return false;
        }
        if (f.size() > MaxCsvBytes) {
            *error = tr("%1 is %L2 MB large, more than the %L3 MB Koso reads.")
                         .arg(name)
                         .arg(f.size() >> 20)
                         .arg(MaxCsvBytes >> 20);
            return false;
        }
        *bytes = f.readAll();
        *csvName = name;
        return true;
    }
    default:
        *error = tr("%1 is neither a CSV file nor a zip archive of one: it is not 医療情報ネット "
                    "open data.")
                     .arg(name);
        return false;
    }
}

bool FacilityLocationImporter::parse(const QString &path, QVector<FacilityLocationRow> *rows,
                                     QDate *snapshot, QString *error, int *otherKinds) const
{
    rows->clear();
    QByteArray bytes;
    QString csvName;
    if (!readBytes(path, &bytes, &csvName, error))
        return false;
    const QString outer = fileNameOf(path);
    const QString where = csvName == outer ? outer : outer + QStringLiteral(" › ") + csvName;
    QString text;
    QString encoding;
    if (!TableReader::decode(bytes, &text, &encoding)) {
        *error = tr("%1 is neither UTF-8 nor Shift_JIS text.").arg(where);
        return false;
    }
    bytes = QByteArray();

    CsvCursor cursor(std::move(text));
    QVector<QStringView> fields;
    int line = 0;
    if (!cursor.next(&fields, &line)) {
        *error = tr("%1 is empty.").arg(where);
        return false;
    }
    const QVector<int> columns = mapHeader(fields);
    const QStringList missing = missingColumns(columns);
    if (!missing.isEmpty()) {
        *error = tr("%1, line 1: not 医療情報ネット open data; no column labelled %2.")
                     .arg(where, missing.join(QStringLiteral(", ")));
        return false;
    }
    if (m_date.isValid()) {
        *snapshot = m_date;
    } else if (const auto d = dateInName(csvName)) {
        *snapshot = *d;
    } else if (const auto d2 = dateInName(outer)) {
        *snapshot = *d2;
    } else {
        *error = tr("%1: the snapshot date is not in the file name as MHLW publishes it "
                    "(…_20250601.csv); give it (koso import --snapshot 2025-06-01).")
                     .arg(where);
        return false;
    }

    const int headerSize = int(fields.size());
    int others = 0;
    auto fieldError = [&](int at, int column, const QString &value, const QString &what) {
        *error = tr("%1, line %2, %3: \"%4\" is not %5.")
                     .arg(where)
                     .arg(at)
                     .arg(QString::fromUtf16(labels[column]), value.left(80), what);
        return false;
    };
    while (!cursor.atEnd()) {
        if (!cursor.next(&fields, &line)) {
            *error = tr("%1, line %2: a quoted field is never closed.").arg(where).arg(line);
            return false;
        }
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // a blank line
        if (fields.size() != headerSize) {
            *error = tr("%1, line %2: %3 fields, but the header has %4.")
                         .arg(where)
                         .arg(line)
                         .arg(fields.size())
                         .arg(headerSize);
            return false;
        }
        if (rows->size() >= MaxRows) {
            *error = tr("%1: more than %L2 rows; MHLW's files hold fewer.").arg(where).arg(MaxRows);
            return false;
        }
        auto value = [&](int column) {
            return fields.at(columns.at(column)).trimmed().toString();
        };
        FacilityLocationRow row;
        row.line = line;
        const QString kind = value(ColKind);
        if (kind == QLatin1String("1"))
            row.kind = QStringLiteral("hospital");
        else if (kind == QLatin1String("2"))
            row.kind = QStringLiteral("clinic");
        else if (kind.isEmpty() || kind.size() > 2 || !kind.at(0).isDigit())
            return fieldError(line, ColKind, kind, tr("a 機関区分 (1 hospital, 2 clinic)"));
        else {
            ++others; // dental clinics, midwives, pharmacies: not in Koso's lists
            continue;
        }
        row.sourceId = value(ColId);
        if (row.sourceId.isEmpty() || row.sourceId.size() > 64)
            return fieldError(line, ColId, row.sourceId, tr("an ID"));
        row.name = value(ColName);
        if (row.name.isEmpty() || row.name.size() > 500)
            return fieldError(line, ColName, row.name, tr("a facility name"));
        const QString pref = value(ColPrefecture);
        if (!allDigits(pref) || pref.size() > 2 || pref.toInt() < 1 || pref.toInt() > 47)
            return fieldError(line, ColPrefecture, pref, tr("a prefecture code (01–47)"));
        const QString prefCode = pref.rightJustified(2, QLatin1Char('0'));
        const QString town = value(ColMunicipality);
        if (!allDigits(town) || (town.size() > 3 && town.size() != 5)
            || (town.size() == 5 && !town.startsWith(prefCode)))
            return fieldError(line, ColMunicipality, town, tr("a municipality code (3 digits)"));
        row.municipalityCode
            = town.size() == 5 ? town : prefCode + town.rightJustified(3, QLatin1Char('0'));
        row.address = value(ColAddress).left(500);
        double coordinates[2] = { 0, 0 };
        bool present[2] = { false, false };
        const Column coordinateColumns[2] = { ColLatitude, ColLongitude };
        for (int c = 0; c < 2; ++c) {
            const QString v = value(coordinateColumns[c]);
            if (v.isEmpty())
                continue;
            bool ok = false;
            coordinates[c] = v.toDouble(&ok);
            if (!ok || !std::isfinite(coordinates[c]))
                return fieldError(line, coordinateColumns[c], v, tr("a coordinate in degrees"));
            present[c] = true;
        }
        if (present[0] && present[1] && coordinates[0] >= 20 && coordinates[0] <= 46
            && coordinates[1] >= 122 && coordinates[1] <= 154) {
            row.latitude = coordinates[0];
            row.longitude = coordinates[1];
        }
        if (columns.at(ColBeds) >= 0) {
            const QString v = value(ColBeds);
            if (!v.isEmpty()) {
                bool ok = false;
                const qint64 beds = v.toLongLong(&ok);
                if (!ok || beds < 0 || beds > 100000)
                    return fieldError(line, ColBeds, v, tr("a number of beds"));
                row.beds = beds;
            }
        }
        rows->append(row);
    }
    if (otherKinds)
        *otherKinds = others;
    return true;
}

bool FacilityLocationImporter::run(const QString &path, FacilityLocationSummary *summary,
                                   QString *error)
{
    *summary = FacilityLocationSummary();
    summary->fileName = fileNameOf(path);
    summary->homePrefectureCode = m_dataset.homePrefectureCode();
    {
        GeographyStore geography(m_dataset);
        if (const auto p = geography.prefecture(summary->homePrefectureCode))
            summary->homePrefectureName = p->name;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    file.close();
    const QString sha256 = QString::fromLatin1(hash.result().toHex());

    QVector<FacilityLocationRow> rows;
    QDate date;
    if (!parse(path, &rows, &date, error, &summary->otherKinds))
        return false;
    summary->snapshotDate = date;
    summary->rows = int(rows.size());
    for (const FacilityLocationRow &r : std::as_const(rows))
        summary->missingCoordinates += r.latitude ? 0 : 1;

    const QSqlDatabase db = m_dataset.database();
    Savepoint tx(db);
    if (!tx.isActive()) {
        *error = tr("Cannot start writing to the dataset: %1").arg(tx.errorMessage());
        return false;
    }
    {
        SqlQuery inUse(db,
                       QStringLiteral("SELECT s.snapshot_date FROM facility_location l JOIN "
                                      "facility_snapshot s ON s.id = l.snapshot_id LIMIT 1"));
        if (inUse.exec() && inUse.next())
            summary->snapshotInUse = QDate::fromString(inUse.value(0).toString(), Qt::ISODate);
        SqlQuery same(db, QStringLiteral("SELECT 1 FROM facility_snapshot WHERE sha256 = ?"));
        if (same.exec({ sha256 }) && same.next()) {
            summary->alreadyImported = true;
            return true;
        }
        if (summary->snapshotInUse.isValid() && date < summary->snapshotInUse) {
            summary->olderKept = true;
            return true;
        }
    }
    // Replaces the locations in use (an older or a corrected snapshot of the same date).
    if (!SqlQuery::run(db, QStringLiteral("DELETE FROM hospital_location"), error)
        || !SqlQuery::run(db, QStringLiteral("DELETE FROM facility_location"), error))
        return false;
    SqlQuery snapshot(db,
                      QStringLiteral("INSERT INTO facility_snapshot (snapshot_date, file_name, "
                                     "sha256, imported_at, imported_by, row_count) VALUES (?, "
                                     "?, ?, ?, ?, ?)"));
    if (!snapshot.exec({ date.toString(Qt::ISODate), summary->fileName, sha256,
                         QDateTime::currentDateTime().toString(Qt::ISODate), systemUserName(),
                         int(rows.size()) })) {
        *error = snapshot.errorMessage();
        return false;
    }
    const qint64 snapshotId = snapshot.lastInsertId();
    SqliteStatement insert(
        db,
        QStringLiteral("INSERT INTO facility_location (snapshot_id, line, source_id, kind, "
                       "name, name_key, municipality_code, address, latitude, longitude, beds) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const FacilityLocationRow &r : std::as_const(rows)) {
        insert.bind(0, snapshotId);
        insert.bind(1, r.line);
        insert.bind(2, r.sourceId);
        insert.bind(3, r.kind);
        insert.bind(4, r.name);
        insert.bind(5, FacilityMatcher::compareKey(r.name));
        insert.bind(6, r.municipalityCode);
        insert.bind(7, r.address);
        insert.bind(8, r.latitude);
        insert.bind(9, r.longitude);
        insert.bind(10, r.beds);
        if (!insert.exec()) {
            *error = tr("%1, line %2: cannot store the row: %3")
                         .arg(summary->fileName)
                         .arg(r.line)
                         .arg(insert.errorMessage());
            return false;
        }
    }
    if (!FacilityMatcher::apply(m_dataset, &summary->match, error))
        return false;
    summary->snapshotInUse = date;
    if (!SqlQuery::run(db, QStringLiteral("UPDATE facility_snapshot SET summary = ? WHERE id = ?"),
                       error, { summary->toText(), snapshotId }))
        return false;
    if (!tx.release()) {
        *error = tr("Cannot save the import: %1").arg(tx.errorMessage());
        return false;
    }
    m_dataset.notifyChanged(DataChange::Hospitals | DataChange::Imports);
    return true;
}

QString FacilityLocationSummary::fileLine() const
{
    return tr("%L1 facilities, %L2 without coordinates in Japan (kept as missing).")
        .arg(rows)
        .arg(missingCoordinates);
}

QString FacilityLocationSummary::toText() const
{
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 — 医療情報ネット open data, snapshot %2: %3")
                 .arg(fileName, snapshotDate.toString(Qt::ISODate), fileLine());
    if (otherKinds > 0)
        lines << tr("  %L1 rows of other kinds of facility (not hospitals or clinics) were "
                    "skipped.")
                     .arg(otherKinds);
    if (alreadyImported) {
        lines << tr("  Imported before: nothing changed.");
        return lines.join(QLatin1Char('\n'));
    }
    if (olderKept) {
        lines << tr("  Older than the snapshot in use (%1): nothing changed.")
                     .arg(snapshotInUse.toString(Qt::ISODate));
        return lines.join(QLatin1Char('\n'));
    }
    const FacilityMatchSummary &m = match;
    auto percent = [&](int part, int whole) {
        return whole > 0 ? locale.toString(100.0 * part / whole, 'f', 1) : QStringLiteral("-");
    };
    lines << tr("  Matched %L1 of %L2 listed facilities (%3 %): %L4 by the same name in their "
                "municipality, %L5 without a legal-entity prefix, %L6 by name in their region.")
                 .arg(m.matched)
                 .arg(m.facilities)
                 .arg(percent(m.matched, m.facilities))
                 .arg(m.byRule.value(QStringLiteral("name")))
                 .arg(m.byRule.value(QStringLiteral("without_entity")))
                 .arg(m.byRule.value(QStringLiteral("name_in_region")));
    lines
        << tr("  The file lists hospitals, not clinics with beds: of the %L1 facilities taken for "
              "hospitals before the match, %L2 matched (%3 %).")
               .arg(m.guessedHospitals)
               .arg(m.guessedHospitalsMatched)
               .arg(percent(m.guessedHospitalsMatched, m.guessedHospitals));
    if (!homePrefectureCode.isEmpty() && m.homeFacilities > 0)
        lines << tr("  %1: matched %L2 of %L3 (%4 %).")
                     .arg(homePrefectureName.isEmpty() ? homePrefectureCode : homePrefectureName)
                     .arg(m.homeMatched)
                     .arg(m.homeFacilities)
                     .arg(percent(m.homeMatched, m.homeFacilities));
    for (auto it = m.unmatchedByReason.cbegin(); it != m.unmatchedByReason.cend(); ++it)
        lines << tr("  Unmatched, %1: %L2.")
                     .arg(FacilityMatcher::reasonText(it.key()))
                     .arg(it.value());
    lines << tr("  Kinds settled: %L1 matched facilities with 20 beds or more are hospitals (%L2 "
                "of them had been guessed clinics with beds). %L3 matched with fewer than 20 beds "
                "(or none given) and every unmatched facility keep the kind guessed from their "
                "name.")
                 .arg(m.settledAsHospital)
                 .arg(m.changedToHospital)
                 .arg(m.notSettled);
    if (m.settledAsClinic > 0)
        lines
            << tr("  %L1 matched facilities are clinics with beds by the clinic file (%L2 of them "
                  "had been guessed hospitals).")
                   .arg(m.settledAsClinic)
                   .arg(m.changedToClinic);
    if (m.countsKnown) {
        lines << tr("  Regions whose hospitals and clinics with beds disagree with the summary "
                    "row of 別添5: %L1 before, %L2 now.")
                     .arg(m.disagreementsBefore.size())
                     .arg(m.disagreementsAfter.size());
        for (const KindDisagreement &d : m.disagreementsAfter)
            lines << QStringLiteral("    ") + FacilityMatcher::describe(d);
    }
    for (const QString &w : warnings)
        lines << QStringLiteral("  ") + w;
    return lines.join(QLatin1Char('\n'));
}

} // namespace Koso
