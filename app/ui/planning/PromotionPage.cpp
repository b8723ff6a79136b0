#include "planning/PromotionPage.h"

#include "analysis/AnalysisSettings.h"
#include "planning/PlanningDocuments.h"
#include "planning/PlanningStore.h"
#include "planning/PlanningUi.h"
#include "planning/PromotionCandidates.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"
#include "widgets/DateLineEdit.h"
#include "widgets/FiscalYearSpinBox.h"
#include "widgets/ReportPrinting.h"

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
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Koso {

using namespace PlanningUi;

PromotionPage::PromotionPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Promotion regions (推進区域)"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    m_tabs = new QTabWidget;
    layout->addWidget(m_tabs, 1);

    // Designations.
    auto *designations = new QWidget;
    auto *dl = new QVBoxLayout(designations);
    m_designations = table({ tr("Region"), tr("Kind"), tr("Since"), tr("Note") });
    m_designations->setObjectName(QStringLiteral("promotionDesignations"));
    dl->addWidget(m_designations, 1);
    auto *db = new QHBoxLayout;
    auto *addDesignation = new QPushButton(tr("Designate…"));
    auto *removeDesignation = new QPushButton(tr("Remove"));
    db->addWidget(addDesignation);
    db->addWidget(removeDesignation);
    db->addStretch();
    dl->addLayout(db);
    m_tabs->addTab(designations, tr("Designations"));

    // Candidates.
    auto *candidates = new QWidget;
    auto *cl = new QVBoxLayout(candidates);
    auto *explanation = new QLabel(
        tr("MHLW's criteria: ① total reported beds against the required beds, ② the same by "
           "function, ③ re-verification hospitals not yet agreed and verified, ④ other issues. "
           "The program ranks; the prefecture decides."));
    explanation->setWordWrap(true);
    cl->addWidget(explanation);
    m_candidates = table({ tr("Rank"), tr("Region"), tr("Total gap"), tr("Re-verification open"),
                           tr("Why"), tr("Designation") });
    m_candidates->setObjectName(QStringLiteral("promotionCandidates"));
    cl->addWidget(m_candidates, 1);
    auto *cb = new QHBoxLayout;
    auto *issues = new QPushButton(tr("Other issues (④)…"));
    cb->addStretch();
    cb->addWidget(issues);
    cl->addLayout(cb);
    m_tabs->addTab(candidates, tr("Candidates"));

    // The plan.
    auto *plan = new QWidget;
    auto *pl = new QVBoxLayout(plan);
    auto *pb = new QHBoxLayout;
    pb->addWidget(new QLabel(tr("Region:")));
    m_planRegion = new QComboBox;
    m_planRegion->setObjectName(QStringLiteral("promotionPlanRegion"));
    pb->addWidget(m_planRegion);
    pb->addStretch();
    auto *print = new QPushButton(tr("Print…"));
    auto *pdf = new QPushButton(tr("Save PDF…"));
    auto *xlsx = new QPushButton(tr("Export .xlsx…"));
    pb->addWidget(print);
    pb->addWidget(pdf);
    pb->addWidget(xlsx);
    pl->addLayout(pb);
    m_planEmpty = new QLabel;
    m_planEmpty->setWordWrap(true);
    m_planEmpty->setTextFormat(Qt::PlainText);
    pl->addWidget(m_planEmpty);
    m_create = new QPushButton(tr("Write a plan for this region"));
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_create);
    createRow->addStretch();
    pl->addLayout(createRow);
    m_planEditor = new QWidget;
    auto *el = new QVBoxLayout(m_planEditor);
    el->setContentsMargins(0, 0, 0, 0);
    auto *texts = new QHBoxLayout;
    auto *issuesBox = new QVBoxLayout;
    issuesBox->addWidget(new QLabel(tr("Issues (課題)")));
    m_issues = new QPlainTextEdit;
    issuesBox->addWidget(m_issues);
    auto *directionBox = new QVBoxLayout;
    directionBox->addWidget(new QLabel(tr("Direction (方向性)")));
    m_direction = new QPlainTextEdit;
    directionBox->addWidget(m_direction);
    texts->addLayout(issuesBox);
    texts->addLayout(directionBox);
    el->addLayout(texts, 1);
    auto *save = new QPushButton(tr("Save issues and direction"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(save);
    el->addLayout(saveRow);
    el->addWidget(new QLabel(tr("Actions (具体的な取組)")));
    m_actions = table({ tr("No."), tr("Action"), tr("By"), tr("Hospitals"), tr("Due"), tr("Status"),
                        tr("Progress") });
    m_actions->setObjectName(QStringLiteral("promotionActions"));
    el->addWidget(m_actions, 2);
    auto *ab = new QHBoxLayout;
    auto *addAction = new QPushButton(tr("Add action…"));
    auto *editAction = new QPushButton(tr("Edit…"));
    auto *removeAction = new QPushButton(tr("Remove"));
    auto *addNote = new QPushButton(tr("Add progress note…"));
    ab->addWidget(addAction);
    ab->addWidget(editAction);
    ab->addWidget(removeAction);
    ab->addWidget(addNote);
    ab->addStretch();
    el->addLayout(ab);
    pl->addWidget(m_planEditor, 1);
    m_tabs->addTab(plan, tr("Plan (推進区域対応方針)"));

    connect(addDesignation, &QPushButton::clicked, this, &PromotionPage::addDesignation);
    connect(removeDesignation, &QPushButton::clicked, this, &PromotionPage::removeDesignation);
    connect(issues, &QPushButton::clicked, this, &PromotionPage::editOtherIssues);
    connect(m_candidates, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        setPlanRegion(m_candidates->item(row, 1)->data(Qt::UserRole).toString());
        m_tabs->setCurrentIndex(2);
    });
    connect(m_planRegion, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillPlan();
    });
    connect(m_create, &QPushButton::clicked, this, &PromotionPage::createPlan);
    connect(save, &QPushButton::clicked, this, &PromotionPage::savePlanText);
    connect(addAction, &QPushButton::clicked, this, &PromotionPage::addAction);
    connect(editAction, &QPushButton::clicked, this, &PromotionPage::editAction);
    connect(m_actions, &QTableWidget::cellDoubleClicked, this, &PromotionPage::editAction);
    connect(removeAction, &QPushButton::clicked, this, &PromotionPage::removeAction);
    connect(addNote, &QPushButton::clicked, this, &PromotionPage::addNote);
    connect(print, &QPushButton::clicked, this, &PromotionPage::printPlan);
    connect(pdf, &QPushButton::clicked, this, &PromotionPage::savePlanPdf);
    connect(xlsx, &QPushButton::clicked, this, &PromotionPage::exportPlan);
    setEnabled(false);
}

