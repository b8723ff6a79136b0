#pragma once

#include "analysis/AreaGap.h"
#include "storage/Dataset.h"

#include <QList>
#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QBoxLayout;
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

namespace Koso {

class EmptyDatasetNotice;

// What the prefecture dashboard and the region page share: the open dataset, a header with
// the title and the buttons that export the page's table and print or save the region report
// of what the page shows, the tabs, and MHLW's caveat that stays in view below them.
class AnalysisPage : public QWidget
{
    Q_OBJECT

public:
    QString caveatText() const;

public slots:
    virtual void reload() = 0;
    // The region report of what the page shows, with its charts: in the print preview, or
    // written as PDF after asking where.
    void printReport();
    void saveReportPdf();

protected:
    explicit AnalysisPage(QWidget *parent);

    // The header: the widgets before the title, the title (it takes the room left), those
    // after it, then "Export table…" (calling exportTable), "Print report…" and "Report PDF…".
    QBoxLayout *createHeader(const QList<QWidget *> &before, const QList<QWidget *> &after,
                             const std::function<void()> &exportTable, const QString &printTip,
                             const QString &pdfTip);
    // The page: the header, what comes above the tabs (may be nullptr), the tabs, the caveat.
    void layOut(QBoxLayout *header, QBoxLayout *aboveTabs);
    // Follows dataset's changes (onDataChanged()) instead of the previous dataset's.
    void watch(Dataset *dataset);
    virtual void onDataChanged(DataChanges changes) = 0;
    // Saves the GapTables table kind of code as CSV or .xlsx after asking where.
    void exportTable(const QString &kind, const QString &code, double threshold);

    // What the region report covers: the regions shown, and for the PDF the code (a region
    // or a prefecture) and threshold it is built with and the file name it suggests.
    virtual QVector<AreaGap> reportRegions() const = 0;
    virtual QString reportCode() const = 0;
    virtual double reportThreshold() const = 0;
    virtual QString reportName() const = 0;

    QPointer<Dataset> m_dataset;
    QLabel *m_title = nullptr;
    QLabel *m_caveat = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Shown instead of the figures while the dataset has nothing imported.
    EmptyDatasetNotice *m_notice = nullptr;
};

} // namespace Koso
