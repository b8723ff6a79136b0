#include "ChecklistCompareCommand.h"

#include "checklist/AssessmentComparison.h"
#include "checklist/ChecklistStore.h"
#include "report/ChecklistComparisonReport.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>

namespace Koso {

QString ChecklistCompareCommand::summary() const
{
    return tr("Print two checklist assessments side by side, changed answers marked (A4 PDF).");
}

int ChecklistCompareCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The earlier assessment (default: the one before --to)."),
                                  tr("ID"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The later assessment's id, or \"latest\" (the default)."),
                                tr("ID"), QStringLiteral("latest"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF to write."), tr("FILE"));
    parser.addOptions({ db, from, to, out });
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QString path = parser.value(out);
    if (!checkSuffix(path, { QStringLiteral(".pdf") }, &code))
        return code;
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &code))
        return code;
    ChecklistStore store(&dataset);
    const auto after = assessment(store, parser.value(to), &code);
    if (!after)
        return code;
    QString error;
    QString fromId = parser.value(from);
    if (fromId.isEmpty()) {
        const qint64 previous = store.previousAssessmentId(after->id, &error);
        if (previous == 0)
            return fail(
                error.isEmpty()
                    ? tr("There is no assessment before %1 to compare with.").arg(after->label())
                    : error);
        fromId = QString::number(previous);
    }
    const auto before = assessment(store, fromId, &code);
    if (!before)
        return code;
    const AssessmentComparison comparison(*before, *after);
    int pages = 0;
    if (!ChecklistComparisonReport::build(comparison, store.prefectureName())
             .writePdf(path, &error, &pages))
        return fail(error);
    printOut(tr("Wrote %1 (%2 pages): %3 → %4. %5")
                 .arg(path)
                 .arg(pages)
                 .arg(before->label(), after->label(), comparison.changeSummary()));
    return 0;
}

} // namespace Koso
