// Benchmarks of the gap analysis and its exports on a national-size dataset (339 regions):
// the gap table of every region, one 1920×1080 PNG chart, and the PDF report of a prefecture
// with 13 regions (東京都). Prints the figures; targets: 50 ms, 300 ms, 3 s.
//
// The dataset comes from the reference tables (KOSO_REFERENCE_DATA_DIR) when they are on the
// machine, else it is generated here through the stores with the same shape.

#include "analysisfixture.h"

#include "ChartExporter.h"
#include "ChartFactory.h"
#include "RegionReportBuilder.h"
#include "analysis/GapAnalysis.h"
#include "analysis/GapTables.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Koso;

namespace {

// 339 regions over 47 prefectures, 東京都 with 13, with 2015 and 2018–2024 reports.
bool generate(Dataset &dataset, const QString &path, QString *error)
{
    if (!dataset.create(path, QStringLiteral("13"), error))
        return false;
    Transaction tx(dataset.database());
    GeographyStore geography(dataset);
    FigureStore figures(dataset);
    const int edition = figures.ensureEdition(QStringLiteral("令和6年度"), 2024, error);
    const QStringList keys { QStringLiteral("HighAcute"), QStringLiteral("Acute"),
                             QStringLiteral("Recovery"), QStringLiteral("Chronic") };
    int made = 0;
    for (int p = 1; p <= 47; ++p) {
        const int count = p == 13 ? 13 : (p == 47 ? 339 - made : 7);
        for (int r = 1; r <= count && made < 339; ++r, ++made) {
            Region region { QStringLiteral("%1%2")
                                .arg(p, 2, 10, QLatin1Char('0'))
                                .arg(r, 2, 10, QLatin1Char('0')),
                            QStringLiteral("%1").arg(p, 2, 10, QLatin1Char('0')),
                            QStringLiteral("区域%1-%2").arg(p).arg(r), 100000 + made * 997, 500.0 };
            if (!geography.upsertRegion(region, error))
                return false;
            for (int k = 0; k < keys.size(); ++k) {
                auto put = [&](Measure m, int year, qint64 beds) {
                    BedFigure f { region.code, m, year, keys.at(k), BedValue::of(beds), edition };
                    return figures.putBed(FigureStore::Area::Region, f, error);
                };
                const qint64 base = 200 + (made * 37 + k * 101) % 900;
                for (int year : { 2015, 2018, 2019, 2020, 2021, 2022, 2023, 2024 }) {
                    if (!put(Measure::Reported, year, base + (year - 2015) * (k - 1) * 3))
                        return false;
                }
                if (!put(Measure::Planned, 2025, base + 10)
                    || !put(Measure::Required, 2025, base * 9 / 10))
                    return false;
            }
        }
    }
    return tx.commit();
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double timeIt(int runs, const std::function<void()> &work)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Dataset dataset;
    QString error;
    const QString path = dir.filePath(QStringLiteral("national.koso"));
    const QString reference = QStringLiteral(KOSO_REFERENCE_DATA_DIR);
    // KOSO_BENCH_GENERATE=1 uses the generated dataset even where the reference tables are.
    const bool fromReference = !qEnvironmentVariableIsSet("KOSO_BENCH_GENERATE")
        && QFileInfo::exists(reference + QStringLiteral("/koso_kuiki_beds.csv"));
    const bool built = fromReference ? AnalysisFixture::buildFromReference(
                           dataset, path, reference, QStringLiteral("13"), &error)
                                     : generate(dataset, path, &error);
    if (!built) {
        std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(error));
        return 1;
    }
    const int regionCount = int(GeographyStore(dataset).regions().size());
    std::printf("Dataset: %d regions (%s)\n", regionCount,
                fromReference ? "reference tables" : "generated");

    // 1. The gap table of every region: analysis, ranking and the export table.
    int rows = 0;
    const double table = timeIt(9, [&] {
        GapAnalysis analysis(dataset);
        const QVector<AreaGap> all = analysis.regions();
        const Table t
            = GapTables::prefectureGap(all, nullptr, nullptr, GapTables::Header::Machine, {});
        rows = int(t.rows.size());
    });
    std::printf("Gap table of %d regions: %.1f ms (target 50 ms)\n", rows, table);

    // 2. One 1920×1080 PNG: build the chart and write the file.
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const double chart = timeIt(7, [&] {
        auto c = ChartFactory::build(dataset, ChartFactory::Kind::RegionTrend,
                                     QStringLiteral("1301"), 0.10, &error);
        if (!c || !ChartExporter::exportChart(c->chart.get(), c->caption, png, {}, &error))
            std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(error));
    });
    std::printf("One 1920x1080 PNG export: %.1f ms (target 300 ms), %lld bytes\n", chart,
                QFileInfo(png).size());

    // 3. The PDF report of 東京都 (13 regions, one page each).
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    int pages = 0;
    const double report = timeIt(3, [&] {
        if (!RegionReportBuilder::writePdf(dataset, QStringLiteral("13"), 0.10, pdf, &pages,
                                           &error))
            std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(error));
    });
    std::printf("PDF report of %d regions: %.0f ms (target 3000 ms), %lld bytes\n", pages, report,
                QFileInfo(pdf).size());
    const bool ok = table < 50 && chart < 300 && report < 3000;
    std::printf("%s\n", ok ? "All targets met." : "A target was missed.");
    return ok ? 0 : 2;
}
