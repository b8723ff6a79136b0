#pragma once

#include <QSpinBox>

namespace Koso {

// A fiscal year shown as 令和6年度 (FY2024 in English); typing 2024, R6年度 or 令和6年度 works.
class FiscalYearSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit FiscalYearSpinBox(QWidget *parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
};

} // namespace Koso
