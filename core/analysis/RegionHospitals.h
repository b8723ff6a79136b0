#pragma once

#include "model/Edition.h"
#include "model/Hospital.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Koso {

// One facility of a region as one edition lists it, with its share of the region's beds.
struct HospitalRow
{
    Hospital hospital;
    std::optional<int> rank; // MHLW's rank (largest first)
    QStringList roles; // special regional_support tertiary_emergency …
    QMap<QString, qint64> beds; // function key → beds, 休棟中等 (Closed) included
    qint64 totalBeds = 0; // the four functions
    qint64 totalWithClosed = 0; // 休棟中等含む計
    QMap<QString, double> shares; // function key → share of the region's beds in it
    std::optional<double> doctorsPer100Beds; // (常勤 + 非常勤) per 100 beds incl. 休棟中等
    QMap<QString, double> metrics; // doctors_fulltime, ambulance, los_Acute, …
    QMap<QString, QString> maskedMetrics; // metric → MHLW's marker (「*」)

    qint64 bedsOf(const QString &functionKey) const { return beds.value(functionKey, 0); }
    qint64 closedBeds() const { return bedsOf(QStringLiteral("Closed")); }
    std::optional<double> metric(const QString &key) const;
    bool hasRole(const QString &role) const { return roles.contains(role); }
};

// The facilities of a region in one edition, largest first.
struct RegionHospitals
{
    QString regionCode;
    QString regionName;
    std::optional<Edition> edition; // empty when no edition lists a facility of the region
    QVector<HospitalRow> rows;
    QMap<QString, qint64> functionTotals; // function key → beds of all listed facilities
    qint64 totalBeds = 0;
    qint64 totalWithClosed = 0;
    int hospitalCount = 0; // 一般病院
    int clinicCount = 0; // 有床診療所

    // The facilities with 休棟中等 beds, most first: the council asks them about unused wards.
    QVector<HospitalRow> withClosedBeds() const;
    // The n facilities holding most beds of a function, for "who holds this function".
    QVector<const HospitalRow *> largestIn(const QString &functionKey, int n) const;
};

} // namespace Koso
