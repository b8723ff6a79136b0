#include "checklist/NewAssessmentDialog.h"

#include "util/JapaneseDate.h"
#include "util/Localization.h"
#include "widgets/FiscalYearSpinBox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Koso {

NewAssessmentDialog::NewAssessmentDialog(const QVector<Assessment> &assessments,
                                         const QVector<ChecklistTemplate> &templates,
                                         qint64 currentTemplateId, QWidget *parent)
    : QDialog(parent)
    , m_fiscalYear(new FiscalYearSpinBox(this))
    , m_filledOn(new QDateEdit(QDate::currentDate(), this))
    , m_era(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_template(new QComboBox(this))
    , m_blank(new QRadioButton(tr("Start with every item unanswered"), this))
    , m_copy(new QRadioButton(tr("Start from a copy of:"), this))
    , m_previous(new QComboBox(this))
{
    setWindowTitle(tr("New self-assessment"));
    m_filledOn->setCalendarPopup(true);
    m_filledOn->setDisplayFormat(Localization::dateEditFormat());
    m_title->setPlaceholderText(tr("optional, e.g. 6月時点"));
    for (const ChecklistTemplate &t : templates)
        m_template->addItem(t.displayName(), t.id);
    m_template->setCurrentIndex(qMax(0, m_template->findData(currentTemplateId)));
    // Newest first: last year's is the usual starting point.
    for (int i = int(assessments.size()) - 1; i >= 0; --i)
        m_previous->addItem(assessments.at(i).label(), assessments.at(i).id);

    auto *group = new QButtonGroup(this);
    group->addButton(m_blank);
    group->addButton(m_copy);
    const bool canCopy = !assessments.isEmpty();
    m_copy->setEnabled(canCopy);
    m_previous->setEnabled(canCopy);
    (canCopy ? m_copy : m_blank)->setChecked(true);
    connect(m_copy, &QRadioButton::toggled, m_previous, &QWidget::setEnabled);
    m_previous->setEnabled(m_copy->isChecked());

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_filledOn);
    dateRow->addWidget(m_era, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Fiscal year:"), m_fiscalYear);
    form->addRow(tr("Date filled in:"), dateRow);
    form->addRow(tr("Name:"), m_title);
    form->addRow(tr("Template:"), m_template);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addWidget(m_previous, 1);
    auto *hint = new QLabel(tr("A copy carries over the answers, remarks and sections in charge "
                               "item by item, so that only what changed needs editing."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_blank);
    layout->addLayout(copyRow);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(m_filledOn, &QDateEdit::dateChanged, this, &NewAssessmentDialog::updateEraLabel);
    updateEraLabel();
}

void NewAssessmentDialog::updateEraLabel()
{
    m_era->setText(JapaneseDate::format(m_filledOn->date()));
}

int NewAssessmentDialog::fiscalYear() const
{
    return m_fiscalYear->value();
}

QDate NewAssessmentDialog::filledOn() const
{
    return m_filledOn->date();
}

QString NewAssessmentDialog::title() const
{
    return m_title->text().trimmed();
}

qint64 NewAssessmentDialog::templateId() const
{
    return m_template->currentData().toLongLong();
}

qint64 NewAssessmentDialog::copyFrom() const
{
    return m_copy->isChecked() ? m_previous->currentData().toLongLong() : 0;
}

void NewAssessmentDialog::setFiscalYear(int year)
{
    m_fiscalYear->setValue(year);
}

void NewAssessmentDialog::setFilledOn(const QDate &date)
{
    m_filledOn->setDate(date);
}

void NewAssessmentDialog::setCopyFrom(qint64 assessmentId)
{
    if (assessmentId == 0) {
        m_blank->setChecked(true);
        return;
    }
    const int i = m_previous->findData(assessmentId);
    if (i >= 0) {
        m_copy->setChecked(true);
        m_previous->setCurrentIndex(i);
    }
}

} // namespace Koso
