#pragma once

#include <QString>

namespace Koso {

class Dataset;

// The checklist part of the demo dataset: last fiscal year's and this fiscal year's
// self-assessment of サンプル県 against the default template, with realistic answers, 備考 and
// sections in charge, eight answers changed between the two so that the comparison shows
// something. Returns the ids through the pointers when given.
class ChecklistDemo
{
public:
    static bool populate(Dataset *dataset, int fiscalYear, QString *error,
                         qint64 *lastYearId = nullptr, qint64 *thisYearId = nullptr);
};

} // namespace Koso
