#include "policy/HospitalPage.h"

#include "council/CouncilStore.h"
#include "policy/HospitalFiguresChart.h"
#include "policy/PolicyEditor.h"
#include "policy/PolicyField.h"
#include "policy/PolicyStore.h"
#include "policy/PolicyVocabulary.h"
#include "sessions/HospitalMeasuresPanel.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"
#include "util/Localization.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Koso {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

HospitalPage::HospitalPage(Dataset *dataset, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_dataset(dataset)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_figures(makeTable(this, QStringLiteral("figuresTable")))
    , m_chart(new HospitalFiguresChart(this))
    , m_editor(new PolicyEditor(dataset, undoStack, this))
    , m_pastState(new QCheckBox(tr("Show the policy as of"), this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_meetings(makeTable(this, QStringLiteral("meetingsTable")))
    , m_measures(new HospitalMeasuresPanel(dataset, undoStack, this))
    , m_history(makeTable(this, QStringLiteral("historyTable")))
{
    setObjectName(QStringLiteral("hospitalPage"));
    m_figures->horizontalHeader()->setStretchLastSection(false);
    m_meetings->verticalHeader()->hide();
    m_history->verticalHeader()->hide();
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    connect(m_header, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("hospital:")))
            emit hospitalActivated(link.mid(9).toLongLong());
    });

    auto *figures = new QSplitter(Qt::Vertical, this);
    figures->addWidget(m_figures);
    figures->addWidget(m_chart);
    m_tabs->addTab(figures, tr("&Figures"));

    auto *policy = new QWidget(this);
    auto *policyLayout = new QVBoxLayout(policy);
    auto *asOfRow = new QHBoxLayout;
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(Localization::dateEditFormat());
    m_asOf->setEnabled(false);
    asOfRow->addWidget(m_pastState);
    asOfRow->addWidget(m_asOf);
    asOfRow->addStretch();
    policyLayout->addLayout(asOfRow);
    auto *scroll = new QScrollArea(policy);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    policyLayout->addWidget(scroll);
    m_tabs->addTab(policy, tr("Response &policy"));
    m_tabs->addTab(m_meetings, tr("&Councils"));
    m_tabs->addTab(m_measures, tr("Support &measures"));
    m_tabs->addTab(m_history, tr("&History"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    const auto updateAsOf = [this] {
        m_asOf->setEnabled(m_pastState->isChecked());
        m_editor->setAsOf(m_pastState->isChecked() ? m_asOf->date() : QDate());
    };
    connect(m_pastState, &QCheckBox::toggled, this, updateAsOf);
    connect(m_asOf, &QDateEdit::dateChanged, this, updateAsOf);
    connect(m_dataset, &Dataset::changed, this, [this](DataChanges changes) {
        if (changes
            & (DataChange::Hospitals | DataChange::Policies | DataChange::Councils
               | DataChange::Figures))
            reload();
    });
}

void HospitalPage::setHospital(qint64 hospitalId)
{
    m_hospitalId = hospitalId;
    m_editor->setHospital(hospitalId);
    m_measures->setHospital(hospitalId);
    reload();
}

void HospitalPage::reload()
{
    HospitalStore hospitals(*m_dataset);
    const auto h = hospitals.hospital(m_hospitalId);
    if (!h) {
        m_header->setText(tr("The hospital no longer exists (its addition was undone)."));
        m_figures->setRowCount(0);
        m_meetings->setRowCount(0);
        m_history->setRowCount(0);
        return;
    }
    QString region = h->regionCode;
    if (const auto r = GeographyStore(*m_dataset).region(h->regionCode))
        region = r->name;
    QStringList facts { region.toHtmlEscaped() };
    if (!h->municipality.isEmpty())
        facts << h->municipality.toHtmlEscaped();
    facts << PolicyVocabulary::kindName(h->kind) << PolicyVocabulary::ownerGroupName(h->ownerGroup);
    if (h->addedByHand)
        facts << tr("added by hand");
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(h->name.toHtmlEscaped(), facts.join(QStringLiteral(" · ")));
    if (h->mergedInto) {
        const auto into = hospitals.hospital(*h->mergedInto);
        html += QStringLiteral("<p>")
            + tr("Merged into <a href=\"hospital:%1\">%2</a>.")
                  .arg(*h->mergedInto)
                  .arg(into ? into->name.toHtmlEscaped() : QString())
            + QStringLiteral("</p>");
    }
    QStringList predecessors;
    for (const Hospital &other : hospitals.hospitals(h->regionCode.left(2))) {
        if (other.mergedInto == m_hospitalId)
            predecessors << QStringLiteral("<a href=\"hospital:%1\">%2</a>")
                                .arg(other.id)
                                .arg(other.name.toHtmlEscaped());
    }
    if (!predecessors.isEmpty())
        html += QStringLiteral("<p>")
            + tr("Merged from: %1.").arg(predecessors.join(QStringLiteral("、")))
            + QStringLiteral("</p>");
    if (!h->note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(h->note.toHtmlEscaped());
    m_header->setText(html);
    loadFigures();
    loadMeetings();
    loadHistory();
}

void HospitalPage::loadFigures()
{
    FigureStore figureStore(*m_dataset);
    const BedFunctionList functions = figureStore.bedFunctions();
    const QVector<Edition> editions = figureStore.editions();
    const QVector<HospitalFigures> history = HospitalStore(*m_dataset).figureHistory(m_hospitalId);
    const auto h = HospitalStore(*m_dataset).hospital(m_hospitalId);
    m_chart->setFigures(h ? h->name : QString(), functions, editions, history);

    struct Row
    {
        QString title;
        std::function<QString(const HospitalFigures &)> value;
    };
    QLocale locale;
    const auto metric = [&locale](const QString &key) {
        return [key, locale](const HospitalFigures &f) {
            if (f.metrics.contains(key))
                return locale.toString(f.metrics.value(key), 'f',
                                       key.startsWith(QLatin1String("los_")) ? 1 : 0);
            return f.maskedMetrics.value(key);
        };
    };
    QVector<Row> rows;
    for (const BedFunction &fn : functions) {
        rows << Row { tr("Beds: %1").arg(fn.displayName()),
                      [key = fn.key, locale](const HospitalFigures &f) {
                          return f.beds.contains(key) ? locale.toString(f.beds.value(key))
                                                      : QString();
                      } };
    }
    rows << Row { tr("Beds: total (休棟中等 excluded)"),
                  [locale](const HospitalFigures &f) {
                      return locale.toString(f.totalBeds());
                  } }
         << Row { tr("Roles"),
                  [](const HospitalFigures &f) {
                      QStringList names;
                      for (const QString &r : f.roles)
                          names << PolicyVocabulary::roleName(r);
                      return names.join(QStringLiteral(", "));
                  } }
         << Row { tr("Doctors (full-time)"), metric(QStringLiteral("doctors_fulltime")) }
         << Row { tr("Doctors (part-time, FTE)"), metric(QStringLiteral("doctors_parttime")) }
         << Row { tr("Ambulance cases"), metric(QStringLiteral("ambulance")) }
         << Row { tr("Operations under general anaesthesia"),
                  metric(QStringLiteral("general_anaesthesia")) }
         << Row { tr("Births"), metric(QStringLiteral("births")) }
         << Row { tr("Operations"), metric(QStringLiteral("operations")) };
    for (const BedFunction &fn : functions) {
        const QString key = QStringLiteral("los_") + fn.key;
        bool any = false;
        for (const HospitalFigures &f : history)
            any = any || f.metrics.contains(key) || f.maskedMetrics.contains(key);
        if (any)
            rows << Row { tr("Mean length of stay: %1 (days)").arg(fn.displayName()), metric(key) };
    }

    QHash<int, QString> labels;
    for (const Edition &e : editions)
        labels.insert(e.id, e.label);
    m_figures->clear();
    m_figures->setColumnCount(int(history.size()));
    m_figures->setRowCount(int(rows.size()));
    QStringList headers;
    for (const HospitalFigures &f : history)
        headers << labels.value(f.editionId);
    m_figures->setHorizontalHeaderLabels(headers);
    QStringList rowTitles;
    for (int r = 0; r < rows.size(); ++r) {
        rowTitles << rows.at(r).title;
        for (int c = 0; c < history.size(); ++c)
            m_figures->setItem(r, c, numberItem(rows.at(r).value(history.at(c))));
    }
    m_figures->setVerticalHeaderLabels(rowTitles);
    m_figures->resizeColumnsToContents();
}

void HospitalPage::loadMeetings()
{
    CouncilStore councils(*m_dataset);
    const auto policy = PolicyStore(*m_dataset).policy(m_hospitalId);
    const auto meetings = councils.meetingsOfHospital(m_hospitalId);
    m_meetings->clear();
    m_meetings->setColumnCount(5);
    m_meetings->setHorizontalHeaderLabels(
        { tr("Held on"), tr("Council"), tr("No."), tr("Outcome"), tr("Agenda") });
    m_meetings->setRowCount(int(meetings.size()));
    for (int r = 0; r < meetings.size(); ++r) {
        const CouncilMeeting &m = meetings.at(r);
        const auto c = councils.council(m.councilId);
        const bool agreed = policy && policy->agreedMeetingId == m.id;
        m_meetings->setItem(r, 0, new QTableWidgetItem(JapaneseDate::display(m.heldOn)));
        m_meetings->setItem(r, 1, new QTableWidgetItem(c ? c->name : QString()));
        m_meetings->setItem(r, 2, new QTableWidgetItem(CouncilStore::numberLabel(m.number)));
        m_meetings->setItem(r, 3,
                            new QTableWidgetItem(agreed ? tr("Policy agreed") : tr("Discussed")));
        m_meetings->setItem(r, 4, new QTableWidgetItem(m.agenda.join(QStringLiteral(" / "))));
    }
    m_meetings->resizeColumnsToContents();
}

void HospitalPage::loadHistory()
{
    HospitalStore hospitals(*m_dataset);
    PolicyStore store(*m_dataset);
    CouncilStore councils(*m_dataset);
    const BedFunctionList functions = FigureStore(*m_dataset).bedFunctions();
    // The hospital's own changes and those of the hospitals merged into it.
    QHash<qint64, QString> names;
    QVector<PolicyChange> changes = store.history(m_hospitalId);
    if (const auto h = hospitals.hospital(m_hospitalId)) {
        names.insert(h->id, h->name);
        for (const Hospital &other : hospitals.hospitals(h->regionCode.left(2))) {
            if (other.mergedInto == m_hospitalId) {
                names.insert(other.id, other.name);
                changes << store.history(other.id);
            }
        }
    }
    PolicyHistory::sortChronologically(changes);
    std::reverse(changes.begin(), changes.end()); // newest first
    const auto shown = [&](const QString &field, const QString &value) {
        if (value.isEmpty())
            return QString();
        if (field == PolicyField::AgreedMeetingId) {
            const auto m = councils.meeting(value.toLongLong());
            return m ? councils.meetingLabel(*m) : value;
        }
        if (field == PolicyField::MergedInto) {
            const auto h = hospitals.hospital(value.toLongLong());
            return h ? h->name : value;
        }
        return PolicyVocabulary::displayValue(field, value);
    };
    const bool several = names.size() > 1;
    m_history->clear();
    m_history->setColumnCount(several ? 6 : 5);
    QStringList headers { tr("When"), tr("Who") };
    if (several)
        headers << tr("Hospital");
    headers << tr("Field") << tr("Before") << tr("After");
    m_history->setHorizontalHeaderLabels(headers);
    m_history->setRowCount(int(changes.size()));
    for (int r = 0; r < changes.size(); ++r) {
        const PolicyChange &c = changes.at(r);
        int col = 0;
        m_history->setItem(r, col++,
                           new QTableWidgetItem(QStringLiteral("%1 %2").arg(
                               JapaneseDate::display(c.changedAt.date()),
                               c.changedAt.time().toString(QStringLiteral("HH:mm")))));
        m_history->setItem(r, col++, new QTableWidgetItem(c.changedBy));
        if (several)
            m_history->setItem(r, col++, new QTableWidgetItem(names.value(c.hospitalId)));
        m_history->setItem(r, col++,
                           new QTableWidgetItem(PolicyVocabulary::fieldName(c.field, functions)));
        m_history->setItem(r, col++, new QTableWidgetItem(shown(c.field, c.oldValue)));
        m_history->setItem(r, col++, new QTableWidgetItem(shown(c.field, c.newValue)));
    }
    m_history->resizeColumnsToContents();
}

} // namespace Koso
