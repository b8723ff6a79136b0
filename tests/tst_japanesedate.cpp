#include "util/JapaneseDate.h"

#include <QLocale>
#include <QTest>

#include <tuple>

using namespace Koso;

class TestJapaneseDate : public QObject
{
    Q_OBJECT

private slots:
    void formatsWareki_data();
    void formatsWareki();
    void parses_data();
    void parses();
    void fiscalYears();
    void bothParsersReadEveryEra_data();
    void bothParsersReadEveryEra();
    void excelSerial();
};

void TestJapaneseDate::formatsWareki_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("longForm");
    QTest::addColumn<QString>("shortForm");
    QTest::newRow("reiwa") << QDate(2024, 6, 11) << QStringLiteral("令和6年6月11日")
                           << QStringLiteral("R6.6.11");
    QTest::newRow("reiwa first day")
        << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日") << QStringLiteral("R1.5.1");
    QTest::newRow("heisei last day")
        << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日") << QStringLiteral("H31.4.30");
    QTest::newRow("heisei first day")
        << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日") << QStringLiteral("H1.1.8");
    QTest::newRow("showa") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日")
                           << QStringLiteral("S64.1.7");
    QTest::newRow("invalid") << QDate() << QString() << QString();
}

void TestJapaneseDate::formatsWareki()
{
    QFETCH(QDate, date);
    QFETCH(QString, longForm);
    QFETCH(QString, shortForm);
    QCOMPARE(JapaneseDate::format(date), longForm);
    QCOMPARE(JapaneseDate::format(date, JapaneseDate::Style::Short), shortForm);
}

void TestJapaneseDate::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: must be rejected
    const QDate mar31(2024, 3, 31);
    QTest::newRow("slash") << QStringLiteral("2024/3/31") << mar31;
    QTest::newRow("iso") << QStringLiteral("2024-03-31") << mar31;
    QTest::newRow("dots") << QStringLiteral("2024.3.31") << mar31;
    QTest::newRow("kanji gregorian") << QStringLiteral("2024年3月31日") << mar31;
    QTest::newRow("R short") << QStringLiteral("R6.3.31") << mar31;
    QTest::newRow("R slash") << QStringLiteral("R6/3/31") << mar31;
    QTest::newRow("reiwa kanji") << QStringLiteral("令和6年3月31日") << mar31;
    QTest::newRow("full-width") << QStringLiteral("令和６年３月３１日") << mar31;
    QTest::newRow("spaces") << QStringLiteral(" 令和 6年 3月 31日 ") << mar31;
    QTest::newRow("gannen") << QStringLiteral("令和元年5月1日") << QDate(2019, 5, 1);
    QTest::newRow("heisei") << QStringLiteral("H31.4.30") << QDate(2019, 4, 30);
    QTest::newRow("lowercase era") << QStringLiteral("r6.3.31") << mar31;
    QTest::newRow("before era began") << QStringLiteral("令和1年4月1日") << QDate();
    QTest::newRow("no such day") << QStringLiteral("2024/2/30") << QDate();
    QTest::newRow("no such day wareki") << QStringLiteral("R6.2.30") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2024/13/1") << QDate();
    QTest::newRow("text") << QStringLiteral("来年度") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("24/3/31") << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("era zero") << QStringLiteral("R0.5.1") << QDate();
}

void TestJapaneseDate::parses()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto parsed = JapaneseDate::parse(text);
    if (expected.isValid()) {
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, expected);
    } else {
        QVERIFY2(!parsed.has_value(), qPrintable(text));
    }
}

