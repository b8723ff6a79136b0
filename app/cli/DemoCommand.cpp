#include "DemoCommand.h"

#include "demo/DemoGenerator.h"
#include "storage/Dataset.h"
#include "storage/DatasetSummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace Koso {

QString DemoCommand::summary() const
{
    return tr("Write the demo dataset of the fictional サンプル県 (or a national-size one).");
}

int DemoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("Write the dataset to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption national(
        QStringLiteral("national"),
        tr("Write a synthetic national-size dataset (47 prefectures, 339 regions, about 8,000 "
           "hospitals) for benchmarks instead."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    parser.addOptions({ out, national, force });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument %1; give the file with --out FILE.")
                        .arg(parser.positionalArguments().first()));
    const QString path = parser.value(out);
    if (path.isEmpty())
        return fail(tr("No output file given: koso demo --out FILE."));
    const QFileInfo target(path);
    if (target.exists() && !parser.isSet(force))
        return fail(tr("%1 already exists; use --force to replace it.").arg(path));
    if (target.exists() && !target.isFile())
        return fail(tr("%1 is not a file.").arg(path));

    // Written next to the target and renamed over it, so a failure leaves an existing file
    // as it was.
    const QString partial
        = path + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(parser.isSet(national) ? DemoGenerator::Variant::National
                                                   : DemoGenerator::Variant::Prefecture);
    QString error;
    if (!generator.write(partial, &error)) {
        QFile::remove(partial);
        return fail(tr("Cannot write %1: %2").arg(path, error));
    }
    // A stale WAL next to the old file would be replayed into the new one.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData())
        != 0) {
        QFile::remove(partial);
        return fail(tr("Cannot write %1: renaming the new file into place failed.").arg(path));
    }

    Dataset dataset;
    if (!dataset.open(path, &error))
        return fail(error);
    const DatasetSummary s = DatasetSummary::read(dataset);
    const QLocale locale;
    printOut(tr("Wrote %1 in %2 s: %3 prefectures, %4 regions, %5 hospitals and clinics, "
                "%6 editions (home prefecture %7 %8).")
                 .arg(path, locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1),
                      locale.toString(s.prefectures), locale.toString(s.regions),
                      locale.toString(s.hospitals), locale.toString(int(s.editions.size())),
                      s.homePrefectureCode, s.homePrefectureName));
    return 0;
}

} // namespace Koso
