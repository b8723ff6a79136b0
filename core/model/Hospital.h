#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Koso {

enum class HospitalKind { Hospital, Clinic }; // 一般病院, 有床診療所
enum class OwnerGroup { Unknown, Public, QuasiPublic, Private }; // 公立, 公的等, 民間

QString hospitalKindKey(HospitalKind kind);
HospitalKind hospitalKindFromKey(const QString &key);
QString ownerGroupKey(OwnerGroup group); // empty for Unknown
OwnerGroup ownerGroupFromKey(const QString &key);

// A facility: MHLW gives no code, so it is known by region + normalised name + municipality.
struct Hospital
{
    qint64 id = 0;
    QString regionCode;
    QString name;
    QString municipality;
    HospitalKind kind = HospitalKind::Hospital;
    OwnerGroup ownerGroup = OwnerGroup::Unknown;
    std::optional<qint64> mergedInto;
    bool addedByHand = false;
    QString note;

    // NFKC, white space removed: the key that matches a facility across editions.
    static QString nameKey(const QString &name);
};

// A facility's figures in one edition. Beds are keyed by function key (incl. Closed);
// metrics (doctors_fulltime, ambulance, …) hold a value or, where masked, no entry
// and the reason in maskedMetrics.
struct HospitalFigures
{
    qint64 hospitalId = 0;
    int editionId = 0;
    std::optional<int> rank;
    QStringList
        roles; // special regional_support tertiary_emergency secondary_emergency home_care_support
    QMap<QString, qint64> beds;
    QMap<QString, double> metrics;
    QMap<QString, QString> maskedMetrics;
    // Listed without any figures, with MHLW's reason (「未報告」): beds and metrics are empty.
    QString missingReason;

    qint64 totalBeds() const; // the four functions, 休棟中等 excluded
};

} // namespace Koso
