#include "analysis/AnalysisPages.h"

#include "analysis/PrefectureDashboard.h"
#include "analysis/RegionPage.h"
#include "document/Document.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QIcon>

namespace Koso {

AnalysisPages::AnalysisPages(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("analysisPages"));
    m_dashboard = new PrefectureDashboard;
    m_regionPage = new RegionPage;
    window->addPage(m_dashboard, tr("Prefecture dashboard"),
                    QIcon(QStringLiteral(":/app/icons/dashboard.svg")));
    window->addPage(m_regionPage, tr("Region analysis"),
                    QIcon(QStringLiteral(":/app/icons/region.svg")));
    connect(window, &MainWindow::documentChanged, this, &AnalysisPages::setDocument);
    connect(m_dashboard, &PrefectureDashboard::regionActivated, this, &AnalysisPages::openRegion);
    connect(m_dashboard, &PrefectureDashboard::thresholdChanged, m_regionPage,
            &RegionPage::setThreshold);
    setDocument(window->document());

    // The prefecture report; the window puts these in its File menu.
    auto *print = new QAction(tr("&Print Prefecture Report…"), window);
    print->setObjectName(QStringLiteral("actionPrintPrefectureReport"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, m_dashboard, &PrefectureDashboard::printReport);
    auto *pdf = new QAction(tr("Save Prefecture Report as P&DF…"), window);
    pdf->setObjectName(QStringLiteral("actionSavePrefectureReport"));
    connect(pdf, &QAction::triggered, m_dashboard, &PrefectureDashboard::saveReportPdf);
    m_reportActions = { print, pdf };
    for (QAction *a : std::as_const(m_reportActions)) {
        a->setEnabled(window->document());
        connect(window, &MainWindow::documentChanged, a,
                [a](Document *document) { a->setEnabled(document); });
    }
}

void AnalysisPages::setDocument(Document *document)
{
    Dataset *dataset = document ? document->dataset() : nullptr;
    m_dashboard->setDataset(dataset);
    m_regionPage->setDataset(dataset);
}

void AnalysisPages::setThreshold(double fraction)
{
    m_dashboard->setThreshold(fraction); // saves it and tells the region page
}

void AnalysisPages::openRegion(const QString &code)
{
    m_regionPage->setRegion(code);
    m_window->setCurrentPage(m_regionPage);
}

} // namespace Koso
