#include "widgets/FiscalYearSpinBox.h"

#include "util/JapaneseDate.h"

namespace Koso {

FiscalYearSpinBox::FiscalYearSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(2000, 2100);
    setValue(JapaneseDate::fiscalYear(QDate::currentDate()));
}

QString FiscalYearSpinBox::textFromValue(int value) const
{
    return JapaneseDate::fiscalYearLabel(value);
}

int FiscalYearSpinBox::valueFromText(const QString &text) const
{
    return JapaneseDate::parseFiscalYear(text).value_or(value());
}

QValidator::State FiscalYearSpinBox::validate(QString &text, int &) const
{
    const auto year = JapaneseDate::parseFiscalYear(text);
    if (year && *year >= minimum() && *year <= maximum())
        return QValidator::Acceptable;
    return QValidator::Intermediate;
}

} // namespace Koso
