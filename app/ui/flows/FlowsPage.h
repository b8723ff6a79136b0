#pragma once

#include "storage/Dataset.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;
class QTabWidget;

namespace Koso {

class ChartPanel;
class Document;

// Beyond the bed table, for one region of the home prefecture: where its patients go and come
// from (top partner regions per function group, table and chart), its home-visit and
// outpatient demand to 2050, and planned against reported beds across editions; for the
// prefecture the matrix of flows among its regions and the ranking of the demand change.
class FlowsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FlowsPage(QWidget *parent = nullptr);

    void setDataset(Dataset *dataset);
    void setRegion(const QString &code);
    QString region() const;
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void setDocument(Koso::Document *document);
    void reload();

private:
    void fillRegions();
    void showFlows();
    void showDemand();
    void showMatrix();
    void showPlan();
    QString regionName(const QString &code) const;

    QPointer<Dataset> m_dataset;
    QComboBox *m_region = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_group = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_note = nullptr;
    QTableView *m_flowTable = nullptr;
    QStandardItemModel *m_flowModel = nullptr;
    ChartPanel *m_flowChart = nullptr;
    QTableView *m_demandTable = nullptr;
    QStandardItemModel *m_demandModel = nullptr;
    ChartPanel *m_demandChart = nullptr;
    QTableView *m_rankingTable = nullptr;
    QStandardItemModel *m_rankingModel = nullptr;
    QTableView *m_matrixTable = nullptr;
    QStandardItemModel *m_matrixModel = nullptr;
    QTableView *m_planTable = nullptr;
    QStandardItemModel *m_planModel = nullptr;
    QTableView *m_changeTable = nullptr;
    QStandardItemModel *m_changeModel = nullptr;
    QLabel *m_planNote = nullptr;
};

} // namespace Koso
