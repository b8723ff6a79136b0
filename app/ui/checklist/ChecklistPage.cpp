#include "checklist/ChecklistPage.h"

#include "checklist/AnswerDelegate.h"
#include "checklist/AssessmentExporter.h"
#include "checklist/AssessmentSummaryModel.h"
#include "checklist/AssessmentTableModel.h"
#include "checklist/ChecklistComparisonView.h"
#include "checklist/ChecklistEditor.h"
#include "checklist/ChecklistTemplateDialog.h"
#include "checklist/NewAssessmentDialog.h"
#include "planning/PlanningRecords.h"
#include "report/ChecklistForm.h"
#include "util/Folders.h"
#include "util/JapaneseDate.h"
#include "util/Localization.h"
#include "widgets/FiscalYearSpinBox.h"
#include "widgets/ReportPrinting.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Koso {

ChecklistPage::ChecklistPage(Dataset *dataset, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_picker(new QComboBox(this))
    , m_fiscalYear(new FiscalYearSpinBox(this))
    , m_filledOn(new QDateEdit(this))
    , m_era(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_banner(new QLabel(this))
    , m_switchTemplate(new QPushButton(this))
    , m_empty(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_itemView(new QTableView(this))
    , m_summaryView(new QTableView(this))
    , m_evidencePanel(new QWidget(this))
    , m_evidenceHint(new QLabel(this))
    , m_items(new AssessmentTableModel(nullptr, this))
    , m_summary(new AssessmentSummaryModel(this))
    , m_comparison(new ChecklistComparisonView(this))
{
    setObjectName(QStringLiteral("ChecklistPage"));
    m_picker->setObjectName(QStringLiteral("assessmentPicker"));
    m_filledOn->setObjectName(QStringLiteral("filledOn"));
    setWindowTitle(tr("Checklist"));

    m_new = new QAction(tr("New self-assessment…"), this);
    m_delete = new QAction(tr("Delete self-assessment"), this);
    m_preview = new QAction(tr("Print preview…"), this);
    m_pdf = new QAction(tr("Save as PDF…"), this);
    m_blank = new QAction(tr("Blank form (PDF)…"), this);
    m_export = new QAction(tr("Export to Excel/CSV…"), this);
    m_templates = new QAction(tr("Templates…"), this);
    m_new->setToolTip(tr("Start a new self-assessment, blank or as a copy of an earlier one"));
    m_blank->setToolTip(tr("The form without answers, for filling in by hand"));
    connect(m_new, &QAction::triggered, this, &ChecklistPage::chooseNew);
    connect(m_delete, &QAction::triggered, this, &ChecklistPage::chooseDelete);
    connect(m_preview, &QAction::triggered, this, &ChecklistPage::printPreview);
    connect(m_pdf, &QAction::triggered, this, &ChecklistPage::savePdf);
    connect(m_blank, &QAction::triggered, this, &ChecklistPage::saveBlankPdf);
    connect(m_export, &QAction::triggered, this, &ChecklistPage::exportTable);
    connect(m_templates, &QAction::triggered, this, &ChecklistPage::openTemplates);

    const struct
    {
        ChecklistAnswer answer;
        const char *key;
    } answerKeys[] = { { ChecklistAnswer::Yes, "1" },
                       { ChecklistAnswer::No, "2" },
                       { ChecklistAnswer::NotApplicable, "3" },
                       { ChecklistAnswer::Unanswered, "0" } };
    for (const auto &k : answerKeys) {
        auto *a = new QAction(tr("Answer: %1").arg(ChecklistEntry::answerLabel(k.answer)), this);
        a->setShortcut(QKeySequence(QString::fromLatin1(k.key)));
        a->setShortcutContext(Qt::WidgetShortcut); // the table only, never an open editor
        const ChecklistAnswer answer = k.answer;
        connect(a, &QAction::triggered, this, [this, answer] { answerSelected(answer); });
        m_itemView->addAction(a);
        m_answerActions << a;
    }

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addWidget(new QLabel(tr("Self-assessment:"), this));
    m_picker->setMinimumContentsLength(32);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolbar->addWidget(m_picker);
    toolbar->addAction(m_new);
    toolbar->addAction(m_delete);
    toolbar->addSeparator();
    toolbar->addAction(m_preview);
    toolbar->addAction(m_pdf);
    toolbar->addAction(m_export);
    toolbar->addAction(m_blank);
    toolbar->addSeparator();
    toolbar->addAction(m_templates);

    m_filledOn->setCalendarPopup(true);
    m_filledOn->setDisplayFormat(Localization::dateEditFormat());
    m_filledOn->setKeyboardTracking(false);
    m_fiscalYear->setKeyboardTracking(false);
    m_title->setPlaceholderText(tr("optional, e.g. 6月時点"));
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Fiscal year:"), this));
    header->addWidget(m_fiscalYear);
    header->addSpacing(12);
    header->addWidget(new QLabel(tr("Date filled in:"), this));
    header->addWidget(m_filledOn);
    header->addWidget(m_era);
    header->addSpacing(12);
    header->addWidget(new QLabel(tr("Name:"), this));
    header->addWidget(m_title, 1);

    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_switchTemplate);
    connect(m_switchTemplate, &QPushButton::clicked, this, &ChecklistPage::switchToLatestTemplate);

    m_empty->setWordWrap(true);

    m_itemView->setModel(m_items);
    m_itemView->setItemDelegateForColumn(AssessmentTableModel::AnswerColumn,
                                         new AnswerDelegate(m_itemView));
    m_itemView->setWordWrap(true);
    m_itemView->verticalHeader()->hide();
    // Rows follow the wrapped text as columns are resized.
    m_itemView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_itemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    m_itemView->horizontalHeader()->setSectionResizeMode(AssessmentTableModel::TextColumn,
                                                         QHeaderView::Stretch);
    m_itemView->setColumnWidth(AssessmentTableModel::NumberColumn, 40);
    m_itemView->setColumnWidth(AssessmentTableModel::GenreColumn, 140);
    m_itemView->setColumnWidth(AssessmentTableModel::BasisColumn, 120);
    m_itemView->setColumnWidth(AssessmentTableModel::AnswerColumn, 80);
    m_itemView->setColumnWidth(AssessmentTableModel::RemarksColumn, 280);
    m_itemView->setColumnWidth(AssessmentTableModel::SectionColumn, 110);
    m_itemView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_itemView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions(m_answerActions);
        menu.exec(m_itemView->viewport()->mapToGlobal(pos));
    });

    m_summaryView->setModel(m_summary);
    m_summaryView->verticalHeader()->hide();
    // Rows follow the wrapped text as columns are resized.
    m_summaryView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryView->horizontalHeader()->setSectionResizeMode(AssessmentSummaryModel::GenreColumn,
                                                            QHeaderView::Stretch);

    // The records of the dataset behind the current item (yearly targets, progress
    // verification, promotion regions, reports to municipalities), with links to them.
    m_evidencePanel->setObjectName(QStringLiteral("checklistEvidence"));
    m_evidenceHint->setObjectName(QStringLiteral("checklistEvidenceHint"));
    m_evidenceHint->setTextFormat(Qt::PlainText);
    m_evidenceHint->setWordWrap(true);
    auto *evidenceLayout = new QVBoxLayout(m_evidencePanel);
    evidenceLayout->setContentsMargins(0, 2, 0, 2);
    evidenceLayout->setSpacing(2);
    evidenceLayout->addWidget(m_evidenceHint);
    auto *itemsArea = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(itemsArea);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_itemView, 1);
    itemsLayout->addWidget(m_evidencePanel);
    connect(m_itemView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecklistPage::updateEvidencePanel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(itemsArea);
    splitter->addWidget(m_summaryView);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    m_tabs->addTab(splitter, tr("Answers"));
    m_tabs->addTab(m_comparison, tr("Comparison"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(header);
    layout->addLayout(bannerRow);
    layout->addWidget(m_empty);
    layout->addWidget(m_tabs, 1);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            showAssessment(m_picker->currentData().toLongLong());
    });
    connect(m_fiscalYear, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            applyHeader();
    });
    connect(m_filledOn, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating)
            applyHeader();
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating)
            applyHeader();
    });
    connect(m_items, &AssessmentTableModel::editFailed, this, &ChecklistPage::showError);
    setDataset(dataset, undoStack);
}

