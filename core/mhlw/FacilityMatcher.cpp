#include "mhlw/FacilityMatcher.h"

#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Koso {

namespace {

struct MunicipalityTable
{
    QHash<QString, QString> names;
    QHash<QString, QString> regions;
};

const MunicipalityTable &municipalities()
{
    static const MunicipalityTable table = [] {
        MunicipalityTable t;
        QFile f(QStringLiteral(":/core/map/municipality_to_region.csv"));
        if (!f.open(QIODevice::ReadOnly))
            return t;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).trimmed().split(',');
            if (cells.size() < 3)
                continue;
            const QString code = QString::fromUtf8(cells.at(0));
            t.names.insert(code, QString::fromUtf8(cells.at(1)));
            t.regions.insert(code, QString::fromUtf8(cells.at(2)));
        }
        return t;
    }();
    return table;
}

int commonSuffix(const QString &a, const QString &b)
{
    const int n = int(std::min(a.size(), b.size()));
    int k = 0;
    while (k < n && a.at(a.size() - 1 - k) == b.at(b.size() - 1 - k))
        ++k;
    return k;
}

QString addressAfterPrefecture(const QString &address)
{
    static const QRegularExpression prefecture(
        QStringLiteral("^(東京都|北海道|京都府|大阪府|[^都道府県]{2,3}県)"));
    const QString a = address.normalized(QString::NormalizationForm_KC).trimmed();
    const QRegularExpressionMatch m = prefecture.match(a);
    return m.hasMatch() ? a.mid(m.capturedLength()) : a;
}

} // namespace

QString FacilityMatcher::compareKey(const QString &name)
{
    const QString normalized = name.normalized(QString::NormalizationForm_KC);
    // Old and new forms of a few kanji that facility names use either way (東京慈惠会 and
    // 東京慈恵会, 田﨑 and 田崎); NFKC leaves them apart.
    static const QHash<QChar, QChar> variants = {
        { QChar(u'惠'), QChar(u'恵') }, { QChar(u'\uFA11'), QChar(u'崎') },
        { QChar(u'髙'), QChar(u'高') }, { QChar(u'邊'), QChar(u'辺') },
        { QChar(u'邉'), QChar(u'辺') }, { QChar(u'濱'), QChar(u'浜') },
        { QChar(u'澤'), QChar(u'沢') }, { QChar(u'廣'), QChar(u'広') },
        { QChar(u'德'), QChar(u'徳') }, { QChar(u'齋'), QChar(u'斎') },
        { QChar(u'齊'), QChar(u'斉') }, { QChar(u'國'), QChar(u'国') },
        { QChar(u'會'), QChar(u'会') }, { QChar(u'醫'), QChar(u'医') },
        { QChar(u'ヶ'), QChar(u'ケ') }, { QChar(u'ヵ'), QChar(u'カ') },
    };
    QString key;
    key.reserve(normalized.size());
    for (const QChar c : normalized) {
        if (c.isSpace())
            continue;
        // A hyphen after katakana is a long vowel typed with the wrong key (センタ－).
        const bool afterKatakana
            = !key.isEmpty() && key.back().unicode() >= 0x30A1 && key.back().unicode() <= 0x30FA;
        if (afterKatakana && (c == u'-' || c == u'\u2010' || c == u'\u2212'))
            key.append(u'ー');
        else
            key.append(variants.value(c, c));
    }
    key.replace(QStringLiteral("附属"), QStringLiteral("付属"));
    return key;
}

bool FacilityMatcher::isEntityPrefix(QStringView prefix)
{
    if (prefix.isEmpty())
        return true;
    if (prefix.size() < 2)
        return false;
    static const char16_t *const endings[]
        = { u"会", u"法人", u"財団", u"社団", u"組合", u"機構", u"支部", u"立", u"社", u")" };
    for (const char16_t *e : endings) {
        if (prefix.endsWith(QStringView(e)))
            return true;
    }
    // 学校法人帝京大学, 国立大学法人山梨大学: the university that runs the hospital.
    return prefix.endsWith(u"大学") && prefix.contains(u"法人");
}

