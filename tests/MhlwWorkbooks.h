#pragma once

// Writes small workbooks laid out like MHLW's 見える化 files (別添4③, 別添4②, 別添5②), with
// knobs for what later editions change: more years, another 見込量 year, shifted or extra
// columns, renamed or missing labels, markers in place of numbers.

#include "TestWorkbook.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <array>

namespace MhlwWorkbooks {

using Beds = std::array<QVariant, 4>; // 高度急性期, 急性期, 回復期, 慢性期 (number or marker text)

inline QVariant sum(const Beds &b)
{
    double total = 0;
    for (const QVariant &v : b) {
        if (v.typeId() == QMetaType::QString)
            return QVariant();
        total += v.toDouble();
    }
    return total;
}

struct Area
{
    QString prefectureCode; // "1" style as MHLW writes it (a number)
    QString prefectureName;
    int regionCode = 0; // 101 (0 for a prefecture block)
    QString regionName;
    double populationMan = 0; // 万人
    double areaKm2 = 0;
    QVariant patientFlow;
    QMap<int, Beds> reported;
    Beds planned;
    Beds required;
    QMap<int, QVariant> rates;
};

struct BedBook
{
    bool prefectureLevel = false;
    QString title; // default: MHLW's title of 別添4③ or 別添4②
    QString sheetName;
    int plannedYear = 2025;
    int requiredYear = 2025;
    QString plannedLabel = QStringLiteral("%1\n見込量");
    QString requiredLabel = QStringLiteral("%1\n必要数");
    int shift = 0; // columns the table starts further right
    bool extraColumn = false; // an unknown column in the middle of the table
    QString leaveOut; // a label the workbook lacks: a function, "必要数", "構想区域", "見込量"
    QString wrongTotalFor; // region name whose 合計 row is off by one
    QVector<Area> areas;
};

inline QStringList functionLabels()
{
    return { QStringLiteral("高度急性期"), QStringLiteral("急性期"), QStringLiteral("回復期"),
             QStringLiteral("慢性期") };
}

inline TestWorkbook::Sheet bedSheet(const BedBook &book)
{
    TestWorkbook::Sheet sheet;
    sheet.name = !book.sheetName.isEmpty() ? book.sheetName
        : book.prefectureLevel             ? QStringLiteral("都道府県別必要量との比較")
                                           : QStringLiteral("構想区域別必要量との比較");
    const QString title = !book.title.isEmpty() ? book.title
        : book.prefectureLevel
        ? QStringLiteral("都道府県別の病床機能報告上の病床数及び地域医療構想における将来の病床数の"
                         "必要量等")
        : QStringLiteral("都道府県別・構想区域別の病床機能報告上の病床数及び地域医療構想における"
                         "将来の病床数の必要量等");
    sheet.set(1, 2, title);
    sheet.set(1, 22, QStringLiteral("別添４"));
    sheet.set(2, 2,
              QStringLiteral("※病床機能報告の集計結果と将来の病床数の必要量は計算方法が異なる。"
                             "\n※年度ごとに報告率が異なることに留意が必要。"));
    const int tagColumn = 24 + book.shift + (book.extraColumn ? 1 : 0);
    int row = 3;
    int serial = 0;
    for (const Area &a : book.areas) {
        ++serial;
        const QString tag = a.prefectureCode.rightJustified(2, QLatin1Char('0')) + a.prefectureName;
        for (int r = row; r < row + 15; ++r)
            sheet.set(r, tagColumn, tag);
        sheet.set(row, 0, serial);
        sheet.set(row, 2, serial);
        sheet.set(row, 19,
                  book.prefectureLevel
                      ? QStringLiteral("（%1　%2）").arg(a.prefectureCode, a.prefectureName)
                      : QStringLiteral("（%1　%2構想区域）").arg(a.prefectureName, a.regionName));
        sheet.set(row + 1, 2, QStringLiteral("○基礎情報"));
        sheet.set(row + 2, 3, QStringLiteral("都道府県"));
        sheet.set(row + 2, 5, a.prefectureCode.toInt());
        sheet.set(row + 2, 7, a.prefectureName);
        if (!book.prefectureLevel && book.leaveOut != QStringLiteral("構想区域")) {
            sheet.set(row + 3, 3, QStringLiteral("構想区域"));
            sheet.set(row + 3, 5, a.regionCode);
            sheet.set(row + 3, 7, a.regionName);
        }
        sheet.set(row + 4, 3, QStringLiteral("2020国勢調査人口"));
        sheet.set(row + 4, 5, a.populationMan);
        sheet.set(row + 5, 3, QStringLiteral("2020面積"));
        sheet.set(row + 5, 5, a.areaKm2);
        if (a.patientFlow.isValid()) {
            sheet.set(row + 4, 16 + book.shift, QStringLiteral("（一般病床患者流出入）"));
            sheet.set(row + 5, 16 + book.shift, a.patientFlow);
        }
        sheet.set(row + 6, 2, QStringLiteral("○病床数の状況"));

        // Columns: the first reported year, its ratio to the required beds, the other years,
        // ratio and difference to the first year, planned, required, planned/required.
        struct Col
        {
            QString label;
            int kind; // 0 reported, 1 ratio to required, 2 ratio to first, 3 diff to first,
                      // 4 planned, 5 required, 6 planned/required, 7 unknown
            int year;
        };
        QVector<Col> cols;
        const QList<int> years = a.reported.keys();
        for (int i = 0; i < years.size(); ++i) {
            cols << Col { QStringLiteral("%1\n実績").arg(years.at(i)), 0, years.at(i) };
            if (i == 0)
                cols << Col { QStringLiteral("%1年必要数に対する比").arg(book.requiredYear), 1, 0 };
            if (i == 1 && book.extraColumn)
                cols << Col { QStringLiteral("参考値"), 7, 0 };
        }
        cols << Col { QStringLiteral("%1年に対する比").arg(years.first()), 2, years.first() };
        cols << Col { QStringLiteral("%1年との差").arg(years.first()), 3, years.first() };
        if (book.leaveOut != QStringLiteral("見込量"))
            cols << Col { book.plannedLabel.arg(book.plannedYear), 4, book.plannedYear };
        if (book.leaveOut != QStringLiteral("必要数"))
            cols << Col { book.requiredLabel.arg(book.requiredYear), 5, book.requiredYear };
        cols << Col { QStringLiteral("見込み／必要数"), 6, 0 };

        const int first = 5 + book.shift;
        for (int c = 0; c < cols.size(); ++c) {
            sheet.set(row + 8, first + c, cols.at(c).label);
            if (cols.at(c).kind == 0 || cols.at(c).kind == 4)
                sheet.set(row + 7, first + c, QStringLiteral("%1年").arg(cols.at(c).year));
        }
        QStringList rowLabels = { QStringLiteral("合計") };
        rowLabels << functionLabels();
        rowLabels << QStringLiteral("（報告率）");
        for (int r = 0; r < rowLabels.size(); ++r) {
            const int sheetRow = row + 9 + r;
            if (rowLabels.at(r) != book.leaveOut)
                sheet.set(sheetRow, 4, rowLabels.at(r));
            if (!book.prefectureLevel && r < 5)
                sheet.set(sheetRow, 1, a.regionCode);
            auto value = [&](const Beds &b) -> QVariant {
                if (r == 5)
                    return QVariant();
                if (r == 0) {
                    QVariant total = sum(b);
                    if (total.isValid() && !book.wrongTotalFor.isEmpty()
                        && a.regionName == book.wrongTotalFor)
                        total = total.toDouble() + 1;
                    return total;
                }
                return b.at(r - 1);
            };
            const QVariant latest = value(a.reported.last());
            const QVariant firstYear = value(a.reported.first());
            for (int c = 0; c < cols.size(); ++c) {
                const Col &col = cols.at(c);
                QVariant v;
                if (r == 5) {
                    if (col.kind == 0)
                        v = a.rates.value(col.year);
                } else {
                    auto ratio = [](const QVariant &x, const QVariant &y) -> QVariant {
                        if (!x.isValid() || !y.isValid() || x.typeId() == QMetaType::QString
                            || y.typeId() == QMetaType::QString)
                            return QVariant();
                        if (y.toDouble() == 0)
                            return QStringLiteral("-");
                        return x.toDouble() / y.toDouble();
                    };
                    switch (col.kind) {
                    case 0:
                        v = value(a.reported.value(col.year));
                        break;
                    case 1:
                        v = ratio(firstYear, value(a.required));
                        break;
                    case 2:
                        v = ratio(latest, firstYear);
                        break;
                    case 3:
                        if (latest.typeId() != QMetaType::QString
                            && firstYear.typeId() != QMetaType::QString)
                            v = latest.toDouble() - firstYear.toDouble();
                        break;
                    case 4:
                        v = value(a.planned);
                        break;
                    case 5:
                        v = value(a.required);
                        break;
                    case 6:
                        v = ratio(value(a.planned), value(a.required));
                        break;
                    case 7:
                        v = 12345;
                        break;
                    }
                }
                // MHLW leaves 0 beds of a function empty in the first year.
                if (v.isValid()
                    && !(r > 0 && r < 5 && col.kind == 0 && v.typeId() != QMetaType::QString
                         && v.toDouble() == 0 && col.year == years.first()))
                    sheet.set(sheetRow, first + c, v);
            }
        }
        row += 15;
    }
    return sheet;
}

// 別添5②: one sheet per region.
struct Facility
{
    QString name;
    QString municipality;
    QVariantList beds; // total incl. closed, 高度急性期, 急性期, 回復期, 慢性期, 休棟中等 — or
                       // {"未報告"}
    double doctorsFull = 0;
    double doctorsPart = 0;
    QStringList roles; // 特 地 三次 二次 在支
    QVariantList volumes; // ambulance, anaesthesia, births, operations
    QVariantList stay; // mean length of stay by function (number or "-")
};

struct RegionSheet
{
    int regionCode = 0;
    QString prefectureName;
    QString regionName;
    double populationMan = 0;
    double areaKm2 = 0;
    QVector<Facility> facilities;
    QVariantList required; // 構想必要量 by function
    QString flowText = QStringLiteral("⑨一般病床流出入率：▲12.5%");
    int summaryOffBy = 0; // makes the summary row disagree with the facilities
};

struct HospitalBook
{
    QString title
        = QStringLiteral("構想区域別の医療機関の病床機能報告上の病床数、診療実績、医師数等");
    bool admissions = false; // R7: new-admission columns after the length of stay
    QString renameHeader; // e.g. "所在地=所在市区町村"
    QString leaveOut; // a header label left out: "所在地", "慢性期"
    QVector<RegionSheet> sheets;
};

inline TestWorkbook::Sheet hospitalSheet(const HospitalBook &book, const RegionSheet &s)
{
    TestWorkbook::Sheet sheet;
    sheet.name = QStringLiteral("%1%2%3").arg(s.regionCode).arg(s.prefectureName, s.regionName);
    auto label = [&](const QString &text) {
        if (!book.renameHeader.isEmpty()
            && text == book.renameHeader.section(QLatin1Char('='), 0, 0))
            return book.renameHeader.section(QLatin1Char('='), 1);
        return text;
    };
    auto put = [&](int row, int col, const QString &text) {
        if (text != book.leaveOut && !text.isEmpty())
            sheet.set(row, col, label(text));
    };
    sheet.set(1, 0, book.title);
    sheet.set(1, 24, QStringLiteral("別添５"));
    sheet.set(1, 29, QStringLiteral("（%1・%2）").arg(s.prefectureName, s.regionName));
    sheet.set(2, 0,
              QStringLiteral("※病床機能報告の集計結果と将来の病床数の必要量は計算方法が異なる。"));
    sheet.set(3, 0, QStringLiteral("(1)構想区域の状況"));
    const QStringList functions = functionLabels();
    // Summary header (rows 4–6).
    put(4, 1, QStringLiteral("都道\n府県"));
    put(4, 2, QStringLiteral("構想\n区域"));
    put(4, 3, QStringLiteral("①人口\n（万人）"));
    put(4, 4, QStringLiteral("②面積\n（k㎡）"));
    put(4, 5, QStringLiteral("③医療機関数"));
    put(5, 5, QStringLiteral("一般\n病院"));
    put(5, 6, QStringLiteral("有床\n診療所"));
    put(4, 8, QStringLiteral("④一般・療養病床計（休棟中等除く）"));
    for (int f = 0; f < 4; ++f)
        put(5, 9 + f, f == 0 ? QStringLiteral("高度\n急性期") : functions.at(f));
    put(4, 13, QStringLiteral("休棟中等"));
    // Facility header (rows 11–13).
    sheet.set(10, 0, QStringLiteral("(2)区域内の医療機関（病床数の多い順）"));
    put(11, 1, QStringLiteral("①医療機関名"));
    put(11, 7, QStringLiteral("所在地"));
    put(11, 8, QStringLiteral("③一般・療養病床"));
    put(12, 8, QStringLiteral("休棟中等含む計"));
    for (int f = 0; f < 4; ++f)
        put(12, 9 + f, functions.at(f));
    put(12, 13, QStringLiteral("休棟中等"));
    put(11, 14, QStringLiteral("④医師数"));
    put(12, 14, QStringLiteral("常勤"));
    put(12, 15, QStringLiteral("非常勤"));
    put(12, 16, QStringLiteral("100床\n当たり"));
    put(11, 17, QStringLiteral("⑤医療機関機能"));
    const QStringList roles
        = { QStringLiteral("特定機能"), QStringLiteral("地域支援"), QStringLiteral("三次救急"),
            QStringLiteral("二次救急"), QStringLiteral("在宅療養支援") };
    const QStringList roleMarks
        = { QStringLiteral("特"), QStringLiteral("地"), QStringLiteral("三次"),
            QStringLiteral("二次"), QStringLiteral("在支") };
    for (int r = 0; r < roles.size(); ++r)
        put(12, 17 + r, roles.at(r));
    put(11, 22, QStringLiteral("⑥診療実績（オープンデータ）"));
    const QStringList volumes
        = { QStringLiteral("救急車の\n受入件数"), QStringLiteral("全身麻酔\n手術件数"),
            QStringLiteral("分娩\n件数"), QStringLiteral("手術総数") };
    for (int v = 0; v < volumes.size(); ++v)
        put(12, 22 + v, volumes.at(v));
    put(12, 26, QStringLiteral("平均在棟日数"));
    for (int f = 0; f < 4; ++f)
        put(13, 26 + f, functions.at(f));
    if (book.admissions) {
        put(12, 30, QStringLiteral("新規入棟患者数"));
        for (int f = 0; f < 4; ++f)
            put(13, 30 + f, functions.at(f));
    }
    // Summary header again for the summary's own columns, as MHLW repeats them.
    put(4, 14, QStringLiteral("⑥医師数（常勤換算）"));
    put(5, 14, QStringLiteral("常勤"));
    put(5, 15, QStringLiteral("非常勤"));

    // Facilities.
    double sums[6] = {};
    int hospitals = 0;
    int clinics = 0;
    int unreportedHospitals = 0;
    int unreportedClinics = 0;
    for (int i = 0; i < s.facilities.size(); ++i) {
        const Facility &f = s.facilities.at(i);
        const int row = 14 + i;
        sheet.set(row, 0, i + 1);
        sheet.set(row, 1, f.name);
        if (!f.municipality.isEmpty())
            sheet.set(row, 7, f.municipality);
        const bool isHospital = f.name.contains(QStringLiteral("病院"));
        if (f.beds.value(0).toString() == QStringLiteral("未報告")) {
            sheet.set(row, 8, QStringLiteral("未報告"));
            if (isHospital)
                ++unreportedHospitals;
            else
                ++unreportedClinics;
            continue;
        }
        (f.beds.value(0).toDouble() >= 20 ? hospitals : clinics) += 1;
        for (int b = 0; b < 6; ++b) {
            sheet.set(row, 8 + b, f.beds.value(b));
            sums[b] += f.beds.value(b).toDouble();
        }
        sheet.set(row, 14, f.doctorsFull);
        sheet.set(row, 15, f.doctorsPart);
        if (f.beds.value(0).toDouble() > 0)
            sheet.set(row, 16,
                      (f.doctorsFull + f.doctorsPart) * 100.0 / f.beds.value(0).toDouble());
        for (int r = 0; r < roleMarks.size(); ++r) {
            if (f.roles.contains(roleMarks.at(r)))
                sheet.set(row, 17 + r, roleMarks.at(r));
        }
        for (int v = 0; v < f.volumes.size(); ++v)
            sheet.set(row, 22 + v, f.volumes.at(v));
        for (int d = 0; d < f.stay.size(); ++d)
            sheet.set(row, 26 + d, f.stay.at(d));
        if (book.admissions) {
            for (int d = 0; d < 4; ++d)
                sheet.set(row, 30 + d, 10 * (d + 1));
        }
    }
    // Summary rows 7 and 8.
    sheet.set(7, 0, 1);
    sheet.set(7, 1, s.prefectureName);
    sheet.set(7, 2, s.regionName);
    sheet.set(7, 3, s.populationMan);
    sheet.set(7, 4, s.areaKm2);
    sheet.set(7, 5, hospitals);
    sheet.set(7, 6, clinics);
    sheet.set(7, 8, sums[1] + sums[2] + sums[3] + sums[4]);
    for (int f = 0; f < 4; ++f)
        sheet.set(7, 9 + f, sums[1 + f] + (f == 0 ? s.summaryOffBy : 0));
    sheet.set(7, 13, sums[5]);
    sheet.set(8, 0, s.regionCode);
    sheet.set(8, 2, QStringLiteral("（報告率）"));
    sheet.set(8, 3, 1);
    sheet.set(8, 4, QStringLiteral("未報告→"));
    sheet.set(8, 5, unreportedHospitals);
    sheet.set(8, 6, unreportedClinics);
    sheet.set(8, 7, QStringLiteral("⑤構想必要量→"));
    double required = 0;
    for (int f = 0; f < s.required.size(); ++f) {
        sheet.set(8, 9 + f, s.required.at(f));
        required += s.required.at(f).toDouble();
    }
    sheet.set(8, 8, required);
    if (!s.flowText.isEmpty())
        sheet.set(8, 22, s.flowText);
    return sheet;
}

inline HospitalBook hospitalBook(const QVector<RegionSheet> &sheets)
{
    HospitalBook book;
    book.sheets = sheets;
    return book;
}

inline bool writeHospitalBook(const QString &path, const HospitalBook &book)
{
    QVector<TestWorkbook::Sheet> sheets;
    for (const RegionSheet &s : book.sheets)
        sheets << hospitalSheet(book, s);
    return TestWorkbook::write(path, sheets);
}

} // namespace MhlwWorkbooks
