#pragma once

// Writes small workbooks laid out like MHLW's ④ 構想区域の流出率及び流入率 and the
// 構想区域別の医療需要推計, with knobs for what a later edition may change (columns moved,
// labels left out, markers and error values in place of numbers).

#include "TestWorkbook.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <array>

namespace FlowWorkbooks {

struct Partner
{
    int prefectureCode = 0;
    QString prefectureName;
    QVariant regionCode; // 101 (a number) or an error text for a row MHLW could not compute
    QString regionName;
    QVariant share;
};

struct Region
{
    int prefectureCode = 43;
    QString prefectureName = QStringLiteral("熊本県");
    int regionCode = 0;
    QString regionName;
    double populationMan = 10;
    double areaKm2 = 100;
    QVariant overall;
    std::array<QVector<Partner>, 3> groups; // 高度急性期+急性期, 包括期, 慢性期
};

struct FlowBook
{
    QVector<Region> inflow;
    QVector<Region> outflow;
    int shift = 0; // the partner tables start further right
    QString leaveOut; // a label left out: "構想区域コード", "全体の", "構想区域の状況"
    QStringList groupTitles = { QStringLiteral("高度急性期+急性期"), QStringLiteral("包括期"),
                                QStringLiteral("慢性期") };
};

inline TestWorkbook::Sheet flowSheet(const FlowBook &book, bool inflow)
{
    TestWorkbook::Sheet sheet;
    const QString rate = inflow ? QStringLiteral("流入率") : QStringLiteral("流出率");
    sheet.name = rate;
    int row = 1;
    for (const Region &r : inflow ? book.inflow : book.outflow) {
        sheet.set(row, 0, QStringLiteral("流入率・流出率"));
        sheet.set(row, 4,
                  inflow
                      ? QStringLiteral("自構想区域の医療機関に入院した者が居住する構想区域の構成比")
                      : QStringLiteral("自構想区域に居住する者が入院した構想区域の構成比"));
        sheet.set(row, 24, QStringLiteral("（%1・%2）").arg(r.prefectureName, r.regionName));
        if (book.leaveOut != QStringLiteral("構想区域の状況"))
            sheet.set(row + 2, 0, QStringLiteral("(1)構想区域の状況"));
        sheet.setRow(row + 3, 1,
                     { QStringLiteral("都道\n府県"), QStringLiteral("構想\n区域"),
                       QStringLiteral("①人口\n（万人）"), QStringLiteral("②面積\n（k㎡）"),
                       QStringLiteral("③医療機関数") });
        sheet.setRow(row + 4, 5, { QStringLiteral("一般\n病院"), QStringLiteral("有床\n診療所") });
        sheet.setRow(row + 6, 0,
                     { r.prefectureCode, r.prefectureName, r.regionName, r.populationMan, r.areaKm2,
                       12, 3 });
        sheet.set(row + 7, 0, r.regionCode);
        sheet.set(row + 7, 2, QStringLiteral("（報告率）"));
        sheet.set(row + 8, 0, QStringLiteral("(2)") + rate);
        if (book.leaveOut != QStringLiteral("全体の"))
            sheet.set(row + 9, 1, QStringLiteral("全体の") + rate);
        if (r.overall.isValid())
            sheet.set(row + 9, 3, r.overall);
        int longest = 0;
        for (int g = 0; g < 3; ++g) {
            const int col = 1 + book.shift + g * 8;
            sheet.set(row + 12, col, book.groupTitles.at(g));
            sheet.set(row + 13, col, QStringLiteral("都道府県コード"));
            sheet.set(row + 13, col + 1, QStringLiteral("都道府県名"));
            if (book.leaveOut != QStringLiteral("構想区域コード"))
                sheet.set(row + 13, col + 2, QStringLiteral("構想区域コード"));
            sheet.set(row + 13, col + 3, QStringLiteral("構想区域名"));
            sheet.set(row + 13, col + 5, rate);
            const QVector<Partner> &partners = r.groups.at(size_t(g));
            for (int p = 0; p < partners.size(); ++p) {
                const Partner &x = partners.at(p);
                const int pr = row + 14 + p;
                if (x.regionCode.typeId() == QMetaType::QString) {
                    sheet.set(pr, col, x.regionCode);
                } else {
                    sheet.set(pr, col, x.prefectureCode);
                    sheet.set(pr, col + 1, x.prefectureName);
                    sheet.set(pr, col + 2, x.regionCode);
                    sheet.set(pr, col + 3, x.regionName);
                }
                if (x.share.isValid())
                    sheet.set(pr, col + 5, x.share);
            }
            longest = std::max(longest, int(partners.size()));
        }
        row += 14 + longest + 3;
    }
    return sheet;
}

inline bool writeFlowBook(const QString &path, const FlowBook &book)
{
    return TestWorkbook::write(path, { flowSheet(book, true), flowSheet(book, false) });
}

struct DemandRow
{
    QString prefectureName = QStringLiteral("熊本県");
    QVariant regionCode; // "4301" (text, as MHLW writes it) or 4301
    QString regionName;
    QVariant population2024;
    QVariant population2040;
    QVariantList claims; // one per year
};

struct DemandBook
{
    QList<int> years = { 2024, 2030, 2035, 2040, 2045, 2050 };
    int shift = 0; // the year columns start further right
    bool unit = true;
    QString scenario = QStringLiteral("現状投影");
    QVector<DemandRow> homeVisit;
    QVector<DemandRow> outpatient;
};

inline TestWorkbook::Sheet demandSheet(const DemandBook &book, bool home)
{
    TestWorkbook::Sheet sheet;
    const QString what = home ? QStringLiteral("在宅（訪問診療）") : QStringLiteral("外来");
    sheet.name = QStringLiteral("将来の%1需要推計").arg(what);
    sheet.set(1, 0, sheet.name);
    sheet.set(
        2, 0,
        QStringLiteral("出典等については「構想区域の医療需要推計について」をご参考ください。"));
    const int first = 5 + book.shift;
    sheet.set(3, first,
              QStringLiteral("2024年度から2050年度にかけた%1需要推計%2")
                  .arg(what, book.unit ? QStringLiteral("（件/月）") : QString()));
    for (int i = 0; i < book.years.size(); ++i) {
        sheet.set(4, first + i,
                  i == 0 ? QStringLiteral("%1年度").arg(book.years.at(i))
                         : QStringLiteral("%1年度（%2）").arg(book.years.at(i)).arg(book.scenario));
        if (book.unit)
            sheet.set(5, first + i, QStringLiteral("レセプト件数/月"));
    }
    sheet.setRow(5, 0,
                 { QStringLiteral("都道府県"), QStringLiteral("構想区域コード"),
                   QStringLiteral("構想区域名"), QStringLiteral("人口(2024年度)"),
                   QStringLiteral("人口(2040年)") });
    int row = 6;
    for (const DemandRow &r : home ? book.homeVisit : book.outpatient) {
        sheet.setRow(
            row, 0,
            { r.prefectureName, r.regionCode, r.regionName, r.population2024, r.population2040 });
        for (int i = 0; i < r.claims.size(); ++i) {
            if (r.claims.at(i).isValid())
                sheet.set(row, first + i, r.claims.at(i));
        }
        ++row;
    }
    return sheet;
}

inline bool writeDemandBook(const QString &path, const DemandBook &book)
{
    return TestWorkbook::write(path, { demandSheet(book, true), demandSheet(book, false) });
}

} // namespace FlowWorkbooks
