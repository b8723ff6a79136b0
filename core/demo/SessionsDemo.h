#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Koso {

class Dataset;

// The demo step for issue 14: two regional banks, three study sessions in different states
// (one held with attendance, one being arranged whose MHLW request is due ten days after
// ReferenceDate and not sent yet, one idea for the next fiscal year), the shipped
// support-measure catalogue with one measure edited by the office, measures linked to a few
// hospitals, and three good-practice cases (fictional, marked as such). Fixed dates only: the
// output does not depend on the day it runs. Runs inside the generator's transaction.
class SessionsDemo
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SessionsDemo)

public:
    static bool write(Dataset &dataset, QString *error);
    // The day the demo's deadlines are written against (the "near" one is due 10 days later).
    static QDate referenceDate() { return QDate(2025, 11, 20); }
};

} // namespace Koso
