#include "ChartCommand.h"

#include "charts/ChartExporter.h"
#include "charts/ChartFactory.h"
#include "storage/Dataset.h"

#include <QChart>
#include <QCommandLineParser>
#include <QRegularExpression>

namespace Koso {

QString ChartCommand::summary() const
{
    return tr("Export a chart of the gap analysis as PNG, SVG or PDF.");
}

QSize ChartCommand::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*[xX×]\\s*(\\d+)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return QSize();
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

int ChartCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("KIND"),
                                 tr("One of: %1.").arg(ChartFactory::kindNames().join(tr(", "))));
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("The region (4-digit code) of a region chart."), tr("CODE"));
    const QCommandLineOption prefecture(QStringLiteral("prefecture"),
                                        tr("The prefecture (2-digit code) of a prefecture chart."),
                                        tr("CODE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (.png, .svg, .pdf)."),
                                 tr("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Size in pixels, WIDTHxHEIGHT (default 1920x1080)."),
                                  tr("SIZE"), QStringLiteral("1920x1080"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 tr("Resolution in dots per inch (default 144: 1920x1080 is then "
                                    "a 13.33 × 7.5 in slide). --lang ja|en chooses the language."),
                                 tr("DPI"), QStringLiteral("144"));
    const QCommandLineOption threshold = thresholdOption();
    parser.addOptions({ db, region, prefecture, out, size, dpi, threshold });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("Name one chart kind: %1.").arg(ChartFactory::kindNames().join(tr(", "))));
    const auto kind = ChartFactory::kindFromName(positional.first());
    if (!kind)
        return fail(tr("Unknown chart kind \"%1\"; use one of: %2.")
                        .arg(positional.first(), ChartFactory::kindNames().join(tr(", "))));
    const bool regionKind = ChartFactory::isRegionKind(*kind);
    if (parser.isSet(region) && parser.isSet(prefecture))
        return fail(tr("Give either --region or --prefecture, not both."));
    if (regionKind && !parser.isSet(region))
        return fail(tr("The chart %1 needs --region CODE.").arg(positional.first()));
    if (!regionKind && !parser.isSet(prefecture))
        return fail(tr("The chart %1 needs --prefecture CODE.").arg(positional.first()));
    if (!parser.isSet(out))
        return fail(tr("No output file given (use --out FILE.png|.svg|.pdf)."));
    ChartExporter::Options options;
    options.pixelSize = parseSize(parser.value(size));
    if (!options.pixelSize.isValid())
        return fail(
            tr("Cannot read the size \"%1\"; write it as 1920x1080.").arg(parser.value(size)));
    bool dpiOk = false;
    options.dpi = parser.value(dpi).toInt(&dpiOk);
    if (!dpiOk)
        return fail(tr("Cannot read the resolution \"%1\".").arg(parser.value(dpi)));
    if (!ChartExporter::formatFor(parser.value(out)))
        return fail(tr("Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.")
                        .arg(parser.value(out)));

    double fraction = 0;
    if (!readThreshold(parser, threshold, &fraction, &exitCode))
        return exitCode;

    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString error;
    const QString code = regionKind ? parser.value(region) : parser.value(prefecture);
    auto built = ChartFactory::build(dataset, *kind, code, fraction, &error);
    if (!built)
        return fail(error);
    if (!ChartExporter::exportChart(built->chart.get(), built->caption, parser.value(out), options,
                                    &error))
        return fail(error);
    printOut(tr("Wrote %1.").arg(parser.value(out)));
    return 0;
}

} // namespace Koso