void PromotionPage::setDataset(Dataset *dataset, QUndoStack *undoStack)
{
    if (m_connection)
        disconnect(m_connection);
    m_dataset = dataset;
    m_undoStack = undoStack;
    if (m_dataset) {
        m_connection = connect(m_dataset, &Dataset::changed, this, [this](DataChanges changes) {
            const int relevant = PlanningDataChange | int(DataChange::Policies)
                | int(DataChange::Figures) | int(DataChange::Geography)
                | int(DataChange::Hospitals);
            if (changes.toInt() & relevant)
                reload();
        });
    }
    setEnabled(m_dataset != nullptr);
    // Start on the plan of the first promotion region, if any.
    if (m_dataset) {
        const auto plans = PlanningStore(*m_dataset).plans();
        reload();
        if (!plans.isEmpty())
            setPlanRegion(plans.first().regionCode);
    } else {
        reload();
    }
}

void PromotionPage::setPlanRegion(const QString &regionCode)
{
    const int index = m_planRegion->findData(regionCode);
    if (index >= 0)
        m_planRegion->setCurrentIndex(index);
}

QString PromotionPage::planRegion() const
{
    return m_planRegion->currentData().toString();
}

void PromotionPage::reload()
{
    const QString current = planRegion();
    m_filling = true;
    m_planRegion->clear();
    if (m_dataset) {
        for (const Region &r : GeographyStore(*m_dataset).regions(m_dataset->homePrefectureCode()))
            m_planRegion->addItem(QStringLiteral("%1 %2").arg(r.code, r.name), r.code);
    }
    const int index = m_planRegion->findData(current);
    m_planRegion->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    fillDesignations();
    fillCandidates();
    fillPlan();
}

