#include "checklist/ChecklistTemplate.h"

#include "checklist/TemplateImporter.h"
#include "io/TableReader.h"

#include <QFile>
#include <QSet>

namespace Koso {

QString ChecklistTemplate::displayName() const
{
    if (version <= 0)
        return name;
    return tr("%1, version %2").arg(name).arg(version);
}

const ChecklistItem *ChecklistTemplate::itemById(qint64 itemId) const
{
    for (const ChecklistItem &item : items) {
        if (item.id == itemId)
            return &item;
    }
    return nullptr;
}

const ChecklistItem *ChecklistTemplate::itemByNumber(int number) const
{
    for (const ChecklistItem &item : items) {
        if (item.number == number)
            return &item;
    }
    return nullptr;
}

QVector<ChecklistItem> ChecklistTemplate::itemsOfGenre(const QString &genre) const
{
    QVector<ChecklistItem> list;
    for (const ChecklistItem &item : items) {
        if (item.genre == genre)
            list << item;
    }
    return list;
}

QStringList ChecklistTemplate::problems() const
{
    QStringList list;
    if (name.trimmed().isEmpty())
        list << tr("The template has no name.");
    if (items.isEmpty())
        list << tr("The template has no items.");
    QSet<QString> listed;
    for (const QString &genre : genres) {
        if (genre.trimmed().isEmpty())
            list << tr("A genre has no name.");
        else if (listed.contains(genre))
            list << tr("The genre \"%1\" is listed twice.").arg(genre);
        listed.insert(genre);
    }
    QStringList order; // genres in the order of their first item
    for (int i = 0; i < items.size(); ++i) {
        const ChecklistItem &item = items.at(i);
        if (item.number != i + 1)
            list << tr("Item %1 is numbered %2; items must be numbered 1, 2, 3… in order.")
                        .arg(i + 1)
                        .arg(item.number);
        if (item.text.trimmed().isEmpty())
            list << tr("Item %1 has no text.").arg(item.number);
        if (!listed.contains(item.genre)) {
            list << tr("Item %1 belongs to the genre \"%2\", which the template does not list.")
                        .arg(item.number)
                        .arg(item.genre);
            continue;
        }
        if (order.isEmpty() || order.last() != item.genre) {
            if (order.contains(item.genre))
                list << tr("Item %1 returns to the genre \"%2\"; the items of a genre must be "
                           "consecutive.")
                            .arg(item.number)
                            .arg(item.genre);
            else
                order << item.genre;
        }
    }
    if (list.isEmpty() && order != genres)
        list << tr("The genres must be listed in the order of their items, and every genre "
                   "needs at least one item.");
    return list;
}

bool ChecklistTemplate::sameContent(const ChecklistTemplate &other) const
{
    if (title != other.title || note != other.note || genres != other.genres
        || items.size() != other.items.size())
        return false;
    for (int i = 0; i < items.size(); ++i) {
        const ChecklistItem &a = items.at(i);
        const ChecklistItem &b = other.items.at(i);
        if (a.number != b.number || a.genre != b.genre || a.text != b.text || a.basis != b.basis)
            return false;
    }
    return true;
}

QString ChecklistTemplate::sourceKey(Source source)
{
    switch (source) {
    case Source::Bundled:
        return QStringLiteral("bundled");
    case Source::Imported:
        return QStringLiteral("imported");
    case Source::Edited:
        break;
    }
    return QStringLiteral("edited");
}

ChecklistTemplate::Source ChecklistTemplate::sourceFromKey(const QString &key)
{
    if (key == QLatin1String("bundled"))
        return Source::Bundled;
    if (key == QLatin1String("imported"))
        return Source::Imported;
    return Source::Edited;
}

QString ChecklistTemplate::sourceLabel(Source source)
{
    switch (source) {
    case Source::Bundled:
        return tr("Shipped with Koso Planner");
    case Source::Imported:
        return tr("Imported");
    case Source::Edited:
        break;
    }
    return tr("Edited");
}

QString ChecklistTemplate::bundledResourcePath()
{
    return QStringLiteral(":/core/checklist/default-template.tsv");
}

bool ChecklistTemplate::bundled(ChecklistTemplate *out, QString *error)
{
    QFile file(bundledResourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The default checklist template is missing from this build.");
        return false;
    }
    // Key/value lines (name, version, title, note), then the item table with its header.
    ChecklistTemplate t;
    TableData table;
    table.fileName = QStringLiteral("default-template.tsv");
    int line = 0;
    bool inTable = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        ++line;
        const QString text = raw.trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = raw.split(QLatin1Char('\t'));
        if (!inTable && fields.first() == QLatin1String("No.")) {
            inTable = true;
        }
        if (inTable) {
            QVector<QVariant> row;
            for (const QString &f : fields)
                row << f.trimmed();
            table.rows << row;
            table.lineNumbers << line;
            continue;
        }
        const QString key = fields.first();
        const QString value = fields.mid(1).join(QLatin1Char('\t')).trimmed();
        if (key == QLatin1String("name"))
            t.name = value;
        else if (key == QLatin1String("version"))
            t.version = value.toInt();
        else if (key == QLatin1String("title"))
            t.title = value;
        else if (key == QLatin1String("note"))
            t.note = value;
    }
    ChecklistTemplate items;
    if (!TemplateImporter::fromTable(table, &items, error))
        return false;
    t.genres = items.genres;
    t.items = items.items;
    t.source = Source::Bundled;
    const QStringList problems = t.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    *out = t;
    return true;
}

} // namespace Koso
