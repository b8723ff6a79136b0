#include "SessionsReportCommand.h"

#include "io/TableWriter.h"
#include "sessions/SessionReports.h"
#include "sessions/SessionStore.h"
#include "storage/Dataset.h"
#include "util/JapaneseDate.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString SessionsReportCommand::summary() const
{
    return tr("Write the holding status of the study sessions of a fiscal year (.xlsx or .pdf).");
}

int SessionsReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption year(QStringLiteral("fiscal-year"),
                                  tr("The fiscal year (2024, R6 or 令和6年度)."), tr("YEAR"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (.xlsx or .pdf)."),
                                 tr("FILE"));
    parser.addOptions({ db, year, out });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QString path;
    if (!outputPath(parser, out,
                    QStringLiteral("koso report sessions --db DATASET --fiscal-year FY --out "
                                   "FILE.xlsx|.pdf"),
                    &path, &exitCode))
        return exitCode;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("pdf"))
        return fail(tr("The holding status is written as .xlsx or .pdf."));
    if (!parser.isSet(year))
        return fail(tr("Give the fiscal year with --fiscal-year (2024 or 令和6年度)."));
    bool ok = false;
    int fiscalYear = parser.value(year).toInt(&ok);
    if (!ok)
        fiscalYear = JapaneseDate::parseFiscalYear(parser.value(year)).value_or(0);
    if (fiscalYear < 2000 || fiscalYear > 2100)
        return fail(
            tr("\"%1\" is not a fiscal year (write 2024 or 令和6年度).").arg(parser.value(year)));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString error;
    const int count = int(SessionStore(dataset).sessions(fiscalYear).size());
    if (suffix == QLatin1String("xlsx")) {
        if (!TableWriter::write(SessionStore(dataset).holdingStatusTable(fiscalYear), path, &error))
            return fail(error);
    } else if (!SessionReports::holdingStatus(dataset, fiscalYear).writePdf(path, &error)) {
        return fail(error);
    }
    printOut(tr("Wrote %n session(s) of %1 to %2.", "", count)
                 .arg(JapaneseDate::fiscalYearLabel(fiscalYear), path));
    return 0;
}

} // namespace Koso
