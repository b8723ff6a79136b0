#include "sessions/SessionDialog.h"

#include "widgets/DateLineEdit.h"

#include "measures/MeasureStore.h"
#include "model/Hospital.h"
#include "policy/PolicyVocabulary.h"
#include "sessions/SessionStore.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Koso {

namespace {

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

SessionDialog::SessionDialog(Dataset *dataset, const std::optional<StudySession> &session,
                             const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
{
    setWindowTitle(session ? tr("Edit Study Session") : tr("New Study Session"));
    if (session) {
        m_original = *session;
    } else {
        m_original.programme = StudySession::defaultProgramme();
        m_original.sponsors = { QStringLiteral("厚生労働省") };
    }
    const StudySession &s = m_original;

    auto *tabs = new QTabWidget;
    // What and when.
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    m_title = new QLineEdit(s.title);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    form->addRow(tr("&Title:"), m_title);
    m_date = new DateLineEdit;
    m_date->setObjectName(QStringLiteral("sessionDate"));
    m_date->setDate(s.date);
    m_starts = new QTimeEdit(s.startsAt.isValid() ? s.startsAt : QTime(14, 0));
    m_ends = new QTimeEdit(s.endsAt.isValid() ? s.endsAt : QTime(16, 0));
    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 2);
    when->addWidget(m_starts);
    when->addWidget(new QLabel(tr("to")));
    when->addWidget(m_ends);
    form->addRow(tr("&Date and time:"), when);
    m_format = new QComboBox;
    for (SessionFormat f : StudySession::formats())
        m_format->addItem(StudySession::formatName(f), int(f));
    m_format->setCurrentIndex(m_format->findData(int(s.format)));
    form->addRow(tr("&Format:"), m_format);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("sessionStatus"));
    for (SessionStatus st : StudySession::statuses())
        m_status->addItem(StudySession::statusName(st), int(st));
    m_status->setCurrentIndex(m_status->findData(int(s.status)));
    form->addRow(tr("&Status:"), m_status);
    m_venue = new QLineEdit(s.venue);
    form->addRow(tr("&Venue or URL:"), m_venue);
    m_host = new QLineEdit(s.host);
    m_host->setPlaceholderText(tr("The prefecture (section in charge)"));
    form->addRow(tr("&Host:"), m_host);
    m_sponsors = new QLineEdit(s.sponsors.join(QStringLiteral("、")));
    m_sponsors->setPlaceholderText(
        tr("MHLW、prefectural medical association、hospital association"));
    form->addRow(tr("S&ponsors:"), m_sponsors);
    m_request = new QComboBox;
    for (MhlwRequest r : StudySession::requests())
        m_request->addItem(StudySession::requestName(r), int(r));
    m_request->setCurrentIndex(m_request->findData(int(s.mhlwRequest)));
    form->addRow(tr("Asked of &MHLW:"), m_request);
    m_sent = new DateLineEdit;
    m_sent->setObjectName(QStringLiteral("requestSentOn"));
    m_sent->setDate(s.mhlwRequestSentOn);
    m_sent->setPlaceholderText(tr("Empty until the request is sent"));
    form->addRow(tr("Request sent &on:"), m_sent);
    m_deadline = new QLabel;
    m_deadline->setObjectName(QStringLiteral("deadlineLabel"));
    m_deadline->setTextFormat(Qt::PlainText);
    m_deadline->setWordWrap(true);
    form->addRow(tr("MHLW deadline:"), m_deadline);
    tabs->addTab(general, tr("Session"));

