#include "council/CouncilPage.h"

#include "council/AgreementDialog.h"
#include "council/CouncilDialog.h"
#include "council/MeetingDialog.h"
#include "council/CouncilActions.h"
#include "council/CouncilStore.h"
#include "io/TableWriter.h"
#include "policy/PolicyStore.h"
#include "policy/PolicyVocabulary.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Koso {

CouncilPage::CouncilPage(Dataset *dataset, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_dataset(dataset)
    , m_actions(new CouncilActions(dataset, undoStack))
    , m_year(new QComboBox(this))
    , m_council(new QComboBox(this))
    , m_meetings(new QTableWidget(this))
    , m_missingTitle(new QLabel(this))
    , m_missing(new QListWidget(this))
    , m_agreedTitle(new QLabel(this))
    , m_agreed(new QListWidget(this))
{
    setObjectName(QStringLiteral("councilPage"));
    m_year->setObjectName(QStringLiteral("fiscalYearCombo"));
    m_meetings->setObjectName(QStringLiteral("meetingsTable"));
    m_missing->setObjectName(QStringLiteral("regionsWithoutMeeting"));
    m_agreed->setObjectName(QStringLiteral("agreedPolicies"));
    m_meetings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_meetings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_meetings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meetings->setAlternatingRowColors(true);
    m_meetings->verticalHeader()->hide();
    m_meetings->horizontalHeader()->setStretchLastSection(true);
    m_missingTitle->setWordWrap(true);
    m_agreedTitle->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Fiscal year: "), this));
    filters->addWidget(m_year);
    filters->addWidget(new QLabel(tr("  Council: "), this));
    filters->addWidget(m_council);
    filters->addStretch();
    auto *toolbar = new QToolBar(this);
    m_addMeeting = toolbar->addAction(tr("&Add meeting…"), this, &CouncilPage::addMeeting);
    m_editMeeting = toolbar->addAction(tr("&Edit meeting…"), this, &CouncilPage::editMeeting);
    m_removeMeeting = toolbar->addAction(tr("&Remove meeting"), this, &CouncilPage::removeMeeting);
    m_recordAgreement
        = toolbar->addAction(tr("Record a&greed policies…"), this, &CouncilPage::recordAgreement);
    toolbar->addSeparator();
    m_addCouncil = toolbar->addAction(tr("Add &council…"), this, &CouncilPage::addCouncil);
    m_editCouncil = toolbar->addAction(tr("Edit c&ouncil…"), this, &CouncilPage::editCouncil);
    m_export = toolbar->addAction(tr("E&xport…"), this, &CouncilPage::exportMeetings);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_missingTitle);
    sideLayout->addWidget(m_missing);
    sideLayout->addWidget(m_agreedTitle);
    sideLayout->addWidget(m_agreed);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_meetings);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        fillMeetings();
        fillSide();
    });
    connect(m_council, &QComboBox::currentIndexChanged, this, &CouncilPage::fillMeetings);
    connect(m_meetings, &QTableWidget::itemSelectionChanged, this, [this] {
        fillSide();
        updateActions();
    });
    connect(m_meetings, &QTableWidget::cellDoubleClicked, this, &CouncilPage::editMeeting);
    connect(m_agreed, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit hospitalActivated(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_dataset, &Dataset::changed, this, [this](DataChanges changes) {
        if (changes
            & (DataChange::Councils | DataChange::Policies | DataChange::Hospitals
               | DataChange::Geography))
            reload();
    });
    reload();
    // The current fiscal year, or the latest one with meetings when none was held yet.
    int year = JapaneseDate::fiscalYear(QDate::currentDate());
    const auto all = CouncilStore(*m_dataset).meetingsOfPrefecture(m_dataset->homePrefectureCode());
    if (!all.isEmpty()
        && CouncilStore(*m_dataset)
               .meetingsOfPrefecture(m_dataset->homePrefectureCode(), year)
               .isEmpty())
        year = qMin(year, JapaneseDate::fiscalYear(all.last().heldOn));
    setFiscalYear(year);
}

CouncilPage::~CouncilPage()
{
    delete m_actions;
}

void CouncilPage::reload()
{
    const qint64 selected = selectedMeeting();
    fillYears();
    {
        const QSignalBlocker blocker(m_council);
        const qint64 council = m_council->currentData().toLongLong();
        m_council->clear();
        m_council->addItem(tr("All councils"), 0);
        for (const Council &c : CouncilStore(*m_dataset).councils(m_dataset->homePrefectureCode()))
            m_council->addItem(c.name, c.id);
        m_council->setCurrentIndex(qMax(0, m_council->findData(council)));
    }
    fillMeetings();
    selectMeeting(selected);
    fillSide();
    updateActions();
}

