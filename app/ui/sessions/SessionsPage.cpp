#include "sessions/SessionsPage.h"

#include "sessions/DataPackDialog.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionHistoryView.h"
#include "sessions/SupportDialogs.h"
#include "widgets/ReportPrinting.h"
#include "widgets/TableExport.h"

#include "io/TableReader.h"
#include "io/TableWriter.h"

#include "charts/DataPack.h"
#include "document/Document.h"
#include "measures/MeasureCommands.h"
#include "measures/MeasureStore.h"
#include "sessions/ImportSessionsCommand.h"
#include "sessions/SaveSessionCommand.h"
#include "sessions/SessionImporter.h"
#include "sessions/SessionReports.h"
#include "sessions/SessionStore.h"
#include "sessions/SessionsChange.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Koso {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &data = QVariant())
{
    auto *item = new QTableWidgetItem(text);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

QTableWidgetItem *numberCell(qint64 n)
{
    auto *item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *emptyLabel(const QString &text, const QString &name)
{
    auto *label = new QLabel(text);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("color: #555; padding: 24px;"));
    return label;
}

QPushButton *button(const QString &text, QHBoxLayout *row)
{
    auto *b = new QPushButton(text);
    row->addWidget(b);
    return b;
}

qint64 selectedId(const QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return 0;
    return table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

} // namespace

SessionsPage::SessionsPage(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("deadlineBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fff1e0; border: 1px solid #e69f00; padding: 6px; color: #5a3a00;"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_indicator = new QToolButton;
    m_indicator->setObjectName(QStringLiteral("deadlineIndicator"));
    m_indicator->setAutoRaise(true);
    m_indicator->setStyleSheet(QStringLiteral("color: #b35900; font-weight: bold;"));
    m_indicator->hide();
    connect(m_indicator, &QToolButton::clicked, this, [this] {
        m_tabs->setCurrentIndex(0);
        emit showRequested();
    });

    m_tabs = new QTabWidget;
    layout->addWidget(m_tabs);

    // Sessions.
    {
        auto *page = new QWidget;
        auto *v = new QVBoxLayout(page);
        auto *row = new QHBoxLayout;
        auto *add = button(tr("New Session…"), row);
        auto *edit = button(tr("Edit…"), row);
        auto *remove = button(tr("Remove"), row);
        auto *import = button(tr("Import…"), row);
        import->setObjectName(QStringLiteral("importSessionsButton"));
        import->setToolTip(tr("Sessions from a CSV or Excel file with the header "
                              "title,date,format,status,co_hosts"));
        row->addSpacing(16);
        auto *pack = button(tr("Data Pack…"), row);
        pack->setToolTip(tr("Charts and tables for part ② as one PDF and slide-size PNGs"));
        auto *status = button(tr("Holding Status…"), row);
        status->setToolTip(tr("The sessions of a fiscal year as MHLW asks for them (.xlsx, PDF)"));
        row->addStretch();
        v->addLayout(row);
        m_sessions
            = makeTable({ tr("Date"), tr("Title"), tr("Status"), tr("Format"), tr("Co-hosts"),
                          tr("MHLW request due"), tr("Invited"), tr("Attended") },
                        QStringLiteral("sessionsTable"));
        m_sessionsEmpty = emptyLabel(
            tr("No study session yet. Add one with New Session…, or import a list with "
               "Import… (CSV or Excel, header title,date,format,status,co_hosts). Add the banks "
               "you work with on the Banks tab first to pick them as co-hosts."),
            QStringLiteral("sessionsEmpty"));
        m_detail = new QPlainTextEdit;
        m_detail->setObjectName(QStringLiteral("sessionDetail"));
        m_detail->setReadOnly(true);
        m_history = new SessionHistoryView;
        m_detailTabs = new QTabWidget;
        m_detailTabs->setObjectName(QStringLiteral("sessionDetailTabs"));
        m_detailTabs->addTab(m_detail, tr("Detail"));
        m_detailTabs->addTab(m_history, tr("History"));
        auto *split = new QSplitter(Qt::Vertical);
        auto *top = new QWidget;
        auto *topLayout = new QVBoxLayout(top);
        topLayout->setContentsMargins(0, 0, 0, 0);
        topLayout->addWidget(m_sessions);
        topLayout->addWidget(m_sessionsEmpty);
        split->addWidget(top);
        split->addWidget(m_detailTabs);
        split->setSizes({ 300, 200 });
        v->addWidget(split);
        m_tabs->addTab(page, tr("Study Sessions"));
        connect(add, &QPushButton::clicked, this, &SessionsPage::addSession);
        connect(edit, &QPushButton::clicked, this, &SessionsPage::editSession);
        connect(m_sessions, &QTableWidget::cellDoubleClicked, this, &SessionsPage::editSession);
        connect(remove, &QPushButton::clicked, this, &SessionsPage::removeSession);
        connect(import, &QPushButton::clicked, this, &SessionsPage::chooseImportFile);
        connect(pack, &QPushButton::clicked, this, &SessionsPage::writeDataPack);
        connect(status, &QPushButton::clicked, this, &SessionsPage::exportHoldingStatus);
        connect(m_sessions, &QTableWidget::itemSelectionChanged, this,
                &SessionsPage::showSessionDetail);
        m_needDocument << add << edit << remove << import << pack << status;
    }
    // Banks.
    {
        auto *page = new QWidget;
        auto *v = new QVBoxLayout(page);
        auto *row = new QHBoxLayout;
        auto *add = button(tr("New Bank Contact…"), row);
        auto *edit = button(tr("Edit…"), row);
        auto *remove = button(tr("Remove"), row);
        row->addStretch();
        v->addLayout(row);
        m_contacts = makeTable({ tr("Bank"), tr("Branch or section"), tr("Person"), tr("Phone"),
                                 tr("Mail"), tr("Note") },
                               QStringLiteral("contactsTable"));
        m_contactsEmpty = emptyLabel(tr("No bank yet. Add the regional banks you hold sessions "
                                        "with (bank, branch, person, phone, mail) with New Bank "
                                        "Contact…; sessions then pick their co-hosts from them."),
                                     QStringLiteral("contactsEmpty"));
        v->addWidget(m_contacts);
        v->addWidget(m_contactsEmpty);
        v->addWidget(new QLabel(tr("The regional banks (地方銀行, 第二地方銀行) the office works "
                                   "with; sessions pick their co-hosts from this list.")));
        m_tabs->addTab(page, tr("Banks"));
        connect(add, &QPushButton::clicked, this, [this] { editContact(true); });
        connect(edit, &QPushButton::clicked, this, [this] { editContact(false); });
        connect(m_contacts, &QTableWidget::cellDoubleClicked, this, [this] { editContact(false); });
        connect(remove, &QPushButton::clicked, this, &SessionsPage::removeContact);
        m_needDocument << add << edit << remove;
    }
    // Support measures.
    {
        auto *page = new QWidget;
        auto *v = new QVBoxLayout(page);
        auto *row = new QHBoxLayout;
        auto *add = button(tr("New Measure…"), row);
        auto *edit = button(tr("Edit…"), row);
        auto *retire = button(tr("Retire…"), row);
        row->addSpacing(16);
        auto *link = button(tr("Link Hospital…"), row);
        auto *unlink = button(tr("Remove Link"), row);
        auto *exportButton = button(tr("Export…"), row);
        row->addStretch();
        auto *areaLabel = new QLabel(tr("Hospitals &in:"));
        row->addWidget(areaLabel);
        m_measureArea = new QComboBox;
        m_measureArea->setObjectName(QStringLiteral("measureArea"));
        m_measureArea->setToolTip(tr("Count and list the hospitals of one region only"));
        areaLabel->setBuddy(m_measureArea);
        row->addWidget(m_measureArea);
        v->addLayout(row);
        m_measures = makeTable({ tr("Measure"), tr("Category"), tr("Legal basis"), tr("Valid from"),
                                 tr("Valid to"), tr("Version"), tr("Hospitals") },
                               QStringLiteral("measuresTable"));
        m_measureDetail = new QPlainTextEdit;
        m_measureDetail->setReadOnly(true);
        m_measureHospitals = makeTable({ tr("Hospital"), tr("Region"), tr("Stage"),
                                         tr("Fiscal year"), tr("Amount"), tr("Note") },
                                       QStringLiteral("measureHospitalsTable"));
        auto *split = new QSplitter(Qt::Vertical);
        split->addWidget(m_measures);
        m_measureHospitalsEmpty = emptyLabel(QString(), QStringLiteral("measureHospitalsEmpty"));
        auto *hospitalsBox = new QWidget;
        auto *hospitalsLayout = new QVBoxLayout(hospitalsBox);
        hospitalsLayout->setContentsMargins(0, 0, 0, 0);
        hospitalsLayout->addWidget(m_measureHospitals);
        hospitalsLayout->addWidget(m_measureHospitalsEmpty);
        auto *bottom = new QSplitter(Qt::Horizontal);
        bottom->addWidget(m_measureDetail);
        bottom->addWidget(hospitalsBox);
        split->addWidget(bottom);
        split->setSizes({ 280, 220 });
        v->addWidget(split);
        auto *note = new QLabel(tr("The catalogue shipped with the program summarises each "
                                   "measure in our own words; check the notices in force before "
                                   "advising a hospital. Every edit is kept as a new version."));
        note->setWordWrap(true);
        v->addWidget(note);
        m_tabs->addTab(page, tr("Support Measures"));
        connect(add, &QPushButton::clicked, this, [this] { editMeasure(true); });
        connect(edit, &QPushButton::clicked, this, [this] { editMeasure(false); });
        connect(m_measures, &QTableWidget::cellDoubleClicked, this, [this] { editMeasure(false); });
        connect(retire, &QPushButton::clicked, this, &SessionsPage::retireMeasure);
        connect(link, &QPushButton::clicked, this, &SessionsPage::linkHospital);
        connect(unlink, &QPushButton::clicked, this, &SessionsPage::unlinkHospital);
        connect(exportButton, &QPushButton::clicked, this, [this] {
            if (m_document)
                TableExport::saveAs(this, MeasureStore(*m_document->dataset()).catalogueTable(),
                                    tr("support-measures"));
        });
        connect(m_measures, &QTableWidget::itemSelectionChanged, this,
                &SessionsPage::fillMeasureHospitals);
        connect(m_measureArea, &QComboBox::activated, this, &SessionsPage::fillMeasures);
        m_needDocument << add << edit << retire << link << unlink << exportButton << m_measureArea;
    }
    // Good practices.
    {
        auto *page = new QWidget;
        auto *v = new QVBoxLayout(page);
        auto *row = new QHBoxLayout;
        auto *add = button(tr("New Case…"), row);
        auto *edit = button(tr("Edit…"), row);
        auto *remove = button(tr("Remove"), row);
        row->addSpacing(16);
        auto *print = button(tr("Print as Handout…"), row);
        print->setToolTip(tr("The selected cases (all if none is selected)"));
        row->addStretch();
        v->addLayout(row);
        m_cases
            = makeTable({ tr("Title"), tr("Kind"), tr("Region size"), tr("Tags"), tr("Source") },
                        QStringLiteral("casesTable"));
        m_casesEmpty = emptyLabel(tr("No case yet. Add the good practices you want to show "
                                     "hospitals (MHLW's annexes 6 and 7, neighbouring "
                                     "prefectures) with New Case…, link them to regions, sessions "
                                     "and councils, and print them as handouts."),
                                  QStringLiteral("casesEmpty"));
        v->addWidget(m_cases);
        v->addWidget(m_casesEmpty);
        m_tabs->addTab(page, tr("Good Practices"));
        connect(add, &QPushButton::clicked, this, [this] { editCase(true); });
        connect(edit, &QPushButton::clicked, this, [this] { editCase(false); });
        connect(m_cases, &QTableWidget::cellDoubleClicked, this, [this] { editCase(false); });
        connect(remove, &QPushButton::clicked, this, &SessionsPage::removeCase);
        connect(print, &QPushButton::clicked, this, &SessionsPage::printCases);
        m_needDocument << add << edit << remove << print;
    }
    reload();
}

SessionsPage::~SessionsPage()
{
    delete m_indicator.data(); // lives in the status bar when the main window placed it there
}

void SessionsPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::changed, this, [this](DataChanges changes) {
            if (changes
                & (SessionsChange | DataChange::Hospitals | DataChange::Geography
                   | DataChange::Councils))
                reload();
        });
    reload();
}

