#include "policy/HospitalDialog.h"

#include "policy/PolicyVocabulary.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace Koso {

HospitalDialog::HospitalDialog(Dataset &dataset, const Hospital &hospital, QWidget *parent)
    : QDialog(parent)
    , m_hospital(hospital)
    , m_name(new QLineEdit(hospital.name, this))
    , m_region(new QComboBox(this))
    , m_municipality(new QLineEdit(hospital.municipality, this))
    , m_kind(new QComboBox(this))
    , m_ownerGroup(new QComboBox(this))
    , m_note(new QPlainTextEdit(hospital.note, this))
{
    setWindowTitle(hospital.id == 0 ? tr("Add hospital") : tr("Edit hospital"));
    setObjectName(QStringLiteral("hospitalDialog"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_municipality->setObjectName(QStringLiteral("municipalityEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_ownerGroup->setObjectName(QStringLiteral("ownerGroupCombo"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    for (const Region &r : GeographyStore(dataset).regions(dataset.homePrefectureCode()))
        m_region->addItem(QStringLiteral("%1 %2").arg(r.code, r.name), r.code);
    m_region->setCurrentIndex(qMax(0, m_region->findData(hospital.regionCode)));
    m_kind->addItem(PolicyVocabulary::kindName(HospitalKind::Hospital),
                    hospitalKindKey(HospitalKind::Hospital));
    m_kind->addItem(PolicyVocabulary::kindName(HospitalKind::Clinic),
                    hospitalKindKey(HospitalKind::Clinic));
    m_kind->setCurrentIndex(hospital.kind == HospitalKind::Clinic ? 1 : 0);
    for (OwnerGroup g :
         { OwnerGroup::Unknown, OwnerGroup::Public, OwnerGroup::QuasiPublic, OwnerGroup::Private })
        m_ownerGroup->addItem(PolicyVocabulary::ownerGroupName(g), ownerGroupKey(g));
    m_ownerGroup->setCurrentIndex(
        qMax(0, m_ownerGroup->findData(ownerGroupKey(hospital.ownerGroup))));
    m_note->setMaximumHeight(80);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Municipality:"), m_municipality);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Owner group:"), m_ownerGroup);
    form->addRow(tr("N&ote:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Hospital HospitalDialog::hospital() const
{
    Hospital h = m_hospital;
    h.name = m_name->text().trimmed();
    h.regionCode = m_region->currentData().toString();
    h.municipality = m_municipality->text().trimmed();
    h.kind = hospitalKindFromKey(m_kind->currentData().toString());
    h.ownerGroup = ownerGroupFromKey(m_ownerGroup->currentData().toString());
    h.note = m_note->toPlainText();
    return h;
}

void HospitalDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("A hospital needs a name."));
        return;
    }
    if (m_region->currentIndex() < 0) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The dataset has no regions yet; import MHLW's data first."));
        return;
    }
    QDialog::accept();
}

} // namespace Koso