void PromotionPage::fillDesignations()
{
    m_designations->setRowCount(0);
    if (!m_dataset)
        return;
    GeographyStore geography(*m_dataset);
    for (const Designation &d : PlanningStore(*m_dataset).designations()) {
        const int row = m_designations->rowCount();
        m_designations->insertRow(row);
        const auto region = geography.region(d.regionCode);
        m_designations->setItem(
            row, 0,
            cell(QStringLiteral("%1 %2").arg(d.regionCode, region ? region->name : QString()),
                 d.id));
        m_designations->setItem(row, 1, cell(PlanningVocabulary::designationKindName(d.kind)));
        m_designations->setItem(row, 2, cell(JapaneseDate::display(d.designatedOn)));
        m_designations->setItem(row, 3, cell(d.note));
    }
    m_designations->resizeColumnsToContents();
}

void PromotionPage::fillCandidates()
{
    m_candidates->setRowCount(0);
    if (!m_dataset)
        return;
    const double threshold = AnalysisSettings::threshold();
    const QLocale locale;
    for (const PromotionCandidate &c : PromotionCandidates::rank(*m_dataset, threshold)) {
        const int row = m_candidates->rowCount();
        m_candidates->insertRow(row);
        m_candidates->setItem(row, 0, cell(QString::number(c.rank)));
        m_candidates->setItem(
            row, 1, cell(QStringLiteral("%1 %2").arg(c.regionCode, c.regionName), c.regionCode));
        m_candidates->setItem(
            row, 2,
            cell(c.totalGapRatio ? tr("%1%").arg(locale.toString(*c.totalGapRatio * 100, 'f', 1))
                                 : QString()));
        m_candidates->setItem(row, 3, cell(QString::number(c.reverificationOpen)));
        m_candidates->setItem(row, 4, cell(c.reasons(threshold).join(QLatin1Char('\n'))));
        QStringList kinds;
        for (const QString &k : c.designations)
            kinds << PlanningVocabulary::designationKindName(k);
        m_candidates->setItem(row, 5, cell(kinds.join(tr(", "))));
    }
    m_candidates->resizeColumnsToContents();
    m_candidates->setColumnWidth(4, qMin(m_candidates->columnWidth(4), 520));
    m_candidates->resizeRowsToContents();
}

void PromotionPage::fillPlan()
{
    m_actions->setRowCount(0);
    m_planId = 0;
    const QString region = planRegion();
    std::optional<PromotionPlan> plan;
    if (m_dataset && !region.isEmpty())
        plan = PlanningStore(*m_dataset).plan(region);
    m_planEditor->setVisible(plan.has_value());
    m_create->setVisible(m_dataset && !plan);
    m_planEmpty->setVisible(!plan);
    m_planEmpty->setText(tr("This region has no 推進区域対応方針 yet. Designate it as a promotion "
                            "region on the Designations tab (the Candidates tab shows which "
                            "regions meet MHLW's criteria), then write its plan here."));
    if (!plan)
        return;
    m_planId = plan->id;
    m_issues->setPlainText(plan->issues);
    m_direction->setPlainText(plan->direction);
    PlanningStore store(*m_dataset);
    HospitalStore hospitals(*m_dataset);
    int n = 0;
    for (const PromotionAction &a : store.actions(plan->id)) {
        const int row = m_actions->rowCount();
        m_actions->insertRow(row);
        QStringList names;
        for (qint64 id : a.hospitalIds) {
            if (const auto h = hospitals.hospital(id))
                names << h->name;
        }
        QStringList notes;
        for (const PromotionNote &note : store.notes(a.id))
            notes << QStringLiteral("%1 %2").arg(JapaneseDate::display(note.notedOn), note.text);
        m_actions->setItem(row, 0, cell(QString::number(++n), a.id));
        m_actions->setItem(row, 1, cell(a.title));
        m_actions->setItem(row, 2, cell(PlanningVocabulary::actorName(a.actor)));
        m_actions->setItem(row, 3, cell(names.join(tr(", "))));
        m_actions->setItem(
            row, 4,
            cell(a.dueFiscalYear > 0 ? JapaneseDate::fiscalYearLabel(a.dueFiscalYear) : QString()));
        m_actions->setItem(row, 5, cell(PlanningVocabulary::actionStatusName(a.status)));
        m_actions->setItem(row, 6, cell(notes.join(QLatin1Char('\n'))));
    }
    m_actions->resizeColumnsToContents();
    m_actions->setColumnWidth(1, qMin(m_actions->columnWidth(1), 300));
    m_actions->resizeRowsToContents();
}

