#include "util/JapaneseDate.h"

#include <QLocale>
#include <QRegularExpression>

namespace Koso {

namespace {

struct Era
{
    QDate start;
    const char16_t *name;
    QChar letter;
};

// Newest first.
const Era eras[] = {
    { QDate(2019, 5, 1), u"令和", QLatin1Char('R') },
    { QDate(1989, 1, 8), u"平成", QLatin1Char('H') },
    { QDate(1926, 12, 25), u"昭和", QLatin1Char('S') },
    { QDate(1912, 7, 30), u"大正", QLatin1Char('T') },
    { QDate(1868, 1, 25), u"明治", QLatin1Char('M') },
};

const Era *eraOf(const QDate &date)
{
    if (!date.isValid())
        return nullptr;
    for (const Era &era : eras) {
        if (date >= era.start)
            return &era;
    }
    return nullptr;
}

const Era *eraByName(const QString &name)
{
    for (const Era &era : eras) {
        if (name == QString::fromUtf16(era.name)
            || name.compare(QString(era.letter), Qt::CaseInsensitive) == 0)
            return &era;
    }
    return nullptr;
}

QString yearText(int year)
{
    return year == 1 ? QStringLiteral("元") : QString::number(year);
}

// Full-width digits, letters and punctuation to ASCII; spaces removed.
QString normalise(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// The one reading of an era and its year, for dates and fiscal years alike: 令和, 平成, 昭和,
// 大正, 明治 or their letters R, H, S, T, M (either case), then the year or 元. Two captures.
const QString eraYearPattern
    = QStringLiteral("(令和|平成|昭和|大正|明治|[RHSTMrhstm])(\\d{1,2}|元)");

struct EraYear
{
    const Era *era = nullptr;
    int year = 0; // Gregorian
};

// The era and Gregorian year of the captures first and first + 1 of a match of
// eraYearPattern; nullopt for year 0.
std::optional<EraYear> eraYearOf(const QRegularExpressionMatch &m, int first)
{
    const Era *era = eraByName(m.captured(first));
    const QString number = m.captured(first + 1);
    const int n = number == QStringLiteral("元") ? 1 : number.toInt();
    if (!era || n < 1)
        return std::nullopt;
    return EraYear { era, era->start.year() + n - 1 };
}

std::optional<QDate> validDate(int y, int m, int d)
{
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

QString JapaneseDate::format(const QDate &date, Style style)
{
    const Era *era = eraOf(date);
    if (!era)
        return QString();
    const int year = date.year() - era->start.year() + 1;
    if (style == Style::Short)
        return QStringLiteral("%1%2.%3.%4")
            .arg(era->letter)
            .arg(year)
            .arg(date.month())
            .arg(date.day());
    return QStringLiteral("%1%2年%3月%4日")
        .arg(QString::fromUtf16(era->name), yearText(year))
        .arg(date.month())
        .arg(date.day());
}

QString JapaneseDate::eraYear(const QDate &date)
{
    const Era *era = eraOf(date);
    if (!era)
        return QString();
    return QStringLiteral("%1%2年").arg(QString::fromUtf16(era->name),
                                        yearText(date.year() - era->start.year() + 1));
}

std::optional<QDate> JapaneseDate::parse(const QString &text)
{
    const QString s = normalise(text);
    if (s.isEmpty())
        return std::nullopt;

    // Gregorian: 2024/3/31, 2024-03-31, 2024.3.31, 2024年3月31日
    static const QRegularExpression gregorian(QStringLiteral(
        "^(\\d{4})(?:[/\\-.](\\d{1,2})[/\\-.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)$"));
    QRegularExpressionMatch m = gregorian.match(s);
    if (m.hasMatch()) {
        const bool kanji = m.captured(2).isEmpty();
        return validDate(m.captured(1).toInt(), m.captured(kanji ? 4 : 2).toInt(),
                         m.captured(kanji ? 5 : 3).toInt());
    }

    // 和暦: 令和6年3月31日, 令和元年5月1日, R6.3.31, R6/3/31, H31-4-30
    static const QRegularExpression wareki(
        QLatin1Char('^') + eraYearPattern
        + QStringLiteral("(?:年(\\d{1,2})月(\\d{1,2})日|[/\\-.](\\d{1,2})[/\\-.](\\d{1,2}))$"));
    m = wareki.match(s);
    const auto eraYear = m.hasMatch() ? eraYearOf(m, 1) : std::nullopt;
    if (!eraYear)
        return std::nullopt;
    const bool kanji = !m.captured(3).isEmpty();
    const auto date = validDate(eraYear->year, m.captured(kanji ? 3 : 5).toInt(),
                                m.captured(kanji ? 4 : 6).toInt());
    // The date must lie in the era written: 令和1年4月1日 was still 平成.
    if (!date || eraOf(*date) != eraYear->era)
        return std::nullopt;
    return date;
}

std::optional<QDate> JapaneseDate::fromExcelSerial(double serial)
{
    if (serial < 1 || serial > 2958465) // 9999-12-31
        return std::nullopt;
    return QDate(1899, 12, 30).addDays(qint64(serial));
}

int JapaneseDate::fiscalYear(const QDate &date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QString JapaneseDate::fiscalYearLabelJa(int fiscalYear)
{
    // An era that begins within the fiscal year names it (令和元年度 for FY2019, whose April
    // was still 平成), as government papers do; 1 May separates the two cases seen in practice.
    const QString year = eraYear(QDate(fiscalYear, 5, 1));
    return year.isEmpty() ? QString() : year.chopped(1) + QStringLiteral("年度");
}

QString JapaneseDate::fiscalYearLabel(int fiscalYear)
{
    if (QLocale().language() == QLocale::Japanese)
        return fiscalYearLabelJa(fiscalYear);
    return tr("FY%1").arg(fiscalYear);
}

std::optional<int> JapaneseDate::parseFiscalYear(const QString &text)
{
    const QString s = normalise(text);
    static const QRegularExpression western(QStringLiteral("^(?:FY)?(\\d{4})(?:年度)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = western.match(s);
    if (m.hasMatch())
        return m.captured(1).toInt();
    static const QRegularExpression wareki(QLatin1Char('^') + eraYearPattern
                                           + QStringLiteral("年度$"));
    m = wareki.match(s);
    const auto eraYear = m.hasMatch() ? eraYearOf(m, 1) : std::nullopt;
    if (!eraYear)
        return std::nullopt;
    return eraYear->year;
}

QString JapaneseDate::display(const QDate &date)
{
    if (!date.isValid())
        return QString();
    if (QLocale().language() == QLocale::Japanese)
        return format(date, Style::Long);
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace Koso