void TestJapaneseDate::fiscalYears()
{
    QCOMPARE(JapaneseDate::fiscalYear(QDate(2024, 4, 1)), 2024);
    QCOMPARE(JapaneseDate::fiscalYear(QDate(2025, 3, 31)), 2024);
    QCOMPARE(JapaneseDate::fiscalYear(QDate(2024, 3, 31)), 2023);
    QCOMPARE(JapaneseDate::fiscalYearLabelJa(2024), QStringLiteral("令和6年度"));
    QCOMPARE(JapaneseDate::fiscalYearLabelJa(2019), QStringLiteral("令和元年度"));
    QCOMPARE(JapaneseDate::fiscalYearLabelJa(2018), QStringLiteral("平成30年度"));
    QCOMPARE(JapaneseDate::fiscalYearEnd(2024), QDate(2025, 3, 31));
    QCOMPARE(JapaneseDate::parseFiscalYear(QStringLiteral("令和6年度")).value_or(0), 2024);
    QCOMPARE(JapaneseDate::parseFiscalYear(QStringLiteral("R7年度")).value_or(0), 2025);
    QCOMPARE(JapaneseDate::parseFiscalYear(QStringLiteral("令和元年度")).value_or(0), 2019);
    QCOMPARE(JapaneseDate::parseFiscalYear(QStringLiteral("2024年度")).value_or(0), 2024);
    QCOMPARE(JapaneseDate::parseFiscalYear(QStringLiteral("FY2024")).value_or(0), 2024);
    QVERIFY(!JapaneseDate::parseFiscalYear(QStringLiteral("今年度")).has_value());

    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(JapaneseDate::fiscalYearLabel(2024), QStringLiteral("令和6年度"));
    QCOMPARE(JapaneseDate::display(QDate(2024, 6, 11)), QStringLiteral("令和6年6月11日"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(JapaneseDate::fiscalYearLabel(2024), QStringLiteral("FY2024"));
}

void TestJapaneseDate::bothParsersReadEveryEra_data()
{
    QTest::addColumn<QString>("era"); // as written before the year
    QTest::addColumn<int>("firstYear"); // Gregorian year of the era's year 1 (元年)
    QTest::addColumn<QDate>("dayInYear2"); // a date in the era's second year
    for (const auto &[name, letter, first] :
         { std::tuple { QStringLiteral("令和"), QStringLiteral("R"), 2019 },
           std::tuple { QStringLiteral("平成"), QStringLiteral("H"), 1989 },
           std::tuple { QStringLiteral("昭和"), QStringLiteral("S"), 1926 },
           std::tuple { QStringLiteral("大正"), QStringLiteral("T"), 1912 },
           std::tuple { QStringLiteral("明治"), QStringLiteral("M"), 1868 } }) {
        const QDate day(first + 1, 6, 11);
        QTest::newRow(qPrintable(letter)) << letter << first << day;
        QTest::newRow(qPrintable(letter.toLower())) << letter.toLower() << first << day;
        QTest::newRow(qPrintable(name)) << name << first << day;
    }
}

void TestJapaneseDate::bothParsersReadEveryEra()
{
    // The dates and the fiscal years read the same eras, names and letters alike.
    QFETCH(QString, era);
    QFETCH(int, firstYear);
    QFETCH(QDate, dayInYear2);
    QCOMPARE(JapaneseDate::parseFiscalYear(era + QStringLiteral("元年度")).value_or(0), firstYear);
    QCOMPARE(JapaneseDate::parseFiscalYear(era + QStringLiteral("2年度")).value_or(0),
             firstYear + 1);
    QCOMPARE(JapaneseDate::parseFiscalYear(era + QStringLiteral("１０年度")).value_or(0),
             firstYear + 9);
    QVERIFY(!JapaneseDate::parseFiscalYear(era + QStringLiteral("0年度")).has_value());
    QCOMPARE(JapaneseDate::parse(era + QStringLiteral("2年6月11日")).value_or(QDate()), dayInYear2);
    QCOMPARE(JapaneseDate::parse(era + QStringLiteral("2.6.11")).value_or(QDate()), dayInYear2);
    QVERIFY(!JapaneseDate::parse(era + QStringLiteral("0.6.11")).has_value());
}

void TestJapaneseDate::excelSerial()
{
    QCOMPARE(JapaneseDate::fromExcelSerial(45382).value(), QDate(2024, 3, 31));
    QVERIFY(!JapaneseDate::fromExcelSerial(0).has_value());
}

QTEST_GUILESS_MAIN(TestJapaneseDate)
#include "tst_japanesedate.moc"
