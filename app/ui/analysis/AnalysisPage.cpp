#include "analysis/AnalysisPage.h"

#include "analysis/AnalysisWidgets.h"
#include "analysis/GapTables.h"
#include "charts/RegionReportBuilder.h"
#include "charts/ReportCharts.h"
#include "report/RegionReport.h"
#include "storage/FigureStore.h"
#include "util/Folders.h"
#include "widgets/EmptyDatasetNotice.h"
#include "widgets/ReportPrinting.h"
#include "widgets/TableExport.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Koso {

AnalysisPage::AnalysisPage(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true); // a long title wraps instead of widening the window
    m_title->setTextFormat(Qt::PlainText); // names from data are text, never markup
    m_tabs = new QTabWidget(this);
    m_caveat = AnalysisWidgets::caveatLabel(this);
    m_notice = new EmptyDatasetNotice(this);
    m_notice->hide();
}

QBoxLayout *AnalysisPage::createHeader(const QList<QWidget *> &before,
                                       const QList<QWidget *> &after,
                                       const std::function<void()> &exportTable,
                                       const QString &printTip, const QString &pdfTip)
{
    auto *exportButton = new QPushButton(tr("Export table…"), this);
    connect(exportButton, &QPushButton::clicked, this, exportTable);
    auto *print = new QPushButton(tr("Print report…"), this);
    print->setToolTip(printTip);
    connect(print, &QPushButton::clicked, this, &AnalysisPage::printReport);
    auto *pdf = new QPushButton(tr("Report PDF…"), this);
    pdf->setToolTip(pdfTip);
    connect(pdf, &QPushButton::clicked, this, &AnalysisPage::saveReportPdf);

    auto *header = new QHBoxLayout;
    for (QWidget *w : before)
        header->addWidget(w);
    header->addWidget(m_title, 1);
    for (QWidget *w : after)
        header->addWidget(w);
    header->addWidget(exportButton);
    header->addWidget(print);
    header->addWidget(pdf);
    return header;
}

void AnalysisPage::layOut(QBoxLayout *header, QBoxLayout *aboveTabs)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    if (aboveTabs)
        layout->addLayout(aboveTabs);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_caveat);
}

void AnalysisPage::watch(Dataset *dataset)
{
    if (m_dataset)
        disconnect(m_dataset, nullptr, this, nullptr);
    m_dataset = dataset;
    if (dataset)
        connect(dataset, &Dataset::changed, this, &AnalysisPage::onDataChanged);
}

QString AnalysisPage::caveatText() const
{
    return m_caveat->text();
}

void AnalysisPage::exportTable(const QString &kind, const QString &code, double threshold)
{
    if (!m_dataset)
        return;
    QString error;
    const auto table
        = GapTables::build(*m_dataset, kind, code, threshold, GapTables::Header::Display, &error);
    if (table)
        TableExport::saveAs(this, *table, table->title);
}

void AnalysisPage::printReport()
{
    if (!m_dataset || reportRegions().isEmpty())
        return;
    // Built like the PDF, so a prefecture's report opens with its summary page here too.
    QString error;
    auto report = RegionReportBuilder::build(*m_dataset, reportCode(), reportThreshold(), &error);
    if (!report) {
        QMessageBox::warning(this, tr("Print report"), error);
        return;
    }
    ReportCharts charts;
    report->setChartPainter(&charts);
    ReportPrinting::preview(*report, this);
}

void AnalysisPage::saveReportPdf()
{
    if (!m_dataset || reportRegions().isEmpty())
        return;
    const QString folder = defaultDocumentsFolder();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report as PDF"),
        QDir(folder).filePath(reportName() + QStringLiteral(".pdf")), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!RegionReportBuilder::writePdf(*m_dataset, reportCode(), reportThreshold(), path, nullptr,
                                       &error))
        QMessageBox::warning(this, tr("Save report as PDF"), error);
}

} // namespace Koso