QString FacilityMatcher::municipalityName(const QString &code)
{
    return municipalities().names.value(code);
}

QString FacilityMatcher::municipalityRegion(const QString &code)
{
    return municipalities().regions.value(code);
}

namespace {

// m normalised; tail the address after the prefecture's name.
bool placedIn(const QString &codeName, const QString &tail, const QString &m)
{
    if (codeName == m)
        return true;
    if (tail.startsWith(m))
        return true;
    const int gun = int(tail.indexOf(u'郡'));
    return gun > 0 && gun < 8 && QStringView(tail).mid(gun + 1).startsWith(m);
}

} // namespace

bool FacilityMatcher::inMunicipality(const FacilityCandidate &row, const QString &municipality)
{
    if (municipality.isEmpty())
        return false;
    return placedIn(municipalityName(row.municipalityCode), addressAfterPrefecture(row.address),
                    municipality.normalized(QString::NormalizationForm_KC).trimmed());
}

QVector<FacilityMatch> FacilityMatcher::match(const QVector<FacilityToMatch> &facilities,
                                              const QVector<FacilityCandidate> &rows)
{
    QHash<QString, QVector<int>> byPrefecture;
    QVector<QString> keys;
    QVector<QString> codeNames;
    QVector<QString> tails;
    keys.reserve(rows.size());
    codeNames.reserve(rows.size());
    tails.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        keys << compareKey(rows.at(i).name);
        codeNames << municipalityName(rows.at(i).municipalityCode);
        tails << addressAfterPrefecture(rows.at(i).address);
        byPrefecture[rows.at(i).municipalityCode.left(2)] << i;
    }
    QHash<QString, QVector<int>> inTown; // prefecture + municipality → rows
    auto townRows = [&](const QString &prefecture, const QString &town) -> const QVector<int> & {
        const QString cacheKey = prefecture + QLatin1Char('|') + town;
        auto it = inTown.find(cacheKey);
        if (it != inTown.end())
            return *it;
        QVector<int> found;
        const QString m = town.normalized(QString::NormalizationForm_KC).trimmed();
        for (int i : byPrefecture.value(prefecture)) {
            if (placedIn(codeNames.at(i), tails.at(i), m))
                found << i;
        }
        return *inTown.insert(cacheKey, found);
    };

    QVector<FacilityMatch> result;
    result.reserve(facilities.size());
    QHash<int, QVector<int>> claims; // row → indexes into result
    for (const FacilityToMatch &f : facilities) {
        FacilityMatch m;
        m.hospitalId = f.hospitalId;
        const QString key = compareKey(f.name);
        const QString prefecture = f.regionCode.left(2);
        QVector<int> found;
        if (f.municipality.trimmed().isEmpty()) {
            for (int i : byPrefecture.value(prefecture)) {
                if (keys.at(i) == key
                    && municipalityRegion(rows.at(i).municipalityCode) == f.regionCode)
                    found << i;
            }
            m.rule = QStringLiteral("name_in_region");
            if (found.isEmpty())
                m.reason = QStringLiteral("no_municipality");
        } else {
            const QVector<int> &town = townRows(prefecture, f.municipality.trimmed());
            for (int i : town) {
                if (keys.at(i) == key)
                    found << i;
            }
            m.rule = QStringLiteral("name");
            if (found.isEmpty()) {
                for (int i : town) {
                    const QString &other = keys.at(i);
                    const int shared = commonSuffix(key, other);
                    if (shared < 3 || shared >= std::max(key.size(), other.size()))
                        continue;
                    if (isEntityPrefix(QStringView(key).left(key.size() - shared))
                        && isEntityPrefix(QStringView(other).left(other.size() - shared)))
                        found << i;
                }
                m.rule = QStringLiteral("without_entity");
            }
            if (found.isEmpty())
                m.reason = QStringLiteral("no_candidate");
        }
        if (found.size() > 1)
            m.reason = QStringLiteral("ambiguous");
        if (found.size() == 1) {
            m.locationId = rows.at(found.first()).locationId;
            claims[found.first()] << int(result.size());
        } else {
            m.rule.clear();
        }
        result << m;
    }
    // A row that fits several facilities: an exact name match keeps it if it is the only one;
    // otherwise none of them is placed.
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        int exact = -1;
        int exactCount = 0;
        for (int r : it.value()) {
            if (result.at(r).rule == QLatin1String("name")) {
                exact = r;
                ++exactCount;
            }
        }
        for (int r : it.value()) {
            if (exactCount == 1 && r == exact)
                continue;
            result[r].locationId = 0;
            result[r].rule.clear();
            result[r].reason = QStringLiteral("taken");
        }
    }
    return result;
}

