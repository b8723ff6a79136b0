// Imports MHLW's 医療情報ネット hospital file (7,587 hospitals, zipped as published) into a
// dataset holding the R6 別添5 of the whole nation, and prints the time (best of N runs; wall
// and CPU) of reading the file alone and of the whole import: reading, writing, matching the
// 12,064 listed facilities and settling their kinds, in one transaction. Then the time of
// HospitalPoints::load for 東京都. Target: the import well under 1 s.
// Usage: bench_facilities [folder with the R6 workbooks] [hospital zip] [runs]

#include "map/HospitalPoints.h"
#include "mhlw/FacilityLocationImporter.h"
#include "mhlw/ImportSession.h"
#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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
    const QString zip = args.size() > 2
        ? args.at(2)
        : dir.filePath(QStringLiteral("../facilities/hospitals-20250601.zip"));
    const int runs = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 3;
    const QStringList workbooks
        = { dir.filePath(QStringLiteral("r6-betten4-3-region-beds.xlsx")),
            dir.filePath(QStringLiteral("r6-betten5-2-region-hospitals.xlsx")) };
    QTemporaryDir tmp;
    const QString base = tmp.filePath(QStringLiteral("base.koso"));
    QString error;
    {
        Dataset dataset;
        if (!dataset.create(base, QStringLiteral("13"), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        ImportSession session(dataset);
        ImportSummary summary;
        if (!session.run(workbooks, &summary, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    double parseWall = 1e9;
    double parseCpu = 1e9;
    double importWall = 1e9;
    double importCpu = 1e9;
    double pointsWall = 1e9;
    FacilityLocationSummary last;
    int points = 0;
    for (int run = 0; run < runs; ++run) {
        const QString file = tmp.filePath(QStringLiteral("run-%1.koso").arg(run));
        QFile::copy(base, file);
        Dataset dataset;
        if (!dataset.open(file, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        FacilityLocationImporter importer(dataset);
        QVector<FacilityLocationRow> rows;
        QDate date;
        QElapsedTimer timer;
        timer.start();
        double cpu0 = cpuSeconds();
        if (!importer.parse(zip, &rows, &date, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        parseWall = std::min(parseWall, timer.nsecsElapsed() / 1e9);
        parseCpu = std::min(parseCpu, cpuSeconds() - cpu0);
        timer.restart();
        cpu0 = cpuSeconds();
        if (!importer.run(zip, &last, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        importWall = std::min(importWall, timer.nsecsElapsed() / 1e9);
        importCpu = std::min(importCpu, cpuSeconds() - cpu0);
        timer.restart();
        points = int(HospitalPoints::load(dataset, QStringLiteral("13")).size());
        pointsWall = std::min(pointsWall, timer.nsecsElapsed() / 1e9);
    }
    std::printf("医療情報ネット hospital file: %d rows, %d facilities matched of %d\n", last.rows,
                last.match.matched, last.match.facilities);
    std::printf("read the zip alone:            %7.0f ms wall, %7.0f ms CPU (best of %d)\n",
                parseWall * 1000, parseCpu * 1000, runs);
    std::printf("import (read, write, match):   %7.0f ms wall, %7.0f ms CPU (best of %d)\n",
                importWall * 1000, importCpu * 1000, runs);
    std::printf("HospitalPoints::load(13):      %7.1f ms wall (%d points)\n", pointsWall * 1000,
                points);
    return 0;
}
