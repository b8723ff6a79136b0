#include "ReportPrinting.h"

#include "report/PagedTableReport.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace Koso {

void ReportPrinting::preview(const PagedTableReport &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PagedTableReport::pageLayout());
    printer.setDocName(report.documentTitle());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(report.documentTitle()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&report, &dialog](QPrinter *p) {
                         QString error;
                         if (report.render(p, &error) == 0)
                             QMessageBox::warning(&dialog, tr("Printing"), error);
                     });
    dialog.resize(900, 1000);
    dialog.exec();
}

QString ReportPrinting::savePdf(const PagedTableReport &report, const QString &suggestedName,
                                QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
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