bool FacilityMatcher::apply(Dataset &dataset, FacilityMatchSummary *summary, QString *error)
{
    *summary = FacilityMatchSummary();
    const QSqlDatabase db = dataset.database();
    summary->disagreementsBefore = kindDisagreements(dataset, QString(), &summary->countsKnown);

    QVector<FacilityCandidate> rows;
    QHash<qint64, QString> rowKinds; // the kind the row settles; empty: none
    {
        SqlQuery q(db,
                   QStringLiteral("SELECT id, name, municipality_code, address, kind, beds FROM "
                                  "facility_location ORDER BY id"));
        if (!q.exec()) {
            *error = q.errorMessage();
            return false;
        }
        while (q.next()) {
            FacilityCandidate c;
            c.locationId = q.value(0).toLongLong();
            c.name = q.value(1).toString();
            c.municipalityCode = q.value(2).toString();
            c.address = q.value(3).toString();
            QString kind = q.value(4).toString();
            if (kind == QLatin1String("hospital"))
                kind = !q.value(5).isNull() && q.value(5).toLongLong() >= 20 ? kind : QString();
            rowKinds.insert(c.locationId, kind);
            rows << c;
        }
    }
    if (!SqlQuery::run(db, QStringLiteral("DELETE FROM hospital_location"), error))
        return false;
    if (rows.isEmpty()) {
        summary->disagreementsAfter = summary->disagreementsBefore;
        return true;
    }

    QVector<FacilityToMatch> facilities;
    QHash<qint64, QPair<QString, QString>> kinds; // id → (kind, basis)
    {
        SqlQuery q(db,
                   QStringLiteral("SELECT id, region_code, name, municipality, kind, CASE WHEN "
                                  "added_by_hand = 1 THEN 'hand' ELSE kind_basis END FROM "
                                  "hospital WHERE merged_into IS NULL ORDER BY id"));
        if (!q.exec()) {
            *error = q.errorMessage();
            return false;
        }
        while (q.next()) {
            FacilityToMatch f;
            f.hospitalId = q.value(0).toLongLong();
            f.regionCode = q.value(1).toString();
            f.name = q.value(2).toString();
            f.municipality = q.value(3).toString();
            kinds.insert(f.hospitalId, { q.value(4).toString(), q.value(5).toString() });
            facilities << f;
        }
    }
    const QVector<FacilityMatch> matches = match(facilities, rows);
    const QString home = dataset.homePrefectureCode();
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO hospital_location (hospital_id, location_id, "
                                   "status, rule, reason) VALUES (?, ?, ?, ?, ?)"));
    SqlQuery settle(db,
                    QStringLiteral("UPDATE hospital SET kind = ?, kind_basis = 'location' "
                                   "WHERE id = ?"));
    for (int i = 0; i < matches.size(); ++i) {
        const FacilityMatch &m = matches.at(i);
        const bool matched = m.locationId != 0;
        ++summary->facilities;
        const bool isHome = facilities.at(i).regionCode.startsWith(home);
        summary->homeFacilities += isHome ? 1 : 0;
        const bool guessedHospital = kinds.value(m.hospitalId).first == QLatin1String("hospital");
        summary->guessedHospitals += guessedHospital ? 1 : 0;
        summary->guessedHospitalsMatched += guessedHospital && matched ? 1 : 0;
        if (matched) {
            ++summary->matched;
            summary->byRule[m.rule] += 1;
            summary->homeMatched += isHome ? 1 : 0;
        } else {
            summary->unmatchedByReason[m.reason] += 1;
        }
        if (!insert.exec({ m.hospitalId, matched ? QVariant(m.locationId) : QVariant(),
                           matched ? QStringLiteral("matched") : QStringLiteral("unmatched"),
                           m.rule.isEmpty() ? QStringLiteral("") : m.rule,
                           m.reason.isEmpty() ? QStringLiteral("") : m.reason })) {
            *error = insert.errorMessage();
            return false;
        }
        if (!matched)
            continue;
        const auto [kind, basis] = kinds.value(m.hospitalId);
        if (basis == QLatin1String("hand"))
            continue;
        const QString settled = rowKinds.value(m.locationId);
        if (settled.isEmpty()) {
            ++summary->notSettled;
            continue;
        }
        const bool hospital = settled == QLatin1String("hospital");
        ++(hospital ? summary->settledAsHospital : summary->settledAsClinic);
        if (kind == settled && basis == QLatin1String("location"))
            continue;
        if (kind != settled)
            ++(hospital ? summary->changedToHospital : summary->changedToClinic);
        if (!settle.exec({ settled, m.hospitalId })) {
            *error = settle.errorMessage();
            return false;
        }
    }
    summary->disagreementsAfter = kindDisagreements(dataset);
    return true;
}

