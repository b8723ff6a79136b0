#pragma once

#include "report/ReportDocument.h"

#include <QColor>
#include <QMarginsF>
#include <QString>
#include <QStringList>
#include <QVector>

class QPagedPaintDevice;
class QPainter;

namespace Koso {

// A printed document made of paragraphs and ruled tables, laid out by hand so that it looks
// the same on every device: a table's header row is repeated at the top of every page, a row
// is never split across pages, and the footer carries "page / pages". A ReportDocument: the
// same code paints a QPdfWriter (PDF, CLI) and a QPrinter (print preview).
class PagedTableReport : public ReportDocument
{
public:
    struct Column
    {
        QString title;
        qreal widthMm = 20;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;
    };
    struct Row
    {
        QStringList cells;
        QColor background; // invalid: none
        bool bold = false;
    };
    struct Table
    {
        QVector<Column> columns;
        QVector<Row> rows;
        // A column whose equal neighbouring cells print as one merged cell (the genre of the
        // checklist); its text is repeated on the first row of a page. -1: none.
        int groupColumn = -1;
    };
    struct Paragraph
    {
        QString left;
        QString right; // printed on the same line, flush right
        qreal pointSize = 9;
        bool bold = false;
        Qt::Alignment alignment = Qt::AlignLeft;
        qreal spaceBeforeMm = 0;
        qreal spaceAfterMm = 2;
    };

    // Where a row landed: for tests and for the page count.
    struct Placement
    {
        int page = 0; // 0-based
        int block = 0;
        int row = -1; // -1: a table's header row or a paragraph
        qreal top = 0; // device units from the top of the paint area
        qreal height = 0;
        bool showGroup = true;
        bool clipped = false; // taller than a page: cut at the page end
    };

    PagedTableReport();

    void setDocumentTitle(const QString &title) { m_documentTitle = title; }
    QString documentTitle() const override { return m_documentTitle; }
    void addParagraph(const Paragraph &paragraph);
    void addTable(const Table &table);
    void setFooter(const QString &left, const QString &right);
    void setFontFamily(const QString &family) { m_fontFamily = family; }
    QString fontFamily() const override { return m_fontFamily; }
    void setBodyPointSize(qreal size) { m_bodyPointSize = size; }

    // A4 portrait with the report's margins (12 mm, 10 mm at the bottom for the footer).
    QPageLayout pageLayout() const override;
    // The font every report uses unless told otherwise: a CJK font the PDF can embed.
    static QString defaultFontFamily();

    // Lays out on the device's page without painting.
    QVector<Placement> layout(QPagedPaintDevice *device) const;
    int pageCount(QPagedPaintDevice *device) const;
    // The height rows may fill on a page, above the footer, in device units.
    qreal bodyHeight(QPagedPaintDevice *device) const;

protected:
    int paintPages(QPainter &painter, QPagedPaintDevice *device, QString *error) const override;
    QString usedText() const override;

private:
    struct Block
    {
        bool isTable = false;
        Paragraph paragraph;
        Table table;
    };
    struct Metrics;

    Metrics metrics(QPagedPaintDevice *device) const;
    QVector<Placement> layoutWith(const Metrics &m) const;
    void paintPage(QPainter &painter, const Metrics &m, const QVector<Placement> &placements,
                   int page, int pages) const;
    void paintRow(QPainter &painter, const Metrics &m, const Table &table,
                  const Placement &placement, bool groupContinuesBelow) const;

    QString m_documentTitle;
    QVector<Block> m_blocks;
    QString m_footerLeft;
    QString m_footerRight;
    QString m_fontFamily;
    qreal m_bodyPointSize = 9;
};

} // namespace Koso
