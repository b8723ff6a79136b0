#pragma once

#include "policy/PolicyRates.h"
#include "storage/Dataset.h"
#include "widgets/ExportableChart.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Koso {

class AreaComboBox;

class EmptyDatasetNotice;

// Rates like MHLW's survey: per area and group, the share of hospitals and of beds whose
// policy is 合意・検証済 (措置済 counted), as of any date; and their course over the stored
// end-of-September and end-of-March snapshots as a chart.
class PolicyRatesPage : public QWidget, public ExportableChart
{
    Q_OBJECT

public:
    explicit PolicyRatesPage(Dataset *dataset, QWidget *parent = nullptr);

    void setAsOf(const QDate &date);
    const QVector<PolicyRate> &rates() const { return m_rates; }
    QTableWidget *table() const { return m_table; }
    // Stores the missing snapshots of past period ends; returns how many dates were stored.
    int takeSnapshots(bool replace);

    QChart *exportableChart() const override;
    QString chartTitle() const override;
    QString chartSubtitle() const override;
    QString chartUnit() const override;
    QString chartSource() const override;
    QString chartCaveat() const override;

public slots:
    void reload();

signals:
    void exportChartRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTable();
    void fillChart();
    void exportTable();

    Dataset *m_dataset;
    QDateEdit *m_asOf;
    AreaComboBox *m_scope;
    QTableWidget *m_table;
    QChartView *m_chart;
    QLabel *m_note;
    EmptyDatasetNotice *m_notice = nullptr;
    QWidget *m_content = nullptr;
    QPushButton *m_exportChart;
    QVector<PolicyRate> m_rates;
    bool m_snapshotsChecked = false;
};

} // namespace Koso
