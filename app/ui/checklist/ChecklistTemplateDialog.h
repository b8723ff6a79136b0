#pragma once

#include "checklist/ChecklistTemplate.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Koso {

class ChecklistEditor;

// Shows every template version and lets the office edit item texts, the basis, the form title
// and the note. Saving makes a new version (an undo step on the document's stack); assessments
// keep the version they were answered against. Import reads a CSV or .xlsx as a new version;
// export writes the shown version in the import's format for editing in Excel.
class ChecklistTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    ChecklistTemplateDialog(ChecklistEditor *editor, QWidget *parent = nullptr);

    qint64 shownTemplateId() const;
    void showTemplate(qint64 id);
    bool isModified() const { return m_modified; }
    // For tests and for the buttons: the same paths without file dialogs.
    void setItemText(int row, const QString &text);
    void setItemBasis(int row, const QString &basis);
    qint64 saveAsNewVersion();
    qint64 importFile(const QString &path);
    bool exportFile(const QString &path, QString *error) const;
    QTableWidget *itemTable() const { return m_items; }

private:
    void reloadVersions(qint64 select);
    void fillItems();
    ChecklistTemplate editedTemplate() const;
    void setModified(bool modified);
    void chooseImport();
    void chooseExport();

    ChecklistEditor *m_editor;
    QVector<ChecklistTemplate> m_templates;
    QComboBox *m_versions;
    QLabel *m_info;
    QLineEdit *m_title;
    QPlainTextEdit *m_note;
    QTableWidget *m_items;
    QPushButton *m_save;
    bool m_modified = false;
    bool m_filling = false;
};

} // namespace Koso
