#include "report/PagedTableReport.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Koso {

// Everything measured on one device, in its units.
struct PagedTableReport::Metrics
{
    QPagedPaintDevice *device = nullptr;
    qreal perMm = 1;
    qreal width = 0; // paint area
    qreal height = 0;
    qreal bodyBottom = 0; // above the footer
    qreal padX = 0;
    qreal padY = 0;
    QFont body;
    QFont bold;
    QFont footer;

    qreal mm(qreal v) const { return v * perMm; }
    QFont font(qreal pointSize, bool isBold) const
    {
        QFont f = body;
        f.setPointSizeF(pointSize);
        f.setBold(isBold);
        return f;
    }
    qreal textHeight(const QFont &f, qreal w, int flags, const QString &text) const
    {
        const QFontMetricsF fm(f, device);
        if (text.isEmpty())
            return fm.height();
        return fm.boundingRect(QRectF(0, 0, w, 1e9), flags | Qt::TextWordWrap, text).height();
    }
    QVector<qreal> columnWidths(const Table &table) const
    {
        qreal total = 0;
        for (const Column &c : table.columns)
            total += c.widthMm;
        QVector<qreal> widths;
        for (const Column &c : table.columns)
            widths << (total > 0 ? width * c.widthMm / total : 0);
        return widths;
    }
};

PagedTableReport::PagedTableReport()
    : m_fontFamily(defaultFontFamily())
{ }

QString PagedTableReport::defaultFontFamily()
{
    return QStringLiteral("Noto Sans CJK JP");
}

QPageLayout PagedTableReport::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 10),
                       QPageLayout::Millimeter);
}

void PagedTableReport::addParagraph(const Paragraph &paragraph)
{
    Block b;
    b.paragraph = paragraph;
    m_blocks << b;
}

void PagedTableReport::addTable(const Table &table)
{
    Block b;
    b.isTable = true;
    b.table = table;
    m_blocks << b;
}

void PagedTableReport::setFooter(const QString &left, const QString &right)
{
    m_footerLeft = left;
    m_footerRight = right;
}

PagedTableReport::Metrics PagedTableReport::metrics(QPagedPaintDevice *device) const
{
    Metrics m;
    m.device = device;
    m.perMm = device->logicalDpiY() / 25.4;
    m.width = device->width();
    m.height = device->height();
    m.body = QFont(m_fontFamily);
    m.body.setPointSizeF(m_bodyPointSize);
    m.body.setStyleStrategy(QFont::PreferOutline);
    // Any letter spacing makes Qt shape without ligatures, so "fi" is extracted as two letters.
    m.body.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // 1/64 px: invisible
    m.bold = m.body;
    m.bold.setBold(true);
    m.footer = m.font(7.5, false);
    m.padX = m.mm(1.2);
    m.padY = m.mm(1.0);
    m.bodyBottom = m.height - QFontMetricsF(m.footer, device).height() - m.mm(3);
    return m;
}

QVector<PagedTableReport::Placement> PagedTableReport::layout(QPagedPaintDevice *device) const
{
    return layoutWith(metrics(device));
}

qreal PagedTableReport::bodyHeight(QPagedPaintDevice *device) const
{
    return metrics(device).bodyBottom;
}

int PagedTableReport::pageCount(QPagedPaintDevice *device) const
{
    device->setPageLayout(pageLayout());
    const QVector<Placement> placements = layout(device);
    return placements.isEmpty() ? 1 : placements.last().page + 1;
}

