#include "council/MeetingDialog.h"

#include "council/CouncilStore.h"
#include "storage/Dataset.h"
#include "storage/HospitalStore.h"
#include "widgets/DateLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Koso {

MeetingDialog::MeetingDialog(Dataset &dataset, const CouncilMeeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_dataset(dataset)
    , m_meeting(meeting)
    , m_council(new QComboBox(this))
    , m_number(new QSpinBox(this))
    , m_heldOn(new DateLineEdit(this))
    , m_agenda(new QPlainTextEdit(meeting.agenda.join(QLatin1Char('\n')), this))
    , m_decisions(new QPlainTextEdit(meeting.decisions, this))
    , m_hospitals(new QListWidget(this))
    , m_papers(new QCheckBox(tr("Papers published"), this))
    , m_minutes(new QCheckBox(tr("Minutes published"), this))
    , m_url(new QLineEdit(meeting.publishedUrl, this))
    , m_reported(new DateLineEdit(this))
{
    setWindowTitle(meeting.id == 0 ? tr("Add meeting") : tr("Edit meeting"));
    setObjectName(QStringLiteral("meetingDialog"));
    m_council->setObjectName(QStringLiteral("councilCombo"));
    m_number->setObjectName(QStringLiteral("numberSpin"));
    m_heldOn->setObjectName(QStringLiteral("heldOnEdit"));
    m_agenda->setObjectName(QStringLiteral("agendaEdit"));
    m_decisions->setObjectName(QStringLiteral("decisionsEdit"));
    m_hospitals->setObjectName(QStringLiteral("hospitalList"));
    m_papers->setObjectName(QStringLiteral("papersCheck"));
    m_minutes->setObjectName(QStringLiteral("minutesCheck"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_reported->setObjectName(QStringLiteral("reportedEdit"));
    resize(560, 640);
    CouncilStore store(dataset);
    m_councils = store.councils(dataset.homePrefectureCode());
    for (const Council &c : std::as_const(m_councils))
        m_council->addItem(c.name, c.id);
    m_council->setCurrentIndex(qMax(0, m_council->findData(meeting.councilId)));
    m_number->setRange(0, 999);
    m_number->setSpecialValueText(tr("none"));
    m_number->setPrefix(tr("No. "));
    m_number->setValue(meeting.number.value_or(0));
    if (meeting.id == 0 && !meeting.number && m_council->count() > 0)
        m_number->setValue(store.nextNumber(m_council->currentData().toLongLong()));
    m_heldOn->setDate(meeting.heldOn);
    m_agenda->setPlaceholderText(tr("One agenda item per line"));
    m_decisions->setPlaceholderText(tr("What the council decided"));
    m_papers->setChecked(meeting.papersPublished);
    m_minutes->setChecked(meeting.minutesPublished);
    m_url->setPlaceholderText(tr("https://… where papers and minutes are published"));
    m_reported->setDate(meeting.reportedToMunicipalitiesOn);
    m_agenda->setMaximumHeight(110);
    m_decisions->setMaximumHeight(90);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Council:"), m_council);
    form->addRow(tr("N&umber:"), m_number);
    form->addRow(tr("&Held on:"), m_heldOn);
    form->addRow(tr("&Agenda:"), m_agenda);
    form->addRow(tr("&Decisions:"), m_decisions);
    form->addRow(tr("Hospitals on the agenda:"), m_hospitals);
    form->addRow(QString(), m_papers);
    form->addRow(QString(), m_minutes);
    form->addRow(tr("Published at (&URL):"), m_url);
    form->addRow(tr("&Reported to municipalities on:"), m_reported);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_council, &QComboBox::currentIndexChanged, this, [this] {
        if (m_meeting.id == 0)
            m_number->setValue(
                CouncilStore(m_dataset).nextNumber(m_council->currentData().toLongLong()));
        fillHospitals();
    });
    fillHospitals();
}

void MeetingDialog::fillHospitals()
{
    QVector<qint64> checked = m_meeting.discussedHospitals;
    for (int i = 0; i < m_hospitals->count(); ++i) {
        const qint64 id = m_hospitals->item(i)->data(Qt::UserRole).toLongLong();
        if (m_hospitals->item(i)->checkState() == Qt::Checked && !checked.contains(id))
            checked << id;
    }
    m_hospitals->clear();
    const int index = m_council->currentIndex();
    if (index < 0)
        return;
    const Council &c = m_councils.at(index);
    for (const Hospital &h : HospitalStore(m_dataset).hospitals(
             c.isPrefectureLevel() ? c.prefectureCode : c.regionCode)) {
        if (h.mergedInto && !checked.contains(h.id))
            continue;
        auto *item = new QListWidgetItem(h.name, m_hospitals);
        item->setData(Qt::UserRole, h.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(h.id) ? Qt::Checked : Qt::Unchecked);
    }
}

CouncilMeeting MeetingDialog::meeting() const
{
    CouncilMeeting m = m_meeting;
    m.councilId = m_council->currentData().toLongLong();
    m.number = m_number->value() > 0 ? std::optional<int>(m_number->value()) : std::nullopt;
    m.heldOn = m_heldOn->date();
    m.agenda.clear();
    for (const QString &line : m_agenda->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            m.agenda << line.trimmed();
    }
    m.decisions = m_decisions->toPlainText().trimmed();
    m.papersPublished = m_papers->isChecked();
    m.minutesPublished = m_minutes->isChecked();
    m.publishedUrl = m_url->text().trimmed();
    m.reportedToMunicipalitiesOn = m_reported->date();
    m.discussedHospitals.clear();
    for (int i = 0; i < m_hospitals->count(); ++i) {
        if (m_hospitals->item(i)->checkState() == Qt::Checked)
            m.discussedHospitals << m_hospitals->item(i)->data(Qt::UserRole).toLongLong();
    }
    return m;
}

void MeetingDialog::accept()
{
    if (m_council->currentIndex() < 0) {
        QMessageBox::warning(this, windowTitle(), tr("Add a council first."));
        return;
    }
    if (!m_heldOn->isAcceptable() || !m_heldOn->date().isValid()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the date the meeting was held."));
        return;
    }
    if (!m_reported->isAcceptable()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The date of the report to the municipalities is not a date."));
        return;
    }
    QDialog::accept();
}

} // namespace Koso
