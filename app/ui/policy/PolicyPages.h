#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

class QUndoStack;
class QWidget;

namespace Koso {

class CouncilPage;
class Dataset;
class Document;
class ExportableChart;
class HospitalsPage;
class PolicyRatesPage;
class WhatIfView;

// The pages of issue 5 (hospitals, policy rates, what-if, councils) in the main window. The
// main window adds the four host widgets once (pages()) and calls setDocument() when a dataset
// is opened or closed; the pages inside are built for each document, so they always hold the
// open dataset and its undo stack. Links between pages (a hospital opened from a council) ask
// for the Hospitals page through pageRequested().
class PolicyPages : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QWidget *widget;
        QString title;
        QString icon; // resource path
    };

    explicit PolicyPages(QObject *parent = nullptr);
    ~PolicyPages() override;

    QVector<Page> pages() const;

    // The pages of the open dataset; nullptr while none is open.
    HospitalsPage *hospitals() const;
    PolicyRatesPage *rates() const;
    WhatIfView *whatIf() const;
    CouncilPage *councils() const;

public slots:
    void setDocument(Koso::Document *document);
    // For tools and tests without a Document: the pages over a dataset and an undo stack.
    void setDataset(Koso::Dataset *dataset, QUndoStack *undoStack);
    void openHospital(qint64 hospitalId);
    // The council meetings of a fiscal year (0: all years), e.g. from the checklist.
    void openCouncils(int fiscalYear);

signals:
    // One of pages() should be shown.
    void pageRequested(QWidget *page);

private:
    void clear();
    static void exportChart(const ExportableChart *chart, QWidget *parent);

    QPointer<QWidget> m_hospitalsHost;
    QPointer<QWidget> m_ratesHost;
    QPointer<QWidget> m_whatIfHost;
    QPointer<QWidget> m_councilsHost;
    QPointer<HospitalsPage> m_hospitals;
    QPointer<PolicyRatesPage> m_rates;
    QPointer<WhatIfView> m_whatIf;
    QPointer<CouncilPage> m_councils;
};

} // namespace Koso
