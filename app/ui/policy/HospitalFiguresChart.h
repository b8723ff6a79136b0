#pragma once

#include "widgets/ExportableChart.h"
#include "model/BedFunction.h"
#include "model/Edition.h"
#include "model/Hospital.h"

#include <QChartView>
#include <QVector>

namespace Koso {

// A small stacked bar chart of one hospital's beds by function in each edition (休棟中等
// included as its own segment).
class HospitalFiguresChart : public QChartView, public ExportableChart
{
    Q_OBJECT

public:
    explicit HospitalFiguresChart(QWidget *parent = nullptr);

    void setFigures(const QString &hospitalName, const BedFunctionList &functions,
                    const QVector<Edition> &editions, const QVector<HospitalFigures> &figures);

    QChart *exportableChart() const override { return chart(); }
    QString chartTitle() const override;
    QString chartUnit() const override;
    QString chartSource() const override;
    QString chartCaveat() const override;

signals:
    void exportChartRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString m_hospitalName;
    QStringList m_editionLabels;
};

} // namespace Koso
