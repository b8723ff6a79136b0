#include "ReportMunicipalitiesCommand.h"

#include "planning/PlanningDocuments.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "util/JapaneseDate.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString ReportMunicipalitiesCommand::summary() const
{
    return tr(
        "Write the report of the councils' discussions to the municipalities (PDF or .xlsx).");
}

int ReportMunicipalitiesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day of the period."),
                                  tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day of the period."), tr("DATE"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Only this region (4-digit code)."), tr("CODE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (.pdf or .xlsx)."),
                                 tr("FILE"));
    parser.addOptions({ db, from, to, region, out });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QString path;
    if (!outputPath(parser, out,
                    QStringLiteral("koso report municipalities --db DATASET --from DATE --to DATE "
                                   "[--region CODE] --out FILE"),
                    &path, &exitCode))
        return exitCode;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx"))
        return fail(tr("Give the file to write with --out FILE.pdf or --out FILE.xlsx."));
    const auto first = JapaneseDate::parse(parser.value(from));
    const auto last = JapaneseDate::parse(parser.value(to));
    if (!first || !last)
        return fail(tr("Give the period with --from DATE --to DATE (2024-04-01)."));
    if (*last < *first)
        return fail(tr("The period ends before it begins."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    const QString code = parser.value(region);
    if (!code.isEmpty() && !GeographyStore(dataset).region(code))
        return fail(tr("There is no region %1 in the dataset.").arg(code));
    QString error;
    bool ok = false;
    if (suffix == QLatin1String("pdf")) {
        const auto report = PlanningDocuments::municipalitiesReport(dataset, *first, *last, code,
                                                                    QDate::currentDate());
        ok = PlanningDocuments::write(path, &report, {}, &error);
    } else {
        ok = PlanningDocuments::write(
            path, nullptr, PlanningDocuments::municipalitiesSheets(dataset, *first, *last, code),
            &error);
    }
    if (!ok)
        return fail(error);
    printOut(tr("Wrote %1.").arg(path));
    return 0;
}

} // namespace Koso