void ChecklistPage::setDataset(Dataset *dataset, QUndoStack *undoStack)
{
    if (m_datasetConnection)
        disconnect(m_datasetConnection);
    m_items->setEditor(nullptr);
    delete m_editor;
    m_editor = nullptr;
    m_dataset = dataset;
    m_assessments.clear();
    m_prefecture.clear();
    if (dataset && undoStack) {
        m_editor = new ChecklistEditor(dataset, undoStack, this);
        m_items->setEditor(m_editor);
        m_datasetConnection
            = connect(m_dataset, &Dataset::changed, this, [this](DataChanges changes) {
                  if (changes.testFlag(DataChange::Checklist))
                      reload();
                  else if (changes.toInt()
                           & (PlanningDataChange | int(DataChange::Councils)
                              | int(DataChange::Policies) | int(DataChange::Figures)))
                      updateEvidence();
              });
        // The first use of the checklist in a dataset stores the default template.
        QString error;
        if (!m_editor->store().ensureDefaultTemplate(&error))
            showError(error);
        m_prefecture = m_editor->store().prefectureName();
    }
    setEnabled(m_editor != nullptr);
    reload();
}

const Assessment *ChecklistPage::current() const
{
    return m_items->assessment() ? &*m_items->assessment() : nullptr;
}

