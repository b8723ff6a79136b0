#include "MeasuresCommand.h"

#include "measures/MeasureStore.h"
#include "storage/Dataset.h"
#include "storage/HospitalStore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Koso {

QString MeasuresCommand::summary() const
{
    return tr("List the support measures and the hospitals linked to each.");
}

int MeasuresCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    parser.addOptions({ db, json });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    MeasureStore store(dataset);
    QHash<qint64, Hospital> hospitals;
    for (const Hospital &h : HospitalStore(dataset).hospitals())
        hospitals.insert(h.id, h);
    auto dateOrNull = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray list;
    for (const SupportMeasure &m : store.catalogue()) {
        const QVector<MeasureUse> uses = store.usesOfMeasure(m.id);
        if (parser.isSet(json)) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), m.id);
            o.insert(QStringLiteral("name"), m.name);
            o.insert(QStringLiteral("category"), m.category);
            o.insert(QStringLiteral("basis"), m.basis);
            o.insert(QStringLiteral("valid_from"), dateOrNull(m.validFrom));
            o.insert(QStringLiteral("valid_to"), dateOrNull(m.validTo));
            o.insert(QStringLiteral("retired_on"), dateOrNull(m.retiredOn));
            o.insert(QStringLiteral("version"), m.version);
            QJsonArray linked;
            for (const MeasureUse &u : uses) {
                QJsonObject h;
                h.insert(QStringLiteral("hospital_id"), u.hospitalId);
                h.insert(QStringLiteral("name"), hospitals.value(u.hospitalId).name);
                h.insert(QStringLiteral("region"), hospitals.value(u.hospitalId).regionCode);
                h.insert(QStringLiteral("stage"), MeasureUse::stageKey(u.stage));
                h.insert(QStringLiteral("fiscal_year"),
                         u.fiscalYear ? QJsonValue(u.fiscalYear) : QJsonValue());
                h.insert(QStringLiteral("amount_yen"),
                         u.amountYen ? QJsonValue(double(*u.amountYen)) : QJsonValue());
                linked.append(h);
            }
            o.insert(QStringLiteral("hospitals"), linked);
            list.append(o);
        } else {
            QStringList names;
            for (const MeasureUse &u : uses)
                names << hospitals.value(u.hospitalId).name;
            QString line = QStringLiteral("%1  %2  [%3]").arg(m.id, m.name, m.basis);
            if (m.validFrom.isValid() || m.validTo.isValid())
                line
                    += QStringLiteral("  %1 – %2")
                           .arg(m.validFrom.toString(Qt::ISODate), m.validTo.toString(Qt::ISODate));
            if (m.isRetired())
                line += QStringLiteral("  ")
                    + tr("retired %1").arg(m.retiredOn.toString(Qt::ISODate));
            line += QStringLiteral("  ") + tr("%n hospital(s)", "", int(uses.size()));
            if (!names.isEmpty())
                line += QStringLiteral(": ") + names.join(QStringLiteral("、"));
            printOut(line);
        }
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
    return 0;
}

} // namespace Koso
