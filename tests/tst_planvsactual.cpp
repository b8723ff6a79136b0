// Planned against outcome across editions: a year's 見込量 from one edition against the same
// year's 実績 from a later one, the older edition's figures kept visible where they differ,
// the change between the two latest reports, and `koso table plan-vs-actual`.

#include "KosoRun.h"
#include "MhlwWorkbooks.h"
#include "analysis/PlanVsActual.h"
#include "mhlw/ImportSession.h"
#include "storage/Dataset.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;
using namespace MhlwWorkbooks;

namespace {

// 熊本・上益城 as the R6 edition publishes it (reported 2015–2024, planned 2025) or as R7
// does (reported to 2025 with 2024 revised, planned 2026).
Area area(bool r7)
{
    Area a;
    a.prefectureCode = QStringLiteral("43");
    a.prefectureName = QStringLiteral("熊本県");
    a.regionCode = 4301;
    a.regionName = QStringLiteral("熊本・上益城");
    a.populationMan = 78.1;
    a.areaKm2 = 1500;
    for (int y : { 2015, 2022, 2023, 2024 })
        a.reported.insert(y, { 1000, 6000, 1500, 4000 });
    if (r7) {
        a.reported[2024] = Beds { 1000, 5900, 1500, 4000 }; // revised
        a.reported.insert(2025, Beds { 980, 5500, 1800, QStringLiteral("*") });
        a.planned = { 990, 5400, 1900, 3800 }; // 2026
    } else {
        a.planned = { 1000, 5600, 1700, 3900 }; // 2025
    }
    a.required = { 900, 4000, 3500, 3600 };
    return a;
}

} // namespace

class TestPlanVsActual : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void twoEditions();
    void restatedPlanKeepsTheOlderVisible();
    void oneEditionHasNoRows();
    void cli();

private:
    bool import(const QString &file, const QString &edition);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dataset> m_dataset;
};

void TestPlanVsActual::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dataset = std::make_unique<Dataset>();
    QString error;
    QVERIFY2(m_dataset->create(path(QStringLiteral("t.koso")), QStringLiteral("43"), &error),
             qPrintable(error));
    BedBook r6;
    r6.areas = { area(false) };
    QVERIFY(TestWorkbook::write(path(QStringLiteral("r6.xlsx")), { bedSheet(r6) }));
    BedBook r7;
    r7.areas = { area(true) };
    r7.plannedYear = 2026;
    QVERIFY(TestWorkbook::write(path(QStringLiteral("r7.xlsx")), { bedSheet(r7) }));
}

