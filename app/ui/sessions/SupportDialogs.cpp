#include "sessions/SupportDialogs.h"

#include "widgets/DateLineEdit.h"

#include "council/CouncilStore.h"
#include "measures/MeasureStore.h"
#include "sessions/SessionStore.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Koso {

namespace {

QFormLayout *formWithButtons(QDialog *dialog)
{
    auto *layout = new QVBoxLayout(dialog);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return form;
}

QPlainTextEdit *textBox(const QString &text, int lines = 3)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

BankContactDialog::BankContactDialog(const std::optional<BankContact> &contact, QWidget *parent)
    : QDialog(parent)
    , m_contact(contact.value_or(BankContact()))
{
    setWindowTitle(contact ? tr("Edit Bank Contact") : tr("New Bank Contact"));
    QFormLayout *form = formWithButtons(this);
    m_bank = new QLineEdit(m_contact.bank);
    m_branch = new QLineEdit(m_contact.branch);
    m_person = new QLineEdit(m_contact.person);
    m_phone = new QLineEdit(m_contact.phone);
    m_mail = new QLineEdit(m_contact.mail);
    m_note = textBox(m_contact.note);
    form->addRow(tr("&Bank:"), m_bank);
    form->addRow(tr("B&ranch or section:"), m_branch);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Mail:"), m_mail);
    form->addRow(tr("&Note:"), m_note);
    resize(460, sizeHint().height());
}

BankContact BankContactDialog::contact() const
{
    BankContact c = m_contact;
    c.bank = m_bank->text().trimmed();
    c.branch = m_branch->text().trimmed();
    c.person = m_person->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.mail = m_mail->text().trimmed();
    c.note = m_note->toPlainText().trimmed();
    return c;
}

void BankContactDialog::accept()
{
    if (contact().bank.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Enter the bank's name."));
        return;
    }
    QDialog::accept();
}

MeasureDialog::MeasureDialog(const std::optional<SupportMeasure> &measure, QWidget *parent)
    : QDialog(parent)
    , m_measure(measure.value_or(SupportMeasure()))
{
    setWindowTitle(measure ? tr("Edit Support Measure") : tr("New Support Measure"));
    QFormLayout *form = formWithButtons(this);
    m_name = new QLineEdit(m_measure.name);
    m_category = new QLineEdit(m_measure.category);
    m_basis = new QLineEdit(m_measure.basis);
    m_eligible = textBox(m_measure.eligible);
    m_conditions = textBox(m_measure.conditions);
    m_summary = textBox(m_measure.summary);
    m_from = new DateLineEdit;
    m_from->setDate(m_measure.validFrom);
    m_to = new DateLineEdit;
    m_to->setDate(m_measure.validTo);
    m_to->setPlaceholderText(tr("Empty: no end date"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Legal &basis:"), m_basis);
    form->addRow(tr("&Who can use it:"), m_eligible);
    form->addRow(tr("C&onditions:"), m_conditions);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("Valid &from:"), m_from);
    form->addRow(tr("Valid &to:"), m_to);
    if (measure)
        form->addRow(QString(),
                     new QLabel(tr("Saving stores version %1; the earlier versions "
                                   "are kept.")
                                    .arg(m_measure.version + 1)));
    resize(560, sizeHint().height());
}

SupportMeasure MeasureDialog::measure() const
{
    SupportMeasure m = m_measure;
    m.name = m_name->text().trimmed();
    m.category = m_category->text().trimmed();
    m.basis = m_basis->text().trimmed();
    m.eligible = m_eligible->toPlainText().trimmed();
    m.conditions = m_conditions->toPlainText().trimmed();
    m.summary = m_summary->toPlainText().trimmed();
    m.validFrom = m_from->date();
    m.validTo = m_to->date();
    return m;
}

void MeasureDialog::accept()
{
    const SupportMeasure m = measure();
    if (m.name.isEmpty() || !m_from->isAcceptable() || !m_to->isAcceptable()
        || (m.validFrom.isValid() && m.validTo.isValid() && m.validTo < m.validFrom)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Enter a name, and dates of validity that end after they begin."));
        return;
    }
    QDialog::accept();
}

MeasureUseDialog::MeasureUseDialog(Dataset *dataset, const MeasureUse &use, QWidget *parent)
    : QDialog(parent)
    , m_use(use)
{
    setWindowTitle(use.id ? tr("Edit Measure of Hospital") : tr("Link Measure to Hospital"));
    QFormLayout *form = formWithButtons(this);
    m_measure = new QComboBox;
    for (const SupportMeasure &m : MeasureStore(*dataset).catalogue(false))
        m_measure->addItem(m.name, m.id);
    m_measure->setCurrentIndex(qMax(0, m_measure->findData(use.measureId)));
    m_hospital = new QComboBox;
    m_hospital->setEditable(true);
    m_hospital->setInsertPolicy(QComboBox::NoInsert);
    for (const Hospital &h : HospitalStore(*dataset).hospitals(dataset->homePrefectureCode())) {
        if (!h.mergedInto)
            m_hospital->addItem(h.name, h.id);
    }
    if (use.hospitalId > 0 && m_hospital->findData(use.hospitalId) < 0) {
        // A hospital of another prefecture, or merged: offered all the same.
        if (const auto h = HospitalStore(*dataset).hospital(use.hospitalId))
            m_hospital->addItem(h->name, h->id);
    }
    m_hospital->setCurrentIndex(qMax(0, m_hospital->findData(use.hospitalId)));
    m_stage = new QComboBox;
    m_stage->addItem(MeasureUse::stageName(MeasureUse::Stage::Planned),
                     int(MeasureUse::Stage::Planned));
    m_stage->addItem(MeasureUse::stageName(MeasureUse::Stage::Used), int(MeasureUse::Stage::Used));
    m_stage->setCurrentIndex(m_stage->findData(int(use.stage)));
    m_year = new QSpinBox;
    m_year->setRange(2013, 2100);
    m_year->setSpecialValueText(tr("not known"));
    m_year->setMinimum(2013);
    m_year->setValue(use.fiscalYear ? use.fiscalYear
                                    : JapaneseDate::fiscalYear(QDate::currentDate()));
    m_amount = new QLineEdit(use.amountYen ? QString::number(*use.amountYen) : QString());
    m_amount->setPlaceholderText(tr("Yen; empty when not known"));
    m_note = new QLineEdit(use.note);
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(tr("&Hospital:"), m_hospital);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Fiscal year:"), m_year);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Note:"), m_note);
    resize(520, sizeHint().height());
}

