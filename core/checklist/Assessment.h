#pragma once

#include "checklist/ChecklistEntry.h"
#include "checklist/ChecklistTemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace Koso {

// One self-assessment against one template version: the 記入日, the fiscal year and, for
// every item, the answer, 備考 and the section in charge. Items without an entry are
// unanswered.
class Assessment
{
    Q_DECLARE_TR_FUNCTIONS(Koso::Assessment)

public:
    qint64 id = 0; // 0 until stored
    int fiscalYear = 0;
    QDate filledOn; // 記入日
    QString title; // optional label, e.g. 6月時点
    qint64 copiedFrom = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    ChecklistTemplate checklistTemplate; // the version it is answered against
    QHash<qint64, ChecklistEntry> entries; // by item id; missing means empty

    qint64 templateId() const { return checklistTemplate.id; }
    ChecklistEntry entry(qint64 itemId) const { return entries.value(itemId); }
    ChecklistEntry entryByNumber(int number) const;
    ChecklistAnswer answer(qint64 itemId) const { return entry(itemId).answer; }

    // "令和6年度（記入日 令和6年6月11日）" and the title if any, for pickers and headings.
    QString label() const;

    // A new assessment of the given template; nothing answered.
    static Assessment blank(const ChecklistTemplate &checklistTemplate, int fiscalYear,
                            const QDate &filledOn);
    // A new assessment that starts from previous: answers, 備考 and sections are carried
    // over item by item (same No. and genre), also onto a newer template version.
    static Assessment copyOf(const Assessment &previous, const ChecklistTemplate &checklistTemplate,
                             int fiscalYear, const QDate &filledOn);
    // The entries of from placed on the items of to (same No. and genre).
    static QHash<qint64, ChecklistEntry> carryOver(const Assessment &from,
                                                   const ChecklistTemplate &to);
};

} // namespace Koso
