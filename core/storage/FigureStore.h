#pragma once

#include "model/BedFigure.h"
#include "model/BedFunction.h"
#include "model/Edition.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <memory>
#include <optional>

namespace Koso {

class Dataset;
class SqlQuery;
class SqliteStatement;

// Bed functions, editions, import records, and the bed figures and reporting rates of regions
// and prefectures. Readers return the newest edition's figure for each key; writers assume the
// caller holds a transaction and reuse their prepared statements (imports write many rows).
class FigureStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::FigureStore)

public:
    enum class Area { Region, Prefecture };

    explicit FigureStore(Dataset &dataset);
    ~FigureStore();

    BedFunctionList bedFunctions() const;
    // The functions that make up the total (休棟中等 excluded), in order.
    BedFunctionList totalFunctions() const;

    QVector<Edition> editions() const; // oldest first
    std::optional<Edition> edition(const QString &label) const;
    std::optional<Edition> latestEdition() const;
    // Returns the id of the edition with this label, creating it if needed.
    int ensureEdition(const QString &label, int fiscalYear, QString *error);

    QVector<ImportRecord> importRecords() const;
    std::optional<ImportRecord> importRecordBySha256(const QString &sha256) const;
    bool addImportRecord(const ImportRecord &record, QString *error);

    // Newest edition's figures of one area (region code or prefecture code).
    QVector<BedFigure> beds(Area area, const QString &code) const;
    // Newest edition's figures of every region of a prefecture (all regions if empty),
    // keyed by region code.
    QHash<QString, QVector<BedFigure>> regionBedsByPrefecture(const QString &prefectureCode) const;
    // Every edition's figures of one area, for "what changed between editions".
    QVector<BedFigure> bedsAllEditions(Area area, const QString &code) const;

    // Every figure of every area in every edition (to tell what an import changes).
    QVector<BedFigure> allBedFigures(Area area) const;

    QVector<ReportingRate> reportingRates(Area area, const QString &code) const;
    // Newest edition's reporting rates of every region of a prefecture (all regions if
    // empty), keyed by region code, ascending by year.
    QHash<QString, QVector<ReportingRate>>
    regionReportingRatesByPrefecture(const QString &prefectureCode) const;

    bool putBed(Area area, const BedFigure &figure, QString *error);
    bool putReportingRate(Area area, const ReportingRate &rate, QString *error);
    // General-bed patient flow of a region: kind "net", "outflow" or "inflow", as a fraction,
    // or no value with MHLW's reason.
    bool putPatientFlow(const QString &regionCode, const QString &kind, int editionId,
                        std::optional<double> share, const QString &missingReason, QString *error);

private:
    int functionId(const QString &key) const;
    QVector<BedFigure> newestPerKey(SqlQuery &q) const;

    Dataset &m_dataset;
    mutable BedFunctionList m_functions;
    std::unique_ptr<SqliteStatement> m_putRegionBed;
    std::unique_ptr<SqliteStatement> m_putPrefectureBed;
    std::unique_ptr<SqlQuery> m_putRegionRate;
    std::unique_ptr<SqlQuery> m_putPrefectureRate;
    std::unique_ptr<SqlQuery> m_putFlow;
};

} // namespace Koso
