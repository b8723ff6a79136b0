#include "charts/DataPackDocument.h"

#include "charts/ChartExporter.h"
#include "charts/DataPack.h"

#include "report/RegionReport.h"
#include "util/CjkFont.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Koso {

namespace {

// The policy rates of the prefecture and the chosen regions as a ruled table, with the
// definition and the source; page in 1/96 in.
void paintRatesPage(QPainter *p, const QRectF &page, const DataPackDocument::RatesPage &rates)
{
    p->save();
    p->fillRect(page, Qt::white);
    p->setRenderHint(QPainter::Antialiasing);
    const double margin = ChartExporter::pointsToUnits(16);
    QRectF area = page.adjusted(margin, margin * 0.8, -margin, -margin * 0.7);
    const QColor ink(0x22, 0x22, 0x22);
    p->setPen(ink);
    const QFont titleFont = CjkFont::unitFont(qRound(ChartExporter::pointsToUnits(16)), true);
    const QFont bodyFont = CjkFont::unitFont(qRound(ChartExporter::pointsToUnits(10.5)));
    const QFont smallFont = CjkFont::unitFont(qRound(ChartExporter::pointsToUnits(8.5)));
    p->setFont(titleFont);
    const double titleHeight = QFontMetricsF(titleFont).height();
    p->drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft,
                rates.title);
    area.setTop(area.top() + titleHeight + 4);
    p->setFont(smallFont);
    const double smallHeight = QFontMetricsF(smallFont).height();
    p->drawText(QRectF(area.left(), area.top(), area.width(), smallHeight), Qt::AlignLeft,
                rates.subtitle);
    area.setTop(area.top() + smallHeight * 1.8);

    const QStringList header { DataPack::tr("Area"), DataPack::tr("Hospitals done / all"),
                               DataPack::tr("Share of hospitals"), DataPack::tr("Beds done / all"),
                               DataPack::tr("Share of beds") };
    const QVector<double> widths { 0.32, 0.18, 0.14, 0.22, 0.14 };
    const double rowHeight = QFontMetricsF(bodyFont).height() * 1.45;
    const double footerHeight = smallHeight * 4;
    const int fit = qMax(1, int((area.height() - footerHeight) / rowHeight) - 1);
    p->setFont(bodyFont);
    double y = area.top();
    auto drawRow = [&](const QStringList &cells, bool head, bool shade) {
        double x = area.left();
        const QRectF band(area.left(), y, area.width(), rowHeight);
        if (head)
            p->fillRect(band, QColor(0xe8, 0xee, 0xf4));
        else if (shade)
            p->fillRect(band, QColor(0xf6, 0xf6, 0xf6));
        for (int c = 0; c < cells.size(); ++c) {
            const double w = area.width() * widths.at(c);
            const Qt::Alignment align
                = c == 0 ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter);
            p->drawText(QRectF(x + 6, y, w - 12, rowHeight), align, cells.at(c));
            x += w;
        }
        p->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.8));
        p->drawLine(QPointF(area.left(), y + rowHeight), QPointF(area.right(), y + rowHeight));
        p->setPen(ink);
        y += rowHeight;
    };
    drawRow(header, true, false);
    const QLocale locale;
    for (int i = 0; i < rates.rows.size() && i < fit; ++i) {
        const PolicyRate &r = rates.rows.at(i).rate;
        drawRow({ rates.rows.at(i).area,
                  QStringLiteral("%1 / %2").arg(locale.toString(r.hospitalsDone),
                                                locale.toString(r.hospitalsTotal)),
                  PolicyRates::percentText(r.hospitalShare()),
                  QStringLiteral("%1 / %2").arg(locale.toString(r.bedsDone),
                                                locale.toString(r.bedsTotal)),
                  PolicyRates::percentText(r.bedShare()) },
                false, i == 0);
    }
    p->setFont(smallFont);
    const QRectF foot(area.left(), area.bottom() - footerHeight, area.width(), footerHeight);
    p->drawText(foot, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                rates.note + QLatin1Char('\n') + rates.source);
    p->restore();
}

} // namespace

DataPackDocument::DataPackDocument(const QString &title)
    : m_title(title)
{ }

void DataPackDocument::addChartPage(QChart *chart, const ChartCaption &caption)
{
    Page page;
    page.chart = chart;
    page.caption = caption;
    m_pages << page;
}

void DataPackDocument::addRegionPage(const RegionReport *report, int regionIndex)
{
    Page page;
    page.report = report;
    page.regionIndex = regionIndex;
    m_pages << page;
}

void DataPackDocument::addRatesPage(const RatesPage &rates)
{
    Page page;
    page.rates = int(m_rates.size());
    m_rates << rates;
    m_pages << page;
}

QPageLayout DataPackDocument::pageLayout() const
{
    // A4 landscape without margins, like the region report: each page keeps its own.
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(),
                       QPageLayout::Point);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

int DataPackDocument::paintPages(QPainter &painter, QPagedPaintDevice *device, QString *error) const
{
    // Charts and the rates table are laid out in 1/96 in (ChartExporter's unit), the region
    // report in points: each page is scaled from the device's own resolution.
    const double dpi = device->logicalDpiX();
    const QSizeF pixels(device->width(), device->height());
    const QRectF pageUnits(QPointF(0, 0), pixels * (96.0 / dpi));
    const QRectF pagePoints(QPointF(0, 0), pixels * (72.0 / dpi));
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !nextPage(device, i, error))
            return 0;
        const Page &page = m_pages.at(i);
        painter.save();
        if (page.report) {
            painter.scale(dpi / 72.0, dpi / 72.0);
            page.report->paintPage(&painter, pagePoints, page.regionIndex,
                                   { i + 1, int(m_pages.size()) });
        } else {
            painter.scale(dpi / 96.0, dpi / 96.0);
            if (page.chart)
                ChartExporter::paintPage(&painter, pageUnits, page.chart, page.caption);
            else
                paintRatesPage(&painter, pageUnits, m_rates.at(page.rates));
        }
        painter.restore();
        if (m_pageDone && !m_pageDone()) {
            *error = DataPack::cancelledMessage();
            return 0;
        }
    }
    return int(m_pages.size());
}

} // namespace Koso
