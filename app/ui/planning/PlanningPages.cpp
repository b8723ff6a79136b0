#include "planning/PlanningPages.h"

#include "document/Document.h"
#include "planning/PdcaPage.h"
#include "planning/PromotionPage.h"

namespace Koso {

PlanningPages::PlanningPages(QObject *parent)
    : QObject(parent)
    , m_pdca(new PdcaPage)
    , m_promotion(new PromotionPage)
{
    m_pdca->setObjectName(QStringLiteral("pdcaPage"));
    m_promotion->setObjectName(QStringLiteral("promotionPage"));
}

PlanningPages::~PlanningPages() = default;

QVector<PlanningPages::Page> PlanningPages::pages() const
{
    return { { m_pdca, tr("Targets and PDCA"), QStringLiteral(":/app/icons/checklist.svg") },
             { m_promotion, tr("Promotion regions"), QStringLiteral(":/app/icons/region.svg") } };
}

void PlanningPages::setDocument(Document *document)
{
    setDataset(document ? document->dataset() : nullptr,
               document ? document->undoStack() : nullptr);
}

void PlanningPages::setDataset(Dataset *dataset, QUndoStack *undoStack)
{
    m_pdca->setDataset(dataset, undoStack);
    m_promotion->setDataset(dataset, undoStack);
}

} // namespace Koso
