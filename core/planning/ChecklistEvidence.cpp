#include "planning/ChecklistEvidence.h"

#include "council/CouncilStore.h"
#include "planning/PlanningStore.h"
#include "planning/ProgressEvaluator.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "util/JapaneseDate.h"

#include <QMap>
#include <QSet>

namespace Koso {

QString ChecklistEvidence::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Targets:
        return QStringLiteral("targets");
    case Kind::Progress:
        return QStringLiteral("progress");
    case Kind::Promotion:
        return QStringLiteral("promotion");
    case Kind::Municipalities:
        return QStringLiteral("municipalities");
    }
    return QString();
}

ChecklistEvidence::Kind ChecklistEvidence::kindFromKey(const QString &key)
{
    for (Kind k : { Kind::Targets, Kind::Progress, Kind::Promotion, Kind::Municipalities }) {
        if (kindKey(k) == key)
            return k;
    }
    return Kind::Targets;
}

QString ChecklistEvidence::linkText(Kind kind)
{
    switch (kind) {
    case Kind::Targets:
        return ChecklistEvidenceFinder::tr("Open the targets");
    case Kind::Progress:
        return ChecklistEvidenceFinder::tr("Open the progress verification");
    case Kind::Promotion:
        return ChecklistEvidenceFinder::tr("Open the promotion regions");
    case Kind::Municipalities:
        return ChecklistEvidenceFinder::tr("Open the council meetings");
    }
    return QString();
}

ChecklistEvidenceFinder::ChecklistEvidenceFinder(Dataset &dataset, int fiscalYear,
                                                 const QDate &today)
    : m_dataset(dataset)
    , m_fiscalYear(fiscalYear)
    , m_today(today)
{ }

QVector<ChecklistEvidence::Kind> ChecklistEvidenceFinder::kindsOf(const ChecklistItem &item)
{
    using Kind = ChecklistEvidence::Kind;
    // The words of the duties, as MHLW's notices and the shipped template write them (the
    // official form's wording may differ in detail but names the same records).
    const QString &t = item.text;
    auto has = [&t](const char16_t *word) {
        return t.contains(QStringView(word));
    };
    QVector<Kind> kinds;
    if (has(u"年度目標"))
        kinds << Kind::Targets;
    if (has(u"進捗状況を検証") || has(u"進捗状況の検証") || has(u"説明できない")
        || (has(u"差異") && has(u"要因")))
        kinds << Kind::Progress;
    if (has(u"推進区域") || has(u"重点支援区域"))
        kinds << Kind::Promotion;
    if (has(u"市町村") && has(u"報告"))
        kinds << Kind::Municipalities;
    return kinds;
}

QVector<ChecklistEvidence> ChecklistEvidenceFinder::evidenceFor(const ChecklistItem &item) const
{
    QVector<ChecklistEvidence> result;
    for (const ChecklistEvidence::Kind kind : kindsOf(item))
        result << evidence(kind);
    return result;
}

ChecklistEvidence ChecklistEvidenceFinder::evidence(ChecklistEvidence::Kind kind) const
{
    switch (kind) {
    case ChecklistEvidence::Kind::Targets:
        return targets();
    case ChecklistEvidence::Kind::Progress:
        return progress();
    case ChecklistEvidence::Kind::Promotion:
        return promotion();
    case ChecklistEvidence::Kind::Municipalities:
        return municipalities();
    }
    return {};
}

ChecklistEvidence ChecklistEvidenceFinder::targets() const
{
    ChecklistEvidence e;
    e.kind = ChecklistEvidence::Kind::Targets;
    e.fiscalYear = m_fiscalYear;
    const QString home = m_dataset.homePrefectureCode();
    const QString year = JapaneseDate::fiscalYearLabel(m_fiscalYear);
    const int regions = int(GeographyStore(m_dataset).regions(home).size());
    QVector<AnnualTarget> targets;
    for (const AnnualTarget &t : PlanningStore(m_dataset).targets(m_fiscalYear)) {
        if (t.regionCode.left(2) == home)
            targets << t;
    }
    e.records = int(targets.size());
    if (targets.isEmpty()) {
        e.text = tr("%1: no yearly targets yet").arg(year);
        return e;
    }
    QSet<QString> withTargets;
    int achieved = 0, missed = 0;
    for (const TargetResult &r : ProgressEvaluator(m_dataset, m_today).evaluate(targets)) {
        withTargets.insert(r.target.regionCode);
        achieved += r.status == QLatin1String("achieved");
        missed += r.status == QLatin1String("not_achieved");
    }
    e.text = tr("%1: %2 targets in %3 of %4 regions, %5 achieved, %6 not achieved")
                 .arg(year)
                 .arg(targets.size())
                 .arg(withTargets.size())
                 .arg(regions)
                 .arg(achieved)
                 .arg(missed);
    return e;
}

