#include "LocationsCommand.h"

#include "mhlw/FacilityMatcher.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Koso {

QString LocationsCommand::summary() const
{
    return tr("List the facilities matched to 医療情報ネット's hospital locations, or those not "
              "matched with the reason.");
}

int LocationsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    const QCommandLineOption prefecture(
        QStringLiteral("prefecture"),
        tr("The prefecture whose facilities to list (default: the home prefecture)."), tr("CODE"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 tr("List the facilities of every prefecture."));
    const QCommandLineOption unmatched(QStringLiteral("unmatched"),
                                       tr("Only the facilities that were not matched."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON instead of text."));
    parser.addOptions({ db, prefecture, all, unmatched, json });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument \"%1\"; run \"koso locations --help\".")
                        .arg(parser.positionalArguments().first()));
    if (parser.isSet(prefecture) && parser.isSet(all))
        return fail(tr("Give either --prefecture or --all, not both."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString code;
    if (!parser.isSet(all)) {
        code = (parser.isSet(prefecture) ? parser.value(prefecture).trimmed()
                                         : dataset.homePrefectureCode())
                   .rightJustified(2, QLatin1Char('0'));
        GeographyStore geography(dataset);
        if (!geography.prefecture(code))
            return fail(tr("Unknown prefecture code \"%1\".").arg(code));
    }
    const QDate snapshot = FacilityMatcher::snapshotInUse(dataset);
    const QVector<LocatedFacility> facilities = FacilityMatcher::located(dataset, code);
    bool countsKnown = false;
    const QVector<KindDisagreement> disagreements
        = FacilityMatcher::kindDisagreements(dataset, code, &countsKnown);
    int matched = 0;
    for (const LocatedFacility &f : facilities)
        matched += f.matched ? 1 : 0;
    const bool onlyUnmatched = parser.isSet(unmatched);

    if (parser.isSet(json)) {
        QJsonObject root;
        root.insert(QStringLiteral("snapshot"),
                    snapshot.isValid() ? QJsonValue(snapshot.toString(Qt::ISODate)) : QJsonValue());
        root.insert(QStringLiteral("prefecture"), code.isEmpty() ? QJsonValue() : QJsonValue(code));
        root.insert(QStringLiteral("facilities_total"), int(facilities.size()));
        root.insert(QStringLiteral("matched"), matched);
        QJsonArray list;
        for (const LocatedFacility &f : facilities) {
            if (onlyUnmatched && f.matched)
                continue;
            QJsonObject o;
            o.insert(QStringLiteral("hospital_id"), f.hospitalId);
            o.insert(QStringLiteral("region_code"), f.regionCode);
            o.insert(QStringLiteral("region_name"), f.regionName);
            o.insert(QStringLiteral("name"), f.name);
            o.insert(QStringLiteral("municipality"), f.municipality);
            o.insert(QStringLiteral("kind"), f.kind);
            o.insert(QStringLiteral("kind_basis"), f.kindBasis);
            o.insert(QStringLiteral("status"),
                     f.matched       ? QStringLiteral("matched")
                         : f.checked ? QStringLiteral("unmatched")
                                     : QStringLiteral("not_checked"));
            if (f.matched) {
                o.insert(QStringLiteral("rule"), f.rule);
                o.insert(QStringLiteral("location_name"), f.locationName);
                o.insert(QStringLiteral("location_id"), f.locationId);
                o.insert(QStringLiteral("latitude"),
                         f.latitude ? QJsonValue(*f.latitude) : QJsonValue());
                o.insert(QStringLiteral("longitude"),
                         f.longitude ? QJsonValue(*f.longitude) : QJsonValue());
            } else if (f.checked) {
                o.insert(QStringLiteral("reason"), f.reason);
            }
            list << o;
        }
        root.insert(QStringLiteral("facilities"), list);
        QJsonArray regions;
        for (const KindDisagreement &d : disagreements) {
            QJsonObject o;
            o.insert(QStringLiteral("region_code"), d.regionCode);
            o.insert(QStringLiteral("region_name"), d.regionName);
            o.insert(QStringLiteral("summary_hospitals"), d.summaryHospitals);
            o.insert(QStringLiteral("summary_clinics"), d.summaryClinics);
            o.insert(QStringLiteral("listed_hospitals"), d.listedHospitals);
            o.insert(QStringLiteral("listed_clinics"), d.listedClinics);
            regions << o;
        }
        root.insert(QStringLiteral("kind_counts_known"), countsKnown);
        root.insert(QStringLiteral("kind_disagreements"), regions);
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }

    const QLocale locale;
    QStringList lines;
    if (!snapshot.isValid())
        lines << tr("No 医療情報ネット data in this dataset: import it with koso import FILE.zip.");
    else
        lines << tr("医療情報ネット snapshot %1: %L2 of %L3 facilities matched (%4 %).")
                     .arg(snapshot.toString(Qt::ISODate))
                     .arg(matched)
                     .arg(facilities.size())
                     .arg(facilities.isEmpty()
                              ? QStringLiteral("-")
                              : locale.toString(100.0 * matched / facilities.size(), 'f', 1));
    lines << QStringList { tr("region"),       tr("region name"), tr("facility"),
                           tr("municipality"), tr("kind"),        tr("status"),
                           tr("how or why"),   tr("latitude"),    tr("longitude") }
                 .join(QLatin1Char('\t'));
    for (const LocatedFacility &f : facilities) {
        if (onlyUnmatched && f.matched)
            continue;
        const QString kind
            = (f.kind == QLatin1String("clinic") ? tr("clinic with beds") : tr("hospital"))
            + (f.kindBasis == QLatin1String("name") ? tr(" (guessed from the name)") : QString());
        const QString status = f.matched ? tr("matched")
            : f.checked                  ? tr("unmatched")
                                         : tr("not checked");
        const QString how = f.matched ? FacilityMatcher::ruleText(f.rule)
            : f.checked               ? FacilityMatcher::reasonText(f.reason)
                                      : QString();
        lines << QStringList { f.regionCode,
                               f.regionName,
                               f.name,
                               f.municipality,
                               kind,
                               status,
                               how,
                               f.latitude ? QString::number(*f.latitude, 'f', 6) : QString(),
                               f.longitude ? QString::number(*f.longitude, 'f', 6) : QString() }
                     .join(QLatin1Char('\t'));
    }
    if (countsKnown) {
        lines << tr("Regions whose hospitals and clinics with beds disagree with the summary row "
                    "of 別添5: %L1.")
                     .arg(disagreements.size());
        for (const KindDisagreement &d : disagreements)
            lines << QStringLiteral("  ") + FacilityMatcher::describe(d);
    }
    printOut(lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace Koso
