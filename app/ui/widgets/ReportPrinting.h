#pragma once

#include <QCoreApplication>
#include <QString>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace Koso {

class ReportDocument;

// Prints a report document of the core (the region report, the checklist forms): the print
// preview (QPrintPreviewDialog over a QPrinter, painted by the same code as the PDF, with the
// printer dialog it offers), and "save as PDF" after asking for a file name.
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ReportPrinting)

public:
    // The document's page (in full-page mode when the document keeps its own margins) and
    // name on printer.
    static void setUpPrinter(const ReportDocument &report, QPrinter *printer);
    static void preview(const ReportDocument &report, QWidget *parent);
    // The preview dialog over printer, not yet shown; report and printer must outlive it.
    static QPrintPreviewDialog *createPreview(const ReportDocument &report, QPrinter *printer,
                                              QWidget *parent);
    // Returns the path written, or empty if cancelled or failed (after telling the user).
    static QString savePdf(const ReportDocument &report, const QString &suggestedName,
                           QWidget *parent);
};

} // namespace Koso