QVector<KindDisagreement> FacilityMatcher::kindDisagreements(Dataset &dataset,
                                                             const QString &prefectureCode,
                                                             bool *countsKnown)
{
    QVector<KindDisagreement> result;
    if (countsKnown)
        *countsKnown = false;
    const QSqlDatabase db = dataset.database();
    SqlQuery latest(db,
                    QStringLiteral("SELECT c.edition_id FROM region_facility_count c JOIN "
                                   "edition e ON e.id = c.edition_id ORDER BY e.fiscal_year "
                                   "DESC, e.id DESC LIMIT 1"));
    if (!latest.exec() || !latest.next())
        return result;
    const int editionId = latest.value(0).toInt();
    if (countsKnown)
        *countsKnown = true;
    QHash<QString, QPair<int, int>> listed;
    SqlQuery counts(db,
                    QStringLiteral("SELECT h.region_code, h.kind, COUNT(*) FROM hospital_edition "
                                   "he JOIN hospital h ON h.id = he.hospital_id WHERE "
                                   "he.edition_id = ? AND he.missing_reason IS NULL "
                                   "GROUP BY 1, 2"));
    if (counts.exec({ editionId })) {
        while (counts.next()) {
            auto &pair = listed[counts.value(0).toString()];
            (counts.value(1).toString() == QLatin1String("clinic") ? pair.second : pair.first)
                += counts.value(2).toInt();
        }
    }
    SqlQuery stated(db,
                    QStringLiteral("SELECT c.region_code, r.name, c.hospitals, c.clinics FROM "
                                   "region_facility_count c JOIN region r ON r.code = "
                                   "c.region_code WHERE c.edition_id = ? AND c.hospitals IS NOT "
                                   "NULL AND c.clinics IS NOT NULL ORDER BY 1"));
    if (!stated.exec({ editionId }))
        return result;
    while (stated.next()) {
        const QString region = stated.value(0).toString();
        if (!prefectureCode.isEmpty() && !region.startsWith(prefectureCode))
            continue;
        KindDisagreement d;
        d.regionCode = region;
        d.regionName = stated.value(1).toString();
        d.summaryHospitals = stated.value(2).toInt();
        d.summaryClinics = stated.value(3).toInt();
        d.listedHospitals = listed.value(region).first;
        d.listedClinics = listed.value(region).second;
        if (d.summaryHospitals != d.listedHospitals || d.summaryClinics != d.listedClinics)
            result << d;
    }
    return result;
}

