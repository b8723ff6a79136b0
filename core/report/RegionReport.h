#pragma once

#include "analysis/AreaGap.h"
#include "model/Edition.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace Koso {

class ReportChartPainter;

// The region report for council papers: one region per A4 landscape page with the bars of
// latest / planned / required beds and the trend since 2015, the gap table (cells coloured by
// direction and size), MHLW's caveat with the reporting rates, the source line, the page
// number and the date in 和暦. A ReportDocument: a PDF, a printer or the print preview.
// The number in a region report page's footer: the report's own (index + 1 of pageCount())
// unless the page sits in a larger document (the data pack) that numbers its pages itself.
struct ReportPageNumber
{
    int number = 0;
    int total = 0;
};

class RegionReport : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(Koso::RegionReport)

public:
    RegionReport(QVector<AreaGap> regions, std::optional<Edition> edition,
                 QDate date = QDate::currentDate());

    void setChartPainter(ReportChartPainter *painter) { m_charts = painter; }
    // Opens the report with a summary page of the prefecture: its totals by function, the
    // chart of every region and MHLW's caveat (the prefecture report; not a single region's).
    void setPrefectureSummary(const AreaGap &prefecture) { m_prefecture = prefecture; }
    bool hasPrefectureSummary() const { return m_prefecture.has_value(); }
    int pageCount() const { return int(m_regions.size()) + (m_prefecture ? 1 : 0); }
    const QVector<AreaGap> &regions() const { return m_regions; }

    QString documentTitle() const override;
    // A4 landscape without margins: the report keeps its own.
    QPageLayout pageLayout() const override;
    // One page; page is in points (A4 landscape: 842 × 595).
    void paintPage(QPainter *painter, const QRectF &page, int index,
                   ReportPageNumber number = ReportPageNumber()) const;
    // The title of a page, e.g. 北海道 南渡島構想区域 病床数の状況 (the summary's: 北海道 …).
    QString pageTitle(int index) const;
    // 作成日：令和7年11月23日
    QString dateLine() const;

protected:
    int paintPages(QPainter &painter, QPagedPaintDevice *device, QString *error) const override;

private:
    void paintTable(QPainter *painter, const QRectF &rect, const AreaGap &region) const;
    // Title, subtitle, footer and caveat of a page; returns the room left between them.
    QRectF paintFrame(QPainter *painter, const QRectF &page, int index, ReportPageNumber number,
                      const AreaGap &area, const QString &subtitle) const;
    void paintSummaryPage(QPainter *painter, const QRectF &page, ReportPageNumber number) const;
    // The area shown on page index (the prefecture on the summary page).
    const AreaGap &areaOf(int index) const;

    QVector<AreaGap> m_regions;
    std::optional<AreaGap> m_prefecture;
    std::optional<Edition> m_edition;
    QDate m_date;
    ReportChartPainter *m_charts = nullptr;
};

} // namespace Koso
