#include "SessionsImportCommand.h"

#include "io/TableReader.h"
#include "sessions/SessionImporter.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>

namespace Koso {

QString SessionsImportCommand::summary() const
{
    return tr("Import study sessions from CSV or .xlsx (title,date,format,status,co_hosts).");
}

int SessionsImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check the file and print what would change."));
    parser.addOptions({ db, dryRun });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV or .xlsx file."));
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(tr("Give one file: koso sessions import FILE --db DATASET."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode, Access::Write))
        return exitCode;
    TableData table;
    QString error;
    if (!TableReader::read(files.first(), &table, &error))
        return fail(error);
    SessionImporter importer(dataset);
    QStringList errors;
    if (!importer.parse(table, &errors)) {
        // Every bad cell, then the one-line verdict.
        for (int i = 1; i < errors.size(); ++i)
            printErr(QStringLiteral("%1: %2").arg(files.first(), errors.at(i)));
        return fail(tr("%1: %2 (nothing imported)").arg(files.first(), errors.first()));
    }
    const QString what = tr("%n session(s) added", "", importer.added()) + QStringLiteral(", ")
        + tr("%n updated", "", importer.updated());
    if (parser.isSet(dryRun)) {
        printOut(tr("Would import from %1: %2.").arg(files.first(), what));
        return 0;
    }
    if (!importer.apply(&error))
        return fail(error);
    printOut(tr("Imported from %1: %2.").arg(files.first(), what));
    return 0;
}

} // namespace Koso