MeasureUse MeasureUseDialog::use() const
{
    MeasureUse u = m_use;
    u.measureId = m_measure->currentData().toString();
    u.hospitalId = m_hospital->currentData().toLongLong();
    u.stage = MeasureUse::Stage(m_stage->currentData().toInt());
    u.fiscalYear = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    QString amount = m_amount->text().normalized(QString::NormalizationForm_KC);
    amount.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QStringLiteral("円"));
    bool ok = false;
    const qint64 yen = amount.toLongLong(&ok);
    u.amountYen = ok ? std::optional<qint64>(yen) : std::nullopt;
    u.note = m_note->text().trimmed();
    return u;
}

void MeasureUseDialog::lockHospital()
{
    m_hospital->setEnabled(false);
}

void MeasureUseDialog::accept()
{
    const QString amount = m_amount->text().trimmed();
    if (use().measureId.isEmpty() || use().hospitalId <= 0
        || (!amount.isEmpty() && !use().amountYen)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Choose a measure and a hospital; write the amount in yen "
                                "(digits only) or leave it empty."));
        return;
    }
    QDialog::accept();
}

CaseDialog::CaseDialog(Dataset *dataset, const std::optional<PracticeCase> &practiceCase,
                       QWidget *parent)
    : QDialog(parent)
    , m_case(practiceCase.value_or(PracticeCase()))
{
    setWindowTitle(practiceCase ? tr("Edit Case") : tr("New Case"));
    QFormLayout *form = formWithButtons(this);
    m_title = new QLineEdit(m_case.title);
    m_kind = new QComboBox;
    for (PracticeCase::Kind k : PracticeCase::kinds())
        m_kind->addItem(PracticeCase::kindName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(m_case.kind)));
    m_regionSize = new QLineEdit(m_case.regionSize);
    m_regionSize->setPlaceholderText(tr("e.g. a region of about 200,000 people"));
    m_background = textBox(m_case.background);
    m_actions = textBox(m_case.actions);
    m_results = textBox(m_case.results);
    m_source = new QLineEdit(m_case.source);
    m_page = new QLineEdit(m_case.sourcePage);
    m_tags = new QLineEdit(m_case.tags.join(QStringLiteral("、")));
    m_links = new QListWidget;
    m_links->setFixedHeight(120);
    auto addLink = [this](const QString &kind, const QString &target, const QString &label) {
        auto *item = new QListWidgetItem(label, m_links);
        item->setData(Qt::UserRole, kind);
        item->setData(Qt::UserRole + 1, target);
        item->setCheckState(m_case.links.contains(PracticeCase::Link { kind, target })
                                ? Qt::Checked
                                : Qt::Unchecked);
    };
    for (const Region &r : GeographyStore(*dataset).regions(dataset->homePrefectureCode()))
        addLink(QStringLiteral("region"), r.code, tr("Region: %1").arg(r.name));
    for (const StudySession &s : SessionStore(*dataset).sessions())
        addLink(QStringLiteral("session"), QString::number(s.id),
                tr("Session: %1 (%2)").arg(s.title, JapaneseDate::display(s.date)));
    for (const Council &c : CouncilStore(*dataset).councils(dataset->homePrefectureCode()))
        addLink(QStringLiteral("council"), QString::number(c.id), tr("Council: %1").arg(c.name));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Region si&ze:"), m_regionSize);
    form->addRow(tr("&Background:"), m_background);
    form->addRow(tr("&What was done:"), m_actions);
    form->addRow(tr("&Results:"), m_results);
    form->addRow(tr("S&ource document:"), m_source);
    form->addRow(tr("&Page:"), m_page);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Linked to:"), m_links);
    resize(600, sizeHint().height());
}

