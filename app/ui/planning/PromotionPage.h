#pragma once

#include "planning/PlanningRecords.h"
#include "storage/Dataset.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace Koso {

// Promotion regions (推進区域): the designations, the candidate ranking by MHLW's criteria with
// the reasons for each region, and the editor of a region's 推進区域対応方針 (課題, 方向性,
// 具体的な取組 with who, hospitals, due year, status and dated progress notes), printable and
// exportable. Every edit is one undo step.
class PromotionPage : public QWidget
{
    Q_OBJECT

public:
    explicit PromotionPage(QWidget *parent = nullptr);

    void setDataset(Dataset *dataset, QUndoStack *undoStack);
    void setPlanRegion(const QString &regionCode);
    QString planRegion() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *designationsTable() const { return m_designations; }
    QTableWidget *candidatesTable() const { return m_candidates; }
    QTableWidget *actionsTable() const { return m_actions; }
    QPlainTextEdit *issuesEdit() const { return m_issues; }
    QPlainTextEdit *directionEdit() const { return m_direction; }
    QLabel *planEmptyLabel() const { return m_planEmpty; }

    // What the buttons do, without dialogs (tests).
    void createPlan();
    void savePlanText();
    void setActionStatus(qint64 actionId, const QString &status);

public slots:
    void reload();

private:
    void fillDesignations();
    void fillCandidates();
    void fillPlan();
    void addDesignation();
    void removeDesignation();
    void editOtherIssues();
    void addAction();
    void editAction();
    void removeAction();
    void addNote();
    void printPlan();
    void savePlanPdf();
    void exportPlan();
    bool actionDialog(PromotionAction *action);

    Dataset *m_dataset = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QMetaObject::Connection m_connection;
    QTabWidget *m_tabs;
    QTableWidget *m_designations;
    QTableWidget *m_candidates;
    QComboBox *m_planRegion;
    QLabel *m_planEmpty;
    QPushButton *m_create;
    QWidget *m_planEditor;
    QPlainTextEdit *m_issues;
    QPlainTextEdit *m_direction;
    QTableWidget *m_actions;
    qint64 m_planId = 0;
    bool m_filling = false;
};

} // namespace Koso
