#include "ProgressCommand.h"

#include "planning/PlanningRecords.h"
#include "planning/ProgressEvaluator.h"
#include "storage/Dataset.h"
#include "util/JapaneseDate.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Koso {

QString ProgressCommand::summary() const
{
    return tr("Verify the yearly targets of a fiscal year: actual values, status and source.");
}

int ProgressCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption year(QStringLiteral("fiscal-year"),
                                  tr("The fiscal year (2024, R6 or 令和6年度)."), tr("YEAR"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({ db, year, json });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Usage: koso progress --db DATASET --fiscal-year FY [--json]"));
    const auto fy = JapaneseDate::parseFiscalYear(parser.value(year));
    if (!fy || *fy < 2000 || *fy > 2100)
        return fail(tr("Give the fiscal year with --fiscal-year (2024 or 令和6年度)."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    const auto results = ProgressEvaluator(dataset).evaluate(*fy);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const TargetResult &r : results) {
            QJsonObject o;
            o.insert(QStringLiteral("region_code"), r.target.regionCode);
            o.insert(QStringLiteral("fiscal_year"), r.target.fiscalYear);
            o.insert(QStringLiteral("indicator"), r.target.indicator);
            o.insert(QStringLiteral("function"), r.target.functionKey);
            o.insert(QStringLiteral("direction"), r.target.direction);
            const auto number = r.target.targetNumber();
            o.insert(QStringLiteral("target"),
                     !r.target.isText() && number ? QJsonValue(*number)
                                                  : QJsonValue(r.target.target));
            o.insert(QStringLiteral("actual"), r.actual ? QJsonValue(*r.actual) : QJsonValue());
            o.insert(QStringLiteral("status"), r.status);
            o.insert(QStringLiteral("source"), r.source);
            array.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return 0;
    }
    if (results.isEmpty()) {
        printOut(tr("No targets for %1; add them with koso targets import.")
                     .arg(JapaneseDate::fiscalYearLabel(*fy)));
        return 0;
    }
    const QLocale locale;
    QString text;
    for (const TargetResult &r : results) {
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                    .arg(r.target.regionCode, PlanningVocabulary::describeTarget(r.target),
                         r.actual ? PlanningVocabulary::formatValue(r.target.indicator, *r.actual)
                                  : QString(),
                         PlanningVocabulary::statusName(r.status), r.source, r.target.note);
    }
    printOut(text.trimmed());
    return 0;
}

} // namespace Koso