PracticeCase CaseDialog::practiceCase() const
{
    PracticeCase c = m_case;
    c.title = m_title->text().trimmed();
    c.kind = PracticeCase::Kind(m_kind->currentData().toInt());
    c.regionSize = m_regionSize->text().trimmed();
    c.background = m_background->toPlainText().trimmed();
    c.actions = m_actions->toPlainText().trimmed();
    c.results = m_results->toPlainText().trimmed();
    c.source = m_source->text().trimmed();
    c.sourcePage = m_page->text().trimmed();
    c.tags.clear();
    for (const QString &t :
         m_tags->text().split(QRegularExpression(QStringLiteral("[、，,\\s]")), Qt::SkipEmptyParts))
        c.tags << t;
    c.links.clear();
    for (int i = 0; i < m_links->count(); ++i) {
        const QListWidgetItem *item = m_links->item(i);
        if (item->checkState() == Qt::Checked)
            c.links << PracticeCase::Link { item->data(Qt::UserRole).toString(),
                                            item->data(Qt::UserRole + 1).toString() };
    }
    std::sort(c.links.begin(), c.links.end(), [](const auto &a, const auto &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.target < b.target;
    });
    return c;
}

void CaseDialog::accept()
{
    if (practiceCase().title.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Enter the case's title."));
        return;
    }
    QDialog::accept();
}

} // namespace Koso
