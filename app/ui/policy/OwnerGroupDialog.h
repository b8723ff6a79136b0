#pragma once

#include "policy/OwnerGroupSuggester.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Koso {

class PolicyActions;

// The owner groups suggested from the facilities' names (see OwnerGroupSuggester), listed
// with the word each rests on and a checkbox; the planner unticks what is wrong and applies
// the rest as one undo step. Nothing is written without that.
class OwnerGroupDialog : public QDialog
{
    Q_OBJECT

public:
    OwnerGroupDialog(PolicyActions *actions, const QVector<OwnerGroupSuggestion> &suggestions,
                     int unsetCount, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QVector<OwnerGroupSuggestion> checkedSuggestions() const;
    void setAllChecked(bool checked);

    void accept() override;

private:
    void updateCount();

    PolicyActions *m_actions;
    QVector<OwnerGroupSuggestion> m_suggestions;
    QTableWidget *m_table = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Koso
