#include "report/RegionReport.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapAnalysis.h"
#include "analysis/GapPalette.h"
#include "report/ReportChartPainter.h"
#include "util/CjkFont.h"
#include "util/JapaneseDate.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Koso {

namespace {

constexpr double Margin = 28; // points, about 10 mm
constexpr double HeaderHeight = 24; // two lines of 8 pt
constexpr double RowHeight = 15;
const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x55, 0x55, 0x55);
const QColor Rule(0xBB, 0xBB, 0xBB);

QString bedsText(const BedValue &v)
{
    if (v.hasValue())
        return AnalysisText::number(*v.beds);
    return v.missingReason.isEmpty() ? QStringLiteral("－") : v.missingReason;
}

QString differenceText(const std::optional<qint64> &v)
{
    return v ? AnalysisText::signedNumber(*v) : QStringLiteral("－");
}

QString ratioText(const std::optional<double> &v)
{
    return v ? AnalysisText::percent(*v) : QStringLiteral("－");
}

double textHeight(const QFont &font, double width, const QString &text)
{
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

} // namespace

RegionReport::RegionReport(QVector<AreaGap> regions, std::optional<Edition> edition, QDate date)
    : m_regions(std::move(regions))
    , m_edition(std::move(edition))
    , m_date(date)
{ }

QString RegionReport::documentTitle() const
{
    if (m_regions.isEmpty())
        return QString();
    return m_regions.size() == 1 && !m_prefecture
        ? pageTitle(0)
        : tr("%1: region report").arg(m_regions.first().prefectureName);
}

QPageLayout RegionReport::pageLayout() const
{
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Point);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

const AreaGap &RegionReport::areaOf(int index) const
{
    if (m_prefecture)
        return index == 0 ? *m_prefecture : m_regions.at(index - 1);
    return m_regions.at(index);
}

QString RegionReport::pageTitle(int index) const
{
    if (m_prefecture && index == 0)
        return tr("%1: beds by function — prefecture summary of %n region(s)", nullptr,
                  int(m_regions.size()))
            .arg(AnalysisText::areaTitle(*m_prefecture));
    return tr("%1: beds by function — reported, planned and required")
        .arg(AnalysisText::areaTitle(areaOf(index)));
}

QString RegionReport::dateLine() const
{
    // Offices date their papers in 和暦; other languages add the date as they write it.
    const QString wareki = JapaneseDate::format(m_date);
    const QString local = JapaneseDate::display(m_date);
    return local == wareki ? tr("Prepared: %1").arg(wareki)
                           : tr("Prepared: %1 (%2)").arg(wareki, local);
}

int RegionReport::paintPages(QPainter &painter, QPagedPaintDevice *device, QString *error) const
{
    if (m_regions.isEmpty()) {
        *error = tr("There is no region to print.");
        return 0;
    }
    // One painter unit = one point, whatever the device's resolution.
    const double scale = device->logicalDpiX() / 72.0;
    const QRectF page(0, 0, device->width() / scale, device->height() / scale);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !nextPage(device, i, error))
            return 0;
        painter.save();
        painter.scale(scale, device->logicalDpiY() / 72.0);
        paintPage(&painter, page, i);
        painter.restore();
    }
    return pageCount();
}

QRectF RegionReport::paintFrame(QPainter *p, const QRectF &page, int index, ReportPageNumber number,
                                const AreaGap &area, const QString &subtitle) const
{
    p->fillRect(page, Qt::white);
    p->setRenderHint(QPainter::Antialiasing);
    QRectF box = page.adjusted(Margin, Margin * 0.8, -Margin, -Margin * 0.7);

    // Header: title, the edition on the right, and what the figures are. Names are drawn as
    // plain text (drawText never reads markup).
    const QFont titleFont = CjkFont::unitFont(15, true);
    const QFont smallFont = CjkFont::unitFont(9);
    const QString editionText
        = m_edition ? tr("%1 edition").arg(AnalysisText::editionLabel(m_edition)) : QString();
    const double editionWidth = QFontMetricsF(smallFont).horizontalAdvance(editionText) + 8;
    p->setPen(Ink);
    p->setFont(titleFont);
    const double titleHeight = QFontMetricsF(titleFont).height();
    p->drawText(QRectF(box.left(), box.top(), box.width() - editionWidth, titleHeight),
                Qt::AlignLeft | Qt::AlignVCenter, pageTitle(index));
    p->setFont(smallFont);
    p->setPen(Muted);
    p->drawText(QRectF(box.left(), box.top(), box.width(), titleHeight),
                Qt::AlignRight | Qt::AlignVCenter, editionText);
    const double subHeight = QFontMetricsF(smallFont).height();
    p->drawText(QRectF(box.left(), box.top() + titleHeight + 2, box.width(), subHeight),
                Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    double y = box.top() + titleHeight + subHeight + 6;
    p->setPen(QPen(Rule, 0.75));
    p->drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
    y += 6;

    // Footer (bottom up): source, date, page number.
    const QFont footFont = CjkFont::unitFont(8);
    const double footHeight = QFontMetricsF(footFont).height();
    const QRectF footer(box.left(), box.bottom() - footHeight, box.width(), footHeight);
    p->setFont(footFont);
    p->setPen(Muted);
    p->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, AnalysisText::sourceLine(m_edition));
    p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                tr("%1    Page %2 / %3")
                    .arg(dateLine())
                    .arg(number.number > 0 ? number.number : index + 1)
                    .arg(number.total > 0 ? number.total : pageCount()));

    // Caveat box above the footer.
    const QFont caveatFont = CjkFont::unitFont(8);
    const QString caveat = AnalysisText::caveat(&area);
    const double caveatHeight = textHeight(caveatFont, box.width() - 12, caveat) + 8;
    const QRectF caveatBox(box.left(), footer.top() - 6 - caveatHeight, box.width(), caveatHeight);
    p->setPen(QPen(Rule, 0.75));
    p->setBrush(QColor(0xF7, 0xF7, 0xF7));
    p->drawRect(caveatBox);
    p->setPen(Ink);
    p->setFont(caveatFont);
    p->drawText(caveatBox.adjusted(6, 4, -6, -4), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                caveat);
    return QRectF(box.left(), y, box.width(), caveatBox.top() - 6 - y);
}

