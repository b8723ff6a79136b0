#include "ChecklistImportTemplateCommand.h"

#include "checklist/ChecklistEditor.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>
#include <QUndoStack>

namespace Koso {

QString ChecklistImportTemplateCommand::summary() const
{
    return tr("Import a checklist template (CSV or .xlsx with No., ジャンル, 項目, 根拠) as a new "
              "version.");
}

int ChecklistImportTemplateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("The template's name (default: the current template's, so "
                                     "that the file becomes its next version)."),
                                  tr("NAME"));
    parser.addOptions({ db, name });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV or .xlsx file to import."));
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("Give exactly one template file to import."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &code, Access::Write))
        return code;
    // The same path as the desktop program's import; the stack just has no one to undo.
    QUndoStack stack;
    ChecklistEditor editor(&dataset, &stack);
    const qint64 id
        = editor.importTemplate(parser.positionalArguments().first(), parser.value(name));
    if (id == 0) {
        const QStringList lines = editor.lastError().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            printErr(QStringLiteral("koso: ") + line);
        printErr(tr("koso: nothing was imported."));
        return 1;
    }
    QString error;
    const auto t = editor.store().loadTemplate(id, &error);
    if (!t)
        return fail(error);
    printOut(tr("Imported %1 items in %2 genres as %3 (id %4); new assessments use it.")
                 .arg(t->items.size())
                 .arg(t->genres.size())
                 .arg(t->displayName())
                 .arg(t->id));
    return 0;
}

} // namespace Koso
