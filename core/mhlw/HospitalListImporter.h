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
struct XlsxRow;
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
    std::optional<qint64> hospitalCount; // 一般病院 of the summary row
    std::optional<qint64> clinicCount; // 有床診療所 of the summary row
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
    // A region's sheet holds a few hundred rows; more is not one of MHLW's sheets.
    static constexpr int MaxSheetRows = 10000;
    static constexpr int MaxSheetCells = 500000;

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
    struct SheetState; // one sheet being read: its rows, columns and position

    // A sheet in the order of its phases, each a function of its own.
    bool readSheetRows(XlsxReader &reader, int sheetIndex, SheetState &s,
                       const std::atomic<bool> *cancel, std::atomic<qint64> *bytesRead) const;
    bool readSummary(SheetState &s) const;
    void readSummaryDetails(SheetState &s) const;
    bool identifyRegion(SheetState &s) const;
    bool findFacilityColumns(SheetState &s) const;
    bool readFacility(SheetState &s, const XlsxRow &r, int *rank) const;
    bool readFacilityBeds(SheetState &s, const XlsxRow &r, ParsedFacility &f, qint64 *total) const;
    bool readFacilityMetrics(SheetState &s, const XlsxRow &r, ParsedFacility &f) const;
    void checkDoctorsPer100(SheetState &s, const XlsxRow &r, const ParsedFacility &f,
                            qint64 total) const;
    void checkFacilitySums(SheetState &s) const;
    bool missing(SheetState &s, int row, const QString &label) const;
    bool badCell(SheetState &s, int row, int column, const QString &text,
                 const QString &what) const;

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
