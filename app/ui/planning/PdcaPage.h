#pragma once

#include "planning/ProgressEvaluator.h"
#include "storage/Dataset.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace Koso {

class FiscalYearSpinBox;

// Yearly targets and PDCA: the prefecture overview (every region with its targets' status,
// last council, policy rate and designation), a region's targets with their actual values,
// status and source (the planner edits cause analysis, response and the date the council
// verified them), the progress verification per function with the planner's explanation of a
// gap, and the region's PDCA timeline. Every edit is one undo step.
class PdcaPage : public QWidget
{
    Q_OBJECT

public:
    explicit PdcaPage(QWidget *parent = nullptr);

    void setDataset(Dataset *dataset, QUndoStack *undoStack);
    void setFiscalYear(int fiscalYear);
    int fiscalYear() const;
    void setRegion(const QString &regionCode);
    QString regionCode() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *overviewTable() const { return m_overview; }
    QTableWidget *targetsTable() const { return m_targets; }
    QTableWidget *gapsTable() const { return m_gaps; }
    QTableWidget *timelineTable() const { return m_timeline; }
    QLabel *emptyLabel() const { return m_empty; }
    const QVector<TargetResult> &results() const { return m_results; }

    // The edits the buttons make, for tests (no dialog).
    void editTarget(qint64 targetId, const QMap<QString, QString> &values);
    void explainGap(const QString &functionKey, const QString &explanation);
    // What editing a cell in place does (the tables' delegate calls these once the editor
    // has closed): the target's value, cause analysis, response, verified date (ISO, empty
    // for none) or note of a target row; the explanation of a gap row. One undo step each.
    void editTargetCell(int row, int column, const QString &value);
    void editGapCell(int row, const QString &value);

public slots:
    void reload();

private:
    void fillRegions();
    void fillOverview();
    void fillTargets();
    void fillGaps();
    void fillTimeline();
    void addTarget();
    void editSelectedTarget();
    void removeTarget();
    void importTargets();
    void exportTargets();
    void exportOverview();
    void explainSelectedGap();
    void addPdcaEntry();
    void removePdcaEntry();
    bool targetDialog(AnnualTarget *target, bool isNew);

    Dataset *m_dataset = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QMetaObject::Connection m_connection;
    FiscalYearSpinBox *m_year;
    QComboBox *m_region;
    QTabWidget *m_tabs;
    QTableWidget *m_overview;
    QTableWidget *m_targets;
    QLabel *m_empty;
    QTableWidget *m_gaps;
    QTableWidget *m_timeline;
    QVector<TargetResult> m_results;
    bool m_filling = false;
};

} // namespace Koso
