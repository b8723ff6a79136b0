#include "DatapackCommand.h"

#include "charts/DataPack.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace Koso {

QString DatapackCommand::summary() const
{
    return tr("Write the data pack for a study session (PDF and slide-size PNGs).");
}

int DatapackCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Only this region (4-digit code); may be repeated. "
                                       "Default: every region of the home prefecture."),
                                    tr("CODE"));
    const QCommandLineOption prefecture(
        QStringLiteral("prefecture"),
        tr("The prefecture (2-digit code) whose regions are shown. Default: the home "
           "prefecture."),
        tr("CODE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder to write."), tr("DIR"));
    const QCommandLineOption threshold = thresholdOption();
    parser.addOptions({ db, prefecture, region, out, threshold });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QString dir;
    if (!outputPath(parser, out,
                    QStringLiteral(
                        "koso datapack --db DATASET [--prefecture CODE] [--region CODE] --out DIR"),
                    &dir, &exitCode))
        return exitCode;
    DataPack::Options options;
    if (!readThreshold(parser, threshold, &options.threshold, &exitCode))
        return exitCode;
    options.regions = parser.values(region);
    options.prefecture = parser.value(prefecture);
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QElapsedTimer timer;
    timer.start();
    DataPack::Result result;
    QString error;
    if (!DataPack::write(dataset, options, dir, &result, &error))
        return fail(error);
    printOut(tr("Wrote %1 (%n page(s)) and %2 PNG(s) in %3 s.", "", result.pages)
                 .arg(result.pdfPath)
                 .arg(result.pngPaths.size())
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace Koso