qint64 ChecklistPage::currentAssessmentId() const
{
    return m_items->assessmentId();
}

void ChecklistPage::showAssessment(qint64 id)
{
    if (id != m_items->assessmentId())
        m_items->setAssessmentId(id);
    {
        const QSignalBlocker block(m_picker);
        m_picker->setCurrentIndex(m_picker->findData(id));
    }
    m_summary->setAssessment(current());
    // The counts stay visible whole: every genre and the total.
    int height = m_summaryView->horizontalHeader()->sizeHint().height()
        + 2 * m_summaryView->frameWidth() + 2;
    for (int r = 0; r < m_summary->rowCount(); ++r)
        height += m_summaryView->verticalHeader()->sectionSizeHint(r);
    m_summaryView->setMinimumHeight(height);
    updateHeader();
    updateTemplateBanner();
    updateActions();
    updateEvidence();
    m_comparison->setAssessments(m_assessments, id, m_prefecture);
}

void ChecklistPage::reload()
{
    QString error;
    m_assessments.clear();
    if (m_editor) {
        m_assessments = m_editor->store().assessments(&error);
        if (!error.isEmpty())
            showError(error);
    }
    qint64 id = m_items->assessmentId();
    bool known = false;
    for (const Assessment &a : std::as_const(m_assessments))
        known = known || a.id == id;
    if (!known)
        id = m_assessments.isEmpty() || !m_editor ? 0
                                                  : m_editor->store().latestAssessmentId(&error);

    m_updating = true;
    m_picker->clear();
    // Newest first, as offices look for this year's.
    for (int i = int(m_assessments.size()) - 1; i >= 0; --i)
        m_picker->addItem(m_assessments.at(i).label(), m_assessments.at(i).id);
    m_updating = false;

    if (id == m_items->assessmentId())
        m_items->reload(); // same rows: keeps selection and scroll position
    else
        m_items->setAssessmentId(id);
    showAssessment(id);
}

void ChecklistPage::updateEvidence()
{
    m_evidence.clear();
    QHash<qint64, QString> texts;
    const Assessment *a = current();
    if (a && m_dataset) {
        const ChecklistEvidenceFinder finder(*m_dataset, a->fiscalYear);
        QHash<int, ChecklistEvidence> byKind; // each kind read once
        for (const ChecklistItem &item : a->checklistTemplate.items) {
            QVector<ChecklistEvidence> found;
            for (const ChecklistEvidence::Kind kind : ChecklistEvidenceFinder::kindsOf(item)) {
                auto it = byKind.find(int(kind));
                if (it == byKind.end())
                    it = byKind.insert(int(kind), finder.evidence(kind));
                found << *it;
            }
            if (found.isEmpty())
                continue;
            m_evidence.insert(item.id, found);
            QStringList lines;
            for (const ChecklistEvidence &e : found)
                lines << e.text;
            texts.insert(item.id, lines.join(QLatin1Char('\n')));
        }
    }
    m_items->setEvidence(texts);
    updateEvidencePanel();
}

void ChecklistPage::updateEvidencePanel()
{
    delete m_evidenceRows;
    m_evidenceRows = nullptr;
    const Assessment *a = current();
    m_evidencePanel->setVisible(a && !m_evidence.isEmpty());
    if (!a || m_evidence.isEmpty())
        return;
    const QModelIndex index = m_itemView->currentIndex();
    const qint64 itemId = index.isValid() ? m_items->itemId(index.row()) : 0;
    const QVector<ChecklistEvidence> found = m_evidence.value(itemId);
    if (found.isEmpty()) {
        QStringList numbers;
        for (const ChecklistItem &item : a->checklistTemplate.items) {
            if (m_evidence.contains(item.id))
                numbers << QString::number(item.number);
        }
        m_evidenceHint->setText(tr("Items %1 are backed by the planning records of this dataset "
                                   "(marked in the No. column): select one to see them.")
                                    .arg(numbers.join(tr(", "))));
        return;
    }
    const ChecklistItem *item = a->checklistTemplate.itemById(itemId);
    m_evidenceHint->setText(tr("No. %1 in this dataset (%2):")
                                .arg(item ? item->number : 0)
                                .arg(JapaneseDate::fiscalYearLabel(a->fiscalYear)));
    m_evidenceRows = new QWidget(m_evidencePanel);
    auto *rows = new QVBoxLayout(m_evidenceRows);
    rows->setContentsMargins(12, 0, 0, 0);
    rows->setSpacing(2);
    for (const ChecklistEvidence &e : found) {
        auto *row = new QHBoxLayout;
        auto *text = new QLabel(e.text, m_evidenceRows);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setObjectName(QStringLiteral("evidenceText_") + ChecklistEvidence::kindKey(e.kind));
        auto *link = new QPushButton(ChecklistEvidence::linkText(e.kind), m_evidenceRows);
        link->setObjectName(QStringLiteral("evidenceLink_") + ChecklistEvidence::kindKey(e.kind));
        connect(link, &QPushButton::clicked, this, [this, e] { openEvidence(e); });
        row->addWidget(text, 1);
        row->addWidget(link);
        rows->addLayout(row);
    }
    m_evidencePanel->layout()->addWidget(m_evidenceRows);
}

