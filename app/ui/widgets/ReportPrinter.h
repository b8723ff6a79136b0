#pragma once

#include "report/RegionReport.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QPrinter;
class QWidget;
QT_END_NAMESPACE

namespace Koso {

// Prints region reports with their charts: the print preview (with the printer dialog and
// "save as PDF" that it offers), or straight to a printer or PDF file.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ReportPrinter)

public:
    // Opens the print preview on A4 landscape.
    static void preview(QWidget *parent, RegionReport report);
    // A4 landscape, full page (the report keeps its own margins).
    static void setUpPrinter(QPrinter *printer);
    // Paints the report with its charts on the printer.
    static bool print(QPrinter *printer, RegionReport &report, QString *error);
};

} // namespace Koso
