#include "planning/TargetSheet.h"

#include "io/TableReader.h"
#include "planning/PlanningEditCommand.h"
#include "planning/PlanningStore.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "util/JapaneseDate.h"

#include <QSet>

namespace Koso {

namespace {

QString keyOf(const AnnualTarget &t)
{
    QString key = QStringLiteral("%1|%2|%3|%4")
                      .arg(t.regionCode)
                      .arg(t.fiscalYear)
                      .arg(t.indicator, t.functionKey);
    if (t.isText())
        key += QLatin1Char('|') + t.target.trimmed();
    return key;
}

} // namespace

QStringList TargetSheet::header()
{
    return { QStringLiteral("region_code"), QStringLiteral("fiscal_year"),
             QStringLiteral("indicator"),   QStringLiteral("function"),
             QStringLiteral("direction"),   QStringLiteral("target"),
             QStringLiteral("note") };
}

Table TargetSheet::toTable(const QVector<AnnualTarget> &targets)
{
    Table table;
    table.sheetName = QStringLiteral("targets");
    table.header = header();
    for (const AnnualTarget &t : targets) {
        QVariant target = t.target;
        if (!t.isText()) {
            if (const auto n = t.targetNumber())
                target = *n;
        }
        table.rows.append({ t.regionCode, t.fiscalYear, t.indicator, t.functionKey, t.direction,
                            target, t.note });
    }
    return table;
}

bool TargetSheet::parse(Dataset &dataset, const TableData &data, QVector<AnnualTarget> *targets,
                        QStringList *errors)
{
    targets->clear();
    errors->clear();
    // The header row: the first whose cells name every column (a title row may come first).
    int headerRow = -1;
    QHash<QString, int> column;
    for (int r = 0; r < data.rows.size() && headerRow < 0; ++r) {
        QHash<QString, int> found;
        for (int c = 0; c < data.rows.at(r).size(); ++c)
            found.insert(data.text(r, c).toLower(), c);
        bool all = true;
        for (const QString &h : header())
            all = all && found.contains(h);
        if (all) {
            headerRow = r;
            column = found;
        }
    }
    if (headerRow < 0) {
        *errors << tr("%1: no header row %2.").arg(data.fileName, header().join(QLatin1Char(',')));
        return false;
    }
    QSet<QString> regions;
    for (const Region &region : GeographyStore(dataset).regions())
        regions.insert(region.code);

    QSet<QString> seen;
    QVector<AnnualTarget> result;
    for (int r = headerRow + 1; r < data.rows.size(); ++r) {
        auto cell = [&](const QString &name) {
            return data.text(r, column.value(name));
        };
        bool empty = true;
        for (const QString &h : header())
            empty = empty && cell(h).isEmpty();
        if (empty)
            continue;
        const int line = data.lineNumbers.value(r, r + 1);
        auto bad = [&](const QString &name, const QString &message) {
            *errors << tr("line %1, column %2 (%3): %4")
                           .arg(line)
                           .arg(column.value(name) + 1)
                           .arg(name, message);
        };
        AnnualTarget t;
        t.regionCode = cell(QStringLiteral("region_code"));
        if (t.regionCode.size() == 3 && t.regionCode.toInt() > 0)
            t.regionCode.prepend(QLatin1Char('0')); // MHLW stores 101 for 0101
        if (!regions.contains(t.regionCode))
            bad(QStringLiteral("region_code"),
                tr("unknown region \"%1\"").arg(cell(QStringLiteral("region_code"))));
        const auto fy = JapaneseDate::parseFiscalYear(cell(QStringLiteral("fiscal_year")));
        if (!fy || *fy < 2000 || *fy > 2100)
            bad(QStringLiteral("fiscal_year"),
                tr("\"%1\" is not a fiscal year").arg(cell(QStringLiteral("fiscal_year"))));
        else
            t.fiscalYear = *fy;
        t.indicator = cell(QStringLiteral("indicator"));
        const bool knownIndicator = PlanningVocabulary::indicators().contains(t.indicator);
        if (!knownIndicator)
            bad(QStringLiteral("indicator"),
                tr("\"%1\" is not one of %2")
                    .arg(t.indicator, PlanningVocabulary::indicators().join(QLatin1Char('|'))));
        t.functionKey = cell(QStringLiteral("function"));
        if (t.indicator == QLatin1String("beds")) {
            if (!PlanningVocabulary::targetFunctions().contains(t.functionKey))
                bad(QStringLiteral("function"),
                    tr("a beds target needs one of %1")
                        .arg(PlanningVocabulary::targetFunctions().join(QLatin1Char('|'))));
        } else if (!t.functionKey.isEmpty() && knownIndicator) {
            bad(QStringLiteral("function"), tr("only a beds target names a function"));
        }
        t.direction = cell(QStringLiteral("direction"));
        t.target = cell(QStringLiteral("target"));
        if (t.indicator == QLatin1String("text")) {
            if (!t.direction.isEmpty())
                bad(QStringLiteral("direction"), tr("a text target has no direction"));
            if (t.target.isEmpty())
                bad(QStringLiteral("target"), tr("a text target needs its wording"));
        } else if (knownIndicator) {
            if (!PlanningVocabulary::directions().contains(t.direction))
                bad(QStringLiteral("direction"),
                    tr("\"%1\" is not at_least or at_most").arg(t.direction));
            const auto n = t.targetNumber();
            if (!n || *n < 0)
                bad(QStringLiteral("target"), tr("\"%1\" is not a number").arg(t.target));
            else if (t.indicator.startsWith(QLatin1String("policy_rate")) && *n > 100)
                bad(QStringLiteral("target"), tr("a rate is a percentage from 0 to 100"));
            else
                t.target = QString::number(*n, 'g', 12);
        }
        t.note = cell(QStringLiteral("note"));
        if (knownIndicator && t.fiscalYear > 0) {
            if (seen.contains(keyOf(t)))
                bad(QStringLiteral("indicator"), tr("the same target appears twice"));
            seen.insert(keyOf(t));
        }
        result << t;
    }
    if (!errors->isEmpty())
        return false;
    *targets = result;
    return true;
}

bool TargetSheet::read(Dataset &dataset, const QString &path, QVector<AnnualTarget> *targets,
                       QStringList *errors)
{
    TableData data;
    QString error;
    if (!TableReader::read(path, &data, &error)) {
        errors->clear();
        *errors << error;
        return false;
    }
    return parse(dataset, data, targets, errors);
}

std::unique_ptr<PlanningEditCommand>
TargetSheet::importCommand(Dataset *dataset, const QVector<AnnualTarget> &targets, int *added,
                           int *updated)
{
    *added = 0;
    *updated = 0;
    PlanningStore store(*dataset);
    QHash<QString, AnnualTarget> existing;
    QHash<QString, int> positions;
    for (const AnnualTarget &t : store.targets()) {
        existing.insert(keyOf(t), t);
        const QString rk = t.regionCode + QString::number(t.fiscalYear);
        positions[rk] = qMax(positions.value(rk), t.position + 1);
    }
    auto command = std::make_unique<PlanningEditCommand>(
        dataset, tr("Import %n target(s)", nullptr, int(targets.size())));
    const QString table = QStringLiteral("annual_target");
    for (AnnualTarget t : targets) {
        const auto it = existing.constFind(keyOf(t));
        if (it != existing.cend()) {
            PlanningValues v { { QStringLiteral("direction"), t.direction },
                               { QStringLiteral("target"), t.target },
                               { QStringLiteral("note"), t.note } };
            QString error;
            const bool changes
                = it->direction != t.direction || it->target != t.target || it->note != t.note;
            if (changes && command->addUpdate(table, it->id, v, &error))
                ++*updated;
        } else {
            const QString rk = t.regionCode + QString::number(t.fiscalYear);
            t.position = positions.value(rk);
            positions[rk] = t.position + 1;
            command->addInsert(table, t.values());
            ++*added;
        }
    }
    if (command->isEmpty())
        return nullptr;
    return command;
}

} // namespace Koso
