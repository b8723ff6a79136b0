#pragma once

#include "report/PagedTableReport.h"

#include <QCoreApplication>
#include <QString>

namespace Koso {

class Assessment;
class AssessmentComparison;

// Two assessments side by side for printing: every item with both answers, changed answers
// shaded and named, then the counts per genre of both.
class ChecklistComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistComparisonReport)

public:
    static PagedTableReport build(const AssessmentComparison &comparison,
                                  const QString &prefectureName);
    // "令和6年度\nR6.6.11": the column heading of one assessment.
    static QString columnLabel(const Assessment &assessment);
    // The shade of a changed row, light enough for a black-and-white printer.
    static QColor changedRowColor();
};

} // namespace Koso
