#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// A facility listed in 別添5 (region, name, municipality name) to be found in 医療情報ネット.
struct FacilityToMatch
{
    qint64 hospitalId = 0;
    QString regionCode;
    QString name;
    QString municipality; // as 別添5 gives it (「文京区」, 「札幌市中央区」); empty for 未報告
};

// A row of 医療情報ネット to match against.
struct FacilityCandidate
{
    qint64 locationId = 0;
    QString name;
    QString municipalityCode; // 5 digits
    QString address; // 所在地, from the prefecture name on
};

// The outcome for one listed facility.
struct FacilityMatch
{
    qint64 hospitalId = 0;
    qint64 locationId = 0; // 0: unmatched
    // How: name (the same normalised name in its municipality), without_entity (the same name
    // once a legal-entity prefix such as 医療法人社団○○会 is set aside on either side),
    // name_in_region (no municipality listed: the same name in a municipality of its region).
    QString rule;
    // Why not: no_municipality, no_candidate, ambiguous (several rows fit), taken (the row
    // fits another listed facility as well).
    QString reason;
};

// A region whose listed facilities' kinds do not add up to its summary row's counts of
// 一般病院 and 有床診療所 (別添5). The summary row counts the facilities that reported (those
// listed as 「未報告」 are not in it), so the listed ones are counted the same way.
struct KindDisagreement
{
    QString regionCode;
    QString regionName;
    int summaryHospitals = 0;
    int summaryClinics = 0;
    int listedHospitals = 0;
    int listedClinics = 0;
};

// A listed facility with its match, as `koso locations` and the map show it.
struct LocatedFacility
{
    qint64 hospitalId = 0;
    QString regionCode;
    QString regionName;
    QString name;
    QString municipality;
    QString kind; // hospital | clinic
    QString kindBasis; // name (a guess) | location | hand
    bool matched = false;
    bool checked = false; // a match was attempted (false before any 医療情報ネット import)
    QString rule; // how it matched
    QString reason; // why not
    QString locationName; // 正式名称 of the row it matched
    QString locationId; // MHLW's ID of that row
    std::optional<double> latitude; // missing when the row has none in Japan
    std::optional<double> longitude;
    std::optional<qint64> locationBeds; // 合計病床数
};

struct FacilityMatchSummary
{
    int facilities = 0; // listed facilities considered (not merged)
    int matched = 0;
    QMap<QString, int> byRule;
    QMap<QString, int> unmatchedByReason;
    int homeFacilities = 0; // of the home prefecture
    int homeMatched = 0;
    int guessedHospitals = 0; // facilities taken for hospitals before the match
    int guessedHospitalsMatched = 0; // of those, matched
    int settledAsHospital = 0; // matched with 20 beds or more: hospitals
    int changedToHospital = 0; // of those, guessed clinics with beds before
    int settledAsClinic = 0; // matched in a clinic file (機関区分 2)
    int changedToClinic = 0;
    int notSettled = 0; // matched in the hospital file with fewer than 20 beds, or none given
    bool countsKnown = false; // the summary rows' counts are in the dataset
    QVector<KindDisagreement> disagreementsBefore; // with the kinds as they were
    QVector<KindDisagreement> disagreementsAfter;
};

// Matches the facilities of 別添5 to 医療情報ネット's rows by normalised name (NFKC, no spaces,
// ヶ/ケ and 附属/付属 alike) within their municipality, unique matches only: a row that fits
// several facilities, or a facility that fits several rows, is left unmatched with the reason,
// never placed by guess. A legal-entity prefix (医療法人社団○○会, 社会福祉法人恩賜財団…, 市立)
// may be present on one side only: the rest must then be the same and the prefix must end
// where such a name ends (会, 法人, 財団, 社団, 組合, 機構, 支部, 立, 社).
class FacilityMatcher
{
    Q_DECLARE_TR_FUNCTIONS(Koso::FacilityMatcher)

public:
    static QString compareKey(const QString &name);
    // Whether text set aside in front of a shared name looks like a legal-entity prefix.
    static bool isEntityPrefix(QStringView prefix);
    // The municipality's name (2021 boundaries, from the map's municipality table), empty when
    // unknown; and its vision region.
    static QString municipalityName(const QString &code);
    static QString municipalityRegion(const QString &code);
    // Whether a row lies in the municipality of that name: by its code, or by its address
    // (「静岡県浜松市中央区…」, 「北海道亀田郡七飯町…」) for codes newer than the table.
    static bool inMunicipality(const FacilityCandidate &row, const QString &municipality);

    static QVector<FacilityMatch> match(const QVector<FacilityToMatch> &facilities,
                                        const QVector<FacilityCandidate> &rows);
    // One line for a region whose kinds disagree with the summary row (import summary, CLI).
    static QString describe(const KindDisagreement &d);

    // Within the caller's transaction: matches every facility of the dataset against the
    // locations in use, writes hospital_location, and settles the kind of each matched
    // facility unless a user set it (or added the facility) by hand: found in the hospital
    // file with 20 beds or more
    // (合計病床数) it is a hospital. The file also lists a few facilities with fewer beds, which
    // MHLW's summary rows count sometimes as 一般病院 and sometimes as 有床診療所: their kind
    // stays as guessed, as does that of facilities without beds given or not matched.
    static bool apply(Dataset &dataset, FacilityMatchSummary *summary, QString *error);

    // Regions (of a prefecture, or all) whose facilities listed in the latest edition with a
    // hospital list do not match the summary row's counts; countsKnown false when the dataset
    // holds no counts (別添5 imported by an older version).
    static QVector<KindDisagreement> kindDisagreements(Dataset &dataset,
                                                       const QString &prefectureCode = QString(),
                                                       bool *countsKnown = nullptr);

    // The facilities of a prefecture (all when empty) that are not merged, with their match,
    // ordered by region and name.
    static QVector<LocatedFacility> located(Dataset &dataset, const QString &prefectureCode);
    // The snapshot whose locations are in use; invalid when none was imported.
    static QDate snapshotInUse(Dataset &dataset);

    static QString ruleText(const QString &rule);
    static QString reasonText(const QString &reason);
};

} // namespace Koso
