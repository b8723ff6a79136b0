#include "ChecklistListCommand.h"

#include "checklist/AssessmentSummary.h"
#include "checklist/ChecklistStore.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>

namespace Koso {

QString ChecklistListCommand::summary() const
{
    return tr("List the checklist templates and assessments with their ids.");
}

int ChecklistListCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    parser.addOption(db);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &code))
        return code;
    ChecklistStore store(&dataset);
    QString error;
    const QVector<ChecklistTemplate> templates = store.templates(&error);
    if (!error.isEmpty())
        return fail(error);
    const QVector<Assessment> assessments = store.assessments(&error);
    if (!error.isEmpty())
        return fail(error);

    QString text = tr("Templates:\n");
    if (templates.isEmpty())
        text
            += tr("  (none yet: the default template is added when the checklist is first used)\n");
    for (const ChecklistTemplate &t : templates)
        text += tr("  %1  %2: %3 items in %4 genres (%5)\n")
                    .arg(t.id, 3)
                    .arg(t.displayName())
                    .arg(t.items.size())
                    .arg(t.genres.size())
                    .arg(ChecklistTemplate::sourceLabel(t.source));
    text += tr("Assessments:\n");
    if (assessments.isEmpty())
        text += tr("  (none)\n");
    for (const Assessment &a : assessments) {
        const AssessmentSummary::Counts c = AssessmentSummary(a).total();
        text += tr("  %1  %2 — %3; Yes %4 of %5 applicable, not answered %6\n")
                    .arg(a.id, 3)
                    .arg(a.label(), a.checklistTemplate.displayName())
                    .arg(c.yes)
                    .arg(c.applicable())
                    .arg(c.unanswered);
    }
    printOut(text);
    return 0;
}

} // namespace Koso
