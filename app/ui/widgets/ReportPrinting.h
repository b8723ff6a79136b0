#pragma once

#include <QCoreApplication>
#include <QString>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace Koso {

class PagedTableReport;

// Shows a report in the print preview (QPrintPreviewDialog over a QPrinter, painted by the
// same code as the PDF) and saves it as PDF after asking for a file name.
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ReportPrinting)

public:
    static void preview(const PagedTableReport &report, QWidget *parent);
    // The preview dialog over printer, not yet shown; report and printer must outlive it.
    static QPrintPreviewDialog *createPreview(const PagedTableReport &report, QPrinter *printer,
                                              QWidget *parent);
    // Returns the path written, or empty if cancelled or failed (after telling the user).
    static QString savePdf(const PagedTableReport &report, const QString &suggestedName,
                           QWidget *parent);
};

} // namespace Koso
