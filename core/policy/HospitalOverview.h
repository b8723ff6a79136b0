#pragma once

#include "model/Hospital.h"
#include "policy/ResponsePolicy.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace Koso {

class Dataset;

// One line of the hospital list: the facility, its newest reported figures and its policy.
struct HospitalOverviewRow
{
    Hospital hospital;
    QString regionName;
    bool hasFigures = false;
    HospitalFigures figures; // from the newest edition that lists the hospital
    QString editionLabel;
    ResponsePolicy policy;

    // The four functions plus 休棟中等: the beds a hospital holds (許可病床 as reported),
    // which is what MHLW's policy survey weighs hospitals by.
    qint64 bedsIncludingClosed() const;
    qint64 beds(const QString &functionKey) const { return figures.beds.value(functionKey); }
    bool isMerged() const { return hospital.mergedInto.has_value(); }
};

// Loads the rows of the hospital list and the newest figures of each hospital.
class HospitalOverview
{
public:
    // Newest edition's figures of each hospital of an area (region, prefecture or all).
    static QHash<qint64, HospitalFigures> latestFigures(Dataset &dataset,
                                                        const QString &areaCode = QString());
    // The same newest edition's beds of each hospital, 休棟中等 included (bedsIncludingClosed
    // of latestFigures()), read in one query: what the policy rates weigh hospitals by.
    static QHash<qint64, qint64> latestBedsIncludingClosed(Dataset &dataset,
                                                           const QString &areaCode = QString());
    // Labels of the edition each hospital's newest figures come from.
    static QVector<HospitalOverviewRow> load(Dataset &dataset, const QString &areaCode);
    static qint64 bedsIncludingClosed(const HospitalFigures &figures);
};

} // namespace Koso
