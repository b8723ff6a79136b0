#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Koso {

class Dataset;
class DatasetCommand;

// The support measures one hospital plans to use or has used (measure, planned/used, fiscal
// year, amount, note), with Add, Edit and Remove; each edit is one undo step on undoStack.
// Shown as a tab of the hospital's page.
class HospitalMeasuresPanel : public QWidget
{
    Q_OBJECT

public:
    HospitalMeasuresPanel(Dataset *dataset, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setHospital(qint64 hospitalId);
    qint64 hospitalId() const { return m_hospitalId; }

    QTableWidget *table() const { return m_table; }
    QLabel *emptyLabel() const { return m_empty; }
    // The link of the selected row (0: none).
    qint64 selectedUse() const;

    // Pushes an add, edit or removal of a link; false (with a message) when it failed.
    bool push(DatasetCommand *command);

public slots:
    void reload();
    void addUse();
    void editUse();
    void removeUse();

private:
    Dataset *m_dataset;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_hospitalId = 0;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace Koso