void SessionsPage::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

qint64 SessionsPage::selectedSession() const
{
    return selectedId(m_sessions);
}

void SessionsPage::reload()
{
    for (QWidget *w : std::as_const(m_needDocument))
        w->setEnabled(m_document != nullptr);
    fillSessions();
    fillContacts();
    fillMeasures();
    fillCases();
    updateDeadlines();
}

void SessionsPage::fillSessions()
{
    const qint64 keep = selectedSession();
    m_sessions->setRowCount(0);
    m_detail->clear();
    const QVector<StudySession> sessions
        = m_document ? SessionStore(*m_document->dataset()).sessions() : QVector<StudySession>();
    m_sessions->setRowCount(int(sessions.size()));
    for (int r = 0; r < sessions.size(); ++r) {
        const StudySession &s = sessions.at(r);
        m_sessions->setItem(r, 0, cell(JapaneseDate::display(s.date), s.id));
        m_sessions->setItem(r, 1, cell(s.title));
        m_sessions->setItem(r, 2, cell(StudySession::statusName(s.status)));
        m_sessions->setItem(r, 3, cell(StudySession::formatName(s.format)));
        m_sessions->setItem(r, 4, cell(s.coHostNames().join(QStringLiteral("、"))));
        auto *due = cell(s.mhlwRequest == MhlwRequest::None
                             ? tr("—")
                             : JapaneseDate::display(s.mhlwRequestDeadline()));
        const DeadlineState state = s.deadlineState(m_today);
        if (state == DeadlineState::Soon || state == DeadlineState::Passed) {
            due->setText((state == DeadlineState::Passed ? tr("▲ overdue: %1") : tr("▲ %1"))
                             .arg(due->text()));
            due->setForeground(QColor(0xb3, 0x59, 0x00));
            due->setToolTip(s.deadlineText(m_today));
        } else if (state == DeadlineState::Sent) {
            due->setText(tr("%1 (sent)").arg(due->text()));
        }
        m_sessions->setItem(r, 5, due);
        m_sessions->setItem(r, 6, numberCell(s.invited.size()));
        m_sessions->setItem(r, 7, numberCell(s.attended.size()));
        if (s.id == keep)
            m_sessions->selectRow(r);
    }
    m_sessions->resizeColumnsToContents();
    m_sessions->setColumnWidth(1, qMin(m_sessions->columnWidth(1), 300));
    m_sessions->setColumnWidth(4, qMin(m_sessions->columnWidth(4), 180));
    if (m_sessions->currentRow() < 0 && !sessions.isEmpty())
        m_sessions->selectRow(0);
    m_sessions->setVisible(!sessions.isEmpty());
    m_sessionsEmpty->setVisible(sessions.isEmpty());
    m_detailTabs->setVisible(!sessions.isEmpty()); // nothing to detail: the hint fills the page
    showSessionDetail();
}