namespace {

QString figuresLine(const AreaGap &area)
{
    const FunctionGap &t = area.total;
    QString subtitle = RegionReport::tr("Reported %1 (as of 1 July), planned %2, required %3")
                           .arg(t.latestYear)
                           .arg(t.plannedYear)
                           .arg(t.requiredYear);
    if (area.population)
        subtitle += RegionReport::tr("; population %1 (2020 census)")
                        .arg(AnalysisText::number(*area.population));
    subtitle += RegionReport::tr("; unit: beds");
    return subtitle;
}

} // namespace

void RegionReport::paintPage(QPainter *p, const QRectF &page, int index,
                             ReportPageNumber number) const
{
    if (m_prefecture && index == 0) {
        paintSummaryPage(p, page, number);
        return;
    }
    const AreaGap &region = areaOf(index);
    p->save();
    const QRectF area = paintFrame(p, page, index, number, region, figuresLine(region));

    // Table at the bottom of the room: five or six rows and a legend of the colours.
    const int rows = int(region.functions.size()) + 1; // the functions and the total
    const QFont legendFont = CjkFont::unitFont(7);
    const double legendHeight = QFontMetricsF(legendFont).height() + 2;
    const double tableHeight = HeaderHeight + rows * RowHeight;
    const QRectF tableRect(area.left(), area.bottom() - legendHeight - tableHeight, area.width(),
                           tableHeight);
    paintTable(p, tableRect, region);
    p->setFont(legendFont);
    p->setPen(Muted);
    const QString legend
        = tr("Shaded: more than %1 over (orange) or under (purple) the required beds; darker "
             "beyond twice and four times that. Ratios are of the required beds.")
              .arg(AnalysisText::percent(region.threshold, 0));
    p->drawText(QRectF(area.left(), tableRect.bottom() + 2, area.width(), legendHeight),
                Qt::AlignLeft | Qt::AlignVCenter, legend);

    // The two charts fill what is left.
    const QRectF charts(area.left(), area.top(), area.width(), tableRect.top() - 8 - area.top());
    const QRectF left(charts.left(), charts.top(), charts.width() * 0.52 - 4, charts.height());
    const QRectF right(charts.left() + charts.width() * 0.52 + 4, charts.top(),
                       charts.width() * 0.48 - 4, charts.height());
    for (const auto &[rect, chart] :
         { std::pair { left, ReportChartPainter::Chart::RegionGap },
           std::pair { right, ReportChartPainter::Chart::RegionTrend } }) {
        if (m_charts) {
            p->save();
            p->setClipRect(rect);
            m_charts->paintChart(p, rect, region, chart);
            p->restore();
        } else {
            p->setPen(QPen(Rule, 0.75, Qt::DashLine));
            p->setBrush(Qt::NoBrush);
            p->drawRect(rect);
        }
    }
    p->restore();
}

