#include "planning/PdcaPage.h"

#include "analysis/AnalysisSettings.h"
#include "analysis/AnalysisText.h"
#include "analysis/GapAnalysis.h"
#include "council/CouncilStore.h"
#include "planning/PlanningStore.h"
#include "planning/PlanningUi.h"
#include "planning/TargetSheet.h"
#include "policy/PolicyRates.h"
#include "storage/GeographyStore.h"
#include "util/JapaneseDate.h"
#include "widgets/DateLineEdit.h"
#include "widgets/FiscalYearSpinBox.h"
#include "widgets/TableExport.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QVBoxLayout>

#include <functional>

namespace Koso {

using namespace PlanningUi;

namespace {

QColor statusColor(const QString &status)
{
    if (status == QLatin1String("achieved"))
        return QColor(0xE3, 0xF2, 0xE1);
    if (status == QLatin1String("not_achieved"))
        return QColor(0xFB, 0xE3, 0xD6);
    return QColor();
}

QPushButton *button(const QString &text, QWidget *parent)
{
    return new QPushButton(text, parent);
}

// What a cell edited in place holds as stored (the target's value, a date as ISO text), and
// which editor it takes.
constexpr int RawRole = Qt::UserRole + 1;
constexpr int EditorRole = Qt::UserRole + 2; // 0 line, 1 several lines, 2 date

QTableWidgetItem *editable(QTableWidgetItem *item, const QString &raw, int editor)
{
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(RawRole, raw);
    item->setData(EditorRole, editor);
    return item;
}

// Edits the cells of the PDCA tables in place. The new value never goes into the table: it is
// handed to the page, which writes it as one undo step through PlanningEditCommand; the table
// is then filled again from the dataset.
class CellDelegate : public QStyledItemDelegate
{
public:
    using Commit = std::function<void(const QModelIndex &, const QString &)>;
    CellDelegate(Commit commit, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_commit(std::move(commit))
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        switch (index.data(EditorRole).toInt()) {
        case 1: {
            auto *edit = new QPlainTextEdit(parent);
            edit->setTabChangesFocus(true);
            return edit;
        }
        case 2: {
            auto *edit = new DateLineEdit(parent);
            edit->setPlaceholderText(
                QCoreApplication::translate("Koso::PdcaPage", "empty: not verified"));
            return edit;
        }
        default:
            return new QLineEdit(parent);
        }
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QString raw = index.data(RawRole).toString();
        if (auto *date = qobject_cast<DateLineEdit *>(editor))
            date->setDate(QDate::fromString(raw, Qt::ISODate));
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(raw);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->setPlainText(raw);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *,
                      const QModelIndex &index) const override
    {
        QString value;
        if (auto *date = qobject_cast<DateLineEdit *>(editor)) {
            if (!date->isAcceptable())
                return;
            value = date->date().isValid() ? date->date().toString(Qt::ISODate) : QString();
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            value = line->text();
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            value = text->toPlainText();
        }
        if (value == index.data(RawRole).toString())
            return;
        // After the editor has closed: the write fills the table again.
        const QPersistentModelIndex at(index);
        QMetaObject::invokeMethod(
            parent(),
            [commit = m_commit, at, value] {
                if (at.isValid())
                    commit(at, value);
            },
            Qt::QueuedConnection);
    }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override
    {
        QRect r = option.rect;
        if (index.data(EditorRole).toInt() == 1)
            r.setHeight(qMax(r.height(), editor->fontMetrics().lineSpacing() * 4 + 8));
        editor->setGeometry(r);
    }

private:
    Commit m_commit;
};

} // namespace

PdcaPage::PdcaPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Yearly targets and PDCA"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Fiscal year:")));
    m_year = new FiscalYearSpinBox;
    m_year->setRange(2015, 2100);
    m_year->setValue(2024);
    bar->addWidget(m_year);
    bar->addWidget(new QLabel(tr("Region:")));
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("pdcaRegion"));
    m_region->setMinimumContentsLength(10);
    bar->addWidget(m_region);
    auto *importButton = button(tr("Import targets…"), this);
    auto *exportButton = button(tr("Export targets…"), this);
    bar->addWidget(importButton);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_tabs = new QTabWidget;
    layout->addWidget(m_tabs, 1);

    // Overview.
    auto *overview = new QWidget;
    auto *ol = new QVBoxLayout(overview);
    m_overview = table({ tr("Region"), tr("Targets"), tr("Achieved"), tr("Not achieved"),
                         tr("Not evaluated"), tr("Last council"), tr("Policy rate (hospitals)"),
                         tr("Designation") });
    m_overview->setObjectName(QStringLiteral("pdcaOverview"));
    ol->addWidget(m_overview);
    auto *overviewButtons = new QHBoxLayout;
    auto *exportOverview = button(tr("Export table…"), overview);
    overviewButtons->addWidget(new QLabel(tr("Double-click a region to see its targets.")));
    overviewButtons->addStretch();
    overviewButtons->addWidget(exportOverview);
    ol->addLayout(overviewButtons);
    m_tabs->addTab(overview, tr("Prefecture overview"));

    // Targets.
    auto *targets = new QWidget;
    auto *tl = new QVBoxLayout(targets);
    m_empty = new QLabel;
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("pdcaEmpty"));
    tl->addWidget(m_empty);
    m_targets
        = table({ tr("Target"), tr("Actual"), tr("Status"), tr("Source"), tr("Cause analysis"),
                  tr("Response"), tr("Verified by the council"), tr("Note") });
    m_targets->setObjectName(QStringLiteral("pdcaTargets"));
    tl->addWidget(m_targets, 1);
    auto *tb = new QHBoxLayout;
    auto *add = button(tr("Add target…"), targets);
    auto *edit = button(tr("Edit…"), targets);
    auto *remove = button(tr("Remove"), targets);
    tb->addWidget(add);
    tb->addWidget(edit);
    tb->addWidget(remove);
    tb->addStretch();
    tb->addWidget(new QLabel(tr("Double-click the target, cause analysis, response, date or note "
                                "to change it in place.")));
    tl->addLayout(tb);
    m_tabs->addTab(targets, tr("Targets of the region"));

    // Progress verification.
    auto *gaps = new QWidget;
    auto *gl = new QVBoxLayout(gaps);
    m_gaps = table({ tr("Function"), tr("Latest report"), tr("Planned"), tr("Required"), tr("Gap"),
                     tr("Direction"), tr("Explanation by the planner") });
    m_gaps->setObjectName(QStringLiteral("pdcaGaps"));
    gl->addWidget(m_gaps, 1);
    auto *caveat = new QLabel(AnalysisText::caveat());
    caveat->setWordWrap(true);
    caveat->setTextFormat(Qt::PlainText);
    gl->addWidget(caveat);
    auto *gb = new QHBoxLayout;
    auto *explain = button(tr("Explain the gap…"), gaps);
    gb->addWidget(new QLabel(tr("A gap without an explanation is an unexplained gap. "
                                "Double-click an explanation to write it in place.")));
    gb->addStretch();
    gb->addWidget(explain);
    gl->addLayout(gb);
    m_tabs->addTab(gaps, tr("Progress verification"));

    // Timeline.
    auto *timeline = new QWidget;
    auto *ll = new QVBoxLayout(timeline);
    m_timeline = table({ tr("Date"), tr("Phase"), tr("Council meeting"), tr("What was done") });
    m_timeline->setObjectName(QStringLiteral("pdcaTimeline"));
    ll->addWidget(m_timeline, 1);
    auto *lb = new QHBoxLayout;
    auto *addEntry = button(tr("Add entry…"), timeline);
    auto *removeEntry = button(tr("Remove entry"), timeline);
    lb->addWidget(addEntry);
    lb->addWidget(removeEntry);
    lb->addStretch();
    ll->addLayout(lb);
    m_tabs->addTab(timeline, tr("PDCA timeline"));

    connect(m_year, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
        fillOverview();
        fillTargets();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillTargets();
        fillGaps();
        fillTimeline();
    });
    connect(m_overview, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        setRegion(m_overview->item(row, 0)->data(Qt::UserRole).toString());
        m_tabs->setCurrentIndex(1);
    });
    connect(importButton, &QPushButton::clicked, this, &PdcaPage::importTargets);
    connect(exportButton, &QPushButton::clicked, this, &PdcaPage::exportTargets);
    connect(exportOverview, &QPushButton::clicked, this, &PdcaPage::exportOverview);
    connect(add, &QPushButton::clicked, this, &PdcaPage::addTarget);
    connect(edit, &QPushButton::clicked, this, &PdcaPage::editSelectedTarget);
    // Cells that edit in place; a double-click elsewhere opens the dialog.
    for (QTableWidget *t : { m_targets, m_gaps }) {
        t->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        t->setItemDelegate(new CellDelegate(
            [this, t](const QModelIndex &index, const QString &value) {
                if (t == m_targets)
                    editTargetCell(index.row(), index.column(), value);
                else
                    editGapCell(index.row(), value);
            },
            this));
    }
    connect(m_targets, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const QTableWidgetItem *item = m_targets->item(row, column);
        if (!item || !(item->flags() & Qt::ItemIsEditable))
            editSelectedTarget();
    });
    connect(remove, &QPushButton::clicked, this, &PdcaPage::removeTarget);
    connect(explain, &QPushButton::clicked, this, &PdcaPage::explainSelectedGap);
    connect(m_gaps, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const QTableWidgetItem *item = m_gaps->item(row, column);
        if (!item || !(item->flags() & Qt::ItemIsEditable))
            explainSelectedGap();
    });
    connect(addEntry, &QPushButton::clicked, this, &PdcaPage::addPdcaEntry);
    connect(removeEntry, &QPushButton::clicked, this, &PdcaPage::removePdcaEntry);
    setEnabled(false);
}

