#pragma once

#include <QStyledItemDelegate>

namespace Koso {

// Edits an answer cell with a list of はい / いいえ / 該当なし / 未回答; the choice is committed
// as soon as it is picked.
class AnswerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Koso
