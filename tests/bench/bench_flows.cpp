// Imports MHLW's flow workbook (④ 流入率・流出率) and the demand estimates into new datasets
// and prints the time (best of N runs; wall and CPU), then the time of the tidy exports.
// Target: importing both under 1 s. Usage: bench_flows [folder with the workbooks] [runs]

#include "flows/FlowTables.h"
#include "mhlw/ImportSession.h"
#include "storage/Dataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Koso;

namespace {

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QDir dir(args.size() > 1 ? args.at(1) : QStringLiteral(KOSO_MHLW_DATA_DIR));
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    const QStringList files = { dir.filePath(QStringLiteral("r7-flow-rates.xlsx")),
                                dir.filePath(QStringLiteral("r7-demand-forecast.xlsx")) };
    QTemporaryDir tmp;
    double bestWall = 1e9;
    double bestCpu = 1e9;
    for (int run = 0; run < runs; ++run) {
        Dataset dataset;
        QString error;
        if (!dataset.create(tmp.filePath(QStringLiteral("bench-%1.koso").arg(run)),
                            QStringLiteral("01"), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        ImportSession session(dataset);
        session.setEdition(QStringLiteral("令和7年度"));
        ImportSummary summary;
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        if (!session.run(files, &summary, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        bestWall = std::min(bestWall, timer.nsecsElapsed() / 1e9);
        bestCpu = std::min(bestCpu, cpuSeconds() - cpu0);
        if (run == runs - 1) {
            timer.restart();
            const Table flows = FlowTables::flows(dataset);
            const Table demand = FlowTables::demand(dataset);
            std::printf("export: %lld flow rows and %lld demand rows in %.1f ms\n",
                        qint64(flows.rows.size()), qint64(demand.rows.size()),
                        timer.nsecsElapsed() / 1e6);
        }
    }
    std::printf("import of both workbooks: %.3f s wall, %.3f s CPU (best of %d; target < 1 s)\n",
                bestWall, bestCpu, runs);
    return 0;
}
