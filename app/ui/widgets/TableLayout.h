#pragma once

#include <QHeaderView>
#include <QVector>

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

namespace Koso {

// A horizontal header whose titles wrap onto a second (or third) line instead of widening
// their columns: 「報告−必要量」 over a column of 「+1,234」 takes the width of the figures.
// A section is at most maxTextWidth pixels of text wide unless a single word is wider.
class WrappingHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeader(QWidget *parent = nullptr, int maxTextWidth = 76);
    int maxTextWidth() const { return m_maxTextWidth; }

    // The title as drawn: one line if it fits, else two lines split where a reader would
    // (at a space, after −／÷, before （), never inside a word like 「報告」.
    QString layoutText(const QString &text, const QFontMetrics &metrics) const;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;

private:
    int m_maxTextWidth;
};

// How tables fit an office screen (1366×768): wrapped headers, secondary columns hidden
// (the header's context menu shows them again), and short tables as tall as their rows.
class TableLayout
{
public:
    // Gives view a WrappingHeader (keeps its sorting and resize mode).
    static WrappingHeader *wrapHeaders(QTableView *view, int maxTextWidth = 76);
    // Hides these columns; a right click on the header lists every column to show or hide.
    static void hideColumns(QTableView *view, const QVector<int> &columns);
    static void addColumnMenu(QTableView *view);
    // Keeps view exactly as tall as its header and rows (no vertical scroll bar), following
    // every reset of its model.
    static void fitHeightToRows(QTableView *view);
    // The width the view needs to show every visible column without a scroll bar.
    static int contentWidth(const QTableView *view);
};

} // namespace Koso
