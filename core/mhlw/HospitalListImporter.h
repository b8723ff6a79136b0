#pragma once

#include "model/BedFunction.h"
#include "model/Hospital.h"
#include "model/Region.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

namespace Koso {

class XlsxReader;
class HospitalMatcher;
struct ImportContext;

// One facility row of 別添5② (2) 区域内の医療機関.
struct ParsedFacility
{
    int row = 0;
    std::optional<int> rank;
    QString name;
    QString nameKey; // Hospital::nameKey(name)
    QString municipality;
    HospitalKind kind = HospitalKind::Hospital;
    QString missingReason; // 「未報告」: listed without figures
    QMap<QString, qint64> beds; // function key (incl. Closed) → beds
    QMap<QString, double> metrics;
    QMap<QString, QString> maskedMetrics;
    QStringList roles;
};

// One sheet of 別添5②: a vision region's summary row and its facilities.
struct ParsedHospitalSheet
{
    QString sheetName;
    QString regionCode;
    QString prefectureName;
    QString regionName;
    std::optional<qint64> population;
    std::optional<double> areaKm2;
    QMap<QString, qint64> summaryBeds; // function key (incl. Closed) → beds of the summary row
    QMap<QString, qint64> requiredBeds; // ⑤構想必要量 by function
    QMap<QString, qint64> facilityBeds; // the facilities' beds added up, by function
    std::optional<double> patientFlow; // ⑨一般病床流出入率 as a fraction
    QVector<ParsedFacility> facilities;
    QStringList warnings;
    QStringList missingOptionalLabels;
};

// Imports 別添5② (one sheet per vision region): reads the region's summary row and its
// facility table by their header texts, cross-checks that the facilities add up to the
// summary row, matches facilities with those already known (region + normalised name +
// municipality, across editions) and writes their figures for the edition.
class HospitalListImporter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::HospitalListImporter)

public:
    HospitalListImporter(const BedFunctionList &functions, const QString &fileName);
    ~HospitalListImporter();

    // The sheets that hold a region (all of MHLW's; a cover or notes sheet would be skipped).
    static QVector<int> regionSheets(const XlsxReader &reader);
    // Parses one sheet; thread-safe (several sheets are parsed at once).
    bool parseSheet(XlsxReader &reader, int sheetIndex, ParsedHospitalSheet *out, QString *error,
                    const std::atomic<bool> *cancel = nullptr,
                    std::atomic<qint64> *bytesRead = nullptr) const;
    void setSheets(QVector<ParsedHospitalSheet> sheets);
    const QVector<ParsedHospitalSheet> &sheets() const { return m_sheets; }

    // Writes the facilities and their figures; fills the summary's new, vanished and renamed
    // facilities when an edition to compare with exists. In steps, so that sheets can be
    // written while others are still being parsed: begin(), writeSheet() for each sheet in
    // order (it frees the sheet's rows), finish().
    bool begin(ImportContext &ctx, QString *error);
    bool writeSheet(ImportContext &ctx, ParsedHospitalSheet &sheet, QString *error);
    bool finish(ImportContext &ctx, QString *error);

private:
    BedFunctionList m_functions;
    QString m_fileName;
    QVector<ParsedHospitalSheet> m_sheets;

    // While writing.
    QHash<QString, Region> m_regions;
    QSet<QString> m_prefectures;
    QSet<QString> m_regionCodes;
    QSet<QString> m_optionalMissing;
    QHash<qint64, QMap<QString, qint64>> m_bedsById;
    QSet<qint64> m_listedNow;
    bool m_replacing = false;
    std::unique_ptr<HospitalMatcher> m_matcher;
};

} // namespace Koso
