#include "widgets/ReportPrinting.h"

#include "report/ReportDocument.h"
#include "util/Folders.h"
#include "widgets/ScreenFit.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

#include <memory>

namespace Koso {

void ReportPrinting::setUpPrinter(const ReportDocument &report, QPrinter *printer)
{
    const QPageLayout layout = report.pageLayout();
    printer->setFullPage(layout.mode() == QPageLayout::FullPageMode);
    printer->setPageLayout(layout);
    printer->setDocName(report.documentTitle());
}

QPrintPreviewDialog *ReportPrinting::createPreview(const ReportDocument &report, QPrinter *printer,
                                                   QWidget *parent)
{
    setUpPrinter(report, printer);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setWindowTitle(tr("Print preview: %1").arg(report.documentTitle()));
    // The printer is painted by the same code as the PDF.
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [&report, dialog](QPrinter *p) {
                         QString error;
                         if (report.render(p, &error) == 0)
                             QMessageBox::warning(dialog, tr("Printing"), error);
                     });
    const bool landscape = report.pageLayout().orientation() == QPageLayout::Landscape;
    ScreenFit::resize(dialog, landscape ? QSize(1100, 800) : QSize(900, 1000));
    return dialog;
}

void ReportPrinting::preview(const ReportDocument &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    std::unique_ptr<QPrintPreviewDialog> dialog(createPreview(report, &printer, parent));
    dialog->exec();
}

QString ReportPrinting::savePdf(const ReportDocument &report, const QString &suggestedName,
                                QWidget *parent)
{
    const QString folder = defaultDocumentsFolder();
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Save as PDF"), QDir(folder).filePath(suggestedName), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!report.writePdf(path, &error)) {
        QMessageBox::warning(parent, tr("Save as PDF"), error);
        return QString();
    }
    return path;
}

} // namespace Koso
