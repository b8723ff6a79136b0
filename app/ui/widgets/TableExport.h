#pragma once

#include "io/Table.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Koso {

// Asks where to save a table (Excel or CSV) and writes it, telling the user what went wrong.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(Koso::TableExport)

public:
    static void saveAs(QWidget *parent, const Table &table, const QString &suggestedName);
};

} // namespace Koso