QVector<PagedTableReport::Placement> PagedTableReport::layoutWith(const Metrics &m) const
{
    QVector<Placement> out;
    int page = 0;
    qreal y = 0;
    for (int b = 0; b < m_blocks.size(); ++b) {
        const Block &block = m_blocks.at(b);
        if (!block.isTable) {
            const Paragraph &p = block.paragraph;
            const QFont f = m.font(p.pointSize, p.bold);
            qreal h = m.textHeight(f, m.width, int(p.alignment), p.left);
            if (!p.right.isEmpty())
                h = qMax(h, m.textHeight(f, m.width, Qt::AlignRight, p.right));
            h += m.mm(p.spaceBeforeMm) + m.mm(p.spaceAfterMm);
            if (y > 0 && y + h > m.bodyBottom) {
                ++page;
                y = 0;
            }
            Placement pl;
            pl.page = page;
            pl.block = b;
            pl.top = y;
            pl.height = h;
            out << pl;
            y += h;
            continue;
        }

        const Table &t = block.table;
        const QVector<qreal> widths = m.columnWidths(t);
        auto cellHeight = [&](const QString &text, int column, const QFont &f) {
            const qreal w = widths.value(column) - 2 * m.padX;
            return m.textHeight(
                       f, w, int(t.columns.at(column).alignment & Qt::AlignHorizontal_Mask), text)
                + 2 * m.padY;
        };
        auto rowHeight = [&](int row, bool showGroup) {
            qreal h = 0;
            const Row &r = t.rows.at(row);
            const QFont &f = r.bold ? m.bold : m.body;
            for (int c = 0; c < t.columns.size(); ++c) {
                if (c == t.groupColumn && !showGroup)
                    continue;
                h = qMax(h, cellHeight(r.cells.value(c), c, f));
            }
            return h;
        };
        qreal headerHeight = 0;
        for (int c = 0; c < t.columns.size(); ++c)
            headerHeight = qMax(headerHeight, cellHeight(t.columns.at(c).title, c, m.bold));

        auto placeHeader = [&] {
            Placement pl;
            pl.page = page;
            pl.block = b;
            pl.top = y;
            pl.height = headerHeight;
            out << pl;
            y += headerHeight;
        };
        bool headerPlaced = false;
        bool firstOnPage = true;
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool startsGroup = t.groupColumn < 0 || r == 0
                || t.rows.at(r).cells.value(t.groupColumn)
                    != t.rows.at(r - 1).cells.value(t.groupColumn);
            qreal h = rowHeight(r, startsGroup);
            const qreal needed = h + (headerPlaced ? 0 : headerHeight);
            if (!headerPlaced || y + needed > m.bodyBottom) {
                // A new page when the row (with the header, if not yet printed) does not fit.
                if (y > 0 && y + h + headerHeight > m.bodyBottom) {
                    ++page;
                    y = 0;
                }
                placeHeader();
                headerPlaced = true;
                firstOnPage = true;
            }
            const bool showGroup = startsGroup || firstOnPage;
            h = rowHeight(r, showGroup);
            Placement pl;
            pl.page = page;
            pl.block = b;
            pl.row = r;
            pl.top = y;
            pl.showGroup = showGroup;
            if (y + h > m.bodyBottom) {
                // Taller than what is left of a fresh page: it can only be cut.
                pl.clipped = true;
                h = m.bodyBottom - y;
            }
            pl.height = h;
            out << pl;
            y += h;
            firstOnPage = false;
        }
        if (!headerPlaced) // a table without rows still shows its header
            placeHeader();
        y += m.mm(3);
    }
    return out;
}

