#include "WhatIfCommand.h"

#include "io/TableWriter.h"
#include "policy/WhatIfAnalysis.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString WhatIfCommand::summary() const
{
    return tr("Beds if every agreed policy is carried out, against required and reported beds.");
}

int WhatIfCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Only this region (4-digit code)."), tr("CODE"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  tr("Target year of the policies (default 2025)."), tr("YEAR"),
                                  QStringLiteral("2025"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Write the table to this file (.xlsx or .csv) instead of "
                                    "printing CSV."),
                                 tr("FILE"));
    parser.addOptions({ db, region, year, out });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    bool ok = false;
    const int targetYear = parser.value(year).toInt(&ok);
    if (!ok || targetYear < 2016 || targetYear > 2060)
        return fail(tr("\"%1\" is not a target year (such as 2025).").arg(parser.value(year)));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString regionCode;
    if (parser.isSet(region)) {
        const auto r = GeographyStore(dataset).region(parser.value(region));
        if (!r)
            return fail(tr("Unknown region \"%1\".").arg(parser.value(region)));
        regionCode = r->code;
    }
    const Table table = WhatIfAnalysis::toTable(
        WhatIfAnalysis::compute(dataset, dataset.homePrefectureCode(), targetYear, regionCode),
        targetYear);
    if (!parser.isSet(out)) {
        printOut(QString::fromUtf8(TableWriter::toCsv(table, false)));
        printErr(WhatIfAnalysis::caveat());
        return 0;
    }
    QString error;
    if (!TableWriter::write(table, parser.value(out), &error))
        return fail(error);
    printOut(tr("Wrote the what-if table to %1.").arg(parser.value(out)));
    return 0;
}

} // namespace Koso
