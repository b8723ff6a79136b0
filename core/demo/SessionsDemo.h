#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Koso {

class Dataset;

// The demo step for issue 14: two regional banks, three study sessions in different states
// (one held with attendance about four months before the reference date, one being arranged
// whose MHLW request is due NearDeadlineDays after it and not sent yet, one idea for the next
// fiscal year), the shipped support-measure catalogue with one measure edited by the office,
// measures linked to a few hospitals, and three good-practice cases (fictional, marked as
// such). Every date is placed relative to the reference date the caller gives (koso demo and
// the planner's demo pass today), never the clock: the output depends only on that date. The
// default reference date gives the dates the demo had before it was movable. Runs inside the
// generator's transaction.
class SessionsDemo
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SessionsDemo)

public:
    static constexpr int NearDeadlineDays = 10;

    static bool write(Dataset &dataset, const QDate &referenceDate, QString *error);
    // The reference date of a generator that is given none (fixed, for tests).
    static QDate defaultReferenceDate() { return QDate(2025, 11, 20); }
    // meta key holding the reference date (ISO) the demo was written against.
    static QString referenceDateMetaKey();
};

} // namespace Koso