void PromotionPage::addDesignation()
{
    if (!m_dataset)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Designate a region"));
    auto *form = new QFormLayout(&dialog);
    auto *region = new QComboBox;
    for (int i = 0; i < m_planRegion->count(); ++i)
        region->addItem(m_planRegion->itemText(i), m_planRegion->itemData(i));
    auto *kind = new QComboBox;
    for (const QString &k : PlanningVocabulary::designationKinds())
        kind->addItem(PlanningVocabulary::designationKindName(k), k);
    auto *date = new DateLineEdit;
    date->setDate(QDate::currentDate());
    auto *note = new QLineEdit;
    form->addRow(tr("Region:"), region);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Since:"), date);
    form->addRow(tr("Note:"), note);
    addOkCancel(dialog, form);
    if (dialog.exec() != QDialog::Accepted || !date->date().isValid())
        return;
    Designation d;
    d.regionCode = region->currentData().toString();
    d.kind = kind->currentData().toString();
    d.designatedOn = date->date();
    d.note = note->text();
    push(this, m_undoStack,
         PlanningEditCommand::insert(m_dataset, QStringLiteral("promotion_designation"), d.values(),
                                     tr("Designate region")));
}

void PromotionPage::removeDesignation()
{
    removeSelected(this, m_undoStack, m_dataset, m_designations,
                   QStringLiteral("promotion_designation"), tr("Remove designation"));
}

void PromotionPage::editOtherIssues()
{
    const int row = m_candidates->currentRow();
    if (!m_dataset || row < 0)
        return;
    const QString region = m_candidates->item(row, 1)->data(Qt::UserRole).toString();
    PlanningStore store(*m_dataset);
    const qint64 id = store.otherIssuesId(region);
    bool ok = false;
    const QString text
        = QInputDialog::getMultiLineText(this, tr("Other issues (④)"),
                                         tr("Other issues of %1 that speak for a promotion region:")
                                             .arg(m_candidates->item(row, 1)->text()),
                                         store.otherIssues().value(region), &ok);
    if (!ok)
        return;
    QString error;
    if (id > 0)
        push(this, m_undoStack,
             PlanningEditCommand::update(m_dataset, QStringLiteral("promotion_issue"), id,
                                         { { QStringLiteral("issues"), text } },
                                         tr("Edit other issues"), &error));
    else
        push(this, m_undoStack,
             PlanningEditCommand::insert(
                 m_dataset, QStringLiteral("promotion_issue"),
                 { { QStringLiteral("region_code"), region }, { QStringLiteral("issues"), text } },
                 tr("Edit other issues")));
}

void PromotionPage::createPlan()
{
    if (!m_dataset || planRegion().isEmpty() || m_planId > 0)
        return;
    PromotionPlan plan;
    plan.regionCode = planRegion();
    plan.draftedOn = QDate::currentDate();
    push(this, m_undoStack,
         PlanningEditCommand::insert(m_dataset, QStringLiteral("promotion_plan"), plan.values(),
                                     tr("Write promotion region plan")));
}

void PromotionPage::savePlanText()
{
    if (m_planId <= 0)
        return;
    QString error;
    push(
        this, m_undoStack,
        PlanningEditCommand::update(m_dataset, QStringLiteral("promotion_plan"), m_planId,
                                    { { QStringLiteral("issues"), m_issues->toPlainText() },
                                      { QStringLiteral("direction"), m_direction->toPlainText() } },
                                    tr("Edit promotion region plan"), &error));
}

