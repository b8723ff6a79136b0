#pragma once

#include "policy/WhatIfAnalysis.h"
#include "storage/Dataset.h"
#include "widgets/ExportableChart.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Koso {

class AreaComboBox;

class EmptyDatasetNotice;

// "If every agreed policy is carried out": per function, reported beds, the beds after the
// agreed policies, and the required beds, for the prefecture or one region, as a table and a
// grouped bar chart drawn from the same rows.
class WhatIfView : public QWidget, public ExportableChart
{
    Q_OBJECT

public:
    explicit WhatIfView(Dataset *dataset, QWidget *parent = nullptr);

    void setArea(const QString &areaCode); // prefecture or region code
    void setTargetYear(int year);
    const QVector<WhatIfRow> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }

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
    void exportTable();
    void fillChart();

    Dataset *m_dataset;
    AreaComboBox *m_area;
    QSpinBox *m_year;
    QTableWidget *m_table;
    QChartView *m_chart;
    QLabel *m_caveat;
    EmptyDatasetNotice *m_notice = nullptr;
    QWidget *m_content = nullptr;
    QPushButton *m_exportChart;
    QVector<WhatIfRow> m_rows; // the chosen area's rows
};

} // namespace Koso
