#pragma once

#include "flows/FlowData.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace Koso {

class Dataset;

// Reads the patient flows and demand estimates. For each region (and direction or kind) the
// newest edition that has them is used, like the bed figures.
class FlowStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::FlowStore)

public:
    explicit FlowStore(Dataset &dataset);

    // Every share of the regions of a prefecture (all regions when empty), ordered by region,
    // direction (inflow first), group (all, acute, comprehensive, chronic) and position.
    QVector<FlowShare> flows(const QString &prefectureCode = QString()) const;
    QVector<FlowShare> regionFlows(const QString &regionCode) const;
    bool hasFlows() const;

    // Every demand figure of the regions of a prefecture (all when empty), ordered by region,
    // kind (home_visit first) and year.
    QVector<DemandFigure> demand(const QString &prefectureCode = QString()) const;
    QVector<DemandFigure> regionDemand(const QString &regionCode) const;
    QVector<RegionPopulation> populations(const QString &prefectureCode = QString()) const;
    bool hasDemand() const;

    // The label of the newest edition the flows (or the demand) come from, for source lines.
    QString flowEditionLabel() const;
    QString demandEditionLabel() const;

private:
    QVector<FlowShare> readFlows(const QString &where, const QVariant &value) const;
    QVector<DemandFigure> readDemand(const QString &where, const QVariant &value) const;

    Dataset &m_dataset;
};

} // namespace Koso
