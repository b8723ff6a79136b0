#pragma once

#include <QWidget>

class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace Koso {

class Dataset;
class HospitalListPage;
class HospitalPage;

// The "Hospitals" page of the main window: the list, and one hospital's page opened from it
// (double-click, or a link from a council or another hospital), with Back to the list.
class HospitalsPage : public QWidget
{
    Q_OBJECT

public:
    HospitalsPage(Dataset *dataset, QUndoStack *undoStack, QWidget *parent = nullptr);

    HospitalListPage *list() const { return m_list; }
    HospitalPage *hospital() const { return m_hospital; }
    bool showsHospital() const;

public slots:
    void openHospital(qint64 hospitalId);
    void showList();

private:
    QStackedWidget *m_stack;
    HospitalListPage *m_list;
    QWidget *m_detail;
    HospitalPage *m_hospital;
    QToolButton *m_back;
};

} // namespace Koso