void PdcaPage::setDataset(Dataset *dataset, QUndoStack *undoStack)
{
    if (m_connection)
        disconnect(m_connection);
    m_dataset = dataset;
    m_undoStack = undoStack;
    if (m_dataset) {
        m_connection = connect(m_dataset, &Dataset::changed, this, [this](DataChanges changes) {
            const int relevant = PlanningDataChange | int(DataChange::Councils)
                | int(DataChange::Policies) | int(DataChange::Figures) | int(DataChange::Geography);
            if (changes.toInt() & relevant)
                reload();
        });
        // The latest year with targets, else this fiscal year.
        const QVector<int> years = PlanningStore(*m_dataset).targetYears();
        const int current = JapaneseDate::fiscalYear(QDate::currentDate());
        int year = years.isEmpty() ? current : years.last();
        for (int y : years) {
            if (y <= current)
                year = y;
        }
        const QSignalBlocker block(m_year);
        m_year->setValue(year);
    }
    setEnabled(m_dataset != nullptr);
    reload();
}

void PdcaPage::setFiscalYear(int fiscalYear)
{
    m_year->setValue(fiscalYear);
}

int PdcaPage::fiscalYear() const
{
    return m_year->value();
}

void PdcaPage::setRegion(const QString &regionCode)
{
    const int index = m_region->findData(regionCode);
    if (index >= 0)
        m_region->setCurrentIndex(index);
}

