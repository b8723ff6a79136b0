#include "TargetsExportCommand.h"

#include "io/TableWriter.h"
#include "planning/PlanningStore.h"
#include "planning/TargetSheet.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString TargetsExportCommand::summary() const
{
    return tr("Write the yearly targets as CSV or .xlsx, in the form targets import reads.");
}

int TargetsExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (.csv or .xlsx)."),
                                 tr("FILE"));
    parser.addOptions({ db, out });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QString path;
    if (!outputPath(parser, out, QStringLiteral("koso targets export --db DATASET --out FILE"),
                    &path, &exitCode))
        return exitCode;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return fail(tr("Give the file to write with --out FILE.csv or --out FILE.xlsx."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    const auto targets = PlanningStore(dataset).targets();
    QString error;
    if (!TableWriter::write(TargetSheet::toTable(targets), path, &error))
        return fail(error);
    printOut(tr("Wrote %n target(s) to %1.", nullptr, int(targets.size())).arg(path));
    return 0;
}

} // namespace Koso