void CouncilPage::fillYears()
{
    const QSignalBlocker blocker(m_year);
    const int current = m_year->currentIndex() >= 0
        ? m_year->currentData().toInt()
        : JapaneseDate::fiscalYear(QDate::currentDate());
    QSet<int> years { JapaneseDate::fiscalYear(QDate::currentDate()) };
    for (const CouncilMeeting &m :
         CouncilStore(*m_dataset).meetingsOfPrefecture(m_dataset->homePrefectureCode()))
        years.insert(JapaneseDate::fiscalYear(m.heldOn));
    QList<int> sorted(years.cbegin(), years.cend());
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    m_year->clear();
    for (int y : sorted)
        m_year->addItem(JapaneseDate::fiscalYearLabel(y), y);
    m_year->addItem(tr("All years"), 0);
    m_year->setCurrentIndex(qMax(0, m_year->findData(current)));
}

void CouncilPage::setFiscalYear(int fiscalYear)
{
    int index = m_year->findData(fiscalYear);
    if (index < 0) {
        m_year->addItem(JapaneseDate::fiscalYearLabel(fiscalYear), fiscalYear);
        index = m_year->count() - 1;
    }
    m_year->setCurrentIndex(index);
}

int CouncilPage::fiscalYear() const
{
    return m_year->currentData().toInt();
}

void CouncilPage::fillMeetings()
{
    CouncilStore store(*m_dataset);
    PolicyStore policies(*m_dataset);
    QHash<qint64, QString> councilNames;
    for (const Council &c : store.councils(m_dataset->homePrefectureCode()))
        councilNames.insert(c.id, c.name);
    const qint64 councilFilter = m_council->currentData().toLongLong();
    QVector<CouncilMeeting> meetings;
    for (const CouncilMeeting &m :
         store.meetingsOfPrefecture(m_dataset->homePrefectureCode(), fiscalYear())) {
        if (councilFilter == 0 || m.councilId == councilFilter)
            meetings << m;
    }
    const QSignalBlocker blocker(m_meetings);
    m_meetings->clear();
    const QStringList headers { tr("Held on"),       tr("Council"),
                                tr("No."),           tr("Policies agreed"),
                                tr("On the agenda"), tr("Papers"),
                                tr("Minutes"),       tr("Reported to municipalities"),
                                tr("Agenda") };
    m_meetings->setColumnCount(int(headers.size()));
    m_meetings->setHorizontalHeaderLabels(headers);
    m_meetings->setRowCount(int(meetings.size()));
    const QString yes = tr("Published");
    const QString no = tr("Not yet");
    for (int r = 0; r < meetings.size(); ++r) {
        const CouncilMeeting &m = meetings.at(r);
        auto *date = new QTableWidgetItem(JapaneseDate::display(m.heldOn));
        date->setData(Qt::UserRole, m.id);
        m_meetings->setItem(r, 0, date);
        m_meetings->setItem(r, 1, new QTableWidgetItem(councilNames.value(m.councilId)));
        m_meetings->setItem(r, 2, new QTableWidgetItem(CouncilStore::numberLabel(m.number)));
        m_meetings->setItem(
            r, 3, new QTableWidgetItem(QString::number(policies.hospitalsAgreedAt(m.id).size())));
        m_meetings->setItem(r, 4,
                            new QTableWidgetItem(QString::number(m.discussedHospitals.size())));
        m_meetings->setItem(r, 5, new QTableWidgetItem(m.papersPublished ? yes : no));
        m_meetings->setItem(r, 6, new QTableWidgetItem(m.minutesPublished ? yes : no));
        m_meetings->setItem(
            r, 7,
            new QTableWidgetItem(m.reportedToMunicipalitiesOn.isValid()
                                     ? JapaneseDate::display(m.reportedToMunicipalitiesOn)
                                     : no));
        auto *agenda = new QTableWidgetItem(m.agenda.join(QStringLiteral(" / ")));
        agenda->setToolTip(
            m.agenda.join(QLatin1Char('\n'))
            + (m.decisions.isEmpty() ? QString() : QStringLiteral("\n\n") + m.decisions));
        m_meetings->setItem(r, 8, agenda);
    }
    m_meetings->resizeColumnsToContents();
    updateActions();
}