void ChecklistPage::openEvidence(const ChecklistEvidence &evidence)
{
    emit recordsRequested(ChecklistEvidence::kindKey(evidence.kind), evidence.fiscalYear,
                          evidence.regionCode);
}

void ChecklistPage::updateHeader()
{
    m_updating = true;
    const Assessment *a = current();
    for (QWidget *w : std::initializer_list<QWidget *> { m_fiscalYear, m_filledOn, m_title })
        w->setEnabled(a != nullptr);
    if (a) {
        m_fiscalYear->setValue(a->fiscalYear);
        m_filledOn->setDate(a->filledOn);
        m_title->setText(a->title);
        m_era->setText(JapaneseDate::format(a->filledOn));
    } else {
        m_title->clear();
        m_era->clear();
    }
    m_updating = false;
}

void ChecklistPage::updateTemplateBanner()
{
    const Assessment *a = current();
    m_empty->setText(m_editor ? tr("There is no self-assessment yet. Use \"New self-assessment…\" "
                                   "to start one; the checklist follows the ministry's 31 items "
                                   "in 6 genres.")
                              : tr("Open or create a dataset to use the checklist."));
    m_empty->setVisible(m_assessments.isEmpty());
    m_tabs->setVisible(!m_assessments.isEmpty());
    m_switchTemplate->hide();
    if (!a) {
        m_banner->clear();
        return;
    }
    const ChecklistTemplate &t = a->checklistTemplate;
    // The shipped template's name and note are Japanese data; they read in the user's language.
    static const ChecklistTemplate shipped = [] {
        ChecklistTemplate b;
        QString ignored;
        ChecklistTemplate::bundled(&b, &ignored);
        return b;
    }();
    const bool isShipped = !shipped.name.isEmpty() && t.name == shipped.name;
    const QString name
        = isShipped ? tr("Standard template, version %1").arg(t.version) : t.displayName();
    QString text = tr("Answered against %1.").arg(name);
    if (isShipped && t.note == shipped.note)
        text += QLatin1Char(' ')
            + tr("It follows the structure of the official form (6 genres, 31 items), but the "
                 "wording of the items is not the official one. The official wording can be "
                 "entered by editing the items or importing the template.");
    else if (!t.note.isEmpty())
        text += QLatin1Char(' ') + t.note;
    m_banner->setText(text);
    QString error;
    m_latestTemplateId = m_editor ? m_editor->store().latestVersionId(t.name, &error) : 0;
    if (m_latestTemplateId > 0 && m_latestTemplateId != t.id) {
        const auto latest = m_editor->store().loadTemplate(m_latestTemplateId, &error);
        if (latest && latest->version > t.version) {
            m_switchTemplate->setText(tr("Answer against %1").arg(latest->displayName()));
            m_switchTemplate->setToolTip(tr("Moves the answers, remarks and sections item by "
                                            "item (same No. and genre) onto the newer wording. "
                                            "Can be undone."));
            m_switchTemplate->show();
        }
    }
}

QString ChecklistPage::templateBannerText() const
{
    return m_banner->text();
}

void ChecklistPage::updateActions()
{
    const bool has = current() != nullptr;
    for (QAction *a : { m_new, m_blank, m_templates })
        a->setEnabled(m_editor != nullptr);
    for (QAction *a : { m_delete, m_preview, m_pdf, m_export })
        a->setEnabled(has);
    for (QAction *a : std::as_const(m_answerActions))
        a->setEnabled(has);
}

QList<QAction *> ChecklistPage::fileActions() const
{
    return { m_new, m_preview, m_pdf, m_blank, m_export, m_templates };
}

