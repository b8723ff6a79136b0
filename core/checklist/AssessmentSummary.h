#pragma once

#include <QString>
#include <QVector>

namespace Koso {

class Assessment;

// Counts per genre and for the whole list. "Applicable" items are those not answered
// 該当なし; the share of はい is taken over them, and unanswered items count as applicable
// (they still need an answer).
class AssessmentSummary
{
public:
    struct Counts
    {
        QString genre; // empty for the whole list
        int items = 0;
        int yes = 0;
        int no = 0;
        int notApplicable = 0;
        int unanswered = 0;

        int applicable() const { return items - notApplicable; }
        int answered() const { return items - unanswered; }
        // はい among applicable items, 0…1; 0 when nothing applies.
        double yesShare() const { return applicable() > 0 ? double(yes) / applicable() : 0.0; }
        bool operator==(const Counts &o) const
        {
            return genre == o.genre && items == o.items && yes == o.yes && no == o.no
                && notApplicable == o.notApplicable && unanswered == o.unanswered;
        }
    };

    explicit AssessmentSummary(const Assessment &assessment);

    // In the template's genre order.
    const QVector<Counts> &genres() const { return m_genres; }
    const Counts &total() const { return m_total; }
    // Counts of one genre; an empty Counts when the template has no such genre.
    Counts genre(const QString &name) const;
    bool isComplete() const { return m_total.unanswered == 0; }

private:
    QVector<Counts> m_genres;
    Counts m_total;
};

} // namespace Koso
