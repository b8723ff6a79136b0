#include "PromotionCandidatesCommand.h"

#include "planning/PromotionCandidates.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Koso {

QString PromotionCandidatesCommand::summary() const
{
    return tr("Rank the regions of the home prefecture by MHLW's criteria for promotion regions.");
}

int PromotionCandidatesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption threshold = thresholdOption();
    parser.addOptions({ db, json, threshold });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Usage: koso promotion candidates --db DATASET [--json]"));
    double band = 0.10;
    if (!readThreshold(parser, threshold, &band, &exitCode))
        return exitCode;
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    const auto candidates = PromotionCandidates::rank(dataset, band);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const PromotionCandidate &c : candidates) {
            QJsonObject o;
            o.insert(QStringLiteral("region_code"), c.regionCode);
            o.insert(QStringLiteral("region_name"), c.regionName);
            o.insert(QStringLiteral("rank"), c.rank);
            o.insert(QStringLiteral("total_gap_ratio"),
                     c.totalGapRatio ? QJsonValue(*c.totalGapRatio) : QJsonValue());
            QJsonObject functions;
            for (auto it = c.functionGapRatios.cbegin(); it != c.functionGapRatios.cend(); ++it)
                functions.insert(it.key(), it.value());
            o.insert(QStringLiteral("function_gap_ratios"), functions);
            o.insert(QStringLiteral("reverification_open"), c.reverificationOpen);
            o.insert(QStringLiteral("other_issues"), c.otherIssues);
            QJsonArray criteria;
            if (c.criterion1)
                criteria.append(1);
            if (c.criterion2)
                criteria.append(2);
            if (c.criterion3)
                criteria.append(3);
            if (c.criterion4)
                criteria.append(4);
            o.insert(QStringLiteral("criteria_met"), criteria);
            o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons(band)));
            o.insert(QStringLiteral("designations"), QJsonArray::fromStringList(c.designations));
            array.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return 0;
    }
    QString text;
    for (const PromotionCandidate &c : candidates) {
        text += QStringLiteral("%1\t%2 %3\t%4\n")
                    .arg(c.rank)
                    .arg(c.regionCode, c.regionName, c.reasons(band).join(QStringLiteral(" / ")));
    }
    printOut(text.trimmed());
    return 0;
}

} // namespace Koso
