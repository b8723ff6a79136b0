#pragma once

#include "charts/ChartCaption.h"
#include "policy/PolicyRates.h"
#include "report/ReportDocument.h"

#include <QVector>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Koso {

class RegionReport;

// The data pack's PDF as a report document (A4 landscape, a topic a page): chart pages, the
// region report's pages and the table of policy rates, in the order they are added. Writes
// the PDF like every other report and prints through ReportPrinting. Charts and the region
// report are not owned and must outlive the document.
class DataPackDocument : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(Koso::DataPackDocument)

public:
    struct RateRow
    {
        QString area;
        PolicyRate rate;
    };
    struct RatesPage
    {
        QString title;
        QString subtitle;
        QVector<RateRow> rows;
        QString note;
        QString source;
    };

    explicit DataPackDocument(const QString &title);

    void addChartPage(QChart *chart, const ChartCaption &caption);
    void addRegionPage(const RegionReport *report, int regionIndex);
    void addRatesPage(const RatesPage &rates);
    int pageCount() const { return int(m_pages.size()); }
    // Called after each page; returning false cancels the document (DataPack's message).
    void setPageDone(std::function<bool()> pageDone) { m_pageDone = std::move(pageDone); }

    QString documentTitle() const override { return m_title; }
    QPageLayout pageLayout() const override;

protected:
    int paintPages(QPainter &painter, QPagedPaintDevice *device, QString *error) const override;

private:
    struct Page
    {
        QChart *chart = nullptr;
        ChartCaption caption;
        const RegionReport *report = nullptr;
        int regionIndex = -1;
        int rates = -1; // index into m_rates
    };

    QString m_title;
    QVector<Page> m_pages;
    QVector<RatesPage> m_rates;
    std::function<bool()> m_pageDone;
};

} // namespace Koso
