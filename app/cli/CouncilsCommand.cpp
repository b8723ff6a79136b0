#include "CouncilsCommand.h"

#include "council/CouncilStore.h"
#include "io/TableWriter.h"
#include "storage/Dataset.h"
#include "util/JapaneseDate.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString CouncilsCommand::summary() const
{
    return tr("Export the coordination council meetings of a fiscal year (.xlsx or .csv).");
}

int CouncilsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption year(QStringLiteral("fiscal-year"),
                                  tr("Only this fiscal year (2024, R6 or 令和6年度)."), tr("YEAR"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (.xlsx or .csv)."),
                                 tr("FILE"));
    parser.addOptions({ db, year, out });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    int fiscalYear = 0;
    if (parser.isSet(year)) {
        bool ok = false;
        fiscalYear = parser.value(year).toInt(&ok);
        if (!ok) {
            const auto parsed = JapaneseDate::parseFiscalYear(parser.value(year));
            fiscalYear = parsed.value_or(0);
        }
        if (fiscalYear < 2000 || fiscalYear > 2100)
            return fail(tr("\"%1\" is not a fiscal year (write 2024 or 令和6年度).")
                            .arg(parser.value(year)));
    }
    const QString path = parser.value(out);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() || (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")))
        return fail(tr("Give the file to write with --out FILE.xlsx or --out FILE.csv."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    const Table table
        = CouncilStore(dataset).meetingsTable(dataset.homePrefectureCode(), fiscalYear);
    QString error;
    if (!TableWriter::write(table, path, &error))
        return fail(error);
    printOut(tr("Wrote %n meeting(s) to %1.", "", int(table.rows.size())).arg(path));
    return 0;
}

} // namespace Koso