    // Co-hosts: the banks of the contact list.
    auto *coPage = new QWidget;
    auto *coLayout = new QVBoxLayout(coPage);
    const QVector<BankContact> contacts = SessionStore(*dataset).contacts();
    m_coHosts = new QTableWidget(int(contacts.size()), 3);
    m_coHosts->setObjectName(QStringLiteral("coHostsTable"));
    m_coHosts->setHorizontalHeaderLabels({ tr("Co-host"), tr("Bank and branch"), tr("Contact") });
    m_coHosts->verticalHeader()->hide();
    m_coHosts->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < contacts.size(); ++i) {
        const BankContact &c = contacts.at(i);
        const bool on = std::any_of(s.coHosts.cbegin(), s.coHosts.cend(),
                                    [&](const CoHost &h) { return h.contactId == c.id; });
        auto *check = checkItem(on);
        check->setData(Qt::UserRole, c.id);
        check->setData(Qt::UserRole + 1, c.label());
        m_coHosts->setItem(i, 0, check);
        m_coHosts->setItem(i, 1, readOnly(c.label()));
        m_coHosts->setItem(
            i, 2, readOnly(QStringList { c.person, c.phone, c.mail }.join(QStringLiteral("  "))));
    }
    m_coHosts->resizeColumnsToContents();
    coLayout->addWidget(m_coHosts);
    auto *coNote = new QLabel(contacts.isEmpty()
                                  ? tr("No bank contact yet: add the banks on the Banks tab of the "
                                       "page first.")
                                  : tr("Tick the banks that co-host the session."));
    coNote->setWordWrap(true);
    coLayout->addWidget(coNote);
    tabs->addTab(coPage, tr("Co-hosts"));

    // Programme.
    auto *progPage = new QWidget;
    auto *progLayout = new QVBoxLayout(progPage);
    m_programme = new QTableWidget(int(s.programme.size()), 3);
    m_programme->setObjectName(QStringLiteral("programmeTable"));
    m_programme->setHorizontalHeaderLabels({ tr("Part"), tr("Speaker"), tr("Organisation") });
    m_programme->verticalHeader()->hide();
    m_programme->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int i = 0; i < s.programme.size(); ++i) {
        m_programme->setItem(i, 0, new QTableWidgetItem(s.programme.at(i).title));
        m_programme->setItem(i, 1, new QTableWidgetItem(s.programme.at(i).speaker));
        m_programme->setItem(i, 2, new QTableWidgetItem(s.programme.at(i).organisation));
    }
    progLayout->addWidget(m_programme);
    auto *progButtons = new QHBoxLayout;
    auto *addPart = new QPushButton(tr("Add Part"));
    auto *removePart = new QPushButton(tr("Remove Part"));
    auto *resetParts = new QPushButton(tr("MHLW's Four Parts"));
    progButtons->addWidget(addPart);
    progButtons->addWidget(removePart);
    progButtons->addWidget(resetParts);
    progButtons->addStretch();
    progLayout->addLayout(progButtons);
    connect(addPart, &QPushButton::clicked, this, [this] {
        const int row = m_programme->rowCount();
        m_programme->insertRow(row);
        for (int c = 0; c < 3; ++c)
            m_programme->setItem(row, c, new QTableWidgetItem);
        m_programme->editItem(m_programme->item(row, 0));
    });
    connect(removePart, &QPushButton::clicked, this, [this] {
        if (m_programme->currentRow() >= 0)
            m_programme->removeRow(m_programme->currentRow());
    });
    connect(resetParts, &QPushButton::clicked, this, [this] {
        const auto parts = StudySession::defaultProgramme();
        m_programme->setRowCount(int(parts.size()));
        for (int i = 0; i < parts.size(); ++i) {
            m_programme->setItem(i, 0, new QTableWidgetItem(parts.at(i).title));
            m_programme->setItem(i, 1, new QTableWidgetItem(parts.at(i).speaker));
            m_programme->setItem(i, 2, new QTableWidgetItem(parts.at(i).organisation));
        }
    });
    tabs->addTab(progPage, tr("Programme"));

    // Part ③: the support measures presented, with how many hospitals use each.
    auto *measuresPage = new QWidget;
    auto *measuresLayout = new QVBoxLayout(measuresPage);
    MeasureStore measureStore(*dataset);
    QHash<QString, QSet<qint64>> users;
    for (const MeasureUse &u : measureStore.usesInArea(dataset->homePrefectureCode()))
        users[u.measureId].insert(u.hospitalId);
    QVector<SupportMeasure> catalogue;
    for (const SupportMeasure &m : measureStore.catalogue()) {
        if (!m.isRetired() || s.measures.contains(m.id))
            catalogue << m;
    }
    m_measures = new QTableWidget(int(catalogue.size()), 3);
    m_measures->setObjectName(QStringLiteral("sessionMeasures"));
    m_measures->setHorizontalHeaderLabels(
        { tr("Presented"), tr("Measure"), tr("Hospitals using it") });
    m_measures->verticalHeader()->hide();
    m_measures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int i = 0; i < catalogue.size(); ++i) {
        const SupportMeasure &m = catalogue.at(i);
        auto *check = checkItem(s.measures.contains(m.id));
        check->setData(Qt::UserRole, m.id);
        m_measures->setItem(i, 0, check);
        m_measures->setItem(i, 1, readOnly(m.name));
        auto *count = readOnly(QLocale().toString(users.value(m.id).size()));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_measures->setItem(i, 2, count);
    }
    m_measures->resizeColumnToContents(0);
    m_measures->resizeColumnToContents(2);
    measuresLayout->addWidget(m_measures);
    auto *measuresNote = new QLabel(tr("Tick the measures the prefecture presents in part ③. "
                                       "The catalogue is kept on the Support Measures tab."));
    measuresNote->setWordWrap(true);
    measuresLayout->addWidget(measuresNote);
    tabs->addTab(measuresPage, tr("Measures (③)"));

    // Hospitals, private ones first.
    auto *hospPage = new QWidget;
    auto *hospLayout = new QVBoxLayout(hospPage);
    QVector<Hospital> hospitals = HospitalStore(*dataset).hospitals(dataset->homePrefectureCode());
    hospitals.erase(std::remove_if(hospitals.begin(), hospitals.end(),
                                   [](const Hospital &h) { return h.mergedInto.has_value(); }),
                    hospitals.end());
    std::stable_sort(hospitals.begin(), hospitals.end(), [](const Hospital &a, const Hospital &b) {
        const bool pa = a.ownerGroup == OwnerGroup::Private;
        const bool pb = b.ownerGroup == OwnerGroup::Private;
        if (pa != pb)
            return pa;
        if (a.regionCode != b.regionCode)
            return a.regionCode < b.regionCode;
        return a.name < b.name;
    });
    QHash<QString, QString> regionNames;
    for (const Region &r : GeographyStore(*dataset).regions(dataset->homePrefectureCode()))
        regionNames.insert(r.code, r.name);
    m_hospitals = new QTableWidget(int(hospitals.size()), 5);
    m_hospitals->setObjectName(QStringLiteral("sessionHospitals"));
    m_hospitals->setHorizontalHeaderLabels(
        { tr("Invited"), tr("Attended"), tr("Hospital"), tr("Region"), tr("Owner group") });
    m_hospitals->verticalHeader()->hide();
    m_hospitals->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int i = 0; i < hospitals.size(); ++i) {
        const Hospital &h = hospitals.at(i);
        auto *invited = checkItem(s.invited.contains(h.id));
        invited->setData(Qt::UserRole, h.id);
        m_hospitals->setItem(i, 0, invited);
        m_hospitals->setItem(i, 1, checkItem(s.attended.contains(h.id)));
        m_hospitals->setItem(i, 2, readOnly(h.name));
        m_hospitals->setItem(i, 3, readOnly(regionNames.value(h.regionCode, h.regionCode)));
        m_hospitals->setItem(i, 4, readOnly(PolicyVocabulary::ownerGroupName(h.ownerGroup)));
    }
    m_hospitals->resizeColumnToContents(0);
    m_hospitals->resizeColumnToContents(1);
    hospLayout->addWidget(m_hospitals);
    auto *hospNote
        = new QLabel(hospitals.isEmpty() ? tr("The dataset lists no hospitals yet: import MHLW's "
                                              "workbooks (File › Import) to invite them.")
                                         : tr("Private hospitals are listed first."));
    hospNote->setWordWrap(true);
    hospLayout->addWidget(hospNote);
    tabs->addTab(hospPage, tr("Hospitals"));

    // Notes.
    auto *notesPage = new QWidget;
    auto *notesForm = new QFormLayout(notesPage);
    m_notes = new QPlainTextEdit(s.notes);
    m_followUps = new QPlainTextEdit(s.followUps);
    notesForm->addRow(tr("&Notes:"), m_notes);
    notesForm->addRow(tr("&Follow-ups:"), m_followUps);
    tabs->addTab(notesPage, tr("Notes"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);

    connect(m_date, &DateLineEdit::dateEdited, this, &SessionDialog::updateDeadline);
    connect(m_sent, &DateLineEdit::dateEdited, this, &SessionDialog::updateDeadline);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SessionDialog::updateDeadline);
    connect(m_request, &QComboBox::currentIndexChanged, this, &SessionDialog::updateDeadline);
    updateDeadline();
    resize(760, 560);
}