void PagedTableReport::paintRow(QPainter &painter, const Metrics &m, const Table &table,
                                const Placement &pl, bool groupContinuesBelow) const
{
    const QVector<qreal> widths = m.columnWidths(table);
    const bool header = pl.row < 0;
    const Row row = header ? Row() : table.rows.at(pl.row);
    const QFont &font = header || row.bold ? m.bold : m.body;
    QPen thin(Qt::black, m.mm(0.15));
    painter.setFont(font);
    qreal x = 0;
    for (int c = 0; c < table.columns.size(); ++c) {
        const qreal w = widths.at(c);
        const QRectF cell(x, pl.top, w, pl.height);
        const bool grouped = c == table.groupColumn && !header;
        if (header)
            painter.fillRect(cell, QColor(0xd9, 0xd9, 0xd9));
        else if (row.background.isValid() && !grouped)
            painter.fillRect(cell, row.background);

        painter.setPen(thin);
        painter.drawLine(cell.topLeft(), cell.bottomLeft());
        painter.drawLine(cell.topRight(), cell.bottomRight());
        if (!grouped || pl.showGroup)
            painter.drawLine(cell.topLeft(), cell.topRight());
        if (!grouped || !groupContinuesBelow)
            painter.drawLine(cell.bottomLeft(), cell.bottomRight());

        const QString text = header ? table.columns.at(c).title : row.cells.value(c);
        if (!text.isEmpty() && (!grouped || pl.showGroup)) {
            const Qt::Alignment align
                = header ? Qt::Alignment(Qt::AlignCenter) : table.columns.at(c).alignment;
            const QRectF inner = cell.adjusted(m.padX, m.padY, -m.padX, -m.padY);
            painter.save();
            painter.setClipRect(cell);
            painter.setPen(Qt::black);
            painter.drawText(inner, int(align) | Qt::TextWordWrap, text);
            painter.restore();
        }
        x += w;
    }
}

void PagedTableReport::paintPage(QPainter &painter, const Metrics &m,
                                 const QVector<Placement> &placements, int page, int pages) const
{
    for (int i = 0; i < placements.size(); ++i) {
        const Placement &pl = placements.at(i);
        if (pl.page != page)
            continue;
        const Block &block = m_blocks.at(pl.block);
        if (!block.isTable) {
            const Paragraph &p = block.paragraph;
            painter.setFont(m.font(p.pointSize, p.bold));
            painter.setPen(Qt::black);
            const QRectF rect(0, pl.top + m.mm(p.spaceBeforeMm), m.width,
                              pl.height - m.mm(p.spaceBeforeMm) - m.mm(p.spaceAfterMm));
            painter.drawText(rect, int(p.alignment) | Qt::TextWordWrap, p.left);
            if (!p.right.isEmpty())
                painter.drawText(rect, Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, p.right);
            continue;
        }
        const Placement *next = i + 1 < placements.size() ? &placements.at(i + 1) : nullptr;
        const bool continuesBelow = pl.row >= 0 && next && next->page == page
            && next->block == pl.block && next->row >= 0 && !next->showGroup;
        paintRow(painter, m, block.table, pl, continuesBelow);
    }

    // A heavier frame around each table's part on this page.
    for (int b = 0; b < m_blocks.size(); ++b) {
        if (!m_blocks.at(b).isTable)
            continue;
        qreal top = -1;
        qreal bottom = -1;
        for (const Placement &pl : placements) {
            if (pl.page != page || pl.block != b)
                continue;
            if (top < 0)
                top = pl.top;
            bottom = pl.top + pl.height;
        }
        if (top < 0)
            continue;
        painter.setPen(QPen(Qt::black, m.mm(0.35)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(0, top, m.width, bottom - top));
    }

    painter.setFont(m.footer);
    painter.setPen(Qt::black);
    const QRectF footer(0, m.bodyBottom + m.mm(3), m.width, m.height - m.bodyBottom - m.mm(3));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, m_footerLeft);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                     QStringLiteral("%1 / %2").arg(page + 1).arg(pages));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, m_footerRight);
}

int PagedTableReport::paintPages(QPainter &painter, QPagedPaintDevice *device, QString *error) const
{
    const QVector<Placement> placements = layout(device);
    const int pages = placements.isEmpty() ? 1 : placements.last().page + 1;
    const Metrics m = metrics(device);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !nextPage(device, page, error))
            return 0;
        paintPage(painter, m, placements, page, pages);
    }
    return pages;
}

QString PagedTableReport::usedText() const
{
    // The footer's page numbers too.
    QString text = m_footerLeft + m_footerRight + QStringLiteral("0123456789 /");
    for (const Block &b : m_blocks) {
        text += b.paragraph.left + b.paragraph.right;
        for (const Column &c : b.table.columns)
            text += c.title;
        for (const Row &r : b.table.rows)
            text += r.cells.join(QString());
    }
    return text;
}

} // namespace Koso
