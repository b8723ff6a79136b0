#include "widgets/TableLayout.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QFontMetrics>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <limits>

namespace Koso {

WrappingHeader::WrappingHeader(QWidget *parent, int maxTextWidth)
    : QHeaderView(Qt::Horizontal, parent)
    , m_maxTextWidth(maxTextWidth)
{
    setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    setSectionsClickable(true);
}

QString WrappingHeader::layoutText(const QString &text, const QFontMetrics &metrics) const
{
    if (text.contains(QLatin1Char('\n')) || metrics.horizontalAdvance(text) <= m_maxTextWidth)
        return text;
    int best = -1;
    int bestWidth = std::numeric_limits<int>::max();
    bool dropSpace = false;
    for (int i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar previous = text.at(i - 1);
        const bool space = c.isSpace();
        const bool after = previous == QChar(0x2212) || previous == QChar(0xFF0F)
            || previous == QChar(0x00F7) || previous == QLatin1Char('/')
            || previous == QLatin1Char('-');
        const bool before = c == QChar(0xFF08) || c == QLatin1Char('(');
        if (!space && !after && !before)
            continue;
        const QString first = text.left(i).trimmed();
        const QString second = (space ? text.mid(i + 1) : text.mid(i)).trimmed();
        if (first.isEmpty() || second.isEmpty())
            continue;
        const int width = qMax(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
        if (width < bestWidth) {
            bestWidth = width;
            best = i;
            dropSpace = space;
        }
    }
    if (best < 0)
        return text; // no natural break: Qt wraps it within the width
    return text.left(best).trimmed() + QLatin1Char('\n')
        + (dropSpace ? text.mid(best + 1) : text.mid(best)).trimmed();
}

void WrappingHeader::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = layoutText(option->text, QFontMetrics(option->fontMetrics));
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
    const QSize oneLine = fm.size(0, text);
    const QString laidOut = layoutText(text, fm);
    if (laidOut == text && oneLine.width() <= m_maxTextWidth)
        return size;
    const QSize wrapped = laidOut != text
        ? fm.size(0, laidOut)
        : fm.boundingRect(QRect(0, 0, m_maxTextWidth, 100000), Qt::AlignCenter | Qt::TextWordWrap,
                          text)
              .size();
    const int extraWidth = size.width() - oneLine.width(); // margins and the sort indicator
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
    QVector<int> hidden;
    for (int c = 0; c < old->count(); ++c) {
        if (old->isSectionHidden(c))
            hidden << c;
    }
    const bool menu = old->contextMenuPolicy() == Qt::CustomContextMenu;
    view->setHorizontalHeader(header);
    for (int c : std::as_const(hidden))
        view->setColumnHidden(c, true);
    if (menu)
        addColumnMenu(view);
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
    QObject::connect(
        header, &QHeaderView::customContextMenuRequested, view, [view, header](const QPoint &pos) {
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
                QObject::connect(a, &QAction::toggled, view,
                                 [view, c](bool on) { view->setColumnHidden(c, !on); });
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
