#pragma once

#include "io/Table.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// The share of hospitals and of beds whose policy is done (合意・検証済, or 措置済), for one
// area and one group of hospitals, as MHLW's survey reports it.
struct PolicyRate
{
    QDate asOf;
    QString scope; // prefecture (2 digits) or region (4 digits) code
    QString group; // all, public, quasi_public, private, unknown, reverification
    int hospitalsTotal = 0;
    int hospitalsDone = 0;
    qint64 bedsTotal = 0;
    qint64 bedsDone = 0;

    // Fractions (0.5 for 50 %); none when the group is empty.
    std::optional<double> hospitalShare() const;
    std::optional<double> bedShare() const;
    bool operator==(const PolicyRate &o) const;
};

// Computes rates from the policies as they stood on a date (see PolicyHistory) and keeps
// snapshots at the end of September and March, the dates of MHLW's survey.
//
// Counted: every hospital and clinic of the area that was listed on the date and not merged
// into another. Beds: each facility's newest reported beds, 休棟中等 included.
class PolicyRates
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PolicyRates)

public:
    // The prefecture first, then its regions (only regionCode's when given), each with the
    // groups of PolicyVocabulary::rateGroups(). asOf invalid: now.
    static QVector<PolicyRate> compute(Dataset &dataset, const QString &prefectureCode,
                                       const QDate &asOf = QDate(),
                                       const QString &regionCode = QString());

    // 30 September and 31 March from first to last, both included.
    static QVector<QDate> periodEnds(const QDate &first, const QDate &last);
    // Stores the rates at every period end before today, from the first recorded change on,
    // that has no snapshot yet (all of them when replace). *written: snapshot dates stored.
    static bool takeSnapshots(Dataset &dataset, const QString &prefectureCode, const QDate &today,
                              bool replace, int *written, QString *error);
    // Computes and stores the rates of the prefecture and its regions at each date, replacing
    // what was stored for those dates; the caller holds a transaction (the demo generator).
    static bool writeSnapshots(Dataset &dataset, const QString &prefectureCode,
                               const QVector<QDate> &dates, const QDateTime &takenAt,
                               QString *error);
    // Stored snapshots of one scope (all scopes if empty), oldest first.
    static QVector<PolicyRate> snapshots(Dataset &dataset, const QString &scope = QString());

    // A table for export and the command line: area, group, hospitals and beds.
    static Table toTable(Dataset &dataset, const QVector<PolicyRate> &rates);
    static QString percentText(const std::optional<double> &share);
};

} // namespace Koso
