#pragma once

#include "storage/Dataset.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QTabWidget;
class QUndoStack;

namespace Koso {

class HospitalFiguresChart;
class HospitalMeasuresPanel;
class PolicyEditor;

// One hospital: its figures in every edition held (table and chart), its response policy
// (editable, or as of a past date), the council meetings that discussed it, the support
// measures it plans to use or has used, and the history of every change, including those of
// the hospitals merged into it.
class HospitalPage : public QWidget
{
    Q_OBJECT

public:
    HospitalPage(Dataset *dataset, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setHospital(qint64 hospitalId);
    qint64 hospitalId() const { return m_hospitalId; }

    PolicyEditor *policyEditor() const { return m_editor; }
    HospitalFiguresChart *figuresChart() const { return m_chart; }
    QTableWidget *figuresTable() const { return m_figures; }
    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *meetingsTable() const { return m_meetings; }
    HospitalMeasuresPanel *measuresPanel() const { return m_measures; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void reload();

signals:
    // A link to another hospital (merged into / from) was followed.
    void hospitalActivated(qint64 hospitalId);

private:
    void loadFigures();
    void loadMeetings();
    void loadHistory();

    Dataset *m_dataset;
    qint64 m_hospitalId = 0;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QTableWidget *m_figures;
    HospitalFiguresChart *m_chart;
    PolicyEditor *m_editor;
    QCheckBox *m_pastState;
    QDateEdit *m_asOf;
    QTableWidget *m_meetings;
    HospitalMeasuresPanel *m_measures;
    QTableWidget *m_history;
};

} // namespace Koso
