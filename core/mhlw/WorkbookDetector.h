#pragma once

#include "mhlw/EditionLabel.h"

#include <QCoreApplication>
#include <QString>

namespace Koso {

class XlsxReader;

// The kinds of MHLW 見える化 workbooks Koso imports.
enum class WorkbookKind {
    Unknown,
    RegionBeds, // 別添4③ 構想区域の病床数等の状況
    PrefectureBeds, // 別添4② 都道府県の病床数等の状況
    HospitalList, // 別添5② 構想区域の詳細状況 (one sheet per region)
    FlowRates, // ④ 構想区域の流出率及び流入率 (NDB)
    DemandForecast, // 構想区域別の医療需要推計 (在宅・外来, 2024–2050)
    FacilityLocations, // 医療情報ネット open data (a CSV, or a zip of it): hospital locations
};

// Tells which workbook a file is from its content (the title of its sheets and their
// names), never from the file name, and finds the edition where the workbook states it.
class WorkbookDetector
{
    Q_DECLARE_TR_FUNCTIONS(Koso::WorkbookDetector)

public:
    struct Result
    {
        WorkbookKind kind = WorkbookKind::Unknown;
        QString title; // the title text found (for messages and the summary)
        EditionLabel edition; // invalid when the workbook does not state it
        // The latest year of the bed function report in the workbook's first block
        // (「2024\n実績」), 0 when it has none (別添5② lists facilities without years).
        int latestReportYear = 0;
        // The edition that year implies: MHLW publishes the report of year N in the edition of
        // fiscal year N (2024 実績 → 令和6年度). Invalid when latestReportYear is 0.
        EditionLabel impliedEdition() const;
    };

    static Result detect(XlsxReader &reader);

    // Stored in ImportRecord::kind.
    static QString kindKey(WorkbookKind kind);
    // 「別添4③ 構想区域の病床数等」 for the user.
    static QString kindName(WorkbookKind kind);
};

} // namespace Koso
