#include "ExportCommand.h"

#include "flows/FlowTables.h"
#include "io/TableWriter.h"
#include "mhlw/TidyExport.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Koso {

QString ExportCommand::summary() const
{
    return tr("Write imported figures as CSV on stdout: region-beds, prefecture-beds, "
              "hospitals, flows, demand.");
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset to read."), tr("DATASET"));
    const QCommandLineOption prefecture(
        QStringLiteral("prefecture"), tr("Only this prefecture (JIS code, e.g. 43)."), tr("CODE"));
    const QCommandLineOption edition(QStringLiteral("edition"),
                                     tr("hospitals: this edition's list instead of the latest."),
                                     tr("LABEL"));
    parser.addOptions({ db, prefecture, edition });
    parser.addPositionalArgument(QStringLiteral("WHAT"),
                                 tr("region-beds, prefecture-beds, hospitals, flows or demand."));
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1)
        return fail(tr("Say what to export: region-beds, prefecture-beds, hospitals, flows or "
                       "demand."));
    const QString kind = what.first();
    if (kind != QLatin1String("region-beds") && kind != QLatin1String("prefecture-beds")
        && kind != QLatin1String("hospitals") && kind != QLatin1String("flows")
        && kind != QLatin1String("demand"))
        return fail(tr("Unknown export \"%1\"; choose region-beds, prefecture-beds, hospitals, "
                       "flows or demand.")
                        .arg(kind));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString code = parser.value(prefecture).trimmed();
    if (!code.isEmpty()) {
        code = code.rightJustified(2, QLatin1Char('0'));
        if (!GeographyStore(dataset).prefecture(code))
            return fail(tr("Unknown prefecture code %1.").arg(parser.value(prefecture)));
    }

    Table table;
    if (kind == QLatin1String("region-beds")) {
        table = TidyExport::regionBeds(dataset, code);
    } else if (kind == QLatin1String("prefecture-beds")) {
        table = TidyExport::prefectureBeds(dataset);
    } else if (kind == QLatin1String("flows")) {
        table = FlowTables::flows(dataset, code);
    } else if (kind == QLatin1String("demand")) {
        table = FlowTables::demand(dataset, code);
    } else {
        QString error;
        if (!TidyExport::hospitals(dataset, code, parser.value(edition), &table, &error))
            return fail(error);
    }
    // Plain UTF-8 with Unix line ends for pipes; files for Excel come from TableWriter.
    QByteArray csv = TableWriter::toCsv(table, false);
    csv.replace("\r\n", "\n");
    fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    fflush(stdout);
    return 0;
}

} // namespace Koso
