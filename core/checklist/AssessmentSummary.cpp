#include "checklist/AssessmentSummary.h"

#include "checklist/Assessment.h"

namespace Koso {

AssessmentSummary::AssessmentSummary(const Assessment &assessment)
{
    const ChecklistTemplate &t = assessment.checklistTemplate;
    for (const QString &genre : t.genres) {
        Counts c;
        c.genre = genre;
        m_genres << c;
    }
    for (const ChecklistItem &item : t.items) {
        Counts *c = nullptr;
        for (Counts &g : m_genres) {
            if (g.genre == item.genre)
                c = &g;
        }
        if (!c)
            continue;
        Counts *both[] = { c, &m_total };
        for (Counts *k : both) {
            ++k->items;
            switch (assessment.answer(item.id)) {
            case ChecklistAnswer::Yes:
                ++k->yes;
                break;
            case ChecklistAnswer::No:
                ++k->no;
                break;
            case ChecklistAnswer::NotApplicable:
                ++k->notApplicable;
                break;
            case ChecklistAnswer::Unanswered:
                ++k->unanswered;
                break;
            }
        }
    }
}

AssessmentSummary::Counts AssessmentSummary::genre(const QString &name) const
{
    for (const Counts &c : m_genres) {
        if (c.genre == name)
            return c;
    }
    return Counts();
}

} // namespace Koso
