#include "ChecklistExportCommand.h"

#include "checklist/AssessmentExporter.h"
#include "checklist/ChecklistStore.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>

namespace Koso {

QString ChecklistExportCommand::summary() const
{
    return tr("Export a checklist assessment to CSV or Excel (.xlsx).");
}

int ChecklistExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    const QCommandLineOption which(QStringLiteral("assessment"),
                                   tr("The assessment's id, or \"latest\" (the default)."),
                                   tr("ID"), QStringLiteral("latest"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The .csv or .xlsx file to write."),
                                 tr("FILE"));
    parser.addOptions({ db, which, out });
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QString path = parser.value(out);
    if (!checkSuffix(path, { QStringLiteral(".csv"), QStringLiteral(".xlsx") }, &code))
        return code;
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &code))
        return code;
    ChecklistStore store(&dataset);
    const auto a = assessment(store, parser.value(which), &code);
    if (!a)
        return code;
    QString error;
    if (!AssessmentExporter::write(*a, store.prefectureName(), path, &error))
        return fail(error);
    printOut(tr("Wrote %1: assessment %2, %3.").arg(path).arg(a->id).arg(a->label()));
    return 0;
}

} // namespace Koso