void SessionsPage::showSessionDetail()
{
    m_detail->clear();
    const qint64 id = selectedSession();
    m_history->setSession(m_document ? m_document->dataset() : nullptr, id);
    if (!m_document || id == 0)
        return;
    const auto s = SessionStore(*m_document->dataset()).session(id);
    if (!s)
        return;
    const QHash<qint64, QString> names = HospitalStore(*m_document->dataset()).names();
    QStringList lines;
    QString when = JapaneseDate::display(s->date);
    if (s->startsAt.isValid())
        when += QStringLiteral(" %1–%2").arg(s->startsAt.toString(QStringLiteral("H:mm")),
                                             s->endsAt.toString(QStringLiteral("H:mm")));
    lines << s->title
          << when + QStringLiteral("  ") + StudySession::formatName(s->format)
            + QStringLiteral("  ") + StudySession::statusName(s->status);
    if (!s->venue.isEmpty())
        lines << tr("Venue: %1").arg(s->venue);
    lines << tr("Host: %1").arg(s->host)
          << tr("Co-hosts: %1").arg(s->coHostNames().join(QStringLiteral("、")))
          << tr("Sponsors: %1").arg(s->sponsors.join(QStringLiteral("、")))
          << tr("Asked of MHLW: %1").arg(StudySession::requestName(s->mhlwRequest));
    const QString deadline = s->deadlineText(m_today);
    if (!deadline.isEmpty())
        lines << deadline;
    lines << QString() << tr("Programme:");
    for (const SessionPart &p : s->programme) {
        QString line = QStringLiteral("  ") + p.title;
        const QString who
            = QStringList { p.speaker, p.organisation }.join(QStringLiteral("  ")).trimmed();
        if (!who.isEmpty())
            line += QStringLiteral(" — ") + who;
        lines << line;
    }
    if (!s->measures.isEmpty()) {
        MeasureStore measures(*m_document->dataset());
        QStringList names3;
        for (const QString &m : s->measures) {
            const auto measure = measures.measure(m);
            names3 << (measure ? measure->name : m);
        }
        lines << tr("Measures presented in part ③: %1").arg(names3.join(QStringLiteral("、")));
    }
    QStringList attended;
    for (qint64 h : s->attended)
        attended << names.value(h);
    lines
        << QString()
        << tr("Hospitals invited: %1, attended: %2").arg(s->invited.size()).arg(s->attended.size());
    if (!attended.isEmpty())
        lines << QStringLiteral("  ") + attended.join(QStringLiteral("、"));
    if (!s->notes.isEmpty())
        lines << QString() << tr("Notes:") << s->notes;
    if (!s->followUps.isEmpty())
        lines << QString() << tr("Follow-ups:") << s->followUps;
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void SessionsPage::updateDeadlines()
{
    const QVector<StudySession> warnings = m_document
        ? SessionStore(*m_document->dataset()).deadlineWarnings(m_today)
        : QVector<StudySession>();
    if (warnings.isEmpty()) {
        m_banner->hide();
        m_indicator->hide();
        return;
    }
    QStringList lines;
    for (const StudySession &s : warnings)
        lines << QStringLiteral("▲ %1 (%2): %3")
                     .arg(s.title, JapaneseDate::display(s.date), s.deadlineText(m_today));
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->show();
    m_indicator->setText(tr("▲ %n MHLW request(s) due", "", int(warnings.size())));
    m_indicator->setToolTip(lines.join(QLatin1Char('\n')));
    m_indicator->show();
}

bool SessionsPage::push(DatasetCommand *command)
{
    const auto error = command->errorHandle();
    m_document->undoStack()->push(command);
    if (!error->isEmpty()) {
        QMessageBox::warning(this, tr("Study Sessions"), *error);
        return false;
    }
    return true;
}

void SessionsPage::addSession()
{
    if (!m_document)
        return;
    SessionDialog dialog(m_document->dataset(), std::nullopt, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        push(new SaveSessionCommand(m_document->dataset(), std::nullopt, dialog.session()));
}

void SessionsPage::editSession()
{
    if (!m_document || selectedSession() == 0)
        return;
    const auto before = SessionStore(*m_document->dataset()).session(selectedSession());
    if (!before)
        return;
    SessionDialog dialog(m_document->dataset(), before, m_today, this);
    if (dialog.exec() == QDialog::Accepted && !(dialog.session() == *before))
        push(new SaveSessionCommand(m_document->dataset(), before, dialog.session()));
}

void SessionsPage::removeSession()
{
    if (!m_document || selectedSession() == 0)
        return;
    const auto before = SessionStore(*m_document->dataset()).session(selectedSession());
    if (before)
        push(new SaveSessionCommand(m_document->dataset(), before, std::nullopt));
}

void SessionsPage::writeDataPack()
{
    if (!m_document)
        return;
    DataPackDialog dialog(m_document->dataset(), m_today, this);
    dialog.exec();
}

void SessionsPage::chooseImportFile()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Study Sessions"), QString(),
        tr("Sessions (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        importSessions(path);
}

bool SessionsPage::importSessions(const QString &path)
{
    if (!m_document)
        return false;
    const QString fileName = QFileInfo(path).fileName();
    QStringList errors;
    TableData table;
    QString error;
    SessionImporter importer(*m_document->dataset());
    bool ok = TableReader::read(path, &table, &error);
    if (!ok)
        errors << error;
    else
        ok = importer.parse(table, &errors);
    if (ok) {
        auto *command
            = new ImportSessionsCommand(m_document->dataset(), importer.sessions(), fileName);
        const int added = command->added();
        const int updated = command->updated();
        ok = DatasetCommand::push(m_document->undoStack(), command, &error);
        if (ok) {
            errors.clear();
            auto *box = new QMessageBox(QMessageBox::Information, tr("Import Study Sessions"),
                                        tr("Imported %n session(s) from %1: %2 added, %3 "
                                           "updated. Edit › Undo takes the import back.",
                                           "", added + updated)
                                            .arg(fileName)
                                            .arg(added)
                                            .arg(updated),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("sessionImportResult"));
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return true;
        }
        errors << error;
    }
    // Nothing was stored: name the file, then each bad cell by line and column.
    constexpr int Shown = 12;
    QStringList lines = errors.mid(0, Shown);
    if (errors.size() > Shown)
        lines << tr("… and %n more (see Show Details).", "", int(errors.size() - Shown));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Study Sessions"),
                                tr("Nothing was imported from %1:").arg(fileName)
                                    + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("sessionImportResult"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Correct the file and import it again: the import stores all "
                               "sessions or none. File: %1")
                                .arg(QDir::toNativeSeparators(path)));
    if (errors.size() > Shown)
        box->setDetailedText(errors.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void SessionsPage::exportHoldingStatus()
{
    if (!m_document)
        return;
    bool ok = false;
    const int fy
        = QInputDialog::getInt(this, tr("Holding Status"), tr("Fiscal year (April–March):"),
                               JapaneseDate::fiscalYear(m_today), 2013, 2100, 1, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Holding Status"),
                                                      tr("study-sessions-%1.xlsx").arg(fy),
                                                      tr("Excel workbook (*.xlsx);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool written = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
        ? SessionReports::holdingStatus(*m_document->dataset(), fy, m_today).writePdf(path, &error)
        : TableWriter::write(SessionStore(*m_document->dataset()).holdingStatusTable(fy), path,
                             &error);
    if (!written)
        QMessageBox::warning(this, tr("Holding Status"), error);
}

void SessionsPage::fillContacts()
{
    m_contacts->setRowCount(0);
    if (!m_document) {
        m_contacts->hide();
        m_contactsEmpty->show();
        return;
    }
    const auto contacts = SessionStore(*m_document->dataset()).contacts();
    m_contacts->setRowCount(int(contacts.size()));
    for (int r = 0; r < contacts.size(); ++r) {
        const BankContact &c = contacts.at(r);
        m_contacts->setItem(r, 0, cell(c.bank, c.id));
        m_contacts->setItem(r, 1, cell(c.branch));
        m_contacts->setItem(r, 2, cell(c.person));
        m_contacts->setItem(r, 3, cell(c.phone));
        m_contacts->setItem(r, 4, cell(c.mail));
        m_contacts->setItem(r, 5,
                            cell(QString(c.note).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    }
    m_contacts->resizeColumnsToContents();
    m_contacts->setVisible(!contacts.isEmpty());
    m_contactsEmpty->setVisible(contacts.isEmpty());
}

void SessionsPage::editContact(bool add)
{
    if (!m_document)
        return;
    std::optional<BankContact> before;
    if (!add) {
        before = SessionStore(*m_document->dataset()).contact(selectedId(m_contacts));
        if (!before)
            return;
    }
    BankContactDialog dialog(before, this);
    if (dialog.exec() == QDialog::Accepted && !(before && dialog.contact() == *before))
        push(new SaveBankContactCommand(m_document->dataset(), before, dialog.contact()));
}

void SessionsPage::removeContact()
{
    if (!m_document)
        return;
    const auto before = SessionStore(*m_document->dataset()).contact(selectedId(m_contacts));
    if (before)
        push(new SaveBankContactCommand(m_document->dataset(), before, std::nullopt));
}

void SessionsPage::fillMeasures()
{
    const QString keep
        = m_measures->currentRow() >= 0 && m_measures->item(m_measures->currentRow(), 0)
        ? m_measures->item(m_measures->currentRow(), 0)->data(Qt::UserRole).toString()
        : QString();
    m_measures->setRowCount(0);
    // The areas: the home prefecture (all its hospitals) and each of its regions.
    const QString area = m_measureArea->currentData().toString();
    {
        const QSignalBlocker blocker(m_measureArea);
        m_measureArea->clear();
        if (m_document) {
            const QString home = m_document->dataset()->homePrefectureCode();
            m_measureArea->addItem(tr("All hospitals"), QString());
            for (const Region &r : GeographyStore(*m_document->dataset()).regions(home))
                m_measureArea->addItem(r.name, r.code);
        }
        m_measureArea->setCurrentIndex(qMax(0, m_measureArea->findData(area)));
    }
    if (!m_document) {
        fillMeasureHospitals();
        return;
    }
    MeasureStore store(*m_document->dataset());
    const auto catalogue = store.catalogue();
    QHash<QString, QSet<qint64>> hospitals;
    const QString areaCode = m_measureArea->currentData().toString();
    for (const MeasureUse &u : areaCode.isEmpty() ? store.uses() : store.usesInArea(areaCode))
        hospitals[u.measureId].insert(u.hospitalId);
    m_measures->setRowCount(int(catalogue.size()));
    for (int r = 0; r < catalogue.size(); ++r) {
        const SupportMeasure &m = catalogue.at(r);
        auto *name = cell(m.name, m.id);
        if (m.isRetired()) {
            name->setText(tr("%1 (retired %2)").arg(m.name, JapaneseDate::display(m.retiredOn)));
            name->setForeground(QColor(0x77, 0x77, 0x77));
        }
        m_measures->setItem(r, 0, name);
        m_measures->setItem(r, 1, cell(m.category));
        m_measures->setItem(r, 2, cell(m.basis));
        m_measures->setItem(
            r, 3, cell(m.validFrom.isValid() ? JapaneseDate::display(m.validFrom) : QString()));
        m_measures->setItem(
            r, 4, cell(m.validTo.isValid() ? JapaneseDate::display(m.validTo) : QString()));
        m_measures->setItem(r, 5,
                            cell(m.isShipped() ? tr("shipped") : tr("%1 (office)").arg(m.version)));
        m_measures->setItem(r, 6, numberCell(hospitals.value(m.id).size()));
        if (m.id == keep)
            m_measures->selectRow(r);
    }
    m_measures->resizeColumnsToContents();
    m_measures->setColumnWidth(0, qMin(m_measures->columnWidth(0), 360));
    m_measures->setColumnWidth(2, qMin(m_measures->columnWidth(2), 300));
    if (m_measures->currentRow() < 0 && !catalogue.isEmpty())
        m_measures->selectRow(0); // the detail is never empty
    fillMeasureHospitals();
}

void SessionsPage::fillMeasureHospitals()
{
    m_measureHospitals->setRowCount(0);
    m_measureDetail->clear();
    m_measureHospitals->hide();
    m_measureHospitalsEmpty->setText(
        tr("Select a measure to see the hospitals that plan to use it or have used it."));
    m_measureHospitalsEmpty->show();
    if (!m_document || m_measures->currentRow() < 0)
        return;
    const QString id = m_measures->item(m_measures->currentRow(), 0)->data(Qt::UserRole).toString();
    MeasureStore store(*m_document->dataset());
    const auto m = store.measure(id);
    if (!m)
        return;
    QStringList lines { m->name,
                        tr("Legal basis: %1").arg(m->basis),
                        tr("Who can use it: %1").arg(m->eligible),
                        tr("Conditions: %1").arg(m->conditions),
                        QString(),
                        m->summary };
    if (!m->isShipped())
        lines << QString()
              << tr("Version %1 by %2, %3")
                     .arg(m->version)
                     .arg(m->changedBy, JapaneseDate::display(m->changedAt.date()));
    m_measureDetail->setPlainText(lines.join(QLatin1Char('\n')));
    QHash<qint64, Hospital> hospitals;
    for (const Hospital &h : HospitalStore(*m_document->dataset()).hospitals())
        hospitals.insert(h.id, h);
    QHash<QString, QString> regions;
    for (const Region &r : GeographyStore(*m_document->dataset()).regions())
        regions.insert(r.code, r.name);
    const QString areaCode = m_measureArea->currentData().toString();
    QVector<MeasureUse> uses = store.usesOfMeasure(id);
    if (!areaCode.isEmpty())
        uses.erase(std::remove_if(
                       uses.begin(), uses.end(),
                       [&](const MeasureUse &u) {
                           return !hospitals.value(u.hospitalId).regionCode.startsWith(areaCode);
                       }),
                   uses.end());
    m_measureHospitals->setVisible(!uses.isEmpty());
    m_measureHospitalsEmpty->setVisible(uses.isEmpty());
    m_measureHospitalsEmpty->setText(
        areaCode.isEmpty()
            ? tr("No hospital is linked to this measure yet. Link one with Link Hospital…, or "
                 "from the hospital's page (Support measures tab).")
            : tr("No hospital of %1 is linked to this measure.").arg(m_measureArea->currentText()));
    m_measureHospitals->setRowCount(int(uses.size()));
    for (int r = 0; r < uses.size(); ++r) {
        const MeasureUse &u = uses.at(r);
        const Hospital h = hospitals.value(u.hospitalId);
        m_measureHospitals->setItem(r, 0, cell(h.name, u.id));
        m_measureHospitals->setItem(r, 1, cell(regions.value(h.regionCode, h.regionCode)));
        m_measureHospitals->setItem(r, 2, cell(MeasureUse::stageName(u.stage)));
        m_measureHospitals->setItem(
            r, 3, cell(u.fiscalYear ? JapaneseDate::fiscalYearLabel(u.fiscalYear) : QString()));
        auto *amount = cell(MeasureUse::amountText(u.amountYen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_measureHospitals->setItem(r, 4, amount);
        m_measureHospitals->setItem(r, 5, cell(u.note));
    }
    m_measureHospitals->resizeColumnsToContents();
}

void SessionsPage::editMeasure(bool add)
{
    if (!m_document)
        return;
    std::optional<SupportMeasure> before;
    if (!add) {
        if (m_measures->currentRow() < 0)
            return;
        before
            = MeasureStore(*m_document->dataset())
                  .measure(
                      m_measures->item(m_measures->currentRow(), 0)->data(Qt::UserRole).toString());
        if (!before)
            return;
    }
    MeasureDialog dialog(before, this);
    if (dialog.exec() == QDialog::Accepted && !(before && dialog.measure().sameContent(*before)))
        push(new SaveMeasureCommand(m_document->dataset(), dialog.measure()));
}

void SessionsPage::retireMeasure()
{
    if (!m_document || m_measures->currentRow() < 0)
        return;
    auto m = MeasureStore(*m_document->dataset())
                 .measure(
                     m_measures->item(m_measures->currentRow(), 0)->data(Qt::UserRole).toString());
    if (!m || m->isRetired())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Retire Measure"),
        tr("Retire %1 as of (e.g. 2027/3/31 or 令和9年3月31日):").arg(m->name), QLineEdit::Normal,
        JapaneseDate::display(m_today), &ok);
    if (!ok)
        return;
    const auto date = JapaneseDate::parse(text);
    if (!date) {
        QMessageBox::warning(this, tr("Retire Measure"), tr("\"%1\" is not a date.").arg(text));
        return;
    }
    m->retiredOn = *date;
    if (!m->validTo.isValid() || m->validTo > *date)
        m->validTo = date->addDays(-1);
    push(new SaveMeasureCommand(m_document->dataset(), *m));
}

void SessionsPage::linkHospital()
{
    if (!m_document)
        return;
    MeasureUse use;
    if (m_measures->currentRow() >= 0)
        use.measureId
            = m_measures->item(m_measures->currentRow(), 0)->data(Qt::UserRole).toString();
    MeasureUseDialog dialog(m_document->dataset(), use, this);
    if (dialog.exec() == QDialog::Accepted)
        push(new SaveMeasureUseCommand(m_document->dataset(), std::nullopt, dialog.use()));
}

void SessionsPage::unlinkHospital()
{
    if (!m_document)
        return;
    const auto before = MeasureStore(*m_document->dataset()).use(selectedId(m_measureHospitals));
    if (before)
        push(new SaveMeasureUseCommand(m_document->dataset(), before, std::nullopt));
}

void SessionsPage::fillCases()
{
    m_cases->setRowCount(0);
    const QVector<PracticeCase> cases
        = m_document ? MeasureStore(*m_document->dataset()).cases() : QVector<PracticeCase>();
    m_cases->setRowCount(int(cases.size()));
    for (int r = 0; r < cases.size(); ++r) {
        const PracticeCase &c = cases.at(r);
        m_cases->setItem(r, 0, cell(c.title, c.id));
        m_cases->setItem(r, 1, cell(PracticeCase::kindName(c.kind)));
        m_cases->setItem(r, 2, cell(c.regionSize));
        m_cases->setItem(r, 3, cell(c.tags.join(QStringLiteral("、"))));
        m_cases->setItem(
            r, 4,
            cell(c.sourcePage.isEmpty() ? c.source : tr("%1, p. %2").arg(c.source, c.sourcePage)));
    }
    m_cases->resizeColumnsToContents();
    m_cases->setVisible(!cases.isEmpty());
    m_casesEmpty->setVisible(cases.isEmpty());
}

void SessionsPage::editCase(bool add)
{
    if (!m_document)
        return;
    std::optional<PracticeCase> before;
    if (!add) {
        before = MeasureStore(*m_document->dataset()).practiceCase(selectedId(m_cases));
        if (!before)
            return;
    }
    CaseDialog dialog(m_document->dataset(), before, this);
    if (dialog.exec() == QDialog::Accepted && !(before && dialog.practiceCase() == *before))
        push(new SavePracticeCaseCommand(m_document->dataset(), before, dialog.practiceCase()));
}

void SessionsPage::removeCase()
{
    if (!m_document)
        return;
    const auto before = MeasureStore(*m_document->dataset()).practiceCase(selectedId(m_cases));
    if (before)
        push(new SavePracticeCaseCommand(m_document->dataset(), before, std::nullopt));
}

void SessionsPage::printCases()
{
    if (!m_document)
        return;
    QSet<qint64> chosen;
    for (const QModelIndex &index : m_cases->selectionModel()->selectedRows())
        chosen.insert(m_cases->item(index.row(), 0)->data(Qt::UserRole).toLongLong());
    QVector<PracticeCase> cases;
    for (const PracticeCase &c : MeasureStore(*m_document->dataset()).cases()) {
        if (chosen.isEmpty() || chosen.contains(c.id))
            cases << c;
    }
    if (cases.isEmpty())
        return;
    ReportPrinting::preview(SessionReports::caseHandout(*m_document->dataset(), cases, m_today),
                            this);
}

} // namespace Koso
