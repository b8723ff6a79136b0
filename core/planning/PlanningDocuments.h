#pragma once

#include "io/Table.h"
#include "report/PagedTableReport.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Koso {

class Dataset;

// The documents of the planning cycle, printed (A4 portrait, 和暦 dates in Japanese, page
// numbers) and as .xlsx sheets:
// - the 推進区域対応方針 of a region: designation, the region's figures with MHLW's caveat,
//   課題, 方向性, 具体的な取組 with their progress, and the hospitals concerned with their policy;
// - the report to the municipalities (notice 5.(2)): the councils held in a period, their
//   agendas and decisions, and the policies agreed;
// - the figures of MHLW's survey of the prefecture's work (取組状況, notice 5.(1)), a row per
//   region.
class PlanningDocuments
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PlanningDocuments)

public:
    // nullopt (error set) when the region has no plan.
    static std::optional<PagedTableReport>
    promotionPlan(Dataset &dataset, const QString &regionCode, const QDate &date, QString *error);
    static QVector<Table> promotionPlanSheets(Dataset &dataset, const QString &regionCode,
                                              QString *error);

    // regionCode empty: the whole prefecture.
    static PagedTableReport municipalitiesReport(Dataset &dataset, const QDate &from,
                                                 const QDate &to, const QString &regionCode,
                                                 const QDate &date);
    static QVector<Table> municipalitiesSheets(Dataset &dataset, const QDate &from, const QDate &to,
                                               const QString &regionCode);

    static QVector<Table> surveySheets(Dataset &dataset, int fiscalYear);

    // "令和6年6月11日" in Japanese, "11 June 2024" otherwise.
    static QString dateText(const QDate &date);
    // Writes a report (.pdf) or sheets (.xlsx) by the suffix of path.
    static bool write(const QString &path, const PagedTableReport *report,
                      const QVector<Table> &sheets, QString *error);
};

} // namespace Koso
