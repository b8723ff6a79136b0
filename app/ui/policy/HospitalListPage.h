#pragma once

#include "storage/Dataset.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QUndoStack;

namespace Koso {

class HospitalFilterProxy;
class HospitalTableModel;
class PolicyActions;

// The hospitals of the home prefecture with their beds, volumes and policy status: filters by
// region, kind, owner group, role, status and 再検証対象, a search that ignores width and
// spaces, sortable columns; adding, editing and merging hospitals, a bulk status change, and
// the policy sheet's export and import.
class HospitalListPage : public QWidget
{
    Q_OBJECT

public:
    HospitalListPage(Dataset *dataset, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~HospitalListPage() override;

    QTableView *view() const { return m_view; }
    HospitalTableModel *model() const { return m_model; }
    HospitalFilterProxy *proxy() const { return m_proxy; }
    QVector<qint64> selectedHospitals() const;
    void selectHospitals(const QVector<qint64> &ids);

    // The actions, for menus and tests.
    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *mergeAction() const { return m_mergeAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *ownerGroupAction() const { return m_ownerGroupAction; }
    // Sets the status of the selected hospitals (one undo step); false with a message shown
    // when it failed.
    bool setStatusOfSelected(int status);

public slots:
    void reload();

signals:
    void hospitalActivated(qint64 hospitalId);

private:
    void applyFilter();
    // Puts the key columns first and hides the secondary ones (1366×768).
    void arrangeColumns();
    int m_arrangedColumns = -1; // the user's own arrangement stays until the columns change
    void updateActions();
    void addHospital();
    void editHospital();
    void mergeHospitals();
    void exportSheet();
    void importSheet();
    void suggestOwnerGroups();
    void onDataChanged(Koso::DataChanges changes);

    Dataset *m_dataset;
    PolicyActions *m_actions;
    HospitalTableModel *m_model;
    HospitalFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_region;
    QComboBox *m_kind;
    QComboBox *m_ownerGroup;
    QComboBox *m_role;
    QComboBox *m_status;
    QComboBox *m_reverification;
    QLineEdit *m_search;
    QCheckBox *m_showMerged;
    QLabel *m_count;
    QToolButton *m_statusButton;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_mergeAction;
    QAction *m_exportAction;
    QAction *m_importAction;
    QAction *m_ownerGroupAction = nullptr;
};

} // namespace Koso
