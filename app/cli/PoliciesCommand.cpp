#include "PoliciesCommand.h"

#include "policy/PolicySheet.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString PoliciesCommand::summary() const
{
    return tr("Export the response policy sheet of the prefecture or a region (.xlsx or .csv).");
}

int PoliciesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Only the hospitals of this region (4-digit code)."),
                                    tr("CODE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (.xlsx or .csv)."),
                                 tr("FILE"));
    parser.addOptions({ db, region, out });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument \"%1\"; to import a sheet use \"koso policies "
                       "import FILE\".")
                        .arg(parser.positionalArguments().first()));
    const QString path = parser.value(out);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() || (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")))
        return fail(tr("Give the file to write with --out FILE.xlsx or --out FILE.csv."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString area = dataset.homePrefectureCode();
    if (parser.isSet(region)) {
        const auto r = GeographyStore(dataset).region(parser.value(region));
        if (!r)
            return fail(tr("Unknown region \"%1\".").arg(parser.value(region)));
        area = r->code;
    }
    const int rows = int(PolicySheet::policyTable(dataset, area).rows.size());
    QString error;
    if (!PolicySheet::write(dataset, area, path, &error))
        return fail(error);
    printOut(tr("Wrote the policies of %n hospital(s) to %1.", "", rows).arg(path));
    return 0;
}

} // namespace Koso
