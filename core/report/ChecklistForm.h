#pragma once

#include "report/PagedTableReport.h"

#include <QCoreApplication>
#include <QString>

namespace Koso {

class Assessment;
class ChecklistTemplate;

// The checklist printed like the ministry's form: the title, the prefecture and the 記入日 in
// 和暦, then No. / ジャンル / 項目一覧 / 回答 / 備考 with the genre cells merged, the answer as
// both choices with the chosen one marked (■はい □いいえ; 該当なし adds a marked line) and
// the section in charge under the remarks. The footer names the template version.
class ChecklistForm
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistForm)

public:
    static PagedTableReport forAssessment(const Assessment &assessment,
                                          const QString &prefectureName);
    // The form with no answers and an empty date, for filling in by hand.
    static PagedTableReport blank(const ChecklistTemplate &checklistTemplate,
                                  const QString &prefectureName);
    // The 備考 cell: remarks, then the section in charge on its own line.
    static QString remarksCell(const QString &remarks, const QString &section);
};

} // namespace Koso
