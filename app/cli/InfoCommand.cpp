#include "InfoCommand.h"

#include "storage/Dataset.h"
#include "storage/DatasetSummary.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Koso {

namespace {

// Columns a terminal gives the text: kana, kanji and full-width forms take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace

QString InfoCommand::summary() const
{
    return tr("Show a dataset's schema version, home prefecture and counts.");
}

int InfoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the summary as JSON (keys schema_version, "
                                     "home_prefecture, prefectures, regions, hospitals, "
                                     "editions)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The dataset (.koso)."));
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(files.isEmpty() ? tr("No dataset given: koso info FILE.")
                                    : tr("koso info takes one dataset, not %1.").arg(files.size()));

    Dataset dataset;
    if (!openDataset(dataset, files.first(), &exitCode))
        return exitCode;
    const DatasetSummary s = DatasetSummary::read(dataset);

    if (parser.isSet(json)) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), s.path);
        o.insert(QStringLiteral("schema_version"), s.schemaVersion);
        o.insert(QStringLiteral("home_prefecture"), s.homePrefectureCode);
        o.insert(QStringLiteral("home_prefecture_name"), s.homePrefectureName);
        o.insert(QStringLiteral("prefectures"), s.prefectures);
        o.insert(QStringLiteral("regions"), s.regions);
        o.insert(QStringLiteral("hospitals"), s.hospitals);
        o.insert(QStringLiteral("clinics"), s.clinics);
        o.insert(QStringLiteral("editions"), int(s.editions.size()));
        o.insert(QStringLiteral("edition_labels"), QJsonArray::fromStringList(s.editions));
        if (!dataset.backupPath().isEmpty())
            o.insert(QStringLiteral("upgraded_backup"), dataset.backupPath());
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return 0;
    }

    const QLocale locale;
    const QList<QPair<QString, QString>> rows = {
        { tr("File"), s.path },
        { tr("Schema version"), QString::number(s.schemaVersion) },
        { tr("Home prefecture"), s.homePrefectureCode + QLatin1Char(' ') + s.homePrefectureName },
        { tr("Prefectures"), locale.toString(s.prefectures) },
        { tr("Regions"), locale.toString(s.regions) },
        { tr("Hospitals"),
          tr("%1 (of which %2 clinics with beds)")
              .arg(locale.toString(s.hospitals), locale.toString(s.clinics)) },
        { tr("Editions"),
          s.editions.isEmpty() ? QStringLiteral("0")
                               : tr("%1 (%2)").arg(locale.toString(int(s.editions.size())),
                                                   s.editions.join(tr(", "))) },
    };
    int width = 0;
    for (const auto &row : rows)
        width = qMax(width, displayWidth(row.first));
    QString out;
    for (const auto &row : rows)
        out += row.first + QLatin1Char(':')
            + QString(width + 1 - displayWidth(row.first), QLatin1Char(' ')) + row.second
            + QLatin1Char('\n');
    if (!dataset.backupPath().isEmpty())
        out += tr("Upgraded to the current schema; the previous file is kept as %1.")
                   .arg(dataset.backupPath())
            + QLatin1Char('\n');
    printOut(out);
    return 0;
}

} // namespace Koso
