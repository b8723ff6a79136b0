#include "planning/PromotionCandidates.h"

#include "analysis/GapAnalysis.h"
#include "planning/PlanningStore.h"
#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Koso {

QStringList PromotionCandidate::reasons(double threshold) const
{
    const QLocale locale;
    auto percent = [&](double ratio) {
        return PromotionCandidates::tr("%1%2%").arg(ratio >= 0 ? QStringLiteral("+") : QString(),
                                                    locale.toString(ratio * 100.0, 'f', 1));
    };
    QStringList lines;
    if (criterion1 && totalGapRatio) {
        lines << PromotionCandidates::tr("① Total reported beds (%1, %2) are %3 against the "
                                         "required %4 (threshold ±%5%)")
                     .arg(locale.toString(latestTotal.value_or(0)))
                     .arg(latestYear)
                     .arg(percent(*totalGapRatio))
                     .arg(locale.toString(requiredTotal.value_or(0)))
                     .arg(qRound(threshold * 100));
    }
    if (criterion2) {
        QStringList parts;
        for (auto it = functionGapRatios.cbegin(); it != functionGapRatios.cend(); ++it) {
            if (std::abs(it.value()) > threshold)
                parts << QStringLiteral("%1 %2").arg(PlanningVocabulary::functionName(it.key()),
                                                     percent(it.value()));
        }
        lines << PromotionCandidates::tr("② By function: %1")
                     .arg(parts.join(PromotionCandidates::tr(", ")));
    }
    if (criterion3)
        lines << PromotionCandidates::tr("③ %n re-verification hospital(s) not yet agreed and "
                                         "verified",
                                         nullptr, reverificationOpen);
    if (criterion4)
        lines << PromotionCandidates::tr("④ %1").arg(otherIssues);
    if (lines.isEmpty())
        lines << PromotionCandidates::tr("No criterion met");
    return lines;
}

QVector<PromotionCandidate> PromotionCandidates::rank(Dataset &dataset, double threshold)
{
    const QString home = dataset.homePrefectureCode();
    GapAnalysis::Options options;
    options.threshold = threshold;
    const QVector<AreaGap> gaps = GapAnalysis(dataset, options).regions(home);

    QHash<QString, int> open;
    SqlQuery q(dataset.database(),
               QStringLiteral("SELECT h.region_code, count(*) FROM hospital h "
                              "JOIN response_policy p ON p.hospital_id = h.id "
                              "JOIN region r ON r.code = h.region_code "
                              "WHERE r.prefecture_code = ? AND p.reverification_target = 1 "
                              "AND h.merged_into IS NULL "
                              "AND p.status NOT IN ('agreed_verified', 'implemented') "
                              "GROUP BY h.region_code"));
    if (q.exec({ home })) {
        while (q.next())
            open.insert(q.value(0).toString(), q.value(1).toInt());
    }
    PlanningStore store(dataset);
    const QHash<QString, QString> issues = store.otherIssues();
    QHash<QString, QStringList> designations;
    for (const Designation &d : store.designations())
        designations[d.regionCode] << d.kind;

    QVector<PromotionCandidate> result;
    result.reserve(gaps.size());
    for (const AreaGap &gap : gaps) {
        PromotionCandidate c;
        c.regionCode = gap.code;
        c.regionName = gap.name;
        c.latestYear = gap.total.latestYear;
        c.latestTotal = gap.total.latest.beds;
        c.requiredTotal = gap.total.required.beds;
        if (c.latestTotal && c.requiredTotal && *c.requiredTotal > 0)
            c.totalGapRatio = double(*c.latestTotal) / double(*c.requiredTotal) - 1.0;
        for (const FunctionGap &f : gap.functions) {
            if (!f.countsInTotal || !f.latest.hasValue() || !f.required.hasValue()
                || *f.required.beds == 0)
                continue;
            c.functionGapRatios.insert(f.functionKey,
                                       double(*f.latest.beds) / double(*f.required.beds) - 1.0);
        }
        c.reverificationOpen = open.value(gap.code);
        c.otherIssues = issues.value(gap.code).trimmed();
        c.criterion1 = c.totalGapRatio && std::abs(*c.totalGapRatio) > threshold;
        c.criterion2 = std::any_of(c.functionGapRatios.cbegin(), c.functionGapRatios.cend(),
                                   [&](double r) { return std::abs(r) > threshold; });
        c.criterion3 = c.reverificationOpen > 0;
        c.criterion4 = !c.otherIssues.isEmpty();
        c.score = int(c.criterion1) + int(c.criterion2) + int(c.criterion3) + int(c.criterion4);
        c.designations = designations.value(gap.code);
        result << c;
    }
    std::sort(result.begin(), result.end(),
              [](const PromotionCandidate &a, const PromotionCandidate &b) {
                  if (a.score != b.score)
                      return a.score > b.score;
                  const double ga = a.totalGapRatio ? std::abs(*a.totalGapRatio) : -1.0;
                  const double gb = b.totalGapRatio ? std::abs(*b.totalGapRatio) : -1.0;
                  if (ga != gb)
                      return ga > gb;
                  if (a.reverificationOpen != b.reverificationOpen)
                      return a.reverificationOpen > b.reverificationOpen;
                  return a.regionCode < b.regionCode;
              });
    for (int i = 0; i < result.size(); ++i)
        result[i].rank = i + 1;
    return result;
}

} // namespace Koso
