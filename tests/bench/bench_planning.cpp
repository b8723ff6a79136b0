// Times the planning cycle on the national demo (339 regions, about 8,000 facilities) with four
// targets in every region: progress of a fiscal year, the candidate ranking of the home
// prefecture (東京, 13 regions) and a 推進区域対応方針 as PDF. Prints figures; not a test.
// Goals (issue 13): progress < 100 ms, ranking < 100 ms, the document < 1 s.

#include "demo/DemoGenerator.h"
#include "planning/PlanningDocuments.h"
#include "planning/PlanningStore.h"
#include "planning/ProgressEvaluator.h"
#include "planning/PromotionCandidates.h"
#include "policy/HospitalOverview.h"
#include "policy/PolicyRates.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Koso;

namespace {

void report(const char *what, qint64 ms)
{
    std::printf("%-56s %7lld ms\n", what, static_cast<long long>(ms));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    qputenv("KOSO_USER", "bench");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("national.koso"));
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!DemoGenerator(DemoGenerator::Variant::National).write(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    report("national demo written", timer.elapsed());
    Dataset ds;
    if (!ds.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QVector<Region> regions = GeographyStore(ds).regions();
    {
        Transaction tx(ds.database());
        PlanningStore store(ds);
        const ChangeStamp stamp = ChangeStamp::now();
        for (const Region &r : regions) {
            for (int fy : { 2024, 2025 }) {
                auto add = [&](const QString &indicator, const QString &function,
                               const QString &direction, const QString &target) {
                    AnnualTarget t;
                    t.regionCode = r.code;
                    t.fiscalYear = fy;
                    t.indicator = indicator;
                    t.functionKey = function;
                    t.direction = direction;
                    t.target = target;
                    if (store.insert(QStringLiteral("annual_target"), t.values(), stamp, &error)
                        == 0)
                        std::fprintf(stderr, "%s\n", qPrintable(error));
                };
                add(QStringLiteral("beds"), QStringLiteral("Acute"), QStringLiteral("at_most"),
                    QStringLiteral("1000"));
                add(QStringLiteral("policy_rate_hospitals"), QString(), QStringLiteral("at_least"),
                    QStringLiteral("80"));
                add(QStringLiteral("meetings"), QString(), QStringLiteral("at_least"),
                    QStringLiteral("3"));
                add(QStringLiteral("text"), QString(), QString(), QStringLiteral("説明を受ける"));
            }
        }
        tx.commit();
    }
    std::printf("%lld regions, %lld targets\n", static_cast<long long>(regions.size()),
                static_cast<long long>(PlanningStore(ds).targets().size()));

    // Five runs of the whole nation's progress; the median is the figure (the first run reads
    // the file cold).
    {
        QVector<qint64> times;
        qsizetype count = 0;
        const int runs = qMax(5, qEnvironmentVariableIntValue("KOSO_BENCH_RUNS"));
        for (int run = 0; run < runs; ++run) {
            timer.restart();
            count = ProgressEvaluator(ds).evaluate(2024).size();
            times << timer.elapsed();
        }
        std::sort(times.begin(), times.end());
        report("progress FY2024, every region (median of 5)", times.at(times.size() / 2));
        std::printf("  %lld results; runs from %lld to %lld ms\n", static_cast<long long>(count),
                    static_cast<long long>(times.first()), static_cast<long long>(times.last()));
    }
    // What a fiscal year's progress reads, part by part: the policy rates (the policies as of
    // the year's end and each hospital's newest beds, one query each) and the reported beds.
    timer.restart();
    const auto allRates = PolicyRates::compute(ds, QString(), QDate(2025, 3, 31));
    report("  of which: policy rates of every region as of 2025-03-31", timer.elapsed());
    timer.restart();
    const auto policies = PolicyStore(ds).policiesAsOf(QString(), QDate(2025, 3, 31));
    report("    policies of every hospital as of 2025-03-31", timer.elapsed());
    timer.restart();
    const auto beds = HospitalOverview::latestBedsIncludingClosed(ds, QString());
    report("    newest beds of every hospital (one query)", timer.elapsed());
    timer.restart();
    const auto figures = HospitalOverview::latestFigures(ds, QString());
    report("    (newest figures of every hospital, as read before)", timer.elapsed());
    timer.restart();
    const auto allFigures = FigureStore(ds).regionBedsByPrefecture(QString());
    report("  bed figures of every region (all measures and years)", timer.elapsed());
    QVector<AnnualTarget> homeTargets;
    for (const AnnualTarget &t : PlanningStore(ds).targets(2024)) {
        if (t.regionCode.startsWith(ds.homePrefectureCode()))
            homeTargets << t;
    }
    timer.restart();
    ProgressEvaluator(ds).evaluate(homeTargets);
    report("progress FY2024, the home prefecture's regions", timer.elapsed());
    std::printf("  %lld targets\n", static_cast<long long>(homeTargets.size()));
    timer.restart();
    const auto home = ProgressEvaluator(ds).evaluate(2024, regions.first().code);
    report("progress FY2024, one region", timer.elapsed());

    for (int run = 0; run < 2; ++run) {
        timer.restart();
        const auto candidates = PromotionCandidates::rank(ds);
        report(run == 0 ? "candidate ranking (first)" : "candidate ranking (again)",
               timer.elapsed());
        if (run == 0)
            std::printf("  %lld candidates\n", static_cast<long long>(candidates.size()));
    }

    QString region;
    for (const PromotionPlan &p : PlanningStore(ds).plans())
        region = p.regionCode;
    if (region.isEmpty()) {
        std::fprintf(stderr, "the demo holds no promotion plan\n");
        return 1;
    }
    timer.restart();
    const auto document = PlanningDocuments::promotionPlan(ds, region, QDate(2025, 3, 31), &error);
    if (!document || !document->writePdf(dir.filePath(QStringLiteral("plan.pdf")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    report("推進区域対応方針 as PDF", timer.elapsed());
    timer.restart();
    PlanningDocuments::write(dir.filePath(QStringLiteral("plan.xlsx")), nullptr,
                             PlanningDocuments::promotionPlanSheets(ds, region, &error), &error);
    report("推進区域対応方針 as .xlsx", timer.elapsed());
    return 0;
}
