#include "TableCommand.h"

#include "analysis/GapTables.h"
#include "io/TableWriter.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString TableCommand::summary() const
{
    return tr("Export a table of the gap analysis as CSV or Excel (.xlsx).");
}

int TableCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("KIND"),
                                 tr("One of: %1.").arg(GapTables::kindNames().join(tr(", "))));
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("The region (4-digit code) of a region table."), tr("CODE"));
    const QCommandLineOption prefecture(QStringLiteral("prefecture"),
                                        tr("The prefecture (2-digit code) of a prefecture table."),
                                        tr("CODE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (.csv or .xlsx)."),
                                 tr("FILE"));
    const QCommandLineOption threshold = thresholdOption();
    parser.addOptions({ db, region, prefecture, out, threshold });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("Name one table kind: %1.").arg(GapTables::kindNames().join(tr(", "))));
    const QString kind = positional.first();
    if (!GapTables::kindNames().contains(kind))
        return fail(tr("Unknown table kind \"%1\"; use one of: %2.")
                        .arg(kind, GapTables::kindNames().join(tr(", "))));
    const bool regionKind = GapTables::isRegionKind(kind);
    if (parser.isSet(region) && parser.isSet(prefecture))
        return fail(tr("Give either --region or --prefecture, not both."));
    if (regionKind && !parser.isSet(region))
        return fail(tr("The table %1 needs --region CODE.").arg(kind));
    if (!regionKind && !parser.isSet(prefecture))
        return fail(tr("The table %1 needs --prefecture CODE.").arg(kind));
    if (!parser.isSet(out))
        return fail(tr("No output file given (use --out FILE.csv|.xlsx)."));
    const QString suffix = QFileInfo(parser.value(out)).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return fail(tr("Cannot export a table to %1: the file name must end in .csv or .xlsx.")
                        .arg(parser.value(out)));
    double fraction = 0;
    if (!readThreshold(parser, threshold, &fraction, &exitCode))
        return exitCode;

    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString error;
    const QString code = regionKind ? parser.value(region) : parser.value(prefecture);
    const auto table
        = GapTables::build(dataset, kind, code, fraction, GapTables::Header::Machine, &error);
    if (!table)
        return fail(error);
    if (!TableWriter::write(*table, parser.value(out), &error))
        return fail(error);
    printOut(tr("Wrote %1 (%n row(s)).", nullptr, int(table->rows.size())).arg(parser.value(out)));
    return 0;
}

} // namespace Koso
