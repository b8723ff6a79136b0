#pragma once

#include <QObject>
#include <QString>
#include <QVector>

class QUndoStack;
class QWidget;

namespace Koso {

class Dataset;
class Document;
class PdcaPage;
class PromotionPage;

// The pages of the planning cycle (issue 13) in the main window: yearly targets and PDCA, and
// the promotion regions with their plans. The main window adds pages() once and calls
// setDocument() when a dataset is opened or closed.
class PlanningPages : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QWidget *widget;
        QString title;
        QString icon; // resource path
    };

    explicit PlanningPages(QObject *parent = nullptr);
    ~PlanningPages() override;

    QVector<Page> pages() const;
    PdcaPage *pdca() const { return m_pdca; }
    PromotionPage *promotion() const { return m_promotion; }

public slots:
    void setDocument(Koso::Document *document);
    void setDataset(Koso::Dataset *dataset, QUndoStack *undoStack);
    // Shows the records a checklist item rests on (ChecklistEvidence::kindKey()): targets →
    // the PDCA overview of the fiscal year, progress → the region's progress verification,
    // promotion → the region's plan (or the designations), municipalities → the council
    // meetings of the fiscal year (councilsRequested()).
    void openRecords(const QString &kind, int fiscalYear, const QString &regionCode);

signals:
    // One of pages() should be shown.
    void pageRequested(QWidget *page);
    // The council meetings of a fiscal year should be shown (the council page is not ours).
    void councilsRequested(int fiscalYear);

private:
    PdcaPage *m_pdca;
    PromotionPage *m_promotion;
};

} // namespace Koso
