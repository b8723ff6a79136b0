#include "widgets/ReportPrinter.h"

#include "charts/ReportCharts.h"
#include "widgets/ScreenFit.h"

#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Koso {

void ReportPrinter::setUpPrinter(QPrinter *printer)
{
    printer->setFullPage(true);
    printer->setPageLayout(RegionReport::pageLayout());
    printer->setDocName(QStringLiteral("Koso Planner"));
}

bool ReportPrinter::print(QPrinter *printer, RegionReport &report, QString *error)
{
    ReportCharts charts;
    report.setChartPainter(&charts);
    const bool ok = report.paint(printer, error);
    report.setChartPainter(nullptr);
    return ok;
}

void ReportPrinter::preview(QWidget *parent, RegionReport report)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: region report"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&report, &dialog](QPrinter *p) {
                         QString error;
                         if (!print(p, report, &error))
                             QMessageBox::warning(&dialog, tr("Print"), error);
                     });
    ScreenFit::resize(&dialog, QSize(1100, 800));
    dialog.exec();
}

} // namespace Koso
