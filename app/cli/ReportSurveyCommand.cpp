#include "ReportSurveyCommand.h"

#include "planning/PlanningDocuments.h"
#include "storage/Dataset.h"
#include "util/JapaneseDate.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString ReportSurveyCommand::summary() const
{
    return tr("Write the figures of MHLW's survey (取組状況) of a fiscal year, a row per region "
              "(.xlsx).");
}

int ReportSurveyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption year(QStringLiteral("fiscal-year"),
                                  tr("The fiscal year (2024, R6 or 令和6年度)."), tr("YEAR"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (.xlsx)."),
                                 tr("FILE"));
    parser.addOptions({ db, year, out });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QString path;
    if (!outputPath(
            parser, out,
            QStringLiteral("koso report survey --db DATASET --fiscal-year FY --out FILE.xlsx"),
            &path, &exitCode))
        return exitCode;
    if (QFileInfo(path).suffix().toLower() != QLatin1String("xlsx"))
        return fail(tr("Give the file to write with --out FILE.xlsx."));
    const auto fy = JapaneseDate::parseFiscalYear(parser.value(year));
    if (!fy || *fy < 2000 || *fy > 2100)
        return fail(tr("Give the fiscal year with --fiscal-year (2024 or 令和6年度)."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString error;
    if (!PlanningDocuments::write(path, nullptr, PlanningDocuments::surveySheets(dataset, *fy),
                                  &error))
        return fail(error);
    printOut(tr("Wrote %1.").arg(path));
    return 0;
}

} // namespace Koso