bool PromotionPage::actionDialog(PromotionAction *a)
{
    QDialog dialog(this);
    dialog.setWindowTitle(a->id > 0 ? tr("Edit the action") : tr("Add an action"));
    auto *form = new QFormLayout(&dialog);
    auto *title = new QLineEdit(a->title);
    auto *actor = new QComboBox;
    for (const QString &k : PlanningVocabulary::actors())
        actor->addItem(PlanningVocabulary::actorName(k), k);
    actor->setCurrentIndex(qMax(0, actor->findData(a->actor)));
    auto *hospitals = new QListWidget;
    for (const Hospital &h : HospitalStore(*m_dataset).hospitals(planRegion())) {
        if (h.mergedInto)
            continue;
        auto *item = new QListWidgetItem(h.name, hospitals);
        item->setData(Qt::UserRole, h.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(a->hospitalIds.contains(h.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *due = new FiscalYearSpinBox;
    due->setRange(2024, 2100);
    due->setValue(a->dueFiscalYear > 0 ? a->dueFiscalYear : 2025);
    auto *status = new QComboBox;
    for (const QString &k : PlanningVocabulary::actionStatuses())
        status->addItem(PlanningVocabulary::actionStatusName(k), k);
    status->setCurrentIndex(qMax(0, status->findData(a->status)));
    form->addRow(tr("Action:"), title);
    form->addRow(tr("By:"), actor);
    form->addRow(tr("Hospitals concerned:"), hospitals);
    form->addRow(tr("Due (fiscal year):"), due);
    form->addRow(tr("Status:"), status);
    addOkCancel(dialog, form);
    dialog.resize(520, 480);
    if (dialog.exec() != QDialog::Accepted || title->text().trimmed().isEmpty())
        return false;
    a->title = title->text().trimmed();
    a->actor = actor->currentData().toString();
    a->hospitalIds.clear();
    for (int i = 0; i < hospitals->count(); ++i) {
        if (hospitals->item(i)->checkState() == Qt::Checked)
            a->hospitalIds << hospitals->item(i)->data(Qt::UserRole).toLongLong();
    }
    a->dueFiscalYear = due->value();
    a->status = status->currentData().toString();
    return true;
}

void PromotionPage::addAction()
{
    if (m_planId <= 0)
        return;
    PromotionAction a;
    a.planId = m_planId;
    a.position = m_actions->rowCount();
    if (!actionDialog(&a))
        return;
    push(this, m_undoStack,
         PlanningEditCommand::insert(m_dataset, QStringLiteral("promotion_action"), a.values(),
                                     tr("Add action")));
}

void PromotionPage::editAction()
{
    const qint64 id = selectedId(m_actions);
    if (id <= 0)
        return;
    const auto values = PlanningStore(*m_dataset).values(QStringLiteral("promotion_action"), id);
    if (!values)
        return;
    PromotionAction a = PromotionAction::fromValues(*values);
    if (!actionDialog(&a))
        return;
    QString error;
    push(this, m_undoStack,
         PlanningEditCommand::update(m_dataset, QStringLiteral("promotion_action"), id, a.values(),
                                     tr("Edit action"), &error));
}

void PromotionPage::setActionStatus(qint64 actionId, const QString &status)
{
    QString error;
    push(this, m_undoStack,
         PlanningEditCommand::update(m_dataset, QStringLiteral("promotion_action"), actionId,
                                     { { QStringLiteral("status"), status } }, tr("Edit action"),
                                     &error));
}

void PromotionPage::removeAction()
{
    removeSelected(this, m_undoStack, m_dataset, m_actions, QStringLiteral("promotion_action"),
                   tr("Remove action"));
}

void PromotionPage::addNote()
{
    const qint64 id = selectedId(m_actions);
    if (id <= 0)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Progress note"), tr("Progress as of today:"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    PromotionNote note;
    note.actionId = id;
    note.notedOn = QDate::currentDate();
    note.text = text.trimmed();
    push(this, m_undoStack,
         PlanningEditCommand::insert(m_dataset, QStringLiteral("promotion_note"), note.values(),
                                     tr("Add progress note")));
}

void PromotionPage::printPlan()
{
    if (!m_dataset)
        return;
    QString error;
    const auto report
        = PlanningDocuments::promotionPlan(*m_dataset, planRegion(), QDate::currentDate(), &error);
    if (!report) {
        QMessageBox::information(this, tr("Promotion region plan"), error);
        return;
    }
    ReportPrinting::preview(*report, this);
}

void PromotionPage::savePlanPdf()
{
    if (!m_dataset)
        return;
    QString error;
    const auto report
        = PlanningDocuments::promotionPlan(*m_dataset, planRegion(), QDate::currentDate(), &error);
    if (!report) {
        QMessageBox::information(this, tr("Promotion region plan"), error);
        return;
    }
    ReportPrinting::savePdf(*report, tr("promotion-plan-%1.pdf").arg(planRegion()), this);
}

void PromotionPage::exportPlan()
{
    if (!m_dataset)
        return;
    QString error;
    const auto sheets = PlanningDocuments::promotionPlanSheets(*m_dataset, planRegion(), &error);
    if (sheets.isEmpty()) {
        QMessageBox::information(this, tr("Promotion region plan"), error);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the plan"), tr("promotion-plan-%1.xlsx").arg(planRegion()),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!PlanningDocuments::write(path, nullptr, sheets, &error))
        QMessageBox::warning(this, tr("Export the plan"), error);
}

} // namespace Koso
