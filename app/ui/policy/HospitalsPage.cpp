#include "policy/HospitalsPage.h"

#include "policy/HospitalListPage.h"
#include "policy/HospitalPage.h"

#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Koso {

HospitalsPage::HospitalsPage(Dataset *dataset, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_list(new HospitalListPage(dataset, undoStack, this))
    , m_detail(new QWidget(this))
    , m_hospital(new HospitalPage(dataset, undoStack, m_detail))
    , m_back(new QToolButton(m_detail))
{
    setObjectName(QStringLiteral("hospitalsPage"));
    m_back->setText(tr("← Back to the list"));
    m_back->setAutoRaise(true);
    m_back->setShortcut(QKeySequence::Back);
    auto *detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);
    detail->addWidget(m_back, 0, Qt::AlignLeft);
    detail->addWidget(m_hospital, 1);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_list, &HospitalListPage::hospitalActivated, this, &HospitalsPage::openHospital);
    connect(m_hospital, &HospitalPage::hospitalActivated, this, &HospitalsPage::openHospital);
    connect(m_back, &QToolButton::clicked, this, &HospitalsPage::showList);
}

bool HospitalsPage::showsHospital() const
{
    return m_stack->currentWidget() == m_detail;
}

void HospitalsPage::openHospital(qint64 hospitalId)
{
    m_hospital->setHospital(hospitalId);
    m_stack->setCurrentWidget(m_detail);
}

void HospitalsPage::showList()
{
    m_list->selectHospitals({ m_hospital->hospitalId() });
    m_stack->setCurrentWidget(m_list);
}

} // namespace Koso
