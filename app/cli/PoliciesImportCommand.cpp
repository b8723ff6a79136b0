#include "PoliciesImportCommand.h"

#include "policy/PolicySheet.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString PoliciesImportCommand::summary() const
{
    return tr("Import a filled-in policy sheet: every row is checked, all or nothing is applied.");
}

int PoliciesImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show the changes without writing them."));
    parser.addOptions({ db, dryRun });
    parser.addPositionalArgument(tr("FILE"), tr("The filled-in sheet (.xlsx or .csv)."));
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("Give one sheet to import: koso policies import FILE --db DATASET."));
    const QString path = parser.positionalArguments().first();
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode,
                     parser.isSet(dryRun) ? Access::Read : Access::Write))
        return exitCode;

    const PolicySheetPreview preview = PolicySheet::readFile(dataset, path);
    const QString file = QFileInfo(path).fileName();
    if (!preview.ok()) {
        for (const PolicySheetIssue &issue : preview.errors)
            printErr(issue.line > 0 ? QStringLiteral("%1: %2").arg(file, issue.text())
                                    : issue.text());
        if (preview.errorsNotListed > 0)
            printErr(preview.moreErrorsText());
        return fail(
            tr("%n error(s) in %1; nothing was imported.", "", preview.errorCount()).arg(file));
    }
    for (const QString &line : PolicySheet::describe(dataset, preview))
        printOut(line);
    if (preview.changes.isEmpty()) {
        printOut(tr("%n row(s) read; nothing to change.", "", preview.rowsRead));
        return 0;
    }
    if (parser.isSet(dryRun)) {
        printOut(tr("Dry run: %n hospital(s) would change; nothing was written.", "",
                    preview.rowsChanged));
        return 0;
    }
    QString error;
    if (!PolicySheet::apply(dataset, preview, &error))
        return fail(error);
    printOut(tr("Imported: %n hospital(s) changed.", "", preview.rowsChanged));
    return 0;
}

} // namespace Koso
