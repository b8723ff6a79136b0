#include "widgets/TableLayout.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QFontMetrics>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace Koso {

WrappingHeader::WrappingHeader(QWidget *parent, int maxTextWidth)
    : QHeaderView(Qt::Horizontal, parent)
    , m_maxTextWidth(maxTextWidth)
{
    setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    setSectionsClickable(true);
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (!model())
        return size;
    const QString text
        = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    if (text.isEmpty())
        return size;
    QFont f = font();
    const QVariant headerFont = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    if (headerFont.canConvert<QFont>())
        f = qvariant_cast<QFont>(headerFont);
    const QFontMetrics fm(f);
    const int oneLine = fm.boundingRect(QRect(0, 0, 100000, 1000), Qt::AlignCenter, text).width();
    if (oneLine <= m_maxTextWidth)
        return size;
    const QRect wrapped = fm.boundingRect(QRect(0, 0, m_maxTextWidth, 100000),
                                          Qt::AlignCenter | Qt::TextWordWrap, text);
    const int extraWidth = size.width() - oneLine; // margins and the sort indicator
    const int extraHeight = qMax(0, size.height() - fm.height());
    size.setWidth(wrapped.width() + extraWidth);
    size.setHeight(qMax(size.height(), wrapped.height() + extraHeight));
    return size;
}

WrappingHeader *TableLayout::wrapHeaders(QTableView *view, int maxTextWidth)
{
    QHeaderView *old = view->horizontalHeader();
    auto *header = new WrappingHeader(view, maxTextWidth);
    const bool sorting = view->isSortingEnabled();
    const int sortColumn = old->sortIndicatorSection();
    const Qt::SortOrder order = old->sortIndicatorOrder();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(old->stretchLastSection());
    header->setSectionsMovable(old->sectionsMovable());
    view->setHorizontalHeader(header);
    if (sorting) {
        view->setSortingEnabled(false);
        view->setSortingEnabled(true);
        view->sortByColumn(sortColumn, order);
    }
    return header;
}

void TableLayout::hideColumns(QTableView *view, const QVector<int> &columns)
{
    for (int c : columns)
        view->setColumnHidden(c, true);
    addColumnMenu(view);
}

void TableLayout::addColumnMenu(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    if (header->contextMenuPolicy() == Qt::CustomContextMenu)
        return;
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view,
                     [view, header](const QPoint &pos) {
                         QAbstractItemModel *model = view->model();
                         if (!model)
                             return;
                         QMenu menu(view);
                         for (int c = 0; c < model->columnCount(); ++c) {
                             QString title = model->headerData(c, Qt::Horizontal).toString();
                             title.replace(QLatin1Char('\n'), QLatin1Char(' '));
                             QAction *a = menu.addAction(title);
                             a->setCheckable(true);
                             a->setChecked(!view->isColumnHidden(c));
                             QObject::connect(a, &QAction::toggled, view, [view, c](bool on) {
                                 view->setColumnHidden(c, !on);
                             });
                         }
                         menu.exec(header->mapToGlobal(pos));
                     });
}

void TableLayout::fitHeightToRows(QTableView *view)
{
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto fit = [view] {
        QAbstractItemModel *model = view->model();
        const int rows = model ? model->rowCount() : 0;
        int height = 2 * view->frameWidth() + view->horizontalHeader()->sizeHint().height();
        for (int r = 0; r < rows; ++r)
            height += view->rowHeight(r);
        if (rows == 0)
            height += view->verticalHeader()->defaultSectionSize();
        if (view->horizontalScrollBar()->isVisible())
            height += view->horizontalScrollBar()->sizeHint().height();
        view->setFixedHeight(height);
    };
    if (QAbstractItemModel *model = view->model()) {
        QObject::connect(model, &QAbstractItemModel::modelReset, view,
                         [view, fit] { QTimer::singleShot(0, view, fit); });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, view,
                         [view, fit] { QTimer::singleShot(0, view, fit); });
    }
    QObject::connect(view->horizontalHeader(), &QHeaderView::geometriesChanged, view, fit);
    fit();
}

int TableLayout::contentWidth(const QTableView *view)
{
    int width = 2 * view->frameWidth();
    if (!view->verticalHeader()->isHidden())
        width += view->verticalHeader()->width();
    const QHeaderView *header = view->horizontalHeader();
    const auto *itemView = static_cast<const QAbstractItemView *>(view);
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        // What ResizeToContents gives the column, whether or not it has been laid out yet.
        width += header->sectionResizeMode(c) == QHeaderView::ResizeToContents
            ? qMax(header->sectionSizeHint(c), itemView->sizeHintForColumn(c))
            : header->sectionSize(c);
    }
    return width;
}

} // namespace Koso
