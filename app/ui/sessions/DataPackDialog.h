#pragma once

#include "charts/DataPack.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Koso {

class Dataset;

// The data pack for part ② of a study session from the desktop: the planner picks the
// prefecture (the home one first) and its regions (a checkable list, all ticked), the output
// folder, and writes; a progress dialog shows the work and can cancel it (nothing is kept).
// Afterwards the folder opens (when ticked) and the dialog says where the files are.
class DataPackDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DataPackDialog(Dataset *dataset, const QDate &today, QWidget *parent = nullptr);

    QComboBox *prefectureBox() const { return m_prefecture; }
    QListWidget *regionList() const { return m_regions; }
    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *openFolderBox() const { return m_openFolder; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *writeButton() const { return m_write; }

    QString prefectureCode() const;
    QStringList checkedRegions() const;
    // Writes the pack with a progress dialog; true when it was written.
    bool writePack();
    const DataPack::Result &result() const { return m_result; }

private:
    void fillRegions();
    void setAllRegions(bool checked);
    void updateWriteButton();
    void showMessage(const QString &text, bool problem);

    Dataset *m_dataset;
    QDate m_today;
    QComboBox *m_prefecture;
    QListWidget *m_regions;
    QLineEdit *m_folder;
    QCheckBox *m_openFolder;
    QLabel *m_message;
    QPushButton *m_write;
    DataPack::Result m_result;
};

} // namespace Koso
