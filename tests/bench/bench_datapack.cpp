// The data pack of Hokkaido (21 regions, real MHLW data) must be written in < 5 s.
// Builds the dataset through the CLI (koso new --prefecture 01, koso import the R6 workbooks),
// then times DataPack::write in this process and `koso datapack` end to end, and prints both.

#include "charts/DataPack.h"
#include "storage/Dataset.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Koso;

static bool run(const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(KOSO_CLI_PATH), arguments);
    return p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QDir data(QStringLiteral(KOSO_MHLW_DATA_DIR));
    const QStringList workbooks = data.entryList({ QStringLiteral("r6-*.xlsx") });
    if (workbooks.isEmpty()) {
        std::fprintf(stderr, "bench_datapack: no r6-*.xlsx in %s\n", KOSO_MHLW_DATA_DIR);
        return 1;
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hokkaido.koso"));
    QStringList import { QStringLiteral("import"), QStringLiteral("--db"), db };
    for (const QString &w : workbooks)
        import << data.filePath(w);
    import << QStringLiteral("--edition") << QStringLiteral("令和6年度");
    if (!run({ QStringLiteral("new"), QStringLiteral("--out"), db, QStringLiteral("--prefecture"),
               QStringLiteral("01") })
        || !run(import)) {
        std::fprintf(stderr, "bench_datapack: could not build the Hokkaido dataset\n");
        return 1;
    }

    double best = 1e9;
    double bestCpu = 1e9; // processor time of all threads: what the pack costs on an idle PC
    int pages = 0;
    int pngs = 0;
    for (int i = 0; i < 3; ++i) {
        Dataset dataset;
        QString error;
        if (!dataset.open(db, &error)) {
            std::fprintf(stderr, "bench_datapack: %s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        DataPack::Result result;
        if (!DataPack::write(dataset, DataPack::Options(),
                             dir.filePath(QStringLiteral("pack%1").arg(i)), &result, &error)) {
            std::fprintf(stderr, "bench_datapack: %s\n", qPrintable(error));
            return 1;
        }
        best = qMin(best, timer.elapsed() / 1000.0);
        bestCpu = qMin(bestCpu, double(std::clock() - cpu) / CLOCKS_PER_SEC);
        pages = result.pages;
        pngs = int(result.pngPaths.size());
    }
    std::printf("data pack of Hokkaido (21 regions): %d PDF pages + %d PNGs (1920x1080), best of "
                "3 in process: %.2f s wall (limit 5 s), %.2f s of processor time\n",
                pages, pngs, best, bestCpu);

    QElapsedTimer timer;
    timer.start();
    if (!run({ QStringLiteral("datapack"), QStringLiteral("--db"), db, QStringLiteral("--out"),
               dir.filePath(QStringLiteral("cli")) }))
        return 1;
    const double cli = timer.elapsed() / 1000.0;
    std::printf("koso datapack end to end (process start included): %.2f s\n", cli);
    return best < 5.0 && cli < 5.0 ? 0 : 2;
}
