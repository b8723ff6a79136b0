#pragma once

#include "checklist/Assessment.h"
#include "checklist/AssessmentSummary.h"

#include <QCoreApplication>
#include <QVector>

namespace Koso {

// Two assessments side by side (usually last year's and this year's), item by item. Items
// are matched by No., so assessments answered against different template versions compare
// too; a changed wording is flagged.
class AssessmentComparison
{
    Q_DECLARE_TR_FUNCTIONS(Koso::AssessmentComparison)

public:
    enum class Change {
        Unchanged,
        BecameYes, // いいえ, 該当なし or unanswered before, はい now
        NoLongerYes, // はい before, anything else now
        Other // any other change of answer
    };

    struct Row
    {
        int number = 0;
        QString genre;
        QString text; // the newer wording (the older one when the item is gone)
        QString basis;
        bool inBefore = false;
        bool inAfter = false;
        bool textChanged = false; // both have the item, in different words
        ChecklistEntry before;
        ChecklistEntry after;

        Change change() const;
        bool answerChanged() const { return change() != Change::Unchanged; }
        bool remarksChanged() const
        {
            return before.remarks != after.remarks || before.section != after.section;
        }
    };

    AssessmentComparison(const Assessment &before, const Assessment &after);

    const Assessment &before() const { return m_before; }
    const Assessment &after() const { return m_after; }
    const QVector<Row> &rows() const { return m_rows; }
    AssessmentSummary beforeSummary() const { return AssessmentSummary(m_before); }
    AssessmentSummary afterSummary() const { return AssessmentSummary(m_after); }

    int changedAnswers() const;
    int count(Change change) const;
    // "回答が変わった項目 5件（はいになった 3件、はいでなくなった 1件、その他 1件）".
    QString changeSummary() const;

    static QString changeLabel(Change change);

private:
    Assessment m_before;
    Assessment m_after;
    QVector<Row> m_rows;
};

} // namespace Koso
