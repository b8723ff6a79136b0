#include "council/AgreementDialog.h"

#include "council/CouncilStore.h"
#include "policy/PolicyStore.h"
#include "policy/PolicyVocabulary.h"
#include "storage/Dataset.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>

namespace Koso {

AgreementDialog::AgreementDialog(Dataset &dataset, const CouncilMeeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_status(new QComboBox(this))
{
    setWindowTitle(tr("Record agreed policies"));
    setObjectName(QStringLiteral("agreementDialog"));
    m_list->setObjectName(QStringLiteral("hospitalList"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    resize(480, 520);
    const auto council = CouncilStore(dataset).council(meeting.councilId);
    const QString area = !council
        ? QString()
        : (council->isPrefectureLevel() ? council->prefectureCode : council->regionCode);
    const auto policies = PolicyStore(dataset).policies(area);
    for (const Hospital &h : HospitalStore(dataset).hospitals(area)) {
        if (h.mergedInto)
            continue;
        const ResponsePolicy p = policies.value(h.id);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1（%2）").arg(h.name, PolicyVocabulary::statusName(p.status)), m_list);
        item->setData(Qt::UserRole, h.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool agreedHere = p.agreedMeetingId == meeting.id;
        item->setCheckState(
            agreedHere || meeting.discussedHospitals.contains(h.id) ? Qt::Checked : Qt::Unchecked);
    }
    for (PolicyStatus s :
         { PolicyStatus::Agreed, PolicyStatus::AgreedVerified, PolicyStatus::Implemented })
        m_status->addItem(PolicyVocabulary::statusName(s), int(s));
    m_status->setCurrentIndex(1);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The policies of the checked hospitals were agreed at the meeting "
                               "of %1; their date agreed becomes that day.")
                                .arg(JapaneseDate::display(meeting.heldOn)),
                            this));
    form->addRow(m_list);
    form->addRow(tr("&Status:"), m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QVector<qint64> AgreementDialog::hospitals() const
{
    QVector<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

PolicyStatus AgreementDialog::status() const
{
    return PolicyStatus(m_status->currentData().toInt());
}

void AgreementDialog::accept()
{
    if (hospitals().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Check the hospitals whose policies were agreed."));
        return;
    }
    QDialog::accept();
}

} // namespace Koso
