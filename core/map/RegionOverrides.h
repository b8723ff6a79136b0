#pragma once

#include "document/DatasetCommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// The planner's correction of one municipality's vision region (the shipped table says
// otherwise); the maps draw the municipality in regionCode. Region figures still come from
// MHLW's tables.
struct RegionOverride
{
    QString municipalityCode; // 5 digits
    QString regionCode; // 4 digits
    QString note;
    QDateTime changedAt;
    QString changedBy;
};

// Reads and writes the corrections (table region_override) and their record
// (region_override_change).
class RegionOverrides
{
    Q_DECLARE_TR_FUNCTIONS(Koso::RegionOverrides)

public:
    // Ordered by municipality code.
    static QVector<RegionOverride> all(Dataset &dataset);
    static std::optional<RegionOverride> of(Dataset &dataset, const QString &municipalityCode);
    // municipality code → region code, for MapGeometry::withOverrides.
    static QHash<QString, QString> regionOfMunicipality(Dataset &dataset);
    // Replaces (after) or removes (no after) the correction of a municipality and records the
    // change; the caller holds the transaction.
    static bool write(Dataset &dataset, const QString &municipalityCode,
                      const std::optional<RegionOverride> &before,
                      const std::optional<RegionOverride> &after, QString *error);
    // Every recorded change of a municipality, oldest first: (time, user, old region, new).
    struct Change
    {
        QDateTime changedAt;
        QString changedBy;
        QString oldRegionCode;
        QString newRegionCode;
    };
    static QVector<Change> history(Dataset &dataset, const QString &municipalityCode);
};

// Moves a municipality to another region on the maps (regionCode), or back to the shipped
// table's region (empty regionCode), as one undo step written in one transaction.
class MoveMunicipalityCommand : public DatasetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::MoveMunicipalityCommand)

public:
    MoveMunicipalityCommand(Dataset *dataset, const QString &municipalityCode,
                            const QString &municipalityName, const QString &regionCode,
                            const QString &note = QString(), QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const std::optional<RegionOverride> &from, const std::optional<RegionOverride> &to,
               QString *error);

    QString m_code;
    std::optional<RegionOverride> m_before;
    std::optional<RegionOverride> m_after;
};

} // namespace Koso
