// Imports MHLW's three 令和6年度 workbooks into new datasets and prints how long it takes,
// against the time `unzip -p` takes to inflate the same files, the peak memory, and how soon
// a cancel takes effect. Usage: bench_import [folder with the workbooks] [runs] [--no-cancel]

#include "mhlw/ImportSession.h"
#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Koso;

namespace {

const char *const workbooks[] = {
    "r6-betten4-3-region-beds.xlsx",
    "r6-betten4-2-prefecture-beds.xlsx",
    "r6-betten5-2-region-hospitals.xlsx",
};

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double unzipSeconds(const QStringList &files)
{
    QElapsedTimer t;
    t.start();
    for (const QString &f : files) {
        QProcess unzip;
        unzip.setStandardOutputFile(QProcess::nullDevice());
        unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), f });
        if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0) {
            std::fprintf(stderr, "unzip -p %s failed\n", qPrintable(f));
            return -1;
        }
    }
    return double(t.nsecsElapsed()) / 1e9;
}

bool importOnce(const QString &folder, const QStringList &files, double *seconds, double *cpu,
                QString *error)
{
    Dataset dataset;
    if (!dataset.create(QDir(folder).filePath(QStringLiteral("bench.koso")), QStringLiteral("01"),
                        error))
        return false;
    ImportSession session(dataset);
    session.setEdition(QStringLiteral("令和6年度"));
    ImportSummary summary;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer t;
    t.start();
    const bool ok = session.run(files, &summary, error);
    *seconds = double(t.nsecsElapsed()) / 1e9;
    *cpu = cpuSeconds() - cpuBefore;
    return ok;
}

// Starts an import on a thread, cancels it after delayMs and returns how long run() took to
// return after the cancel (seconds), or a negative number when the import finished first.
double cancelLatency(const QString &folder, const QStringList &files, int delayMs, bool *unchanged)
{
    Dataset dataset;
    QString error;
    if (!dataset.create(QDir(folder).filePath(QStringLiteral("cancel-%1.koso").arg(delayMs)),
                        QStringLiteral("01"), &error))
        return -1;
    const QString path = dataset.path();
    dataset.close();
    ImportSession *session = nullptr;
    bool finished = false;
    bool ok = false;
    QElapsedTimer sinceCancel;
    qint64 returnedAt = 0;
    std::unique_ptr<QThread> worker(QThread::create([&]() {
        Dataset own; // the import's own connection, as the GUI runs it
        QString e;
        if (!own.open(path, &e))
            return;
        ImportSession s(own);
        s.setEdition(QStringLiteral("令和6年度"));
        session = &s;
        ImportSummary summary;
        ok = s.run(files, &summary, &e);
        returnedAt = sinceCancel.isValid() ? sinceCancel.nsecsElapsed() : -1;
        finished = true;
        session = nullptr;
    }));
    worker->start();
    QThread::msleep(20);
    QThread::msleep(std::max(0, delayMs - 20));
    sinceCancel.start();
    if (session)
        session->cancel();
    worker->wait();
    Dataset check;
    *unchanged = check.open(path, &error);
    if (*unchanged) {
        SqlQuery q(check.database(), QStringLiteral("SELECT count(*) FROM import_record"));
        *unchanged = q.exec() && q.next() && q.value(0).toInt() == 0;
    }
    if (ok || !finished || returnedAt < 0)
        return -1;
    return double(returnedAt) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = argc > 1 && argv[1][0] ? QString::fromLocal8Bit(argv[1])
                                                  : QStringLiteral(KOSO_MHLW_DATA_DIR);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    QStringList files;
    for (const char *name : workbooks) {
        const QString f = QDir(folder).filePath(QString::fromLatin1(name));
        if (!QFileInfo::exists(f)) {
            std::fprintf(stderr, "bench_import: %s is missing\n", qPrintable(f));
            return 2;
        }
        files << f;
    }
    std::printf("Importing MHLW's R6 workbooks (%d cores): %s\n", QThread::idealThreadCount(),
                qPrintable(folder));

    QVector<double> importTimes;
    QVector<double> cpuTimes;
    QVector<double> unzipTimes;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        double seconds = 0;
        double cpu = 0;
        QString error;
        if (!importOnce(dir.path(), files, &seconds, &cpu, &error)) {
            std::fprintf(stderr, "bench_import: import failed: %s\n", qPrintable(error));
            return 1;
        }
        const double unzip = unzipSeconds(files);
        importTimes << seconds;
        cpuTimes << cpu;
        unzipTimes << unzip;
        std::printf("  run %d: import %.3f s (CPU %.3f s), unzip -p %.3f s\n", i + 1, seconds, cpu,
                    unzip);
    }
    const double importMedian = median(importTimes);
    const double unzipMedian = median(unzipTimes);
    const double importBest = *std::min_element(importTimes.cbegin(), importTimes.cend());
    const double unzipBest = *std::min_element(unzipTimes.cbegin(), unzipTimes.cend());
    const long peakMb = peakRssKb() / 1024;
    std::printf("import of the three files into a new dataset: median %.3f s, best %.3f s "
                "(target < 1.0 s)\n",
                importMedian, importBest);
    std::printf("unzip -p of the same files:                  median %.3f s, best %.3f s\n",
                unzipMedian, unzipBest);
    std::printf(
        "ratio import / unzip -p:                     median %.2f, best %.2f (target <= 4)\n",
        importMedian / unzipMedian, importBest / unzipBest);
    std::printf("CPU time of an import (all threads):         median %.3f s\n", median(cpuTimes));
    std::printf("peak memory (RSS):                           %ld MB (target < 200 MB)\n", peakMb);

    const bool cancelRuns = !(argc > 3 && qstrcmp(argv[3], "--no-cancel") == 0);
    double worst = 0;
    for (int delay : { 50, 150, 300, 450 }) {
        if (!cancelRuns)
            break;
        QTemporaryDir dir;
        bool unchanged = false;
        const double latency = cancelLatency(dir.path(), files, delay, &unchanged);
        if (latency < 0) {
            std::printf("cancel after %3d ms: the import had already finished\n", delay);
            continue;
        }
        worst = std::max(worst, latency);
        std::printf("cancel after %3d ms: run() returned %.3f s later, dataset %s\n", delay,
                    latency, unchanged ? "unchanged" : "CHANGED");
    }
    std::printf("worst cancel latency:                        %.3f s (target < 0.2 s)\n", worst);
    const bool pass
        = importMedian < 1.0 && importMedian / unzipMedian <= 4.0 && peakMb < 200 && worst < 0.2;
    std::printf("%s\n", pass ? "all targets met" : "TARGETS MISSED");
    return pass ? 0 : 1;
}
