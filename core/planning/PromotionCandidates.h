#pragma once

#include "planning/PlanningRecords.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace Koso {

class Dataset;

// One region of the home prefecture judged by MHLW's criteria for 推進区域 (WG 2024-07-10):
// ① total reported beds against the required beds, ② the same by function, ③ 再検証対象
// hospitals whose policy is not yet 合意・検証済, ④ other issues in the planner's words.
struct PromotionCandidate
{
    QString regionCode;
    QString regionName;
    int latestYear = 0;
    std::optional<qint64> latestTotal;
    std::optional<qint64> requiredTotal;
    std::optional<double> totalGapRatio; // latest total ÷ required total − 1
    QMap<QString, double> functionGapRatios; // functions whose required beds are not 0
    int reverificationOpen = 0;
    QString otherIssues;
    bool criterion1 = false, criterion2 = false, criterion3 = false, criterion4 = false;
    int score = 0; // criteria met
    int rank = 0;
    QStringList designations; // kinds held now

    // Why the region ranks where it does, one line per criterion met (user's language).
    QStringList reasons(double threshold) const;
};

// Ranks the regions of the home prefecture: more criteria met first, then the larger total gap,
// then more open re-verifications. The planner decides; this only ranks and shows why.
class PromotionCandidates
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PromotionCandidates)

public:
    static QVector<PromotionCandidate> rank(Dataset &dataset, double threshold = 0.10);
};

} // namespace Koso
