#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Koso {

// File > New: the home prefecture (one of the 47) and where to save the new dataset.
class NewDatasetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDatasetDialog(QWidget *parent = nullptr);

    QString prefectureCode() const;
    QString path() const;
    void setPrefectureCode(const QString &code);
    void setPath(const QString &path);

private:
    void browse();
    void suggestPath();
    void validate();

    QComboBox *m_prefecture = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_pathEdited = false;
};

} // namespace Koso
