#pragma once

#include "report/RegionReport.h"

#include <QCoreApplication>

#include <optional>

namespace Koso {

class Dataset;

// Builds the region report of one region or of every region of a prefecture from a
// dataset, for the print preview, the PDF export and koso report.
class RegionReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Koso::RegionReportBuilder)

public:
    // code: a region (4 digits) or a prefecture (2 digits).
    static std::optional<RegionReport> build(Dataset &dataset, const QString &code,
                                             double threshold, QString *error);
    // Builds it with the charts and writes the PDF.
    static bool writePdf(Dataset &dataset, const QString &code, double threshold,
                         const QString &path, int *pages, QString *error);
};

} // namespace Koso
