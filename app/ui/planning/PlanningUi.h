#pragma once

#include "planning/PlanningEditCommand.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableWidget>
#include <QUndoStack>

#include <memory>

namespace Koso::PlanningUi {

// Pushes an edit as one undo step and tells the user when the write failed.
inline bool push(QWidget *parent, QUndoStack *stack, std::unique_ptr<PlanningEditCommand> command)
{
    if (!command || !stack)
        return false;
    const auto error = command->errorHandle();
    stack->push(command.release());
    if (!error->isEmpty()) {
        QMessageBox::warning(parent, QCoreApplication::translate("Koso::PlanningUi", "Planning"),
                             *error);
        return false;
    }
    return true;
}

// A read-only cell holding plain text (names from data are never rich text).
inline QTableWidgetItem *cell(const QString &text, const QVariant &id = QVariant())
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    if (id.isValid())
        item->setData(Qt::UserRole, id);
    return item;
}

inline QTableWidget *table(const QStringList &header, QWidget *parent = nullptr)
{
    auto *t = new QTableWidget(0, int(header.size()), parent);
    t->setHorizontalHeaderLabels(header);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

inline qint64 selectedId(const QTableWidget *t)
{
    const int row = t->currentRow();
    if (row < 0 || !t->item(row, 0))
        return 0;
    return t->item(row, 0)->data(Qt::UserRole).toLongLong();
}

// Removes the record selected in t (its id in the first cell) from the dataset's table as one
// undo step.
inline void removeSelected(QWidget *parent, QUndoStack *stack, Dataset *dataset,
                           const QTableWidget *t, const QString &tableName, const QString &undoText)
{
    const qint64 id = selectedId(t);
    if (id <= 0)
        return;
    QString error;
    push(parent, stack, PlanningEditCommand::remove(dataset, tableName, id, undoText, &error));
}

// The OK and Cancel buttons at the foot of an editing form.
inline void addOkCancel(QDialog &dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
}

} // namespace Koso::PlanningUi