ChecklistEvidence ChecklistEvidenceFinder::progress() const
{
    ChecklistEvidence e;
    e.kind = ChecklistEvidence::Kind::Progress;
    e.fiscalYear = m_fiscalYear;
    const QString home = m_dataset.homePrefectureCode();
    const QString year = JapaneseDate::fiscalYearLabel(m_fiscalYear);
    PlanningStore store(m_dataset);
    const QVector<Region> regions = GeographyStore(m_dataset).regions(home);
    // Regions whose targets of the year the council verified, and regions whose gaps the
    // planner explained (the judgement that makes a gap "explained").
    QSet<QString> verified;
    for (const AnnualTarget &t : store.targets(m_fiscalYear)) {
        if (t.regionCode.left(2) == home && t.verifiedOn.isValid()) {
            verified.insert(t.regionCode);
            ++e.records;
        }
    }
    int explainedRegions = 0;
    for (const Region &r : regions) {
        const auto explanations = store.explanations(r.code);
        int explained = 0;
        for (const GapExplanation &g : explanations)
            explained += !g.explanation.trimmed().isEmpty();
        if (explained > 0) {
            ++explainedRegions;
            e.records += explained;
            if (e.regionCode.isEmpty())
                e.regionCode = r.code;
        }
    }
    for (const Region &r : regions) {
        if (verified.contains(r.code)) {
            e.regionCode = r.code; // the first verified region comes first
            break;
        }
    }
    if (e.records == 0) {
        e.text = tr("%1: no progress verified by the council and no gap explained yet").arg(year);
        return e;
    }
    e.text = tr("%1: progress verified by the council for %2 of %3 regions; gaps explained in %4 "
                "of %3 regions")
                 .arg(year)
                 .arg(verified.size())
                 .arg(regions.size())
                 .arg(explainedRegions);
    return e;
}

ChecklistEvidence ChecklistEvidenceFinder::promotion() const
{
    ChecklistEvidence e;
    e.kind = ChecklistEvidence::Kind::Promotion;
    e.fiscalYear = m_fiscalYear;
    const QString home = m_dataset.homePrefectureCode();
    PlanningStore store(m_dataset);
    QMap<int, int> byKind; // position in designationKinds() → count
    const QStringList kinds = PlanningVocabulary::designationKinds();
    for (const Designation &d : store.designations()) {
        if (d.regionCode.left(2) != home)
            continue;
        ++byKind[int(kinds.indexOf(d.kind))];
        ++e.records;
        if (e.regionCode.isEmpty())
            e.regionCode = d.regionCode;
    }
    int plans = 0, actions = 0, done = 0, underway = 0;
    for (const PromotionPlan &p : store.plans()) {
        if (p.regionCode.left(2) != home)
            continue;
        // The link opens the first plan (items 22 and 23 ask about the plan and its actions).
        if (plans == 0)
            e.regionCode = p.regionCode;
        ++plans;
        ++e.records;
        for (const PromotionAction &a : store.actions(p.id)) {
            ++actions;
            done += a.status == QLatin1String("done");
            underway += a.status == QLatin1String("in_progress");
        }
    }
    if (e.records == 0) {
        e.text = tr("No region designated and no 推進区域対応方針 yet");
        return e;
    }
    QStringList designated;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        designated << tr("%1 %2")
                          .arg(PlanningVocabulary::designationKindName(kinds.value(it.key())))
                          .arg(it.value());
    QString text = designated.isEmpty() ? tr("No region designated")
                                        : tr("Designated: %1").arg(designated.join(tr(", ")));
    if (plans > 0)
        text += tr("; %1 plans with %2 actions (%3 done, %4 in progress)")
                    .arg(plans)
                    .arg(actions)
                    .arg(done)
                    .arg(underway);
    else
        text += tr("; no 推進区域対応方針 yet");
    e.text = text;
    return e;
}

ChecklistEvidence ChecklistEvidenceFinder::municipalities() const
{
    ChecklistEvidence e;
    e.kind = ChecklistEvidence::Kind::Municipalities;
    e.fiscalYear = m_fiscalYear;
    const QString year = JapaneseDate::fiscalYearLabel(m_fiscalYear);
    int held = 0;
    for (const CouncilMeeting &m : CouncilStore(m_dataset).meetingsOfPrefecture(
             m_dataset.homePrefectureCode(), m_fiscalYear)) {
        if (m.heldOn > m_today)
            continue;
        ++held;
        e.records += m.reportedToMunicipalitiesOn.isValid();
    }
    if (held == 0)
        e.text = tr("%1: no council meeting held yet").arg(year);
    else if (e.records == 0)
        e.text = tr("%1: none of the %2 council meetings reported to the municipalities yet")
                     .arg(year)
                     .arg(held);
    else
        e.text = tr("%1: %2 of %3 council meetings reported to the municipalities")
                     .arg(year)
                     .arg(e.records)
                     .arg(held);
    return e;
}

} // namespace Koso
