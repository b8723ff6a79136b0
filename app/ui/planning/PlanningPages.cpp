#include "planning/PlanningPages.h"

#include "document/Document.h"
#include "planning/PdcaPage.h"
#include "planning/PromotionPage.h"

#include <QLabel>
#include <QTabWidget>

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

void PlanningPages::openRecords(const QString &kind, int fiscalYear, const QString &regionCode)
{
    if (kind == QLatin1String("targets") || kind == QLatin1String("progress")) {
        if (fiscalYear > 0)
            m_pdca->setFiscalYear(fiscalYear);
        if (!regionCode.isEmpty())
            m_pdca->setRegion(regionCode);
        // The overview shows every region's targets of the year; the progress verification
        // is the region's gaps with the planner's explanations.
        m_pdca->tabs()->setCurrentIndex(kind == QLatin1String("targets") ? 0 : 2);
        emit pageRequested(m_pdca);
    } else if (kind == QLatin1String("promotion")) {
        if (!regionCode.isEmpty())
            m_promotion->setPlanRegion(regionCode);
        const bool plan = !regionCode.isEmpty() && m_promotion->planRegion() == regionCode
            && m_promotion->planEmptyLabel()->isHidden();
        m_promotion->tabs()->setCurrentIndex(plan ? 2 : 0);
        emit pageRequested(m_promotion);
    } else if (kind == QLatin1String("municipalities")) {
        emit councilsRequested(fiscalYear);
    }
}

} // namespace Koso
