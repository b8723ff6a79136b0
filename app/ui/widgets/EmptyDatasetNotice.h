#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Koso {

// What a page of an empty dataset says instead of zeros: what is missing and what to do next,
// with a button that does it (by default: File › Import MHLW Workbook…, the window's action
// "actionImportWorkbook", found at the time of the click).
class EmptyDatasetNotice : public QFrame
{
    Q_OBJECT

public:
    explicit EmptyDatasetNotice(QWidget *parent = nullptr);

    // The text (plain) and the button's label and action: the objectName of a QAction of the
    // window that the button triggers.
    void setMessage(const QString &text);
    void setAction(const QString &buttonText, const QString &actionName);
    QString message() const;
    QPushButton *button() const { return m_button; }

    // The standard text of a dataset without figures.
    static QString noFiguresText();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
    QString m_actionName;
};

} // namespace Koso
