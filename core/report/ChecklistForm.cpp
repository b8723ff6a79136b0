#include "report/ChecklistForm.h"

#include "checklist/Assessment.h"
#include "util/JapaneseDate.h"

namespace Koso {

namespace {

PagedTableReport::Table formTable()
{
    PagedTableReport::Table table;
    const Qt::Alignment top = Qt::AlignTop;
    table.columns = {
        { ChecklistForm::tr("No."), 9, Qt::AlignHCenter | top },
        { ChecklistForm::tr("Genre"), 24, Qt::AlignLeft | top },
        { ChecklistForm::tr("List of items"), 78, Qt::AlignLeft | top },
        { ChecklistForm::tr("Answer"), 28, Qt::AlignHCenter | top },
        { ChecklistForm::tr("Remarks"), 47, Qt::AlignLeft | top },
    };
    table.groupColumn = 1;
    return table;
}

PagedTableReport build(const ChecklistTemplate &t, const QString &prefectureName,
                       const QString &dateText, const QString &footerRight,
                       const PagedTableReport::Table &table)
{
    PagedTableReport report;
    report.setDocumentTitle(t.formTitle());
    PagedTableReport::Paragraph title;
    title.left = t.formTitle();
    title.pointSize = 14;
    title.bold = true;
    title.alignment = Qt::AlignHCenter;
    title.spaceAfterMm = 4;
    report.addParagraph(title);
    PagedTableReport::Paragraph line;
    line.left = ChecklistForm::tr("Prefecture: %1").arg(prefectureName);
    line.right = ChecklistForm::tr("Date filled in: %1").arg(dateText);
    line.pointSize = 10.5;
    line.spaceAfterMm = 3;
    report.addParagraph(line);
    report.addTable(table);
    report.setFooter(t.displayName(), footerRight);
    return report;
}

} // namespace

QString ChecklistForm::remarksCell(const QString &remarks, const QString &section)
{
    if (section.isEmpty())
        return remarks;
    const QString line = tr("Section in charge: %1").arg(section);
    return remarks.isEmpty() ? line : remarks + QLatin1Char('\n') + line;
}

PagedTableReport ChecklistForm::forAssessment(const Assessment &assessment,
                                              const QString &prefectureName)
{
    const ChecklistTemplate &t = assessment.checklistTemplate;
    PagedTableReport::Table table = formTable();
    for (const ChecklistItem &item : t.items) {
        const ChecklistEntry e = assessment.entry(item.id);
        PagedTableReport::Row row;
        row.cells = QStringList { QString::number(item.number), item.genre, item.textWithBasis(),
                                  ChecklistEntry::formMarks(e.answer),
                                  remarksCell(e.remarks, e.section) };
        table.rows << row;
    }
    QString right = JapaneseDate::fiscalYearLabel(assessment.fiscalYear);
    if (!assessment.title.isEmpty())
        right += QLatin1Char(' ') + assessment.title;
    // Offices date their papers in 和暦 whatever the language of the screen.
    return build(t, prefectureName, JapaneseDate::format(assessment.filledOn), right, table);
}

PagedTableReport ChecklistForm::blank(const ChecklistTemplate &t, const QString &prefectureName)
{
    PagedTableReport::Table table = formTable();
    for (const ChecklistItem &item : t.items) {
        PagedTableReport::Row row;
        row.cells
            = QStringList { QString::number(item.number), item.genre, item.textWithBasis(),
                            ChecklistEntry::formMarks(ChecklistAnswer::Unanswered), QString() };
        table.rows << row;
    }
    const QString emptyDate = QStringLiteral("令和　　年　　月　　日");
    return build(t, prefectureName, emptyDate, QString(), table);
}

} // namespace Koso