QVector<LocatedFacility> FacilityMatcher::located(Dataset &dataset, const QString &prefectureCode)
{
    QVector<LocatedFacility> result;
    SqlQuery q(
        dataset.database(),
        QStringLiteral("SELECT h.id, h.region_code, r.name, h.name, h.municipality, h.kind, "
                       "h.kind_basis, hl.status, hl.rule, hl.reason, l.name, l.source_id, "
                       "l.latitude, l.longitude, l.beds FROM hospital h JOIN region r ON r.code = "
                       "h.region_code LEFT JOIN hospital_location hl ON hl.hospital_id = h.id LEFT "
                       "JOIN facility_location l ON l.id = hl.location_id WHERE h.merged_into IS "
                       "NULL AND (? = '' OR r.prefecture_code = ?) ORDER BY h.region_code, h.name, "
                       "h.id"));
    const QString code = prefectureCode.isEmpty() ? QStringLiteral("") : prefectureCode;
    if (!q.exec({ code, code }))
        return result;
    while (q.next()) {
        LocatedFacility f;
        f.hospitalId = q.value(0).toLongLong();
        f.regionCode = q.value(1).toString();
        f.regionName = q.value(2).toString();
        f.name = q.value(3).toString();
        f.municipality = q.value(4).toString();
        f.kind = q.value(5).toString();
        f.kindBasis = q.value(6).toString();
        f.checked = !q.value(7).isNull();
        f.matched = q.value(7).toString() == QLatin1String("matched");
        f.rule = q.value(8).toString();
        f.reason = q.value(9).toString();
        f.locationName = q.value(10).toString();
        f.locationId = q.value(11).toString();
        if (!q.value(12).isNull() && !q.value(13).isNull()) {
            f.latitude = q.value(12).toDouble();
            f.longitude = q.value(13).toDouble();
        }
        if (!q.value(14).isNull())
            f.locationBeds = q.value(14).toLongLong();
        result << f;
    }
    return result;
}

QDate FacilityMatcher::snapshotInUse(Dataset &dataset)
{
    SqlQuery q(dataset.database(),
               QStringLiteral("SELECT s.snapshot_date FROM facility_location l JOIN "
                              "facility_snapshot s ON s.id = l.snapshot_id LIMIT 1"));
    if (q.exec() && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return QDate();
}

QString FacilityMatcher::ruleText(const QString &rule)
{
    if (rule == QLatin1String("name"))
        return tr("same name in the municipality");
    if (rule == QLatin1String("without_entity"))
        return tr("same name without the legal-entity prefix");
    if (rule == QLatin1String("name_in_region"))
        return tr("same name in the vision region (no municipality listed)");
    return rule;
}

QString FacilityMatcher::reasonText(const QString &reason)
{
    if (reason == QLatin1String("no_municipality"))
        return tr("listed without a municipality, and no row of the same name in its region");
    if (reason == QLatin1String("no_candidate"))
        return tr("no hospital of that name in its municipality");
    if (reason == QLatin1String("ambiguous"))
        return tr("several hospitals of its municipality fit");
    if (reason == QLatin1String("taken"))
        return tr("the hospital that fits also fits another listed facility");
    return reason;
}

QString FacilityMatcher::describe(const KindDisagreement &d)
{
    return tr("%1 %2: summary row 一般病院 %L3, 有床診療所 %L4; listed %L5 and %L6.")
        .arg(d.regionCode, d.regionName)
        .arg(d.summaryHospitals)
        .arg(d.summaryClinics)
        .arg(d.listedHospitals)
        .arg(d.listedClinics);
}

} // namespace Koso
