#include "PromotionListCommand.h"

#include "planning/PlanningStore.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "util/JapaneseDate.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Koso {

QString PromotionListCommand::summary() const
{
    return tr("List the promotion, model promotion, priority support and restructuring review "
              "regions.");
}

int PromotionListCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({ db, json });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Usage: koso promotion list --db DATASET [--json]"));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    const auto designations = PlanningStore(dataset).designations();
    GeographyStore geography(dataset);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Designation &d : designations) {
            QJsonObject o;
            o.insert(QStringLiteral("region_code"), d.regionCode);
            const auto region = geography.region(d.regionCode);
            o.insert(QStringLiteral("region_name"), region ? region->name : QString());
            o.insert(QStringLiteral("kind"), d.kind);
            o.insert(QStringLiteral("date"), d.designatedOn.toString(Qt::ISODate));
            o.insert(QStringLiteral("note"), d.note);
            array.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return 0;
    }
    if (designations.isEmpty()) {
        printOut(tr("No designations yet; add them on the promotion regions page."));
        return 0;
    }
    QString text;
    for (const Designation &d : designations) {
        const auto region = geography.region(d.regionCode);
        text += QStringLiteral("%1 %2\t%3\t%4\n")
                    .arg(d.regionCode, region ? region->name : QString(),
                         PlanningVocabulary::designationKindName(d.kind),
                         JapaneseDate::display(d.designatedOn));
    }
    printOut(text.trimmed());
    return 0;
}

} // namespace Koso
