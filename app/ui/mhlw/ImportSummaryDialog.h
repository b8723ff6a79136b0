#pragma once

#include "mhlw/ImportSummary.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QTabWidget;

namespace Koso {

class Dataset;

// What an import did: the files, the figures that changed (the newer edition's now used),
// the facilities that are new, no longer listed or look renamed (the user confirms renames
// here), and the warnings. "Save as text…" writes ImportSummary::toText().
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportSummaryDialog(const ImportSummary &summary, Dataset &dataset, QWidget *parent = nullptr);

    const ImportSummary &summary() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *renameList() const { return m_renames; }

public slots:
    bool saveAsText(const QString &path);
    // Records each checked pair as one facility renamed: the old entry points to the new.
    bool confirmCheckedRenames();

private slots:
    void chooseFileAndSave();

private:
    ImportSummary m_summary;
    Dataset &m_dataset;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_renames = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace Koso
