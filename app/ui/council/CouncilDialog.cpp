#include "council/CouncilDialog.h"

#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>

namespace Koso {

CouncilDialog::CouncilDialog(Dataset &dataset, const Council &council, QWidget *parent)
    : QDialog(parent)
    , m_council(council)
    , m_name(new QLineEdit(council.name, this))
    , m_region(new QComboBox(this))
    , m_note(new QLineEdit(council.note, this))
{
    setWindowTitle(council.id == 0 ? tr("Add council") : tr("Edit council"));
    setObjectName(QStringLiteral("councilDialog"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    if (m_council.prefectureCode.isEmpty())
        m_council.prefectureCode = dataset.homePrefectureCode();
    m_region->addItem(tr("The whole prefecture"), QString());
    for (const Region &r : GeographyStore(dataset).regions(m_council.prefectureCode))
        m_region->addItem(r.name, r.code);
    m_region->setCurrentIndex(qMax(0, m_region->findData(council.regionCode)));
    if (council.name.isEmpty()) {
        // The usual name, which the planner can change.
        const auto suggest = [this] {
            m_name->setPlaceholderText(
                QStringLiteral("%1地域医療構想調整会議")
                    .arg(m_region->currentIndex() == 0 ? QString() : m_region->currentText()));
        };
        connect(m_region, &QComboBox::currentIndexChanged, this, suggest);
        suggest();
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Area:"), m_region);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("N&ote:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Council CouncilDialog::council() const
{
    Council c = m_council;
    c.name
        = m_name->text().trimmed().isEmpty() ? m_name->placeholderText() : m_name->text().trimmed();
    c.regionCode = m_region->currentData().toString();
    c.note = m_note->text().trimmed();
    return c;
}

void CouncilDialog::accept()
{
    if (council().name.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("A council needs a name."));
        return;
    }
    QDialog::accept();
}

} // namespace Koso
