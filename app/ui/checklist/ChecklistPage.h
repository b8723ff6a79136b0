#pragma once

#include "checklist/Assessment.h"
#include "checklist/ChecklistEntry.h"
#include "planning/ChecklistEvidence.h"
#include "storage/Dataset.h"

#include <QVector>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace Koso {

class AssessmentSummaryModel;
class AssessmentTableModel;
class ChecklistComparisonView;
class ChecklistEditor;
class FiscalYearSpinBox;

// The checklist page: pick an assessment, answer its items (answer, 備考, section in charge),
// see the counts per genre change as you go, compare with another assessment, print the form
// (preview, PDF, blank form), export to Excel/CSV and manage the templates. Every edit is an
// undo step on the document's stack and is saved at once. The page follows the open document:
// setDataset() with the document's dataset and undo stack, or nullptrs when it is closed.
class ChecklistPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPage(Dataset *dataset = nullptr, QUndoStack *undoStack = nullptr,
                           QWidget *parent = nullptr);

    void setDataset(Dataset *dataset, QUndoStack *undoStack);
    Dataset *dataset() const { return m_dataset; }

    qint64 currentAssessmentId() const;
    void showAssessment(qint64 id);
    // What the "New…" dialog does once answered; returns the new id (0 on failure, after
    // telling the user).
    qint64 createAssessment(int fiscalYear, const QDate &filledOn, const QString &title,
                            qint64 copyFrom, qint64 templateId = 0);
    bool deleteAssessment(qint64 id);
    // Sets the answer of the selected rows of the item table.
    void answerSelected(ChecklistAnswer answer);

    // nullptr while no dataset is open.
    ChecklistEditor *editor() const { return m_editor; }
    AssessmentTableModel *itemModel() const { return m_items; }
    AssessmentSummaryModel *summaryModel() const { return m_summary; }
    QTableView *itemView() const { return m_itemView; }
    ChecklistComparisonView *comparisonView() const { return m_comparison; }
    QString templateBannerText() const;
    QPushButton *switchTemplateButton() const { return m_switchTemplate; }

    // The planning records behind an item of the shown assessment (its fiscal year), and the
    // panel under the item table that shows those of the current item with links.
    QVector<ChecklistEvidence> evidenceOf(qint64 itemId) const { return m_evidence.value(itemId); }
    QWidget *evidencePanel() const { return m_evidencePanel; }
    // What the panel's links do: asks for the records' page (recordsRequested()).
    void openEvidence(const ChecklistEvidence &evidence);

    // For the main window's menus.
    QList<QAction *> fileActions() const;
    // The answer keys (1 はい, 2 いいえ, 3 該当なし, 0 未回答) of the item table.
    QList<QAction *> editActions() const;

signals:
    // The page of the records of a kind (ChecklistEvidence::kindKey()) should be shown,
    // filtered to the fiscal year and, where it shows one region, to regionCode.
    void recordsRequested(const QString &kind, int fiscalYear, const QString &regionCode);

private:
    void reload();
    void updateEvidence();
    void updateEvidencePanel();
    void updateHeader();
    void updateTemplateBanner();
    void updateActions();
    void applyHeader();
    void chooseNew();
    void chooseDelete();
    void printPreview();
    void savePdf();
    void saveBlankPdf();
    void exportTable();
    void openTemplates();
    void switchToLatestTemplate();
    void showError(const QString &message);
    const Assessment *current() const;

    Dataset *m_dataset = nullptr;
    ChecklistEditor *m_editor = nullptr;
    QMetaObject::Connection m_datasetConnection;
    QVector<Assessment> m_assessments;
    QString m_prefecture;
    qint64 m_latestTemplateId = 0;

    QComboBox *m_picker;
    FiscalYearSpinBox *m_fiscalYear;
    QDateEdit *m_filledOn;
    QLabel *m_era;
    QLineEdit *m_title;
    QLabel *m_banner;
    QPushButton *m_switchTemplate;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    QTableView *m_itemView;
    QTableView *m_summaryView;
    QWidget *m_evidencePanel;
    QLabel *m_evidenceHint;
    QWidget *m_evidenceRows = nullptr;
    QHash<qint64, QVector<ChecklistEvidence>> m_evidence;
    AssessmentTableModel *m_items;
    AssessmentSummaryModel *m_summary;
    ChecklistComparisonView *m_comparison;

    QAction *m_new;
    QAction *m_delete;
    QAction *m_preview;
    QAction *m_pdf;
    QAction *m_blank;
    QAction *m_export;
    QAction *m_templates;
    QList<QAction *> m_answerActions;
    bool m_updating = false;
};

} // namespace Koso