QString PdcaPage::regionCode() const
{
    return m_region->currentData().toString();
}

void PdcaPage::reload()
{
    fillRegions();
    fillOverview();
    fillTargets();
    fillGaps();
    fillTimeline();
}

void PdcaPage::fillRegions()
{
    const QString current = regionCode();
    m_filling = true;
    m_region->clear();
    if (m_dataset) {
        for (const Region &r : GeographyStore(*m_dataset).regions(m_dataset->homePrefectureCode()))
            m_region->addItem(QStringLiteral("%1 %2").arg(r.code, r.name), r.code);
    }
    const int index = m_region->findData(current);
    m_region->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

void PdcaPage::fillOverview()
{
    m_overview->setRowCount(0);
    if (!m_dataset)
        return;
    const int fy = fiscalYear();
    const QString home = m_dataset->homePrefectureCode();
    const auto results = ProgressEvaluator(*m_dataset).evaluate(fy);
    QHash<QString, QMap<QString, int>> counts;
    for (const TargetResult &r : results)
        ++counts[r.target.regionCode][r.status];
    CouncilStore councils(*m_dataset);
    QHash<qint64, QString> councilRegion;
    for (const Council &c : councils.councils(home))
        councilRegion.insert(c.id, c.regionCode);
    QHash<QString, QDate> lastMeeting;
    const QDate today = QDate::currentDate();
    for (const CouncilMeeting &m : councils.meetingsOfPrefecture(home)) {
        const QString region = councilRegion.value(m.councilId);
        if (m.heldOn <= today && m.heldOn > lastMeeting.value(region))
            lastMeeting.insert(region, m.heldOn);
    }
    QHash<QString, PolicyRate> rates;
    for (const PolicyRate &r :
         PolicyRates::compute(*m_dataset, home, qMin(JapaneseDate::fiscalYearEnd(fy), today))) {
        if (r.group == QLatin1String("all"))
            rates.insert(r.scope, r);
    }
    QHash<QString, QStringList> designations;
    for (const Designation &d : PlanningStore(*m_dataset).designations())
        designations[d.regionCode] << PlanningVocabulary::designationKindName(d.kind);
    for (const Region &region : GeographyStore(*m_dataset).regions(home)) {
        const int row = m_overview->rowCount();
        m_overview->insertRow(row);
        const auto c = counts.value(region.code);
        const int total = c.value(QStringLiteral("achieved"))
            + c.value(QStringLiteral("not_achieved")) + c.value(QStringLiteral("not_evaluated"));
        m_overview->setItem(
            row, 0, cell(QStringLiteral("%1 %2").arg(region.code, region.name), region.code));
        m_overview->setItem(row, 1, cell(total > 0 ? QString::number(total) : tr("none yet")));
        m_overview->setItem(row, 2, cell(QString::number(c.value(QStringLiteral("achieved")))));
        auto *missed = cell(QString::number(c.value(QStringLiteral("not_achieved"))));
        if (c.value(QStringLiteral("not_achieved")) > 0)
            missed->setBackground(statusColor(QStringLiteral("not_achieved")));
        m_overview->setItem(row, 3, missed);
        m_overview->setItem(row, 4,
                            cell(QString::number(c.value(QStringLiteral("not_evaluated")))));
        const QDate last = lastMeeting.value(region.code);
        m_overview->setItem(row, 5,
                            cell(last.isValid() ? JapaneseDate::display(last) : tr("none")));
        m_overview->setItem(row, 6,
                            cell(rates.contains(region.code) ? PolicyRates::percentText(
                                     rates.value(region.code).hospitalShare())
                                                             : QString()));
        m_overview->setItem(row, 7, cell(designations.value(region.code).join(tr(", "))));
    }
    m_overview->resizeColumnsToContents();
}

void PdcaPage::fillTargets()
{
    m_targets->setRowCount(0);
    m_results.clear();
    if (!m_dataset || regionCode().isEmpty()) {
        m_empty->setText(tr("Open a dataset to set yearly targets."));
        return;
    }
    m_results = ProgressEvaluator(*m_dataset).evaluate(fiscalYear(), regionCode());
    m_empty->setVisible(m_results.isEmpty());
    m_empty->setText(tr("No targets for %1 in this region yet. Add one with \"Add target…\", or "
                        "import a sheet with \"Import targets…\" (CSV or .xlsx with the header "
                        "region_code,fiscal_year,indicator,function,direction,target,note).")
                         .arg(JapaneseDate::fiscalYearLabel(fiscalYear())));
    for (const TargetResult &r : std::as_const(m_results)) {
        const int row = m_targets->rowCount();
        m_targets->insertRow(row);
        m_targets->setItem(row, 0,
                           editable(cell(PlanningVocabulary::describeTarget(r.target), r.target.id),
                                    r.target.target, 0));
        m_targets->setItem(row, 1,
                           cell(r.actual
                                    ? PlanningVocabulary::formatValue(r.target.indicator, *r.actual)
                                    : QString()));
        auto *status = cell(PlanningVocabulary::statusName(r.status));
        status->setBackground(statusColor(r.status));
        m_targets->setItem(row, 2, status);
        m_targets->setItem(row, 3, cell(r.source));
        m_targets->setItem(row, 4,
                           editable(cell(r.target.causeAnalysis), r.target.causeAnalysis, 1));
        m_targets->setItem(row, 5, editable(cell(r.target.response), r.target.response, 1));
        m_targets->setItem(
            row, 6,
            editable(cell(r.target.verifiedOn.isValid() ? JapaneseDate::display(r.target.verifiedOn)
                                                        : QString()),
                     r.target.verifiedOn.toString(Qt::ISODate), 2));
        m_targets->setItem(row, 7, editable(cell(r.target.note), r.target.note, 1));
    }
    m_targets->resizeColumnToContents(1);
    m_targets->resizeColumnToContents(2);
    m_targets->setColumnWidth(0, 260);
    m_targets->setColumnWidth(3, 200);
    m_targets->setColumnWidth(4, 180);
    m_targets->setColumnWidth(5, 180);
    m_targets->resizeRowsToContents();
}

void PdcaPage::fillGaps()
{
    m_gaps->setRowCount(0);
    if (!m_dataset || regionCode().isEmpty())
        return;
    GapAnalysis::Options options;
    options.threshold = AnalysisSettings::threshold();
    const auto gap = GapAnalysis(*m_dataset, options).region(regionCode());
    if (!gap)
        return;
    const auto explanations = PlanningStore(*m_dataset).explanations(regionCode());
    auto beds = [](const BedValue &v) {
        return v.hasValue() ? AnalysisText::number(*v.beds) : QString();
    };
    for (const FunctionGap *f : gap->rowsWithTotal()) {
        const int row = m_gaps->rowCount();
        m_gaps->insertRow(row);
        m_gaps->setItem(row, 0, cell(f->displayName(), f->functionKey));
        m_gaps->setItem(row, 1, cell(beds(f->latest)));
        m_gaps->setItem(row, 2, cell(beds(f->planned)));
        m_gaps->setItem(row, 3, cell(beds(f->required)));
        m_gaps->setItem(row, 4,
                        cell(f->latestMinusRequired
                                 ? AnalysisText::signedNumber(*f->latestMinusRequired)
                                 : QString()));
        const QString explanation = explanations.value(f->functionKey).explanation;
        QString direction = AnalysisText::directionMark(f->latestDirection) + QLatin1Char(' ')
            + AnalysisText::directionName(f->latestDirection);
        auto *dir = cell(direction.trimmed());
        if ((f->latestDirection == GapDirection::Over || f->latestDirection == GapDirection::Under)
            && explanation.isEmpty())
            dir->setBackground(statusColor(QStringLiteral("not_achieved")));
        m_gaps->setItem(row, 5, dir);
        m_gaps->setItem(row, 6, editable(cell(explanation), explanation, 1));
    }
    m_gaps->resizeColumnsToContents();
}

void PdcaPage::fillTimeline()
{
    m_timeline->setRowCount(0);
    if (!m_dataset || regionCode().isEmpty())
        return;
    CouncilStore councils(*m_dataset);
    for (const PdcaEntry &e : PlanningStore(*m_dataset).pdca(regionCode())) {
        const int row = m_timeline->rowCount();
        m_timeline->insertRow(row);
        m_timeline->setItem(row, 0, cell(JapaneseDate::display(e.date), e.id));
        m_timeline->setItem(row, 1, cell(PlanningVocabulary::phaseName(e.phase)));
        QString meeting;
        if (e.meetingId > 0) {
            if (const auto m = councils.meeting(e.meetingId))
                meeting = councils.meetingLabel(*m);
        }
        m_timeline->setItem(row, 2, cell(meeting));
        m_timeline->setItem(row, 3, cell(e.text));
    }
    m_timeline->resizeColumnsToContents();
}

bool PdcaPage::targetDialog(AnnualTarget *t, bool isNew)
{
    QDialog dialog(this);
    dialog.setWindowTitle(isNew ? tr("Add a target") : tr("Edit the target"));
    auto *form = new QFormLayout(&dialog);
    auto *indicator = new QComboBox;
    for (const QString &key : PlanningVocabulary::indicators())
        indicator->addItem(PlanningVocabulary::indicatorName(key), key);
    indicator->setCurrentIndex(qMax(0, indicator->findData(t->indicator)));
    auto *function = new QComboBox;
    function->addItem(QString(), QString());
    for (const QString &key : PlanningVocabulary::targetFunctions())
        function->addItem(PlanningVocabulary::functionName(key), key);
    function->setCurrentIndex(qMax(0, function->findData(t->functionKey)));
    auto *direction = new QComboBox;
    direction->addItem(QString(), QString());
    for (const QString &key : PlanningVocabulary::directions())
        direction->addItem(PlanningVocabulary::directionName(key), key);
    direction->setCurrentIndex(qMax(0, direction->findData(t->direction)));
    auto *value = new QLineEdit(t->target);
    auto *note = new QLineEdit(t->note);
    auto *judgement = new QComboBox;
    judgement->addItem(tr("Not judged"), QString());
    judgement->addItem(PlanningVocabulary::statusName(QStringLiteral("achieved")),
                       QStringLiteral("achieved"));
    judgement->addItem(PlanningVocabulary::statusName(QStringLiteral("not_achieved")),
                       QStringLiteral("not_achieved"));
    judgement->setCurrentIndex(qMax(0, judgement->findData(t->judgement)));
    auto *cause = new QPlainTextEdit(t->causeAnalysis);
    auto *response = new QPlainTextEdit(t->response);
    auto *verified = new DateLineEdit;
    verified->setDate(t->verifiedOn);
    form->addRow(tr("Indicator:"), indicator);
    form->addRow(tr("Function (beds):"), function);
    form->addRow(tr("Direction:"), direction);
    form->addRow(tr("Target (beds, %, meetings or wording):"), value);
    form->addRow(tr("Note:"), note);
    form->addRow(tr("Judgement (text targets):"), judgement);
    form->addRow(tr("Cause analysis:"), cause);
    form->addRow(tr("Response:"), response);
    form->addRow(tr("Verified by the council on:"), verified);
    addOkCancel(dialog, form);
    dialog.resize(560, 520);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    t->indicator = indicator->currentData().toString();
    t->functionKey
        = t->indicator == QLatin1String("beds") ? function->currentData().toString() : QString();
    t->direction = t->isText() ? QString() : direction->currentData().toString();
    if (!t->isText() && t->direction.isEmpty())
        t->direction = QStringLiteral("at_least");
    t->target = value->text().trimmed();
    t->note = note->text();
    t->judgement = judgement->currentData().toString();
    t->causeAnalysis = cause->toPlainText();
    t->response = response->toPlainText();
    t->verifiedOn = verified->date();
    if (t->target.isEmpty() || (!t->isText() && !t->targetNumber())
        || (t->indicator == QLatin1String("beds") && t->functionKey.isEmpty())) {
        QMessageBox::warning(this, tr("Targets"),
                             tr("A target needs a value (a number, or the wording of a text "
                                "target) and, for beds, a function."));
        return false;
    }
    return true;
}

void PdcaPage::addTarget()
{
    if (!m_dataset || regionCode().isEmpty())
        return;
    AnnualTarget t;
    t.regionCode = regionCode();
    t.fiscalYear = fiscalYear();
    t.indicator = QStringLiteral("beds");
    t.functionKey = QStringLiteral("Total");
    t.direction = QStringLiteral("at_most");
    t.position = int(m_results.size());
    if (!targetDialog(&t, true))
        return;
    push(this, m_undoStack,
         PlanningEditCommand::insert(m_dataset, QStringLiteral("annual_target"), t.values(),
                                     tr("Add target")));
}

void PdcaPage::editTarget(qint64 targetId, const QMap<QString, QString> &values)
{
    QString error;
    auto command = PlanningEditCommand::update(m_dataset, QStringLiteral("annual_target"), targetId,
                                               values, tr("Edit target"), &error);
    if (!command && !error.isEmpty())
        QMessageBox::warning(this, tr("Targets"), error);
    push(this, m_undoStack, std::move(command));
}

void PdcaPage::editTargetCell(int row, int column, const QString &value)
{
    const QTableWidgetItem *first = m_targets->item(row, 0);
    if (!first || !m_dataset)
        return;
    const qint64 id = first->data(Qt::UserRole).toLongLong();
    const TargetResult *result = nullptr;
    for (const TargetResult &r : std::as_const(m_results)) {
        if (r.target.id == id)
            result = &r;
    }
    if (!result)
        return;
    QString field;
    QString text = value;
    switch (column) {
    case 0: {
        field = QStringLiteral("target");
        text = value.trimmed();
        AnnualTarget t = result->target;
        t.target = text;
        if (text.isEmpty() || (!t.isText() && !t.targetNumber())) {
            QMessageBox::warning(this, tr("Targets"),
                                 tr("A target needs a value: a number, or the wording of a text "
                                    "target."));
            return;
        }
        break;
    }
    case 4:
        field = QStringLiteral("cause_analysis");
        break;
    case 5:
        field = QStringLiteral("response");
        break;
    case 6:
        field = QStringLiteral("verified_on");
        break;
    case 7:
        field = QStringLiteral("note");
        break;
    default:
        return;
    }
    editTarget(id, { { field, text } });
}

void PdcaPage::editGapCell(int row, const QString &value)
{
    const QTableWidgetItem *first = m_gaps->item(row, 0);
    if (first)
        explainGap(first->data(Qt::UserRole).toString(), value);
}

void PdcaPage::editSelectedTarget()
{
    const qint64 id = selectedId(m_targets);
    for (const TargetResult &r : std::as_const(m_results)) {
        if (r.target.id != id)
            continue;
        AnnualTarget t = r.target;
        if (targetDialog(&t, false))
            editTarget(id, t.values());
        return;
    }
}

void PdcaPage::removeTarget()
{
    removeSelected(this, m_undoStack, m_dataset, m_targets, QStringLiteral("annual_target"),
                   tr("Remove target"));
}

void PdcaPage::importTargets()
{
    if (!m_dataset)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import targets"), QString(),
                                                      tr("Tables (*.csv *.xlsx)"));
    if (path.isEmpty())
        return;
    QVector<AnnualTarget> targets;
    QStringList errors;
    if (!TargetSheet::read(*m_dataset, path, &targets, &errors)) {
        QMessageBox box(
            QMessageBox::Warning, tr("Import targets"),
            tr("Nothing was imported: %n cell(s) need correcting.", nullptr, int(errors.size())),
            QMessageBox::Ok, this);
        box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    int added = 0, updated = 0;
    auto command = TargetSheet::importCommand(m_dataset, targets, &added, &updated);
    if (!command) {
        QMessageBox::information(this, tr("Import targets"),
                                 tr("The targets are already up to date."));
        return;
    }
    if (push(this, m_undoStack, std::move(command)))
        QMessageBox::information(
            this, tr("Import targets"),
            tr("%n target(s) added, %1 updated.", nullptr, added).arg(updated));
}

void PdcaPage::exportTargets()
{
    if (m_dataset)
        TableExport::saveAs(this, TargetSheet::toTable(PlanningStore(*m_dataset).targets()),
                            tr("targets"));
}

void PdcaPage::exportOverview()
{
    Table table;
    table.title
        = tr("Yearly targets and PDCA, %1").arg(JapaneseDate::fiscalYearLabel(fiscalYear()));
    for (int c = 0; c < m_overview->columnCount(); ++c)
        table.header << m_overview->horizontalHeaderItem(c)->text();
    for (int r = 0; r < m_overview->rowCount(); ++r) {
        QVector<QVariant> row;
        for (int c = 0; c < m_overview->columnCount(); ++c)
            row << m_overview->item(r, c)->text();
        table.rows << row;
    }
    TableExport::saveAs(this, table, tr("pdca-overview"));
}

void PdcaPage::explainGap(const QString &functionKey, const QString &explanation)
{
    if (!m_dataset)
        return;
    const auto existing = PlanningStore(*m_dataset).explanations(regionCode()).value(functionKey);
    if (existing.id > 0) {
        QString error;
        push(this, m_undoStack,
             PlanningEditCommand::update(m_dataset, QStringLiteral("gap_explanation"), existing.id,
                                         { { QStringLiteral("explanation"), explanation } },
                                         tr("Explain gap"), &error));
    } else {
        push(this, m_undoStack,
             PlanningEditCommand::insert(m_dataset, QStringLiteral("gap_explanation"),
                                         { { QStringLiteral("region_code"), regionCode() },
                                           { QStringLiteral("function_key"), functionKey },
                                           { QStringLiteral("explanation"), explanation } },
                                         tr("Explain gap")));
    }
}

void PdcaPage::explainSelectedGap()
{
    const int row = m_gaps->currentRow();
    if (row < 0)
        return;
    const QString key = m_gaps->item(row, 0)->data(Qt::UserRole).toString();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Explain the gap"),
        tr("What in the nature of the data explains the gap of %1 (for example wards reported "
           "as acute that do recovery work)?")
            .arg(m_gaps->item(row, 0)->text()),
        m_gaps->item(row, 6)->text(), &ok);
    if (ok)
        explainGap(key, text);
}

