#include "ReportCommand.h"

#include "charts/RegionReportBuilder.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString ReportCommand::summary() const
{
    return tr("Write the region report (one A4 landscape page per region) as PDF.");
}

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    const QCommandLineOption prefecture(QStringLiteral("prefecture"),
                                        tr("Every region of this prefecture (2-digit code)."),
                                        tr("CODE"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("This region only (4-digit code)."), tr("CODE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), tr("FILE"));
    const QCommandLineOption threshold = thresholdOption();
    parser.addOptions({ db, prefecture, region, out, threshold });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    if (parser.isSet(region) == parser.isSet(prefecture))
        return fail(tr("Give either --prefecture CODE or --region CODE."));
    if (!parser.isSet(out))
        return fail(tr("No output file given (use --out FILE.pdf)."));
    if (QFileInfo(parser.value(out)).suffix().toLower() != QLatin1String("pdf"))
        return fail(tr("The report is written as PDF: the file name must end in .pdf."));
    double fraction = 0;
    if (!readThreshold(parser, threshold, &fraction, &exitCode))
        return exitCode;
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString error;
    int pages = 0;
    const QString code = parser.isSet(region) ? parser.value(region) : parser.value(prefecture);
    if (!RegionReportBuilder::writePdf(dataset, code, fraction, parser.value(out), &pages, &error))
        return fail(error);
    printOut(tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(parser.value(out)));
    return 0;
}

} // namespace Koso
