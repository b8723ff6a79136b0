#include "checklist/AssessmentExporter.h"

#include "checklist/Assessment.h"
#include "checklist/AssessmentSummary.h"
#include "io/TableWriter.h"
#include "util/JapaneseDate.h"

namespace Koso {

Table AssessmentExporter::table(const Assessment &assessment, const QString &prefectureName)
{
    const ChecklistTemplate &t = assessment.checklistTemplate;
    Table table;
    table.title = tr("%1 — %2, %3 (filled in %4)")
                      .arg(t.formTitle(), prefectureName,
                           JapaneseDate::fiscalYearLabel(assessment.fiscalYear),
                           JapaneseDate::format(assessment.filledOn));
    table.sheetName = JapaneseDate::fiscalYearLabel(assessment.fiscalYear);
    table.header = QStringList { tr("No."),
                                 tr("Genre"),
                                 tr("Item"),
                                 tr("Basis"),
                                 tr("Answer"),
                                 tr("Remarks"),
                                 tr("Section in charge") };
    for (const ChecklistItem &item : t.items) {
        const ChecklistEntry e = assessment.entry(item.id);
        table.rows << QVector<QVariant> { item.number,
                                          item.genre,
                                          item.text,
                                          item.basis,
                                          e.answer == ChecklistAnswer::Unanswered
                                              ? QString()
                                              : ChecklistEntry::answerLabel(e.answer),
                                          e.remarks,
                                          e.section };
    }
    const AssessmentSummary summary(assessment);
    const AssessmentSummary::Counts &c = summary.total();
    table.notes << tr("Template: %1.").arg(t.displayName());
    if (!t.note.isEmpty())
        table.notes << t.note;
    table.notes << tr("Yes: %1 of %2 applicable items; No: %3; not applicable: %4; not "
                      "answered: %5.")
                       .arg(c.yes)
                       .arg(c.applicable())
                       .arg(c.no)
                       .arg(c.notApplicable)
                       .arg(c.unanswered);
    return table;
}

bool AssessmentExporter::write(const Assessment &assessment, const QString &prefectureName,
                               const QString &path, QString *error)
{
    return TableWriter::write(table(assessment, prefectureName), path, error);
}

} // namespace Koso
