#include "ChecklistBlankCommand.h"

#include "checklist/ChecklistStore.h"
#include "report/ChecklistForm.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>

namespace Koso {

QString ChecklistBlankCommand::summary() const
{
    return tr("Print the checklist form without answers, for filling in by hand (A4 PDF).");
}

int ChecklistBlankCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    const QCommandLineOption templateId(QStringLiteral("template"),
                                        tr("The template version's id (default: the current one)."),
                                        tr("ID"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF to write."), tr("FILE"));
    parser.addOptions({ db, templateId, out });
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
    QString error;
    if (!store.ensureDefaultTemplate(&error))
        return fail(error);
    std::optional<ChecklistTemplate> t;
    if (parser.isSet(templateId)) {
        bool ok = false;
        const qint64 id = parser.value(templateId).toLongLong(&ok);
        if (!ok)
            return fail(tr("--template takes an id (see \"koso checklist list\"), not \"%1\".")
                            .arg(parser.value(templateId)));
        t = store.loadTemplate(id, &error);
    } else {
        t = store.currentTemplate(&error);
    }
    if (!t)
        return fail(error);
    int pages = 0;
    if (!ChecklistForm::blank(*t, store.prefectureName()).writePdf(path, &error, &pages))
        return fail(error);
    printOut(
        tr("Wrote %1 (%2 pages): blank form of %3.").arg(path).arg(pages).arg(t->displayName()));
    return 0;
}

} // namespace Koso
