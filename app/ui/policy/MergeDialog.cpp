#include "policy/MergeDialog.h"

#include "storage/Dataset.h"
#include "storage/HospitalStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Koso {

MergeDialog::MergeDialog(Dataset &dataset, const QVector<Hospital> &merging, QWidget *parent)
    : QDialog(parent)
    , m_merging(merging)
    , m_existing(new QRadioButton(tr("Into an existing hospital:"), this))
    , m_new(new QRadioButton(tr("Into a new hospital:"), this))
    , m_target(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_municipality(new QLineEdit(this))
{
    setWindowTitle(tr("Merge hospitals"));
    setObjectName(QStringLiteral("mergeDialog"));
    m_existing->setObjectName(QStringLiteral("existingRadio"));
    m_new->setObjectName(QStringLiteral("newRadio"));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_municipality->setObjectName(QStringLiteral("municipalityEdit"));
    QStringList names;
    for (const Hospital &h : merging)
        names << h.name;
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Merging: %1. Their figures, policies and history are kept and "
                                "shown with the hospital they become part of.")
                                 .arg(names.join(QStringLiteral("、"))),
                             this);
    intro->setTextFormat(Qt::PlainText); // names from data are text, never markup
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // The selected ones first: usually one of them absorbs the others.
    for (const Hospital &h : merging)
        m_target->addItem(h.name, h.id);
    m_target->insertSeparator(m_target->count());
    const QString pref = merging.isEmpty() ? QString() : merging.first().regionCode.left(2);
    for (const Hospital &h : HospitalStore(dataset).hospitals(pref)) {
        bool selected = false;
        for (const Hospital &m : merging)
            selected = selected || m.id == h.id;
        if (!selected && !h.mergedInto)
            m_target->addItem(h.name, h.id);
    }
    layout->addWidget(m_existing);
    layout->addWidget(m_target);
    layout->addWidget(m_new);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Municipality:"), m_municipality);
    if (!merging.isEmpty())
        m_municipality->setText(merging.first().municipality);
    layout->addLayout(form);
    m_existing->setChecked(true);
    const auto update = [this] {
        m_target->setEnabled(m_existing->isChecked());
        m_name->setEnabled(m_new->isChecked());
        m_municipality->setEnabled(m_new->isChecked());
    };
    connect(m_existing, &QRadioButton::toggled, this, update);
    update();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool MergeDialog::intoNew() const
{
    return m_new->isChecked();
}

qint64 MergeDialog::targetId() const
{
    return m_target->currentData().toLongLong();
}

Hospital MergeDialog::newHospital() const
{
    Hospital h;
    if (!m_merging.isEmpty()) {
        h.regionCode = m_merging.first().regionCode;
        h.kind = m_merging.first().kind;
        h.ownerGroup = m_merging.first().ownerGroup;
    }
    h.name = m_name->text().trimmed();
    h.municipality = m_municipality->text().trimmed();
    return h;
}

QVector<qint64> MergeDialog::absorbed() const
{
    QVector<qint64> ids;
    const qint64 target = intoNew() ? 0 : targetId();
    for (const Hospital &h : m_merging) {
        if (h.id != target)
            ids << h.id;
    }
    return ids;
}

void MergeDialog::accept()
{
    if (intoNew() && m_name->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the new hospital a name."));
        return;
    }
    if (absorbed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose at least two hospitals to merge."));
        return;
    }
    QDialog::accept();
}

} // namespace Koso
