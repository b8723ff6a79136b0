#include "DemoCommand.h"

#include "demo/DemoGenerator.h"
#include "storage/Dataset.h"
#include "storage/DatasetSummary.h"
#include "util/JapaneseDate.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

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
    const QCommandLineOption reference(
        QStringLiteral("reference-date"),
        tr("Place the demo's study sessions around DATE (one held before it, one whose MHLW "
           "request is due within 14 days, one being planned). Default: today."),
        tr("DATE"));
    parser.addOptions({ out, national, force, reference });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QString path;
    if (!outputPath(parser, out, QStringLiteral("koso demo --out FILE"), &path, &exitCode))
        return exitCode;
    if (QFileInfo::exists(path) && !parser.isSet(force))
        return fail(tr("%1 already exists; use --force to replace it.").arg(path));
    // Replacing a dataset someone has open for editing would take it from under them.
    if (const LockOwner holder = DatasetLock::owner(path);
        holder.isValid() && !DatasetLock::isStale(holder))
        return fail(tr("%1 is in use by %2; it was not replaced.").arg(path, holder.describe()));

    QDate referenceDate = QDate::currentDate();
    if (parser.isSet(reference)) {
        const auto date = JapaneseDate::parse(parser.value(reference));
        if (!date || !date->isValid())
            return fail(tr("\"%1\" is not a date (write 2026-12-06 or 令和8年12月6日).")
                            .arg(parser.value(reference)));
        referenceDate = *date;
    }

    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(parser.isSet(national) ? DemoGenerator::Variant::National
                                                   : DemoGenerator::Variant::Prefecture);
    generator.setReferenceDate(referenceDate);
    QString error;
    if (!generator.writeFile(path, parser.isSet(force), &error))
        return fail(tr("Cannot write %1: %2").arg(path, error));

    Dataset dataset;
    if (!dataset.open(path, &error, Dataset::Access::ReadOnly))
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