void PdcaPage::addPdcaEntry()
{
    if (!m_dataset || regionCode().isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a PDCA entry"));
    auto *form = new QFormLayout(&dialog);
    auto *phase = new QComboBox;
    for (const QString &key : PlanningVocabulary::phases())
        phase->addItem(PlanningVocabulary::phaseName(key), key);
    auto *date = new DateLineEdit;
    date->setDate(QDate::currentDate());
    auto *meeting = new QComboBox;
    meeting->addItem(tr("None"), 0);
    CouncilStore councils(*m_dataset);
    for (const Council &c : councils.councilsOfRegion(regionCode())) {
        for (const CouncilMeeting &m : councils.meetings(c.id))
            meeting->addItem(councils.meetingLabel(m), m.id);
    }
    auto *text = new QPlainTextEdit;
    form->addRow(tr("Phase:"), phase);
    form->addRow(tr("Date:"), date);
    form->addRow(tr("Council meeting:"), meeting);
    form->addRow(tr("What was done:"), text);
    addOkCancel(dialog, form);
    if (dialog.exec() != QDialog::Accepted || !date->date().isValid())
        return;
    PdcaEntry e;
    e.regionCode = regionCode();
    e.phase = phase->currentData().toString();
    e.date = date->date();
    e.meetingId = meeting->currentData().toLongLong();
    e.text = text->toPlainText();
    push(this, m_undoStack,
         PlanningEditCommand::insert(m_dataset, QStringLiteral("pdca_entry"), e.values(),
                                     tr("Add PDCA entry")));
}

void PdcaPage::removePdcaEntry()
{
    removeSelected(this, m_undoStack, m_dataset, m_timeline, QStringLiteral("pdca_entry"),
                   tr("Remove PDCA entry"));
}

} // namespace Koso