StudySession SessionDialog::session() const
{
    StudySession s = m_original;
    s.title = m_title->text().trimmed();
    s.date = m_date->date();
    s.startsAt = m_starts->time();
    s.endsAt = m_ends->time();
    s.format = SessionFormat(m_format->currentData().toInt());
    s.status = SessionStatus(m_status->currentData().toInt());
    s.host = m_host->text().trimmed();
    s.venue = m_venue->text().trimmed();
    s.sponsors.clear();
    for (const QString &p : m_sponsors->text().split(QRegularExpression(QStringLiteral("[、，,]")),
                                                     Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            s.sponsors << p.trimmed();
    }
    s.mhlwRequest = MhlwRequest(m_request->currentData().toInt());
    s.mhlwRequestSentOn = m_sent->date();
    // Co-hosts: keep the imported names that are not contacts, then the ticked banks.
    QVector<CoHost> coHosts;
    for (const CoHost &c : m_original.coHosts) {
        if (c.contactId == 0)
            coHosts << c;
    }
    for (int r = 0; r < m_coHosts->rowCount(); ++r) {
        const QTableWidgetItem *item = m_coHosts->item(r, 0);
        if (item->checkState() == Qt::Checked)
            coHosts << CoHost { item->data(Qt::UserRole).toLongLong(),
                                item->data(Qt::UserRole + 1).toString() };
    }
    s.coHosts = coHosts;
    s.programme.clear();
    for (int r = 0; r < m_programme->rowCount(); ++r) {
        auto text = [&](int c) {
            return m_programme->item(r, c) ? m_programme->item(r, c)->text().trimmed() : QString();
        };
        if (!text(0).isEmpty() || !text(1).isEmpty())
            s.programme << SessionPart { text(0), text(1), text(2) };
    }
    s.invited.clear();
    s.attended.clear();
    for (int r = 0; r < m_hospitals->rowCount(); ++r) {
        const qint64 id = m_hospitals->item(r, 0)->data(Qt::UserRole).toLongLong();
        if (m_hospitals->item(r, 0)->checkState() == Qt::Checked)
            s.invited << id;
        if (m_hospitals->item(r, 1)->checkState() == Qt::Checked)
            s.attended << id;
    }
    // Measures: those of the list as ticked, and any stored one the list does not show.
    QStringList listed;
    QStringList measures;
    for (int r = 0; r < m_measures->rowCount(); ++r) {
        const QString id = m_measures->item(r, 0)->data(Qt::UserRole).toString();
        listed << id;
        if (m_measures->item(r, 0)->checkState() == Qt::Checked)
            measures << id;
    }
    for (const QString &id : m_original.measures) {
        if (!listed.contains(id))
            measures << id;
    }
    std::sort(measures.begin(), measures.end());
    s.measures = measures;
    std::sort(s.invited.begin(), s.invited.end());
    std::sort(s.attended.begin(), s.attended.end());
    s.notes = m_notes->toPlainText();
    s.followUps = m_followUps->toPlainText();
    return s;
}

void SessionDialog::updateDeadline()
{
    const StudySession s = session();
    if (!s.date.isValid()) {
        m_deadline->setText(tr("Enter the date: the request to MHLW is due two months before."));
        m_deadline->setStyleSheet(QString());
        return;
    }
    QString text = s.deadlineText(m_today);
    if (text.isEmpty())
        text = tr("Due %1 (nothing to request now)")
                   .arg(JapaneseDate::display(s.mhlwRequestDeadline()));
    m_deadline->setText(text);
    m_deadline->setStyleSheet(s.deadlineWarning(m_today)
                                  ? QStringLiteral("color: #b35900; font-weight: bold;")
                                  : QString());
}

void SessionDialog::accept()
{
    const StudySession s = session();
    if (s.title.isEmpty() || !s.date.isValid() || !m_date->isAcceptable()
        || !m_sent->isAcceptable()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("A study session needs a title and a date (written as "
                                "2027/4/30 or 令和9年4月30日)."));
        return;
    }
    QDialog::accept();
}

} // namespace Koso
