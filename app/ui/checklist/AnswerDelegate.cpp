#include "checklist/AnswerDelegate.h"

#include "checklist/ChecklistEntry.h"

#include <QComboBox>

namespace Koso {

QWidget *AnswerDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const ChecklistAnswer a : { ChecklistAnswer::Yes, ChecklistAnswer::No,
                                     ChecklistAnswer::NotApplicable, ChecklistAnswer::Unanswered })
        combo->addItem(ChecklistEntry::answerLabel(a), int(a));
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<AnswerDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void AnswerDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void AnswerDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData().toInt(), Qt::EditRole);
}

} // namespace Koso
