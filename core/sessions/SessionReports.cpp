#include "sessions/SessionReports.h"

#include "measures/SupportMeasure.h"
#include "sessions/SessionStore.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "util/JapaneseDate.h"

namespace Koso {

PagedTableReport SessionReports::holdingStatus(Dataset &dataset, int fiscalYear,
                                               const QDate &printed)
{
    const Table table = SessionStore(dataset).holdingStatusTable(fiscalYear);
    PagedTableReport report;
    report.setDocumentTitle(table.title);
    PagedTableReport::Paragraph title;
    title.left = table.title;
    title.pointSize = 13;
    title.bold = true;
    title.spaceAfterMm = 4;
    report.addParagraph(title);
    // The columns MHLW asks about; host and sponsors stay in the .xlsx.
    const QVector<int> shown { 0, 1, 2, 3, 4, 6, 9, 10, 11, 12 };
    const QVector<qreal> widths { 8, 26, 46, 14, 14, 30, 12, 11, 12, 11 };
    PagedTableReport::Table t;
    for (int i = 0; i < shown.size(); ++i) {
        const bool number = shown.at(i) == 0 || shown.at(i) >= 9;
        t.columns << PagedTableReport::Column { table.header.at(shown.at(i)), widths.at(i),
                                                number ? (Qt::AlignRight | Qt::AlignTop)
                                                       : (Qt::AlignLeft | Qt::AlignTop) };
    }
    for (const auto &row : table.rows) {
        PagedTableReport::Row r;
        for (int c : shown)
            r.cells << row.at(c).toString();
        t.rows << r;
    }
    if (t.rows.isEmpty())
        t.rows << PagedTableReport::Row { { QString(), QString(),
                                            tr("No study session in this "
                                               "fiscal year.") },
                                          QColor(),
                                          false };
    report.addTable(t);
    for (const QString &note : table.notes) {
        PagedTableReport::Paragraph p;
        p.left = note;
        p.spaceBeforeMm = 3;
        report.addParagraph(p);
    }
    report.setFooter(tr("Printed %1").arg(JapaneseDate::display(printed)), QString());
    return report;
}

PagedTableReport SessionReports::caseHandout(Dataset &dataset, const QVector<PracticeCase> &cases,
                                             const QDate &printed)
{
    Q_UNUSED(dataset)
    PagedTableReport report;
    report.setDocumentTitle(tr("Good practices"));
    for (const PracticeCase &c : cases) {
        PagedTableReport::Paragraph title;
        title.left = c.title;
        title.right = PracticeCase::kindName(c.kind);
        title.pointSize = 12;
        title.bold = true;
        title.spaceBeforeMm = 4;
        report.addParagraph(title);
        PagedTableReport::Table t;
        t.columns << PagedTableReport::Column { tr("Item"), 30 }
                  << PagedTableReport::Column { tr("Content"), 156 };
        auto add = [&](const QString &label, const QString &value) {
            if (!value.trimmed().isEmpty())
                t.rows << PagedTableReport::Row { { label, value }, QColor(), false };
        };
        add(tr("Region size"), c.regionSize);
        add(tr("Background"), c.background);
        add(tr("What was done"), c.actions);
        add(tr("Results"), c.results);
        add(tr("Tags"), c.tags.join(QStringLiteral("、")));
        add(tr("Source"),
            c.sourcePage.isEmpty() ? c.source : tr("%1, p. %2").arg(c.source, c.sourcePage));
        report.addTable(t);
    }
    report.setFooter(tr("Good practices (printed %1)").arg(JapaneseDate::display(printed)),
                     QString());
    return report;
}

} // namespace Koso
