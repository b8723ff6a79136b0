#pragma once

#include "model/BedFigure.h"
#include "planning/PlanningRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

namespace Koso {

class Dataset;

// A target with the actual value the data holds, its verdict and where the value came from.
struct TargetResult
{
    AnnualTarget target;
    std::optional<double> actual; // rates in %; none where the data does not hold it
    QString status; // achieved, not_achieved, not_evaluated
    QString source; // where the actual came from, or why there is none
};

// Verifies the yearly targets of a fiscal year against the data:
// - beds / closed_beds: the reported figure of year FY (FY2024 → the 2024 report) from the
//   newest edition that holds it; Total is the sum of the four functions;
// - policy_rate_hospitals / policy_rate_beds: the region's rate (all hospitals) as of the end
//   of the fiscal year (PolicyRates), in %;
// - meetings: the meetings of the region's councils held in the fiscal year;
// - text: the planner's judgement.
// A year not over yet (rates, meetings) shows the value so far and stays not_evaluated.
class ProgressEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ProgressEvaluator)

public:
    explicit ProgressEvaluator(Dataset &dataset, const QDate &today = QDate::currentDate());

    QVector<TargetResult> evaluate(int fiscalYear, const QString &regionCode = QString()) const;
    QVector<TargetResult> evaluate(const QVector<AnnualTarget> &targets) const;

    // achieved / not_achieved by the direction, not_evaluated without an actual or target.
    static QString judge(const QString &direction, const std::optional<double> &actual,
                         const std::optional<double> &target);

private:
    // Reported beds of the given years of every region (of one prefecture when given).
    QHash<QString, QVector<BedFigure>> reportedBeds(const QSet<int> &years,
                                                    const QString &prefecture) const;
    // Meetings held by the regions' councils in the fiscal year up to today, by region.
    QHash<QString, int> meetingsHeld(int fiscalYear, const QSet<QString> &prefectures) const;

    Dataset &m_dataset;
    QDate m_today;
};

} // namespace Koso