bool TestPlanVsActual::import(const QString &file, const QString &edition)
{
    ImportSession session(*m_dataset);
    session.setEdition(edition);
    ImportSummary summary;
    QString error;
    const bool ok = session.run({ file }, &summary, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestPlanVsActual::twoEditions()
{
    QVERIFY(import(path(QStringLiteral("r6.xlsx")), QStringLiteral("令和6年度")));
    QVERIFY(import(path(QStringLiteral("r7.xlsx")), QStringLiteral("令和7年度")));
    const PlanVsActual p = PlanVsActual::forRegion(*m_dataset, QStringLiteral("4301"));
    QCOMPARE(p.regionName, QStringLiteral("熊本・上益城"));
    // Only 2025 has both a 見込量 (R6) and a 実績 (R7): four functions and the total.
    QCOMPARE(p.rows.size(), 5);
    const PlanVsActualRow &acute = p.rows.at(1);
    QCOMPARE(acute.functionKey, QStringLiteral("Acute"));
    QCOMPARE(acute.year, 2025);
    QCOMPARE(*acute.planned.value.beds, qint64(5600));
    QCOMPARE(acute.planned.edition, QStringLiteral("令和6年度"));
    QCOMPARE(*acute.reported.value.beds, qint64(5500));
    QCOMPARE(acute.reported.edition, QStringLiteral("令和7年度"));
    QCOMPARE(*acute.difference, qint64(-100));
    QVERIFY(qAbs(*acute.ratio - 5500.0 / 5600.0) < 1e-12);
    // Recovery grew beyond the plan.
    QCOMPARE(*p.rows.at(2).difference, qint64(100));
    // A masked 実績 is no value: no difference, no ratio, and no total.
    const PlanVsActualRow &chronic = p.rows.at(3);
    QVERIFY(!chronic.reported.value.hasValue());
    QCOMPARE(chronic.reported.value.missingReason, QStringLiteral("*"));
    QVERIFY(!chronic.difference && !chronic.ratio);
    const PlanVsActualRow &total = p.rows.at(4);
    QVERIFY(total.functionKey.isEmpty());
    QCOMPARE(*total.planned.value.beds, qint64(1000 + 5600 + 1700 + 3900));
    QVERIFY(!total.reported.value.hasValue());

    // The change between the two latest reports (2024 → 2025), 2024 as R7 revised it.
    QCOMPARE(p.latestChange.size(), 5);
    QCOMPARE(p.latestChange.at(1).fromYear, 2024);
    QCOMPARE(p.latestChange.at(1).toYear, 2025);
    QCOMPARE(*p.latestChange.at(1).from.value.beds, qint64(5900));
    QCOMPARE(*p.latestChange.at(1).change, qint64(-400));

    const Table t = p.table(true);
    QCOMPARE(t.header.join(QLatin1Char(',')),
             QStringLiteral("function,year,planned,planned_edition,reported,reported_edition,"
                            "difference,ratio"));
    QCOMPARE(t.rows.size(), 5);
    QCOMPARE(t.rows.at(1).at(0).toString(), QStringLiteral("Acute"));
    QCOMPARE(t.rows.at(4).at(0).toString(), QStringLiteral("Total"));
    QCOMPARE(t.rows.at(3).at(4).toString(), QStringLiteral("*"));
}

void TestPlanVsActual::restatedPlanKeepsTheOlderVisible()
{
    // A later edition that restates the 2025 plan: the newer figure is used, the older shown.
    BedBook r7b;
    Area a = area(true);
    a.planned = { 1000, 5650, 1700, 3900 };
    r7b.areas = { a };
    r7b.plannedYear = 2025;
    r7b.title = QStringLiteral("構想区域別の病床数の必要量等（再集計）");
    QVERIFY(TestWorkbook::write(path(QStringLiteral("r7b.xlsx")), { bedSheet(r7b) }));
    QVERIFY(import(path(QStringLiteral("r6.xlsx")), QStringLiteral("令和6年度")));
    QVERIFY(import(path(QStringLiteral("r7b.xlsx")), QStringLiteral("令和7年度")));
    const PlanVsActual p = PlanVsActual::forRegion(*m_dataset, QStringLiteral("4301"));
    const PlanVsActualRow &acute = p.rows.at(1);
    QCOMPARE(*acute.planned.value.beds, qint64(5650));
    QCOMPARE(acute.planned.edition, QStringLiteral("令和7年度"));
    QCOMPARE(acute.olderPlanned.size(), 1);
    QCOMPARE(*acute.olderPlanned.at(0).value.beds, qint64(5600));
    QCOMPARE(acute.olderPlanned.at(0).edition, QStringLiteral("令和6年度"));
    QVERIFY(p.rows.at(0).olderPlanned.isEmpty()); // the same in both: nothing to show
    const QString notes = p.table(true).notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("令和6年度")) && notes.contains(QStringLiteral("5,600")),
             qPrintable(notes));
}

void TestPlanVsActual::oneEditionHasNoRows()
{
    QVERIFY(import(path(QStringLiteral("r6.xlsx")), QStringLiteral("令和6年度")));
    const PlanVsActual p = PlanVsActual::forRegion(*m_dataset, QStringLiteral("4301"));
    QVERIFY(p.rows.isEmpty());
    QCOMPARE(p.latestChange.size(), 5); // 2023 → 2024 still
}

void TestPlanVsActual::cli()
{
    QVERIFY(import(path(QStringLiteral("r6.xlsx")), QStringLiteral("令和6年度")));
    QVERIFY(import(path(QStringLiteral("r7.xlsx")), QStringLiteral("令和7年度")));
    const QString db = m_dataset->path();
    m_dataset.reset();
    const QString csv = path(QStringLiteral("pva.csv"));
    KosoRun run = runKoso({ QStringLiteral("table"), QStringLiteral("plan-vs-actual"),
                            QStringLiteral("--db"), db, QStringLiteral("--region"),
                            QStringLiteral("4301"), QStringLiteral("--out"), csv });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines
        = text.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("function,year,planned,planned_edition,reported,"
                            "reported_edition,difference,ratio"));
    QCOMPARE(lines.at(2), QStringLiteral("Acute,2025,5600,令和6年度,5500,令和7年度,-100,0.9821"));
    QCOMPARE(lines.size(), 6);
    const QString xlsx = path(QStringLiteral("pva.xlsx"));
    run = runKoso({ QStringLiteral("table"), QStringLiteral("plan-vs-actual"),
                    QStringLiteral("--db"), db, QStringLiteral("--region"), QStringLiteral("4301"),
                    QStringLiteral("--out"), xlsx });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile(xlsx).size() > 0);
    // A region with no year that has both: one line on stderr, non-zero.
    run = runKoso({ QStringLiteral("table"), QStringLiteral("plan-vs-actual"),
                    QStringLiteral("--db"), db, QStringLiteral("--region"), QStringLiteral("9999"),
                    QStringLiteral("--out"), csv });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
}

QTEST_GUILESS_MAIN(TestPlanVsActual)
#include "tst_planvsactual.moc"