void RegionReport::paintSummaryPage(QPainter *p, const QRectF &page, ReportPageNumber number) const
{
    const AreaGap &prefecture = *m_prefecture;
    p->save();
    QString subtitle = figuresLine(prefecture);
    subtitle += tr("; the pages after this one show each region");
    const QRectF area = paintFrame(p, page, 0, number, prefecture, subtitle);

    // The prefecture's totals by function at the top, the chart of every region below.
    const int rows = int(prefecture.functions.size()) + 1;
    const QFont legendFont = CjkFont::unitFont(7);
    const double legendHeight = QFontMetricsF(legendFont).height() + 2;
    const double tableHeight = HeaderHeight + rows * RowHeight;
    const QRectF tableRect(area.left(), area.top(), area.width(), tableHeight);
    paintTable(p, tableRect, prefecture);
    p->setFont(legendFont);
    p->setPen(Muted);
    p->drawText(QRectF(area.left(), tableRect.bottom() + 2, area.width(), legendHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                tr("Totals of the %n region(s) as MHLW publishes them for the prefecture. Shaded: "
                   "more than %1 over (orange) or under (purple) the required beds.",
                   nullptr, int(m_regions.size()))
                    .arg(AnalysisText::percent(prefecture.threshold, 0)));
    const double top = tableRect.bottom() + legendHeight + 10;
    const QRectF chart(area.left(), top, area.width(), area.bottom() - top);
    if (m_charts) {
        p->save();
        p->setClipRect(chart);
        m_charts->paintRegionsChart(p, chart, m_regions);
        p->restore();
    } else {
        p->setPen(QPen(Rule, 0.75, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(chart);
    }
    p->restore();
}

void RegionReport::paintTable(QPainter *p, const QRectF &rect, const AreaGap &region) const
{
    const FunctionGap &t = region.total;
    const QStringList header {
        tr("Function"),
        tr("%1 reported").arg(GapAnalysis::DefaultBaseYear),
        tr("%1 reported").arg(t.latestYear),
        tr("%1 planned").arg(t.plannedYear),
        tr("%1 required").arg(t.requiredYear),
        tr("Latest − required"),
        tr("Planned − required"),
        tr("Latest ÷ required"),
        tr("Planned ÷ required"),
        tr("Change since %1").arg(GapAnalysis::DefaultBaseYear),
        tr("Latest per 100,000"),
        tr("Share of latest"),
    };
    // Relative widths: the function name wider than the figures.
    const QVector<double> weights { 1.5, 1, 1, 1, 1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 0.9 };
    double sum = 0;
    for (double w : weights)
        sum += w;
    QVector<double> x { rect.left() };
    for (double w : weights)
        x << x.last() + rect.width() * w / sum;

    QVector<const FunctionGap *> rows;
    for (const FunctionGap &f : region.functions) {
        if (f.countsInTotal)
            rows << &f;
    }
    rows << &t;
    for (const FunctionGap &f : region.functions) {
        if (!f.countsInTotal)
            rows << &f; // 休棟中等 below the total: never part of it
    }
    const double rowHeight = (rect.height() - HeaderHeight) / rows.size();
    const QFont headFont = CjkFont::unitFont(8, true);
    const QFont cellFont = CjkFont::unitFont(8);
    const QFont totalFont = CjkFont::unitFont(8, true);

    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xEE, 0xEE, 0xEE));
    p->drawRect(QRectF(rect.left(), rect.top(), rect.width(), HeaderHeight));
    p->setFont(headFont);
    p->setPen(Ink);
    for (int c = 0; c < header.size(); ++c)
        p->drawText(QRectF(x[c] + 3, rect.top(), x[c + 1] - x[c] - 6, HeaderHeight),
                    (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter | Qt::TextWordWrap,
                    header.at(c));

    for (int r = 0; r < rows.size(); ++r) {
        const FunctionGap &f = *rows.at(r);
        const double top = rect.top() + HeaderHeight + r * rowHeight;
        const QColor latestShade = GapPalette::gapBackground(
            f.latestDirection, GapPalette::deviation(f.latestRatio, f.latestDirection),
            region.threshold);
        const QColor plannedShade = GapPalette::gapBackground(
            f.plannedDirection, GapPalette::deviation(f.plannedRatio, f.plannedDirection),
            region.threshold);
        const QStringList cells {
            f.displayName(),
            bedsText(f.reportedIn(GapAnalysis::DefaultBaseYear)),
            bedsText(f.latest),
            bedsText(f.planned),
            bedsText(f.required),
            AnalysisText::directionMark(f.latestDirection) + differenceText(f.latestMinusRequired),
            AnalysisText::directionMark(f.plannedDirection)
                + differenceText(f.plannedMinusRequired),
            ratioText(f.latestRatio),
            ratioText(f.plannedRatio),
            f.changeSinceBase ? AnalysisText::signedNumber(*f.changeSinceBase)
                    + (f.changeSinceBaseRate ? QStringLiteral(" (%1)").arg(
                           AnalysisText::signedPercent(*f.changeSinceBaseRate))
                                             : QString())
                              : QStringLiteral("－"),
            f.latestPer100k ? QLocale().toString(*f.latestPer100k, 'f', 1) : QStringLiteral("－"),
            f.latestShare ? AnalysisText::percent(*f.latestShare) : QStringLiteral("－"),
        };
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF cell(x[c], top, x[c + 1] - x[c], rowHeight);
            QColor shade;
            if (f.countsInTotal || f.isTotal()) {
                if (c == 5 || c == 7)
                    shade = latestShade;
                else if (c == 6 || c == 8)
                    shade = plannedShade;
            }
            if (shade.isValid())
                p->fillRect(cell, shade);
            p->setPen(GapPalette::textOn(shade));
            p->setFont(f.isTotal() ? totalFont : cellFont);
            p->drawText(cell.adjusted(3, 0, -3, 0),
                        (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, cells.at(c));
        }
        p->setPen(QPen(f.isTotal() ? Ink : Rule, f.isTotal() ? 0.8 : 0.5));
        p->drawLine(QPointF(rect.left(), top), QPointF(rect.right(), top));
    }
    p->setPen(QPen(Ink, 0.8));
    p->drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.right(), rect.top()));
    p->drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
    p->restore();
}

} // namespace Koso
