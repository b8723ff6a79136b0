#include "policy/PolicyEditor.h"

#include "council/CouncilStore.h"
#include "policy/PolicyActions.h"
#include "policy/PolicyField.h"
#include "policy/PolicySheet.h"
#include "policy/PolicyStore.h"
#include "policy/PolicyVocabulary.h"
#include "storage/FigureStore.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"
#include "widgets/DateLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBlock>
#include <QUrl>

namespace Koso {

PolicyEditor::PolicyEditor(Dataset *dataset, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_dataset(dataset)
    , m_actions(new PolicyActions(dataset, undoStack))
    , m_state(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_ownerGroup(new QComboBox(this))
    , m_reverification(new QCheckBox(tr("Named for re-verification (再検証対象)"), this))
    , m_planKind(new QComboBox(this))
    , m_role(new QLineEdit(this))
    , m_targetYear(new QSpinBox(this))
    , m_bedsTotal(new QLabel(this))
    , m_writtenOn(new DateLineEdit(this))
    , m_agreedOn(new DateLineEdit(this))
    , m_meeting(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_links(new QPlainTextEdit(this))
    , m_openLink(new QPushButton(tr("&Open"), this))
{
    setObjectName(QStringLiteral("policyEditor"));
    for (PolicyStatus s : allPolicyStatuses())
        m_status->addItem(PolicyVocabulary::statusName(s), policyStatusKey(s));
    for (OwnerGroup g :
         { OwnerGroup::Unknown, OwnerGroup::Public, OwnerGroup::QuasiPublic, OwnerGroup::Private })
        m_ownerGroup->addItem(PolicyVocabulary::ownerGroupName(g), ownerGroupKey(g));
    for (PlanKind k : { PlanKind::None, PlanKind::PublicReformPlan, PlanKind::Public2025Plan })
        m_planKind->addItem(PolicyVocabulary::planKindName(k), planKindKey(k));
    m_targetYear->setRange(2016, 2060);
    for (DateLineEdit *date : { m_writtenOn, m_agreedOn })
        date->setRange(ResponsePolicy::earliestDate(), ResponsePolicy::latestDate());
    m_role->setPlaceholderText(
        tr("e.g. acute care centre of the region, recovery beds for the area"));
    m_notes->setPlaceholderText(tr("Notes (saved when you leave the field)"));
    m_links->setPlaceholderText(tr("Files and links, one per line (paths or URLs)"));
    m_notes->setMaximumHeight(90);
    m_links->setMaximumHeight(70);
    m_notes->installEventFilter(this);
    m_links->installEventFilter(this);
    m_state->setWordWrap(true);

    m_widgets = { { PolicyField::Status, m_status },
                  { PolicyField::OwnerGroup, m_ownerGroup },
                  { PolicyField::ReverificationTarget, m_reverification },
                  { PolicyField::PlanKind, m_planKind },
                  { PolicyField::PlannedRole, m_role },
                  { PolicyField::TargetYear, m_targetYear },
                  { PolicyField::WrittenOn, m_writtenOn },
                  { PolicyField::AgreedOn, m_agreedOn },
                  { PolicyField::AgreedMeetingId, m_meeting },
                  { PolicyField::Notes, m_notes },
                  { PolicyField::Links, m_links } };

    auto *beds = new QGridLayout;
    int column = 0;
    for (const BedFunction &f : FigureStore(*dataset).bedFunctions()) {
        auto *spin = new QSpinBox(this);
        spin->setRange(-1, PolicySheet::MaxBedsPerFunction);
        spin->setSpecialValueText(tr("—"));
        spin->setGroupSeparatorShown(true);
        spin->setToolTip(tr("Planned beds for the target year; — when not planned"));
        spin->setObjectName(QStringLiteral("beds_") + f.key);
        beds->addWidget(new QLabel(f.displayName(), this), 0, column);
        beds->addWidget(spin, 1, column++);
        m_beds.insert(f.key, spin);
        m_widgets.insert(ResponsePolicy::bedField(f.key), spin);
        connect(spin, &QSpinBox::editingFinished, this, [this, spin, key = f.key] {
            commit(ResponsePolicy::bedField(key),
                   spin->value() < 0 ? QString() : QString::number(spin->value()));
        });
    }
    beds->addWidget(new QLabel(tr("Total"), this), 0, column);
    beds->addWidget(m_bedsTotal, 1, column);

    auto *form = new QFormLayout(this);
    form->addRow(m_state);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Owner group:"), m_ownerGroup);
    form->addRow(QString(), m_reverification);
    form->addRow(tr("&Plan serving as the policy:"), m_planKind);
    form->addRow(tr("Planned &role:"), m_role);
    form->addRow(tr("&Target year:"), m_targetYear);
    form->addRow(tr("Planned beds:"), beds);
    form->addRow(tr("Date &written:"), m_writtenOn);
    form->addRow(tr("Date &agreed:"), m_agreedOn);
    form->addRow(tr("Agreed at &meeting:"), m_meeting);
    form->addRow(tr("&Notes:"), m_notes);
    auto *links = new QHBoxLayout;
    links->addWidget(m_links, 1);
    links->addWidget(m_openLink, 0, Qt::AlignTop);
    // A row of a layout gets no buddy from the form: without one the & would show as text.
    auto *linksLabel = new QLabel(tr("&Files and links:"), this);
    linksLabel->setBuddy(m_links);
    form->addRow(linksLabel, links);

    const auto comboCommit = [this](QComboBox *box, const QString &field) {
        connect(box, &QComboBox::activated, this,
                [this, box, field] { commit(field, box->currentData().toString()); });
    };
    comboCommit(m_status, PolicyField::Status);
    comboCommit(m_ownerGroup, PolicyField::OwnerGroup);
    comboCommit(m_planKind, PolicyField::PlanKind);
    comboCommit(m_meeting, PolicyField::AgreedMeetingId);
    connect(m_reverification, &QCheckBox::clicked, this, [this](bool on) {
        commit(PolicyField::ReverificationTarget, on ? QStringLiteral("1") : QStringLiteral("0"));
    });
    connect(m_role, &QLineEdit::editingFinished, this,
            [this] { commit(PolicyField::PlannedRole, m_role->text().trimmed()); });
    connect(m_targetYear, &QSpinBox::editingFinished, this,
            [this] { commit(PolicyField::TargetYear, QString::number(m_targetYear->value())); });
    connect(m_writtenOn, &DateLineEdit::dateEdited, this, [this](const QDate &d) {
        commit(PolicyField::WrittenOn, d.isValid() ? d.toString(Qt::ISODate) : QString());
    });
    connect(m_agreedOn, &DateLineEdit::dateEdited, this, [this](const QDate &d) {
        commit(PolicyField::AgreedOn, d.isValid() ? d.toString(Qt::ISODate) : QString());
    });
    connect(m_openLink, &QPushButton::clicked, this, &PolicyEditor::openLink);
    connect(m_dataset, &Dataset::changed, this, [this](DataChanges changes) {
        if (changes & (DataChange::Policies | DataChange::Hospitals | DataChange::Councils))
            reload();
    });
    setEnabled(false);
}

PolicyEditor::~PolicyEditor()
{
    delete m_actions;
}

void PolicyEditor::setHospital(qint64 hospitalId)
{
    m_hospitalId = hospitalId;
    reload();
}

void PolicyEditor::setAsOf(const QDate &date)
{
    m_asOf = date;
    reload();
}

void PolicyEditor::reload()
{
    const auto hospital = HospitalStore(*m_dataset).hospital(m_hospitalId);
    PolicyStore store(*m_dataset);
    const auto policy
        = m_asOf.isValid() ? store.policyAsOf(m_hospitalId, m_asOf) : store.policy(m_hospitalId);
    setEnabled(hospital.has_value());
    if (!hospital || !policy)
        return;
    m_loading = true;
    const bool past = m_asOf.isValid();
    if (past)
        m_state->setText(tr("<b>As of %1</b> (read-only): the policy as recorded at the end of "
                            "that day.")
                             .arg(JapaneseDate::display(m_asOf)));
    else if (policy->updatedAt.isValid())
        m_state->setText(
            tr("Last changed %1.").arg(JapaneseDate::display(policy->updatedAt.date())));
    else
        m_state->setText(tr("No policy recorded yet."));

    m_status->setCurrentIndex(m_status->findData(policyStatusKey(policy->status)));
    m_ownerGroup->setCurrentIndex(m_ownerGroup->findData(ownerGroupKey(policy->ownerGroup)));
    m_reverification->setChecked(policy->reverificationTarget);
    m_planKind->setCurrentIndex(m_planKind->findData(planKindKey(policy->planKind)));
    m_role->setText(policy->plannedRole);
    m_targetYear->setValue(policy->targetYear);
    for (auto it = m_beds.cbegin(); it != m_beds.cend(); ++it)
        (*it)->setValue(
            policy->plannedBeds.contains(it.key()) ? int(policy->plannedBeds.value(it.key())) : -1);
    m_bedsTotal->setText(
        policy->plannedBeds.isEmpty() ? tr("—") : QLocale().toString(policy->plannedTotal()));
    m_writtenOn->setDate(policy->writtenOn);
    m_agreedOn->setDate(policy->agreedOn);

    // The meetings of the hospital's region's councils and of the prefecture's council.
    m_meeting->clear();
    m_meeting->addItem(tr("None"), QString());
    CouncilStore councils(*m_dataset);
    for (const Council &c : councils.councils(hospital->regionCode.left(2))) {
        if (!c.isPrefectureLevel() && c.regionCode != hospital->regionCode)
            continue;
        for (const CouncilMeeting &m : councils.meetings(c.id))
            m_meeting->addItem(councils.meetingLabel(m), QString::number(m.id));
    }
    const QString meeting
        = policy->agreedMeetingId ? QString::number(*policy->agreedMeetingId) : QString();
    int index = m_meeting->findData(meeting);
    if (index < 0) {
        // A meeting of another council (the hospital moved region): still show it.
        if (const auto m = councils.meeting(policy->agreedMeetingId.value_or(0)))
            m_meeting->addItem(councils.meetingLabel(*m), meeting);
        index = m_meeting->count() - 1;
    }
    m_meeting->setCurrentIndex(index);
    if (!m_notes->hasFocus() || past)
        m_notes->setPlainText(policy->notes);
    if (!m_links->hasFocus() || past)
        m_links->setPlainText(policy->links.join(QLatin1Char('\n')));

    for (QWidget *w : std::as_const(m_widgets))
        w->setEnabled(!past);
    m_openLink->setEnabled(!policy->links.isEmpty());
    m_loading = false;
}

void PolicyEditor::commit(const QString &field, const QString &value)
{
    if (m_loading || m_hospitalId == 0 || m_asOf.isValid())
        return;
    const auto hospital = HospitalStore(*m_dataset).hospital(m_hospitalId);
    const QString text
        = tr("Change %1 of %2")
              .arg(PolicyVocabulary::fieldName(field, FigureStore(*m_dataset).bedFunctions()),
                   hospital ? hospital->name : QString());
    QString error;
    if (!m_actions->setValues({ m_hospitalId }, { { field, value } }, text, &error)) {
        QMessageBox::warning(this, tr("Response policy"), error);
        reload();
    }
}

void PolicyEditor::commitText(QPlainTextEdit *edit, const QString &field)
{
    QString text = edit->toPlainText();
    if (field == PolicyField::Links) {
        QStringList lines;
        for (const QString &l : text.split(QLatin1Char('\n'))) {
            if (!l.trimmed().isEmpty())
                lines << l.trimmed();
        }
        text = lines.join(QLatin1Char('\n'));
    }
    commit(field, text);
}

bool PolicyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_notes)
            commitText(m_notes, PolicyField::Notes);
        else if (watched == m_links)
            commitText(m_links, PolicyField::Links);
    }
    return QWidget::eventFilter(watched, event);
}

void PolicyEditor::openLink()
{
    QString line = m_links->textCursor().block().text().trimmed();
    if (line.isEmpty())
        line = m_links->toPlainText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.isEmpty())
        return;
    const QUrl url = line.contains(QStringLiteral("://")) ? QUrl(line) : QUrl::fromLocalFile(line);
    if (url.isLocalFile() && !QFileInfo::exists(url.toLocalFile())) {
        QMessageBox::information(this, tr("Open"),
                                 tr("%1 cannot be found from this PC.").arg(line));
        return;
    }
    QDesktopServices::openUrl(url);
}

} // namespace Koso
