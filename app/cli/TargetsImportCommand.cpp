#include "TargetsImportCommand.h"

#include "planning/PlanningEditCommand.h"
#include "planning/TargetSheet.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>

namespace Koso {

QString TargetsImportCommand::summary() const
{
    return tr("Import yearly targets from CSV or .xlsx: all rows or, if any cell is bad, none.");
}

int TargetsImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    parser.addOption(db);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("CSV or .xlsx with the header region_code,fiscal_year,indicator,function,direction,"
           "target,note."));
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("Usage: koso targets import FILE --db DATASET"));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode, Access::Write))
        return exitCode;
    QVector<AnnualTarget> targets;
    QStringList errors;
    if (!TargetSheet::read(dataset, parser.positionalArguments().first(), &targets, &errors)) {
        // Every bad cell on its own line, the summary last (the one line that says why).
        for (int i = 0; i + 1 < errors.size(); ++i)
            printErr(errors.at(i));
        return fail(errors.size() > 1 ? tr("%1 (%n bad cell(s); nothing was imported)", nullptr,
                                           int(errors.size()))
                                            .arg(errors.last())
                                      : errors.value(0));
    }
    int added = 0, updated = 0;
    auto command = TargetSheet::importCommand(&dataset, targets, &added, &updated);
    if (command) {
        command->redo();
        if (!command->error().isEmpty())
            return fail(command->error());
    }
    printOut(tr("%n target(s) added, %1 updated.", nullptr, added).arg(updated));
    return 0;
}

} // namespace Koso
