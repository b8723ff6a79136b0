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
    // Dates outside [earliest, latest] are refused like text that is not a date.
    void setRange(const QDate &earliest, const QDate &latest)
    {
        m_earliest = earliest;
        m_latest = latest;
    }

signals:
    // After the user finished editing and the text is a date or empty.
    void dateEdited(const QDate &date);

private:
    void commit();

    void refuse(const QString &why);

    QDate m_date;
    QDate m_earliest;
    QDate m_latest;
    bool m_acceptable = true;
};

} // namespace Koso
