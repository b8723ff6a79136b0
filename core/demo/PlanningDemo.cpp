#include "demo/PlanningDemo.h"

#include "council/CouncilStore.h"
#include "demo/PolicyDemo.h"
#include "planning/PlanningStore.h"
#include "planning/ProgressEvaluator.h"
#include "planning/PromotionCandidates.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"

#include <cmath>

namespace Koso {

namespace {

struct Writer
{
    PlanningStore store;
    QString *error;
    bool ok = true;

    qint64 add(const QString &table, const PlanningValues &values, const QDate &on)
    {
        if (!ok)
            return 0;
        const ChangeStamp stamp { QDateTime(on, QTime(10, 0)), PolicyDemo::demoUser() };
        const qint64 id = store.insert(table, values, stamp, error);
        ok = id > 0;
        return id;
    }
};

// The first meeting of a region's councils on or after a date.
qint64 meetingAfter(const QVector<CouncilMeeting> &meetings, const QDate &date)
{
    for (const CouncilMeeting &m : meetings) {
        if (m.heldOn >= date)
            return m.id;
    }
    return 0;
}

} // namespace

bool PlanningDemo::write(Dataset &dataset, QString *error)
{
    const QString home = dataset.homePrefectureCode();
    const QVector<Region> regions = GeographyStore(dataset).regions(home);
    Writer w { PlanningStore(dataset), error };
    CouncilStore councils(dataset);
    const QDate setOn(2024, 5, 20);

    // Targets: first with placeholder values, then set against the actual values the data
    // gives, so that the outcome is the same whatever the figures are.
    int index = 0;
    for (const Region &region : regions) {
        const bool even = index % 2 == 0;
        QVector<AnnualTarget> targets;
        auto target = [&](int fy, const QString &indicator, const QString &function,
                          const QString &direction, const QString &value, const QString &note) {
            AnnualTarget t;
            t.regionCode = region.code;
            t.fiscalYear = fy;
            t.indicator = indicator;
            t.functionKey = function;
            t.direction = direction;
            t.target = value;
            t.note = note;
            t.position = int(targets.size());
            targets << t;
        };
        target(2024, QStringLiteral("beds"), QStringLiteral("Acute"), QStringLiteral("at_most"),
               QStringLiteral("0"), QStringLiteral("急性期病床を必要量の水準へ"));
        target(2024, QStringLiteral("policy_rate_hospitals"), QString(), QStringLiteral("at_least"),
               QStringLiteral("0"), QStringLiteral("対応方針が合意・検証済の医療機関の割合"));
        target(2024, QStringLiteral("meetings"), QString(), QStringLiteral("at_least"),
               QStringLiteral("3"), QStringLiteral("年度内の調整会議の開催"));
        target(2024, QStringLiteral("closed_beds"), QString(), QStringLiteral("at_most"),
               QStringLiteral("0"), QStringLiteral("休棟中の病棟の今後について説明を受ける"));
        target(2024, QStringLiteral("text"), QString(), QString(),
               QStringLiteral("非稼働病棟を有する医療機関から調整会議で今後の方針の説明を受ける"),
               QString());
        target(2025, QStringLiteral("beds"), QStringLiteral("Recovery"), QStringLiteral("at_least"),
               QStringLiteral("0"), QStringLiteral("回復期病床を必要量の水準へ"));
        target(2025, QStringLiteral("policy_rate_beds"), QString(), QStringLiteral("at_least"),
               QStringLiteral("0"), QStringLiteral("対応方針が合意・検証済の病床の割合"));
        target(2025, QStringLiteral("meetings"), QString(), QStringLiteral("at_least"),
               QStringLiteral("4"), QStringLiteral("年度内の調整会議の開催"));

        const auto results = ProgressEvaluator(dataset, QDate(2026, 6, 1)).evaluate(targets);
        for (int i = 0; i < targets.size(); ++i) {
            AnnualTarget &t = targets[i];
            const auto &actual = results.at(i).actual;
            if (t.isText()) {
                t.judgement = even ? QStringLiteral("achieved") : QStringLiteral("not_achieved");
            } else if (t.target == QLatin1String("0")) {
                // Met in even regions, missed by a little in odd ones (alternating by target).
                const bool met = (index + i) % 3 != 1;
                const double a = actual.value_or(100.0);
                double value;
                if (t.indicator.startsWith(QLatin1String("policy_rate"))) {
                    value = met ? std::floor(a / 5.0) * 5.0
                                : std::min(100.0, std::ceil(a / 5.0) * 5.0 + 5.0);
                } else if (t.direction == QLatin1String("at_most")) {
                    value = met ? std::ceil(a * 1.05 / 10.0) * 10.0
                                : std::floor(a * 0.95 / 10.0) * 10.0;
                } else {
                    value = met ? std::floor(a * 0.95 / 10.0) * 10.0
                                : std::ceil(a * 1.05 / 10.0) * 10.0;
                }
                t.target = QString::number(value, 'g', 12);
            }
            if (t.fiscalYear == 2024 && !t.isText()) {
                const bool met = ProgressEvaluator::judge(t.direction, actual, t.targetNumber())
                    == QLatin1String("achieved");
                t.verifiedOn = QDate(2025, 6, 16);
                if (!met) {
                    t.causeAnalysis = QStringLiteral(
                        "2医療機関で予定していた病床機能の転換が、人材不足のため延期となった。");
                    t.response = QStringLiteral(
                        "調整会議で医療機関から聴取し、基金による転換支援を検討する。");
                }
            }
            w.add(QStringLiteral("annual_target"), t.values(), setOn);
        }

        // The PDCA timeline, tied to the region's meetings.
        QVector<CouncilMeeting> meetings;
        for (const Council &c : councils.councilsOfRegion(region.code))
            meetings += councils.meetings(c.id);
        std::sort(
            meetings.begin(), meetings.end(),
            [](const CouncilMeeting &a, const CouncilMeeting &b) { return a.heldOn < b.heldOn; });
        const struct
        {
            const char *phase;
            QDate date;
            QString text;
        } entries[] = {
            { "plan", QDate(2024, 5, 20), QStringLiteral("令和6年度の年度目標を設定") },
            { "do", QDate(2024, 10, 1), QStringLiteral("対応方針に関する医療機関への聞き取り") },
            { "check", QDate(2025, 6, 16), QStringLiteral("令和6年度の進捗を調整会議で検証") },
            { "act", QDate(2025, 7, 1), QStringLiteral("検証結果を踏まえ令和7年度の目標を見直し") },
        };
        for (const auto &e : entries) {
            PdcaEntry entry;
            entry.regionCode = region.code;
            entry.phase = QString::fromLatin1(e.phase);
            entry.date = e.date;
            entry.meetingId = meetingAfter(meetings, e.date);
            entry.text = e.text;
            w.add(QStringLiteral("pdca_entry"), entry.values(), e.date);
        }
        ++index;
    }
    if (!w.ok)
        return false;

    // Designations: the top candidate becomes the 推進区域 with a plan, the second the
    // モデル推進区域, the last an older 重点支援区域.
    const auto candidates = PromotionCandidates::rank(dataset, 0.10);
    if (candidates.size() < 2)
        return true;
    const QString promotion = candidates.at(0).regionCode;
    const QString model = candidates.at(1).regionCode;
    Designation d;
    d.regionCode = promotion;
    d.kind = QStringLiteral("promotion");
    d.designatedOn = QDate(2024, 7, 31);
    d.note = QStringLiteral("基準①②により選定");
    w.add(QStringLiteral("promotion_designation"), d.values(), d.designatedOn);
    d.regionCode = model;
    d.kind = QStringLiteral("model_promotion");
    d.designatedOn = QDate(2024, 8, 30);
    d.note = QStringLiteral("厚生労働省によるアウトリーチ支援の対象");
    w.add(QStringLiteral("promotion_designation"), d.values(), d.designatedOn);
    if (candidates.size() > 2) {
        d.regionCode = candidates.last().regionCode;
        d.kind = QStringLiteral("priority_support");
        d.designatedOn = QDate(2021, 1, 22);
        d.note = QStringLiteral("公立2病院の統合に向けた支援");
        w.add(QStringLiteral("promotion_designation"), d.values(), d.designatedOn);
    }
    w.add(QStringLiteral("promotion_issue"),
          { { QStringLiteral("region_code"), model },
            { QStringLiteral("issues"), QStringLiteral("夜間救急を担う医師が少ない") } },
          QDate(2024, 7, 1));
    w.add(QStringLiteral("gap_explanation"),
          { { QStringLiteral("region_code"), promotion },
            { QStringLiteral("function_key"), QStringLiteral("Acute") },
            { QStringLiteral("explanation"),
              QStringLiteral("急性期として報告している病棟の一部が、回復期の患者（ポストアキュート"
                             "）を受け入れている。") } },
          QDate(2024, 7, 1));

    PromotionPlan plan;
    plan.regionCode = promotion;
    plan.issues = QStringLiteral("急性期病床が必要量を上回る一方、回復期病床が不足している。救急患"
                                 "者が2病院に集中し、医師も不足している。");
    plan.direction
        = QStringLiteral("医療機関の合意のもと急性期病床を回復期病床へ転換する。中核病院間で救急医"
                         "療の役割を分担する。転換を地域医療介護総合確保基金で支援する。");
    plan.draftedOn = QDate(2025, 2, 28);
    const qint64 planId = w.add(QStringLiteral("promotion_plan"), plan.values(), plan.draftedOn);

    // Hospitals of the region, largest first by id order of the store.
    QVector<qint64> hospitals;
    const auto policies = PolicyStore(dataset).policies(promotion);
    for (const Hospital &h : HospitalStore(dataset).hospitals(promotion)) {
        if (h.kind == HospitalKind::Hospital && !policies.value(h.id).mergedInto)
            hospitals << h.id;
    }
    std::sort(hospitals.begin(), hospitals.end());
    const struct
    {
        QString title;
        const char *actor;
        int hospitals;
        int due;
        const char *status;
    } actions[] = {
        { QStringLiteral("急性期病棟の回復期病棟への転換"), "hospital", 2, 2025, "in_progress" },
        { QStringLiteral("中核病院間の救急医療の役割分担"), "hospital", 2, 2025, "not_started" },
        { QStringLiteral("地域医療介護総合確保基金による転換支援"), "prefecture", 0, 2025, "done" },
        { QStringLiteral("地方銀行と共催する民間病院向け勉強会"), "prefecture", 0, 2024, "done" },
        { QStringLiteral("市町村による在宅医療の支援"), "municipality", 0, 2026, "postponed" },
    };
    int position = 0;
    int offset = 0;
    for (const auto &a : actions) {
        PromotionAction action;
        action.planId = planId;
        action.position = position++;
        action.title = a.title;
        action.actor = QString::fromLatin1(a.actor);
        for (int i = 0; i < a.hospitals && offset < hospitals.size(); ++i)
            action.hospitalIds << hospitals.at(offset++);
        action.dueFiscalYear = a.due;
        action.status = QString::fromLatin1(a.status);
        const qint64 actionId
            = w.add(QStringLiteral("promotion_action"), action.values(), plan.draftedOn);
        if (action.status != QLatin1String("not_started")) {
            PromotionNote note;
            note.actionId = actionId;
            note.notedOn = QDate(2025, 6, 16);
            note.text = action.status == QLatin1String("done")
                ? QStringLiteral("予定どおり実施した。")
                : action.status == QLatin1String("postponed")
                ? QStringLiteral("市町村の要望により令和8年度に延期した。")
                : QStringLiteral("1病棟を転換済み。2病棟目は準備中。");
            w.add(QStringLiteral("promotion_note"), note.values(), note.notedOn);
        }
    }
    return w.ok;
}

} // namespace Koso
