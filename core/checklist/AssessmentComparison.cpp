#include "checklist/AssessmentComparison.h"

#include <algorithm>

namespace Koso {

AssessmentComparison::Change AssessmentComparison::Row::change() const
{
    if (before.answer == after.answer)
        return Change::Unchanged;
    if (after.answer == ChecklistAnswer::Yes)
        return Change::BecameYes;
    if (before.answer == ChecklistAnswer::Yes)
        return Change::NoLongerYes;
    return Change::Other;
}

AssessmentComparison::AssessmentComparison(const Assessment &before, const Assessment &after)
    : m_before(before)
    , m_after(after)
{
    const ChecklistTemplate &bt = before.checklistTemplate;
    const ChecklistTemplate &at = after.checklistTemplate;
    for (const ChecklistItem &item : at.items) {
        Row row;
        row.number = item.number;
        row.genre = item.genre;
        row.text = item.text;
        row.basis = item.basis;
        row.inAfter = true;
        row.after = after.entry(item.id);
        if (const ChecklistItem *old = bt.itemByNumber(item.number)) {
            row.inBefore = true;
            row.before = before.entry(old->id);
            row.textChanged = old->text != item.text || old->genre != item.genre;
        }
        m_rows << row;
    }
    // Items the newer template no longer has, after the others in number order.
    for (const ChecklistItem &old : bt.items) {
        if (at.itemByNumber(old.number))
            continue;
        Row row;
        row.number = old.number;
        row.genre = old.genre;
        row.text = old.text;
        row.basis = old.basis;
        row.inBefore = true;
        row.before = before.entry(old.id);
        m_rows << row;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.number < b.number; });
}

int AssessmentComparison::changedAnswers() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.answerChanged(); }));
}

int AssessmentComparison::count(Change change) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [change](const Row &r) { return r.change() == change; }));
}

QString AssessmentComparison::changeSummary() const
{
    const int changed = changedAnswers();
    if (changed == 0)
        return tr("No answer changed.");
    return tr("Answers changed: %1 (became Yes: %2, no longer Yes: %3, other: %4).")
        .arg(changed)
        .arg(count(Change::BecameYes))
        .arg(count(Change::NoLongerYes))
        .arg(count(Change::Other));
}

QString AssessmentComparison::changeLabel(Change change)
{
    switch (change) {
    case Change::BecameYes:
        return tr("Now Yes");
    case Change::NoLongerYes:
        return tr("No longer Yes");
    case Change::Other:
        return tr("Changed");
    case Change::Unchanged:
        break;
    }
    return QString();
}

} // namespace Koso
