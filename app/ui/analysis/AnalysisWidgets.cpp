#include "analysis/AnalysisWidgets.h"

#include "widgets/TableLayout.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace Koso {

QTableView *AnalysisWidgets::table(QAbstractItemModel *model, QWidget *parent, bool sortable)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(sortable);
    if (sortable)
        view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Compact rows: a region's five functions and 休棟中等 above its charts on 768 pixels.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Two-line headers keep the columns as narrow as their figures (1366-pixel screens).
    TableLayout::wrapHeaders(view, 80);
    return view;
}

QLabel *AnalysisWidgets::caveatLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setStyleSheet(QStringLiteral("QLabel { background: #F7F7F7; color: #333; }"));
    return label;
}

} // namespace Koso
