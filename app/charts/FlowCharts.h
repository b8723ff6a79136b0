#pragma once

#include "charts/ChartCaption.h"
#include "flows/FlowData.h"

#include <QCoreApplication>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Koso {

// Charts of the patient flows and demand estimates (region page, flows page, koso chart).
class FlowCharts
{
    Q_DECLARE_TR_FUNCTIONS(Koso::FlowCharts)

public:
    // The listed partners of one region, direction and function group, largest share first
    // (the region itself left out: its share is the rest), at most `top` bars, in %.
    static QChart *partners(const QVector<FlowShare> &shares, const QString &regionName,
                            const QString &direction, const QString &group, int top = 10);
    static ChartCaption partnersCaption(const QString &regionName, const QString &direction,
                                        const QString &group, const QString &edition);

    // Home-visit and outpatient demand of a region as an index (base year = 100), so that
    // both curves share one axis; the figures themselves are in the table beside it.
    static QChart *demandCurves(const QVector<DemandFigure> &demand, const QString &regionName);
    static ChartCaption demandCaption(const QString &regionName, const QString &edition);

    // Words for the UI: 流入 / 流出, 高度急性期+急性期 …, 在宅（訪問診療）/ 外来.
    static QString directionName(const QString &direction);
    static QString groupName(const QString &group);
    static QString kindName(const QString &kind);
    // What the flow figures are and are not (NDB, not the patient survey).
    static QString flowNote();
    static QString demandNote();
};

} // namespace Koso
