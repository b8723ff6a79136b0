#include "policy/PolicyPages.h"

#include "council/CouncilPage.h"
#include "document/Document.h"
#include "policy/HospitalFiguresChart.h"
#include "policy/HospitalPage.h"
#include "policy/HospitalsPage.h"
#include "policy/PolicyRatesPage.h"
#include "policy/WhatIfView.h"
#include "widgets/ChartExportDialog.h"

#include <QVBoxLayout>

namespace Koso {

namespace {

QWidget *makeHost(const QString &name)
{
    auto *host = new QWidget;
    host->setObjectName(name);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    return host;
}

} // namespace

PolicyPages::PolicyPages(QObject *parent)
    : QObject(parent)
    , m_hospitalsHost(makeHost(QStringLiteral("hospitalsHost")))
    , m_ratesHost(makeHost(QStringLiteral("policyRatesHost")))
    , m_whatIfHost(makeHost(QStringLiteral("whatIfHost")))
    , m_councilsHost(makeHost(QStringLiteral("councilsHost")))
{ }

PolicyPages::~PolicyPages()
{
    // The hosts belong to the main window's page stack once added (and may be gone already
    // when the window is being destroyed); delete only those never added.
    for (const QPointer<QWidget> &host :
         { m_hospitalsHost, m_ratesHost, m_whatIfHost, m_councilsHost }) {
        if (host && !host->parent())
            delete host.data();
    }
}

QVector<PolicyPages::Page> PolicyPages::pages() const
{
    return { { m_hospitalsHost, tr("Hospitals"), QStringLiteral(":/app/icons/hospitals.svg") },
             { m_ratesHost, tr("Policy rates"), QStringLiteral(":/app/icons/policy-rates.svg") },
             { m_whatIfHost, tr("What-if"), QStringLiteral(":/app/icons/what-if.svg") },
             { m_councilsHost, tr("Councils"), QStringLiteral(":/app/icons/councils.svg") } };
}

HospitalsPage *PolicyPages::hospitals() const
{
    return m_hospitals;
}

PolicyRatesPage *PolicyPages::rates() const
{
    return m_rates;
}

WhatIfView *PolicyPages::whatIf() const
{
    return m_whatIf;
}

CouncilPage *PolicyPages::councils() const
{
    return m_councils;
}

void PolicyPages::clear()
{
    // Called from the main window's documentChanged(), never from inside a page, so the old
    // pages can go at once, before the old document is closed.
    delete m_hospitals;
    delete m_rates;
    delete m_whatIf;
    delete m_councils;
}

void PolicyPages::setDocument(Document *document)
{
    if (document)
        setDataset(document->dataset(), document->undoStack());
    else
        clear();
}

void PolicyPages::setDataset(Dataset *dataset, QUndoStack *undoStack)
{
    clear();
    if (!dataset)
        return;
    m_hospitals = new HospitalsPage(dataset, undoStack, m_hospitalsHost);
    m_rates = new PolicyRatesPage(dataset, m_ratesHost);
    m_whatIf = new WhatIfView(dataset, m_whatIfHost);
    m_councils = new CouncilPage(dataset, undoStack, m_councilsHost);
    m_hospitalsHost->layout()->addWidget(m_hospitals);
    m_ratesHost->layout()->addWidget(m_rates);
    m_whatIfHost->layout()->addWidget(m_whatIf);
    m_councilsHost->layout()->addWidget(m_councils);
    connect(m_councils, &CouncilPage::hospitalActivated, this, &PolicyPages::openHospital);

    // Their charts go out through the same export dialog as the analysis charts.
    HospitalFiguresChart *figures = m_hospitals->hospital()->figuresChart();
    connect(figures, &HospitalFiguresChart::exportChartRequested, figures,
            [figures] { exportChart(figures, figures); });
    connect(m_rates, &PolicyRatesPage::exportChartRequested, m_rates,
            [rates = m_rates.data()] { exportChart(rates, rates); });
    connect(m_whatIf, &WhatIfView::exportChartRequested, m_whatIf,
            [whatIf = m_whatIf.data()] { exportChart(whatIf, whatIf); });
}

void PolicyPages::exportChart(const ExportableChart *chart, QWidget *parent)
{
    ChartExportDialog dialog(chart->exportableChart(), chart->chartCaption(), parent);
    dialog.exec();
}

void PolicyPages::openHospital(qint64 hospitalId)
{
    if (!m_hospitals)
        return;
    m_hospitals->openHospital(hospitalId);
    emit pageRequested(m_hospitalsHost);
}

void PolicyPages::openCouncils(int fiscalYear)
{
    if (!m_councils)
        return;
    m_councils->setFiscalYear(fiscalYear);
    emit pageRequested(m_councilsHost);
}

} // namespace Koso
