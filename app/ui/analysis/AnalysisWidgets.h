#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;
QT_END_NAMESPACE

namespace Koso {

// The pieces the dashboard and the region page share, so that both read alike: read-only
// tables of figures and the panel that holds MHLW's caveat.
class AnalysisWidgets
{
public:
    // Whole rows selected, columns sized to their contents; sortable ones start by column 0
    // (the code or MHLW's rank).
    static QTableView *table(QAbstractItemModel *model, QWidget *parent, bool sortable);
    static QLabel *caveatLabel(QWidget *parent);
};

} // namespace Koso
