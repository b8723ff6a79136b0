#include "RatesCommand.h"

#include "policy/PolicyRates.h"
#include "policy/PolicyVocabulary.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "util/JapaneseDate.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Koso {

namespace {

// Columns on a terminal: CJK and full-width characters take two cells.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString pad(const QString &text, int width, bool right)
{
    const QString fill(qMax(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

QJsonValue share(const std::optional<double> &s)
{
    return s ? QJsonValue(*s) : QJsonValue();
}

} // namespace

QString RatesCommand::summary() const
{
    return tr("Show the share of hospitals and beds whose policy is agreed and verified.");
}

int RatesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Only this region (4-digit code)."), tr("CODE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("The rates as the policies stood at the end of this day."),
                                  tr("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption snapshots(
        QStringLiteral("take-snapshots"),
        tr("Store the rates at every past end of September and March that has none yet."));
    parser.addOptions({ db, region, asOf, json, snapshots });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QDate date;
    if (parser.isSet(asOf)) {
        const auto parsed = JapaneseDate::parse(parser.value(asOf));
        if (!parsed)
            return fail(tr("\"%1\" is not a date (write 2024-03-31).").arg(parser.value(asOf)));
        date = *parsed;
    }
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode,
                     parser.isSet(snapshots) ? Access::Write : Access::Read))
        return exitCode;
    const QString home = dataset.homePrefectureCode();
    QString regionCode;
    if (parser.isSet(region)) {
        const auto r = GeographyStore(dataset).region(parser.value(region));
        if (!r || r->prefectureCode != home)
            return fail(
                tr("Unknown region \"%1\" in the home prefecture.").arg(parser.value(region)));
        regionCode = r->code;
    }
    if (parser.isSet(snapshots)) {
        int written = 0;
        QString error;
        if (!PolicyRates::takeSnapshots(dataset, home, QDate::currentDate(), false, &written,
                                        &error))
            return fail(error);
        printErr(tr("Stored the rates of %n date(s).", "", written));
    }

    const auto rates = PolicyRates::compute(dataset, home, date, regionCode);
    const Table table = PolicyRates::toTable(dataset, rates);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (int i = 0; i < rates.size(); ++i) {
            const PolicyRate &r = rates.at(i);
            array.append(QJsonObject {
                { QStringLiteral("asOf"), r.asOf.toString(Qt::ISODate) },
                { QStringLiteral("scope"), r.scope },
                { QStringLiteral("scopeName"), table.rows.at(i).at(1).toString() },
                { QStringLiteral("group"), r.group },
                { QStringLiteral("hospitals"), r.hospitalsTotal },
                { QStringLiteral("hospitalsDone"), r.hospitalsDone },
                { QStringLiteral("hospitalShare"), share(r.hospitalShare()) },
                { QStringLiteral("beds"), r.bedsTotal },
                { QStringLiteral("bedsDone"), r.bedsDone },
                { QStringLiteral("bedShare"), share(r.bedShare()) },
            });
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return 0;
    }

    printOut(table.title);
    QLocale locale;
    QStringList lines;
    QVector<QStringList> cells;
    cells << QStringList { tr("Area"),  tr("Group"), tr("Hospitals"),
                           tr("Share"), tr("Beds"),  tr("Share") };
    for (const PolicyRate &r : rates) {
        if (r.group == QLatin1String("unknown") && r.hospitalsTotal == 0)
            continue;
        const QString scopeName = table.rows.at(rates.indexOf(r)).at(1).toString();
        cells << QStringList { scopeName.isEmpty() ? r.scope : scopeName,
                               PolicyVocabulary::rateGroupName(r.group),
                               QStringLiteral("%1 / %2").arg(locale.toString(r.hospitalsDone),
                                                             locale.toString(r.hospitalsTotal)),
                               PolicyRates::percentText(r.hospitalShare()),
                               QStringLiteral("%1 / %2").arg(locale.toString(r.bedsDone),
                                                             locale.toString(r.bedsTotal)),
                               PolicyRates::percentText(r.bedShare()) };
    }
    QVector<int> widths(cells.first().size(), 0);
    for (const QStringList &row : std::as_const(cells)) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row.at(c)));
    }
    for (const QStringList &row : std::as_const(cells)) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            // Names left, figures right.
            line += pad(row.at(c), widths[c], c >= 2) + QStringLiteral("  ");
        }
        lines << line.trimmed();
    }
    printOut(lines.join(QLatin1Char('\n')));
    printOut(table.notes.join(QLatin1Char('\n')));
    return 0;
}

} // namespace Koso
