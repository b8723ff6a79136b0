#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Koso {

// Dates as a Japanese office writes them: 和暦 (令和6年6月11日, R6.6.11) and fiscal years
// (年度, April to March: 令和6年度 = 2024-04-01 … 2025-03-31).
class JapaneseDate
{
    Q_DECLARE_TR_FUNCTIONS(Koso::JapaneseDate)

public:
    enum class Style {
        Long, // 令和6年6月11日 (令和元年5月1日 for the first year)
        Short // R6.6.11
    };

    // Empty for dates before 明治 (1868-01-25 in the Gregorian calendar) or invalid dates.
    static QString format(const QDate &date, Style style = Style::Long);
    // 令和6年 style era and year, e.g. for a title; empty if out of range.
    static QString eraYear(const QDate &date);

    // Understands 2024/3/31, 2024-03-31, 2024.3.31, 2024年3月31日, R6.3.31, R6/3/31,
    // 令和6年3月31日, 令和元年5月1日, H31.4.30, with full-width digits and spaces too.
    // Returns nullopt for anything else, including impossible days and dates outside
    // the era written (令和1年4月1日).
    static std::optional<QDate> parse(const QString &text);
    // Excel stores dates as days since 1899-12-30.
    static std::optional<QDate> fromExcelSerial(double serial);

    // The fiscal year a date falls in: 2024 for 2024-04-01 … 2025-03-31.
    static int fiscalYear(const QDate &date);
    static QDate fiscalYearStart(int fiscalYear) { return QDate(fiscalYear, 4, 1); }
    static QDate fiscalYearEnd(int fiscalYear) { return QDate(fiscalYear + 1, 3, 31); }
    // 令和6年度 in Japanese, FY2024 otherwise (by the default QLocale).
    static QString fiscalYearLabel(int fiscalYear);
    // Always 令和6年度 (as MHLW labels its editions).
    static QString fiscalYearLabelJa(int fiscalYear);
    // Reads 令和6年度 / R6年度 / 2024年度 / FY2024; nullopt otherwise.
    static std::optional<int> parseFiscalYear(const QString &text);
    // A date in the user's language: 和暦 for Japanese, ISO-like "11 Jun 2024" otherwise.
    static QString display(const QDate &date);
};

} // namespace Koso
