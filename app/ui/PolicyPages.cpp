#include "PolicyPages.h"

#include "CouncilPage.h"
#include "HospitalsPage.h"
#include "PolicyRatesPage.h"
#include "WhatIfView.h"

namespace Koso {

PolicyPages::PolicyPages(Dataset *dataset, QUndoStack *undoStack, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_hospitals(new HospitalsPage(dataset, undoStack, parentWidget))
    , m_rates(new PolicyRatesPage(dataset, parentWidget))
    , m_whatIf(new WhatIfView(dataset, parentWidget))
    , m_councils(new CouncilPage(dataset, undoStack, parentWidget))
{
    connect(m_councils, &CouncilPage::hospitalActivated, this, &PolicyPages::openHospital);
}

QVector<PolicyPages::Page> PolicyPages::pages() const
{
    return { { m_hospitals, tr("Hospitals") },
             { m_rates, tr("Policy rates") },
             { m_whatIf, tr("What-if") },
             { m_councils, tr("Councils") } };
}

void PolicyPages::openHospital(qint64 hospitalId)
{
    m_hospitals->openHospital(hospitalId);
    emit pageRequested(m_hospitals);
}

} // namespace Koso