QList<QAction *> ChecklistPage::editActions() const
{
    return m_answerActions;
}

void ChecklistPage::applyHeader()
{
    const Assessment *a = current();
    if (!a || !m_editor)
        return;
    m_era->setText(JapaneseDate::format(m_filledOn->date()));
    if (!m_editor->setHeader(a->id, m_fiscalYear->value(), m_filledOn->date(), m_title->text()))
        showError(m_editor->lastError());
}

qint64 ChecklistPage::createAssessment(int fiscalYear, const QDate &filledOn, const QString &title,
                                       qint64 copyFrom, qint64 templateId)
{
    const qint64 id = m_editor->createAssessment(fiscalYear, filledOn, title, copyFrom, templateId);
    if (id == 0) {
        showError(m_editor->lastError());
        return 0;
    }
    showAssessment(id);
    m_tabs->setCurrentIndex(0);
    return id;
}

bool ChecklistPage::deleteAssessment(qint64 id)
{
    if (!m_editor)
        return false;
    if (!m_editor->deleteAssessment(id)) {
        showError(m_editor->lastError());
        return false;
    }
    return true;
}

void ChecklistPage::answerSelected(ChecklistAnswer answer)
{
    QList<int> rows;
    const QModelIndexList selected = m_itemView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_itemView->currentIndex().isValid())
        rows << m_itemView->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    m_items->setAnswers(rows, answer);
}

void ChecklistPage::chooseNew()
{
    if (!m_editor)
        return;
    QString error;
    const auto t = m_editor->store().currentTemplate(&error);
    NewAssessmentDialog dialog(m_assessments, m_editor->store().templates(&error), t ? t->id : 0,
                               this);
    if (!m_assessments.isEmpty())
        dialog.setFiscalYear(qMax(JapaneseDate::fiscalYear(QDate::currentDate()),
                                  m_assessments.last().fiscalYear + 1));
    if (dialog.exec() != QDialog::Accepted)
        return;
    createAssessment(dialog.fiscalYear(), dialog.filledOn(), dialog.title(), dialog.copyFrom(),
                     dialog.templateId());
}

void ChecklistPage::chooseDelete()
{
    const Assessment *a = current();
    if (!a)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete self-assessment"),
        tr("Delete the self-assessment %1? Edit > Undo brings it back.").arg(a->label()));
    if (answer == QMessageBox::Yes)
        deleteAssessment(a->id);
}

void ChecklistPage::printPreview()
{
    if (const Assessment *a = current())
        ReportPrinting::preview(ChecklistForm::forAssessment(*a, m_prefecture), this);
}

void ChecklistPage::savePdf()
{
    if (const Assessment *a = current())
        ReportPrinting::savePdf(ChecklistForm::forAssessment(*a, m_prefecture),
                                tr("checklist-%1.pdf").arg(a->fiscalYear), this);
}

void ChecklistPage::saveBlankPdf()
{
    QString error;
    std::optional<ChecklistTemplate> t;
    if (const Assessment *a = current())
        t = a->checklistTemplate;
    else if (m_editor)
        t = m_editor->store().currentTemplate(&error);
    if (!t) {
        showError(error);
        return;
    }
    ReportPrinting::savePdf(ChecklistForm::blank(*t, m_prefecture), tr("checklist-blank.pdf"),
                            this);
}

void ChecklistPage::exportTable()
{
    const Assessment *a = current();
    if (!a)
        return;
    const QString folder = defaultDocumentsFolder();
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the self-assessment"),
        QDir(folder).filePath(tr("checklist-%1.xlsx").arg(a->fiscalYear)),
        tr("Excel (*.xlsx);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += selected.contains(QLatin1String("csv")) ? QStringLiteral(".csv")
                                                        : QStringLiteral(".xlsx");
    QString error;
    if (!AssessmentExporter::write(*a, m_prefecture, path, &error))
        showError(error);
}

void ChecklistPage::openTemplates()
{
    if (!m_editor)
        return;
    ChecklistTemplateDialog dialog(m_editor, this);
    if (const Assessment *a = current())
        dialog.showTemplate(a->templateId());
    dialog.exec();
}

void ChecklistPage::switchToLatestTemplate()
{
    const Assessment *a = current();
    if (a && m_editor && m_latestTemplateId > 0
        && !m_editor->switchTemplate(a->id, m_latestTemplateId))
        showError(m_editor->lastError());
}

void ChecklistPage::showError(const QString &message)
{
    if (message.isEmpty())
        return;
    QMessageBox::warning(this, tr("Checklist"), message);
}

} // namespace Koso
