#include "ChecklistPrintCommand.h"

#include "checklist/ChecklistStore.h"
#include "report/ChecklistForm.h"
#include "storage/Dataset.h"
#include "util/JapaneseDate.h"

#include <QCommandLineParser>

namespace Koso {

QString ChecklistPrintCommand::summary() const
{
    return tr("Print a checklist assessment as the ministry's form (A4 PDF).");
}

int ChecklistPrintCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    const QCommandLineOption which(QStringLiteral("assessment"),
                                   tr("The assessment's id, or \"latest\" (the default)."),
                                   tr("ID"), QStringLiteral("latest"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF to write."), tr("FILE"));
    parser.addOptions({ db, which, out });
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
    const auto a = assessment(store, parser.value(which), &code);
    if (!a)
        return code;
    QString error;
    int pages = 0;
    if (!ChecklistForm::forAssessment(*a, store.prefectureName()).writePdf(path, &error, &pages))
        return fail(error);
    printOut(tr("Wrote %1 (%2 pages): assessment %3, %4.")
                 .arg(path)
                 .arg(pages)
                 .arg(a->id)
                 .arg(a->label()));
    return 0;
}

} // namespace Koso
