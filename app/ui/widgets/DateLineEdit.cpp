#include "widgets/DateLineEdit.h"

#include "util/JapaneseDate.h"

namespace Koso {

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. R6.3.31"));
    setToolTip(tr("Write 2024/3/31, R6.3.31 or 令和6年3月31日; leave empty for none."));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::editingFinished, this, &DateLineEdit::commit);
}

void DateLineEdit::setDate(const QDate &date)
{
    m_date = date;
    m_acceptable = true;
    setStyleSheet(QString());
    setText(date.isValid() ? JapaneseDate::display(date) : QString());
}

void DateLineEdit::commit()
{
    const QString t = text().trimmed();
    std::optional<QDate> parsed;
    if (!t.isEmpty())
        parsed = JapaneseDate::parse(t);
    if (!t.isEmpty() && !parsed) {
        refuse(tr("\"%1\" is not a date. Write 2024/3/31, R6.3.31 or 令和6年3月31日.").arg(t));
        return;
    }
    if (parsed
        && ((m_earliest.isValid() && *parsed < m_earliest)
            || (m_latest.isValid() && *parsed > m_latest))) {
        refuse(tr("%1 is outside the dates accepted here, %2 to %3.")
                   .arg(JapaneseDate::display(*parsed), JapaneseDate::display(m_earliest),
                        JapaneseDate::display(m_latest)));
        return;
    }
    m_acceptable = true;
    setToolTip(tr("Write 2024/3/31, R6.3.31 or 令和6年3月31日; leave empty for none."));
    const QDate d = parsed.value_or(QDate());
    const bool changed = d != m_date;
    setDate(d);
    if (changed)
        emit dateEdited(d);
}

void DateLineEdit::refuse(const QString &why)
{
    m_acceptable = false;
    setStyleSheet(QStringLiteral("QLineEdit { background: #fde0dc; }"));
    setToolTip(why);
}

} // namespace Koso
