#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Koso {

class Dataset;

// One value per vision region to colour the map by.
struct MapMeasure
{
    QString key; // gap_ratio, planned_ratio, population, inflow_share, …
    QString name; // for the legend and title
    QString unit;
    bool ratio = false; // a ratio around 1.0: a diverging palette centred on 1
    bool share = false; // a fraction shown in %
    QHash<QString, std::optional<double>> values; // region code → value
    QString source;
};

class MapMeasures
{
    Q_DECLARE_TR_FUNCTIONS(Koso::MapMeasures)

public:
    static QStringList keys();
    // The measure's name as compute() gives it, for choosers.
    static QString displayName(const QString &key);
    // The values of every region in the dataset; nullopt with *error for an unknown key.
    static std::optional<MapMeasure> compute(Dataset &dataset, const QString &key, QString *error);
};

} // namespace Koso
