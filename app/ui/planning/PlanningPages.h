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

private:
    PdcaPage *m_pdca;
    PromotionPage *m_promotion;
};

} // namespace Koso
