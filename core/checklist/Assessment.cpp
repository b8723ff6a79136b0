#include "checklist/Assessment.h"

#include "util/JapaneseDate.h"

namespace Koso {

ChecklistEntry Assessment::entryByNumber(int number) const
{
    const ChecklistItem *item = checklistTemplate.itemByNumber(number);
    return item ? entry(item->id) : ChecklistEntry();
}

QString Assessment::label() const
{
    QString text
        = tr("%1 (filled in %2)")
              .arg(JapaneseDate::fiscalYearLabel(fiscalYear), JapaneseDate::display(filledOn));
    if (!title.isEmpty())
        text += QStringLiteral(" ") + title;
    return text;
}

Assessment Assessment::blank(const ChecklistTemplate &checklistTemplate, int fiscalYear,
                             const QDate &filledOn)
{
    Assessment a;
    a.checklistTemplate = checklistTemplate;
    a.fiscalYear = fiscalYear;
    a.filledOn = filledOn;
    return a;
}

Assessment Assessment::copyOf(const Assessment &previous,
                              const ChecklistTemplate &checklistTemplate, int fiscalYear,
                              const QDate &filledOn)
{
    Assessment a = blank(checklistTemplate, fiscalYear, filledOn);
    a.copiedFrom = previous.id;
    a.entries = carryOver(previous, checklistTemplate);
    return a;
}

QHash<qint64, ChecklistEntry> Assessment::carryOver(const Assessment &from,
                                                    const ChecklistTemplate &to)
{
    QHash<qint64, ChecklistEntry> entries;
    for (const ChecklistItem &item : to.items) {
        const ChecklistItem *old = from.checklistTemplate.itemByNumber(item.number);
        if (!old || old->genre != item.genre)
            continue;
        const ChecklistEntry e = from.entry(old->id);
        if (!e.isEmpty())
            entries.insert(item.id, e);
    }
    return entries;
}

} // namespace Koso