void CouncilPage::fillSide()
{
    const int year = fiscalYear();
    m_missing->clear();
    if (year > 0) {
        const auto missing
            = CouncilStore(*m_dataset).regionsWithoutMeeting(m_dataset->homePrefectureCode(), year);
        m_missingTitle->setText(
            missing.isEmpty()
                ? tr("Every region has met in %1.").arg(JapaneseDate::fiscalYearLabel(year))
                : tr("Regions with no meeting in %1:").arg(JapaneseDate::fiscalYearLabel(year)));
        for (const Region &r : missing)
            m_missing->addItem(r.name);
    } else {
        m_missingTitle->setText(tr("Choose a fiscal year to see the regions that have not met."));
    }
    m_agreed->clear();
    const qint64 meeting = selectedMeeting();
    if (meeting == 0) {
        m_agreedTitle->setText(tr("Select a meeting to see the policies it agreed."));
        return;
    }
    HospitalStore hospitals(*m_dataset);
    PolicyStore policies(*m_dataset);
    const QVector<qint64> agreed = policies.hospitalsAgreedAt(meeting);
    m_agreedTitle->setText(
        tr("Policies agreed at this meeting: %n (double-click to open)", "", int(agreed.size())));
    for (qint64 id : agreed) {
        const auto h = hospitals.hospital(id);
        const auto p = policies.policy(id);
        auto *item
            = new QListWidgetItem(QStringLiteral("%1（%2）")
                                      .arg(h ? h->name : QString::number(id),
                                           p ? PolicyVocabulary::statusName(p->status) : QString()),
                                  m_agreed);
        item->setData(Qt::UserRole, id);
    }
}

qint64 CouncilPage::selectedMeeting() const
{
    const auto rows = m_meetings->selectionModel() ? m_meetings->selectionModel()->selectedRows()
                                                   : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    const QTableWidgetItem *item = m_meetings->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CouncilPage::selectMeeting(qint64 meetingId)
{
    for (int r = 0; r < m_meetings->rowCount(); ++r) {
        if (m_meetings->item(r, 0)->data(Qt::UserRole).toLongLong() == meetingId) {
            m_meetings->selectRow(r);
            return;
        }
    }
}

void CouncilPage::updateActions()
{
    const bool meeting = selectedMeeting() != 0;
    m_editMeeting->setEnabled(meeting);
    m_removeMeeting->setEnabled(meeting);
    m_recordAgreement->setEnabled(meeting);
    m_editCouncil->setEnabled(m_council->currentData().toLongLong() != 0);
    m_addMeeting->setEnabled(m_council->count() > 1);
}

void CouncilPage::addCouncil()
{
    CouncilDialog dialog(*m_dataset, Council(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const qint64 id = m_actions->addCouncil(dialog.council(), &error);
    if (id == 0)
        QMessageBox::warning(this, tr("Add council"), error);
    else
        m_council->setCurrentIndex(qMax(0, m_council->findData(id)));
}

void CouncilPage::editCouncil()
{
    const auto c = CouncilStore(*m_dataset).council(m_council->currentData().toLongLong());
    if (!c)
        return;
    CouncilDialog dialog(*m_dataset, *c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_actions->editCouncil(dialog.council(), &error))
        QMessageBox::warning(this, tr("Edit council"), error);
}

void CouncilPage::addMeeting()
{
    CouncilMeeting m;
    m.councilId = m_council->currentData().toLongLong();
    MeetingDialog dialog(*m_dataset, m, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const CouncilMeeting added = dialog.meeting();
    const qint64 id = m_actions->addMeeting(added, &error);
    if (id == 0) {
        QMessageBox::warning(this, tr("Add meeting"), error);
        return;
    }
    setFiscalYear(JapaneseDate::fiscalYear(added.heldOn));
    selectMeeting(id);
}

void CouncilPage::editMeeting()
{
    const auto m = CouncilStore(*m_dataset).meeting(selectedMeeting());
    if (!m)
        return;
    MeetingDialog dialog(*m_dataset, *m, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_actions->editMeeting(dialog.meeting(), &error))
        QMessageBox::warning(this, tr("Edit meeting"), error);
}

void CouncilPage::removeMeeting()
{
    const qint64 id = selectedMeeting();
    if (id == 0)
        return;
    const int agreed = int(PolicyStore(*m_dataset).hospitalsAgreedAt(id).size());
    if (agreed > 0
        && QMessageBox::question(this, tr("Remove meeting"),
                                 tr("%n policy(ies) were agreed at this meeting. Remove it and "
                                    "clear their meeting? (Edit > Undo brings both back.)",
                                    "", agreed))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!m_actions->removeMeeting(id, &error))
        QMessageBox::warning(this, tr("Remove meeting"), error);
}

void CouncilPage::recordAgreement()
{
    const auto m = CouncilStore(*m_dataset).meeting(selectedMeeting());
    if (!m)
        return;
    AgreementDialog dialog(*m_dataset, *m, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_actions->recordAgreement(m->id, dialog.hospitals(), dialog.status(), &error))
        QMessageBox::warning(this, tr("Record agreed policies"), error);
}

void CouncilPage::exportMeetings()
{
    const int year = fiscalYear();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export meetings"),
                                                      year > 0 ? tr("councils-%1.xlsx").arg(year)
                                                               : tr("councils.xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!TableWriter::write(
            CouncilStore(*m_dataset).meetingsTable(m_dataset->homePrefectureCode(), year), path,
            &error))
        QMessageBox::warning(this, tr("Export meetings"), error);
}

} // namespace Koso
