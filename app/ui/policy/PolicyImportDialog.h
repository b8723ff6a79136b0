#pragma once

#include "policy/PolicySheet.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace Koso {

class Dataset;
class PolicyActions;

// Shows what importing a filled-in policy sheet would change, or every bad cell with its line
// and column; Apply writes all the changes as one undo step, and is only offered when no row
// is bad.
class PolicyImportDialog : public QDialog
{
    Q_OBJECT

public:
    PolicyImportDialog(PolicyActions &actions, QWidget *parent = nullptr);

    // Reads and checks the sheet; the dialog then shows the preview.
    void loadFile(const QString &path);
    const PolicySheetPreview &preview() const { return m_preview; }
    bool canApply() const;

    void accept() override;

private:
    PolicyActions &m_actions;
    PolicySheetPreview m_preview;
    QLabel *m_summary;
    QTableWidget *m_table;
    QDialogButtonBox *m_buttons;
};

} // namespace Koso
