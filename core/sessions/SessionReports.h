#pragma once

#include "report/PagedTableReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace Koso {

class Dataset;
struct PracticeCase;

// The printed documents of the study-session work, on PagedTableReport (A4 portrait): the
// holding status MHLW asks for, and good-practice cases as handouts.
class SessionReports
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SessionReports)

public:
    static PagedTableReport holdingStatus(Dataset &dataset, int fiscalYear,
                                          const QDate &printed = QDate::currentDate());
    // One case after another, each with its fields and source; for the participants.
    static PagedTableReport caseHandout(Dataset &dataset, const QVector<PracticeCase> &cases,
                                        const QDate &printed = QDate::currentDate());
};

} // namespace Koso
