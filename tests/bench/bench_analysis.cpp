// Benchmarks of the gap analysis and its exports on a national-size dataset (339 regions):
// the gap table of every region, one 1920×1080 PNG chart, and the PDF report of a prefecture
// with 13 regions (東京都). Prints the figures; targets: 50 ms, 300 ms, 3 s.
//
// The dataset comes from the reference tables (KOSO_REFERENCE_DATA_DIR: MHLW's R6 figures of
// every region) when they are on the machine, else from the national demo dataset.

#include "analysisfixture.h"

#include "charts/ChartExporter.h"
#include "charts/ChartFactory.h"
#include "charts/RegionReportBuilder.h"
#include "analysis/GapAnalysis.h"
#include "analysis/GapTables.h"
#include "demo/DemoGenerator.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Koso;

namespace {

// The machine is shared: the figures mean more next to its load.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
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
    // KOSO_BENCH_GENERATE=1 uses the national demo dataset even where the reference tables are.
    const bool fromReference = !qEnvironmentVariableIsSet("KOSO_BENCH_GENERATE")
        && QFileInfo::exists(reference + QStringLiteral("/koso_kuiki_beds.csv"));
    const bool built = fromReference
        ? AnalysisFixture::buildFromReference(dataset, path, reference, QStringLiteral("13"),
                                              &error)
        : (DemoGenerator(DemoGenerator::Variant::National).write(path, &error)
           && dataset.open(path, &error));
    if (!built) {
        std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(error));
        return 1;
    }
    const int regionCount = int(GeographyStore(dataset).regions().size());
    std::printf("Dataset: %d regions (%s)\n", regionCount,
                fromReference ? "reference tables" : "national demo dataset");

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
    const double reading = timeIt(5, [&] {
        FigureStore figures(dataset);
        figures.regionBedsByPrefecture(QString());
        figures.regionReportingRatesByPrefecture(QString());
    });
    std::printf("  of which reading the figures: %.1f ms\n", reading);
    std::printf("  (load average %s)\n", qPrintable(loadAverage()));

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

    // 3. The PDF report of a prefecture with 13 regions (東京都 in MHLW's data), one page each;
    // the one with most regions where none has 13.
    QHash<QString, int> regionsPerPrefecture;
    for (const Region &r : GeographyStore(dataset).regions())
        ++regionsPerPrefecture[r.prefectureCode];
    QString prefecture = QStringLiteral("13");
    if (regionsPerPrefecture.value(prefecture) != 13) {
        for (auto it = regionsPerPrefecture.cbegin(); it != regionsPerPrefecture.cend(); ++it) {
            if (it.value() > regionsPerPrefecture.value(prefecture))
                prefecture = it.key();
        }
    }
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    int pages = 0;
    const double report = timeIt(3, [&] {
        if (!RegionReportBuilder::writePdf(dataset, prefecture, 0.10, pdf, &pages, &error))
            std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(error));
    });
    std::printf("PDF report of prefecture %s, %d regions: %.0f ms (target 3000 ms), %lld bytes\n",
                qPrintable(prefecture), pages, report, QFileInfo(pdf).size());
    const bool ok = table < 50 && chart < 300 && report < 3000;
    std::printf("%s\n", ok ? "All targets met." : "A target was missed.");
    return ok ? 0 : 2;
}
