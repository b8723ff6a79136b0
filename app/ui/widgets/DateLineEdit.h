#pragma once

#include <QDate>
#include <QLineEdit>

namespace Koso {

// A date field that takes what Japanese offices write (2024/3/31, R6.3.31, 令和6年3月31日,
// full-width too), shows the date back in 和暦 (or the UI language), and may be left empty.
// Unreadable text is marked and dateEdited() is not emitted for it.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    bool isAcceptable() const { return m_acceptable; }

signals:
    // After the user finished editing and the text is a date or empty.
    void dateEdited(const QDate &date);

private:
    void commit();

    QDate m_date;
    bool m_acceptable = true;
};

} // namespace Koso
