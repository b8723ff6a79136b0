#include "report/ChecklistComparisonReport.h"

#include "checklist/AssessmentComparison.h"
#include "report/ChecklistForm.h"
#include "util/JapaneseDate.h"

namespace Koso {

namespace {

QString answerCell(bool present, ChecklistAnswer answer)
{
    if (!present)
        return QStringLiteral("—");
    return ChecklistEntry::answerLabel(answer);
}

QString share(const AssessmentSummary::Counts &c)
{
    return QStringLiteral("%1 / %2").arg(c.yes).arg(c.applicable());
}

} // namespace

QString ChecklistComparisonReport::columnLabel(const Assessment &assessment)
{
    return JapaneseDate::fiscalYearLabel(assessment.fiscalYear) + QLatin1Char('\n')
        + JapaneseDate::format(assessment.filledOn, JapaneseDate::Style::Short);
}

QColor ChecklistComparisonReport::changedRowColor()
{
    return QColor(0xff, 0xf0, 0xb3);
}

PagedTableReport ChecklistComparisonReport::build(const AssessmentComparison &comparison,
                                                  const QString &prefectureName)
{
    const Assessment &before = comparison.before();
    const Assessment &after = comparison.after();
    const ChecklistTemplate &t = after.checklistTemplate;

    PagedTableReport report;
    const QString title = tr("%1: comparison").arg(t.formTitle());
    report.setDocumentTitle(title);
    PagedTableReport::Paragraph heading;
    heading.left = title;
    heading.pointSize = 14;
    heading.bold = true;
    heading.alignment = Qt::AlignHCenter;
    heading.spaceAfterMm = 4;
    report.addParagraph(heading);

    PagedTableReport::Paragraph line;
    line.left = tr("Prefecture: %1").arg(prefectureName);
    line.right = tr("%1 (filled in %2) → %3 (filled in %4)")
                     .arg(JapaneseDate::fiscalYearLabel(before.fiscalYear),
                          JapaneseDate::format(before.filledOn),
                          JapaneseDate::fiscalYearLabel(after.fiscalYear),
                          JapaneseDate::format(after.filledOn));
    line.pointSize = 10;
    line.spaceAfterMm = 1.5;
    report.addParagraph(line);
    PagedTableReport::Paragraph changes;
    changes.left = comparison.changeSummary();
    changes.spaceAfterMm = 3;
    report.addParagraph(changes);

    PagedTableReport::Table items;
    const Qt::Alignment top = Qt::AlignTop;
    items.columns = {
        { tr("No."), 8, Qt::AlignHCenter | top },
        { tr("Genre"), 22, Qt::AlignLeft | top },
        { tr("List of items"), 66, Qt::AlignLeft | top },
        { columnLabel(before), 17, Qt::AlignHCenter | top },
        { columnLabel(after), 17, Qt::AlignHCenter | top },
        { tr("Change"), 16, Qt::AlignHCenter | top },
        { tr("Remarks (%1)").arg(JapaneseDate::fiscalYearLabel(after.fiscalYear)), 40,
          Qt::AlignLeft | top },
    };
    items.groupColumn = 1;
    for (const AssessmentComparison::Row &r : comparison.rows()) {
        PagedTableReport::Row row;
        QString text = r.text;
        if (!r.basis.isEmpty())
            text += QStringLiteral("（") + r.basis + QStringLiteral("）");
        if (r.textChanged)
            text += QLatin1Char('\n') + tr("(wording changed since the earlier assessment)");
        else if (!r.inAfter)
            text += QLatin1Char('\n') + tr("(no longer in the template)");
        else if (!r.inBefore)
            text += QLatin1Char('\n') + tr("(new item)");
        row.cells
            = QStringList { QString::number(r.number),
                            r.genre,
                            text,
                            answerCell(r.inBefore, r.before.answer),
                            answerCell(r.inAfter, r.after.answer),
                            AssessmentComparison::changeLabel(r.change()),
                            r.inAfter ? ChecklistForm::remarksCell(r.after.remarks, r.after.section)
                                      : QString() };
        if (r.answerChanged())
            row.background = changedRowColor();
        items.rows << row;
    }
    report.addTable(items);

    PagedTableReport::Paragraph caption;
    caption.left = tr("By genre (Yes / applicable items)");
    caption.bold = true;
    caption.spaceBeforeMm = 2;
    report.addParagraph(caption);

    PagedTableReport::Table genres;
    genres.columns = {
        { tr("Genre"), 60, Qt::AlignLeft | top },
        { columnLabel(before), 24, Qt::AlignHCenter | top },
        { tr("Not answered"), 20, Qt::AlignHCenter | top },
        { columnLabel(after), 24, Qt::AlignHCenter | top },
        { tr("Not answered"), 20, Qt::AlignHCenter | top },
        { tr("Yes, change"), 20, Qt::AlignHCenter | top },
    };
    const AssessmentSummary a = comparison.beforeSummary();
    const AssessmentSummary b = comparison.afterSummary();
    QStringList names = after.checklistTemplate.genres;
    for (const QString &g : before.checklistTemplate.genres) {
        if (!names.contains(g))
            names << g;
    }
    auto addRow = [&](const QString &name, const AssessmentSummary::Counts &x,
                      const AssessmentSummary::Counts &y, bool bold) {
        PagedTableReport::Row row;
        const int delta = y.yes - x.yes;
        row.cells
            = QStringList { name,
                            share(x),
                            QString::number(x.unanswered),
                            share(y),
                            QString::number(y.unanswered),
                            delta > 0 ? QStringLiteral("+%1").arg(delta) : QString::number(delta) };
        row.bold = bold;
        genres.rows << row;
    };
    for (const QString &g : std::as_const(names))
        addRow(g, a.genre(g), b.genre(g), false);
    addRow(tr("Total"), a.total(), b.total(), true);
    report.addTable(genres);

    report.setFooter(
        before.templateId() == after.templateId()
            ? t.displayName()
            : tr("%1 → %2").arg(before.checklistTemplate.displayName(), t.displayName()),
        QString());
    return report;
}

} // namespace Koso
