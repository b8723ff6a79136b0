// Patient flows (MHLW's ④ 流入率・流出率) and demand estimates (構想区域別の医療需要推計):
// recognised from content, read by label, kept atomic, markers and Excel error values kept as
// no value with their reason, the same file twice changes nothing, and the tidy exports.

#include "FlowWorkbooks.h"
#include "KosoRun.h"
#include "RequiredData.h"
#include "flows/FlowStore.h"
#include "flows/FlowTables.h"
#include "mhlw/ImportSession.h"
#include "mhlw/WorkbookDetector.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;
using namespace FlowWorkbooks;

namespace {

Partner partner(int region, const QString &name, const QVariant &share)
{
    return Partner { region / 100,
                     region / 100 == 43 ? QStringLiteral("熊本県") : QStringLiteral("福岡県"),
                     region, name, share };
}

FlowBook flowBook()
{
    FlowBook book;
    FlowWorkbooks::Region a;
    a.regionCode = 4301;
    a.regionName = QStringLiteral("熊本・上益城");
    a.populationMan = 78.1234;
    a.overall = 0.05;
    a.groups[0] = { partner(4301, QStringLiteral("熊本・上益城"), 0.95),
                    partner(4302, QStringLiteral("宇城"), 0.03),
                    partner(4001, QStringLiteral("福岡・糸島"), 0.01) };
    a.groups[1] = { partner(4301, QStringLiteral("熊本・上益城"), 0.9),
                    partner(4302, QStringLiteral("宇城"), QStringLiteral("-")) };
    a.groups[2] = { partner(4301, QStringLiteral("熊本・上益城"), 0.8) };
    FlowWorkbooks::Region b;
    b.regionCode = 4302;
    b.regionName = QStringLiteral("宇城");
    b.overall = 0.3;
    b.groups[0] = { partner(4302, QStringLiteral("宇城"), 0.7),
                    partner(4301, QStringLiteral("熊本・上益城"), 0.28) };
    b.groups[1] = { partner(4302, QStringLiteral("宇城"), 0.6) };
    // Like MHLW's 島しょ: the chronic table holds Excel's error value only.
    b.groups[2] = { Partner { 0, QString(), QStringLiteral("#VALUE!"), QString(),
                              QStringLiteral("#VALUE!") } };
    book.inflow = { a, b };
    a.overall = 0.04;
    b.overall = 0.35;
    book.outflow = { a, b };
    return book;
}

DemandBook demandBook()
{
    DemandBook book;
    DemandRow a;
    a.regionCode = QStringLiteral("4301");
    a.regionName = QStringLiteral("熊本・上益城");
    a.population2024 = 780000;
    a.population2040 = 700000;
    a.claims = { 100.5, 120.0, 130.0, 140.0, 135.0, 125.0 };
    DemandRow b;
    b.regionCode = 4302; // a number: read the same
    b.regionName = QStringLiteral("宇城");
    b.population2024 = 100000;
    b.population2040 = QStringLiteral("-");
    b.claims = { 50.0, 55.0, QStringLiteral("#VALUE!"), 60.0, 58.0, QStringLiteral("*") };
    book.homeVisit = { a, b };
    a.claims = { 1000.0, 950.0, 900.0, 850.0, 800.0, 750.0 };
    b.claims = { 500.0, 480.0, 460.0, 440.0, 420.0, 400.0 };
    book.outpatient = { a, b };
    return book;
}

// Every table's rows, for "nothing changed".
QString dump(Dataset &dataset)
{
    QString out;
    SqlQuery tables(dataset.database(),
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                   "NOT IN ('import_record') ORDER BY name"));
    if (!tables.exec())
        return QStringLiteral("error");
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &t : names) {
        SqlQuery rows(dataset.database(),
                      QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2, 3").arg(t));
        if (!rows.exec())
            continue;
        out += QStringLiteral("## %1\n").arg(t);
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.query().record().count(); ++i)
                cells << rows.value(i).toString();
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

int count(Dataset &dataset, const QString &sql)
{
    SqlQuery q(dataset.database(), sql);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString mhlwFile(const QString &name)
{
    return QDir(KosoTest::mhlwDataDir()).filePath(name);
}

} // namespace

class TestFlows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recognisedFromContent();
    void importsFlows();
    void movedColumnsReadTheSame();
    void missingLabelStops_data();
    void missingLabelStops();
    void otherTextIsRefused();
    void importsDemand();
    void demandWithALaterYearAndMovedColumns();
    void demandWithoutUnitStops();
    void sameFileTwiceChangesNothing();
    void failedImportChangesNothing();
    void newerEditionWins();
    void cliExports();
    void realWorkbooks();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool import(const QStringList &files, ImportSummary *summary, QString *error,
                const QString &edition = QStringLiteral("令和7年度"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dataset> m_dataset;
};

void TestFlows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dataset = std::make_unique<Dataset>();
    QString error;
    QVERIFY2(m_dataset->create(path(QStringLiteral("test.koso")), QStringLiteral("43"), &error),
             qPrintable(error));
}

void TestFlows::cleanup()
{
    m_dataset.reset();
    m_dir.reset();
}

bool TestFlows::import(const QStringList &files, ImportSummary *summary, QString *error,
                       const QString &edition)
{
    ImportSession session(*m_dataset);
    session.setEdition(edition);
    return session.run(files, summary, error);
}

void TestFlows::recognisedFromContent()
{
    QVERIFY(writeFlowBook(path(QStringLiteral("a.xlsx")), flowBook()));
    QVERIFY(writeDemandBook(path(QStringLiteral("b.xlsx")), demandBook()));
    const ImportSession::FileInfo flows = ImportSession::inspect(path(QStringLiteral("a.xlsx")));
    QCOMPARE(flows.kind, WorkbookKind::FlowRates);
    const ImportSession::FileInfo demand = ImportSession::inspect(path(QStringLiteral("b.xlsx")));
    QCOMPARE(demand.kind, WorkbookKind::DemandForecast);
    // 「2024年度から2050年度にかけた…」 names the years of the estimate, not an edition.
    QVERIFY(!demand.edition.isValid());
    QVERIFY(flows.error.isEmpty() && demand.error.isEmpty());
}

void TestFlows::importsFlows()
{
    QVERIFY(writeFlowBook(path(QStringLiteral("flows.xlsx")), flowBook()));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("flows.xlsx")) }, &summary, &error), qPrintable(error));
    QCOMPARE(summary.files.size(), 1);
    QCOMPARE(summary.files.at(0).regions, 2);
    // Regions unknown so far are added from the blocks.
    const auto region = GeographyStore(*m_dataset).region(QStringLiteral("4301"));
    QVERIFY(region);
    QCOMPARE(region->name, QStringLiteral("熊本・上益城"));
    QCOMPARE(*region->population, qint64(781234));

    const QVector<FlowShare> shares = FlowStore(*m_dataset).regionFlows(QStringLiteral("4301"));
    // inflow: all + 3 + 2 + 1, outflow the same.
    QCOMPARE(shares.size(), 14);
    QCOMPARE(shares.at(0).direction, QStringLiteral("inflow"));
    QCOMPARE(shares.at(0).group, QStringLiteral("all"));
    QVERIFY(shares.at(0).partnerCode.isEmpty());
    QCOMPARE(*shares.at(0).share, 0.05);
    QCOMPARE(shares.at(1).group, QStringLiteral("acute"));
    QCOMPARE(shares.at(1).partnerCode, QStringLiteral("4301"));
    QCOMPARE(*shares.at(1).share, 0.95);
    QCOMPARE(shares.at(3).partnerCode, QStringLiteral("4001")); // another prefecture's
    QCOMPARE(shares.at(3).partnerName, QStringLiteral("福岡・糸島"));
    QCOMPARE(shares.at(5).group, QStringLiteral("comprehensive"));
    QVERIFY(!shares.at(5).share); // 「-」: no value, never 0
    QCOMPARE(shares.at(5).missingReason, QStringLiteral("-"));
    QCOMPARE(shares.at(7).direction, QStringLiteral("outflow"));
    QCOMPARE(*shares.at(7).share, 0.04);

    const QVector<FlowShare> b = FlowStore(*m_dataset).regionFlows(QStringLiteral("4302"));
    const auto error2 = std::find_if(b.cbegin(), b.cend(), [](const FlowShare &s) {
        return s.group == QLatin1String("chronic") && s.direction == QLatin1String("inflow");
    });
    QVERIFY(error2 != b.cend());
    QVERIFY(error2->partnerCode.isEmpty());
    QVERIFY(!error2->share);
    QCOMPARE(error2->missingReason, QStringLiteral("#VALUE!"));
    // The error row lists no region: said in the summary.
    QVERIFY2(summary.toText().contains(QStringLiteral("does not list the region itself")),
             qPrintable(summary.toText()));

    // The patient-survey based figures of 別添4/5 are a different table, untouched.
    QCOMPARE(count(*m_dataset, QStringLiteral("SELECT count(*) FROM region_patient_flow")), 0);
}

void TestFlows::movedColumnsReadTheSame()
{
    QVERIFY(writeFlowBook(path(QStringLiteral("a.xlsx")), flowBook()));
    FlowBook moved = flowBook();
    moved.shift = 2;
    QVERIFY(writeFlowBook(path(QStringLiteral("b.xlsx")), moved));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("a.xlsx")) }, &summary, &error), qPrintable(error));
    const Table before = FlowTables::flows(*m_dataset);
    Dataset other;
    QVERIFY2(other.create(path(QStringLiteral("other.koso")), QStringLiteral("43"), &error),
             qPrintable(error));
    ImportSession session(other);
    session.setEdition(QStringLiteral("令和7年度"));
    QVERIFY2(session.run({ path(QStringLiteral("b.xlsx")) }, &summary, &error), qPrintable(error));
    const Table after = FlowTables::flows(other);
    QCOMPARE(after.rows.size(), before.rows.size());
    QCOMPARE(after.rows, before.rows);
}

void TestFlows::missingLabelStops_data()
{
    QTest::addColumn<QString>("leaveOut");
    QTest::addColumn<QString>("expected");
    QTest::newRow("region code header")
        << QStringLiteral("構想区域コード") << QStringLiteral("構想区域コード");
    QTest::newRow("overall share") << QStringLiteral("全体の") << QStringLiteral("全体の流入率");
    QTest::newRow("summary section")
        << QStringLiteral("構想区域の状況") << QStringLiteral("構想区域の状況");
}

void TestFlows::missingLabelStops()
{
    QFETCH(QString, leaveOut);
    QFETCH(QString, expected);
    FlowBook book = flowBook();
    book.leaveOut = leaveOut;
    QVERIFY(writeFlowBook(path(QStringLiteral("bad.xlsx")), book));
    const QString before = dump(*m_dataset);
    ImportSummary summary;
    QString error;
    QVERIFY(!import({ path(QStringLiteral("bad.xlsx")) }, &summary, &error));
    QVERIFY2(error.contains(expected) && error.contains(QStringLiteral("bad.xlsx"))
                 && error.contains(QStringLiteral("流入率"))
                 && error.contains(QStringLiteral("row")),
             qPrintable(error));
    QCOMPARE(dump(*m_dataset), before);
}

void TestFlows::otherTextIsRefused()
{
    FlowBook book = flowBook();
    book.inflow[0].groups[0][1].share = QStringLiteral("約3%");
    QVERIFY(writeFlowBook(path(QStringLiteral("text.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY(!import({ path(QStringLiteral("text.xlsx")) }, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("約3%")) && error.contains(QStringLiteral("row 16")),
             qPrintable(error));
}

void TestFlows::importsDemand()
{
    QVERIFY(writeDemandBook(path(QStringLiteral("demand.xlsx")), demandBook()));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("demand.xlsx")) }, &summary, &error), qPrintable(error));
    QCOMPARE(summary.files.at(0).demandFigures, 24);
    const QVector<DemandFigure> d = FlowStore(*m_dataset).regionDemand(QStringLiteral("4302"));
    QCOMPARE(d.size(), 12);
    QCOMPARE(d.at(0).kind, QStringLiteral("home_visit"));
    QCOMPARE(d.at(0).fiscalYear, 2024);
    QCOMPARE(d.at(0).scenario, QStringLiteral("base"));
    QCOMPARE(*d.at(0).claimsPerMonth, 50.0);
    QCOMPARE(d.at(1).scenario, QStringLiteral("current"));
    QVERIFY(!d.at(2).claimsPerMonth);
    QCOMPARE(d.at(2).missingReason, QStringLiteral("#VALUE!"));
    QCOMPARE(d.at(5).missingReason, QStringLiteral("*"));
    QCOMPARE(d.at(6).kind, QStringLiteral("outpatient"));
    const QVector<RegionPopulation> pop = FlowStore(*m_dataset).populations(QStringLiteral("43"));
    QCOMPARE(pop.size(), 4);
    QCOMPARE(*pop.at(0).population, qint64(780000));
    QCOMPARE(pop.at(3).year, 2040);
    QVERIFY(!pop.at(3).population);
    QCOMPARE(pop.at(3).missingReason, QStringLiteral("-"));
    // The region the demand brought has its prefecture from its code.
    QCOMPARE(GeographyStore(*m_dataset).region(QStringLiteral("4302"))->prefectureCode,
             QStringLiteral("43"));
}

void TestFlows::demandWithALaterYearAndMovedColumns()
{
    DemandBook book = demandBook();
    book.years << 2055;
    book.shift = 3;
    for (DemandRow &r : book.homeVisit)
        r.claims << 99.0;
    for (DemandRow &r : book.outpatient)
        r.claims << 77.0;
    QVERIFY(writeDemandBook(path(QStringLiteral("later.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY2(import({ path(QStringLiteral("later.xlsx")) }, &summary, &error), qPrintable(error));
    const QVector<DemandFigure> d = FlowStore(*m_dataset).regionDemand(QStringLiteral("4301"));
    QCOMPARE(d.size(), 14);
    QCOMPARE(d.at(0).fiscalYear, 2024);
    QCOMPARE(*d.at(0).claimsPerMonth, 100.5);
    QCOMPARE(d.at(6).fiscalYear, 2055);
    QCOMPARE(*d.at(6).claimsPerMonth, 99.0);
    QCOMPARE(*d.at(13).claimsPerMonth, 77.0);
}

void TestFlows::demandWithoutUnitStops()
{
    DemandBook book = demandBook();
    book.unit = false;
    QVERIFY(writeDemandBook(path(QStringLiteral("nounit.xlsx")), book));
    ImportSummary summary;
    QString error;
    QVERIFY(!import({ path(QStringLiteral("nounit.xlsx")) }, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("レセプト件数/月")), qPrintable(error));

    DemandBook other = demandBook();
    other.scenario = QStringLiteral("改革シナリオ");
    QVERIFY(writeDemandBook(path(QStringLiteral("scenario.xlsx")), other));
    QVERIFY(!import({ path(QStringLiteral("scenario.xlsx")) }, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("改革シナリオ"))
                 && error.contains(QStringLiteral("row 4")),
             qPrintable(error));
}

void TestFlows::sameFileTwiceChangesNothing()
{
    QVERIFY(writeFlowBook(path(QStringLiteral("flows.xlsx")), flowBook()));
    QVERIFY(writeDemandBook(path(QStringLiteral("demand.xlsx")), demandBook()));
    const QStringList files
        = { path(QStringLiteral("flows.xlsx")), path(QStringLiteral("demand.xlsx")) };
    ImportSummary summary;
    QString error;
    QVERIFY2(import(files, &summary, &error), qPrintable(error));
    const QString before = dump(*m_dataset);
    QVERIFY(before.contains(QStringLiteral("#VALUE!")));
    QVERIFY2(import(files, &summary, &error, QString()), qPrintable(error));
    QVERIFY(summary.nothingChanged());
    QCOMPARE(dump(*m_dataset), before);
    // A copy under another name is the same file.
    QVERIFY(QFile::copy(files.first(), path(QStringLiteral("copy.xlsx"))));
    QVERIFY2(import({ path(QStringLiteral("copy.xlsx")) }, &summary, &error, QString()),
             qPrintable(error));
    QVERIFY(summary.nothingChanged());
    QCOMPARE(dump(*m_dataset), before);
}

void TestFlows::failedImportChangesNothing()
{
    QVERIFY(writeFlowBook(path(QStringLiteral("flows.xlsx")), flowBook()));
    DemandBook bad = demandBook();
    bad.homeVisit[1].claims[3] = QStringLiteral("不明");
    QVERIFY(writeDemandBook(path(QStringLiteral("bad.xlsx")), bad));
    const QString before = dump(*m_dataset);
    ImportSummary summary;
    QString error;
    QVERIFY(!import({ path(QStringLiteral("flows.xlsx")), path(QStringLiteral("bad.xlsx")) },
                    &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("不明")) && error.contains(QStringLiteral("row 7")),
             qPrintable(error));
    QCOMPARE(dump(*m_dataset), before);
}

void TestFlows::newerEditionWins()
{
    QVERIFY(writeFlowBook(path(QStringLiteral("r7.xlsx")), flowBook()));
    FlowBook next = flowBook();
    next.inflow[0].overall = 0.07;
    next.inflow[0].groups[0][0].share = 0.93;
    next.inflow[0].groups[0].removeLast();
    QVERIFY(writeFlowBook(path(QStringLiteral("r8.xlsx")), next));
    ImportSummary summary;
    QString error;
    QVERIFY2(
        import({ path(QStringLiteral("r8.xlsx")) }, &summary, &error, QStringLiteral("令和8年度")),
        qPrintable(error));
    // The older edition afterwards: kept, but the newer is used.
    QVERIFY2(import({ path(QStringLiteral("r7.xlsx")) }, &summary, &error), qPrintable(error));
    const QVector<FlowShare> s = FlowStore(*m_dataset).regionFlows(QStringLiteral("4301"));
    QCOMPARE(*s.at(0).share, 0.07);
    QCOMPARE(*s.at(1).share, 0.93);
    QCOMPARE(s.at(3).group, QStringLiteral("comprehensive")); // 福岡・糸島 no longer listed
    QCOMPARE(FlowStore(*m_dataset).flowEditionLabel(), QStringLiteral("令和8年度"));
    QCOMPARE(count(*m_dataset,
                   QStringLiteral("SELECT count(DISTINCT edition_id) FROM region_flow_share")),
             2);
    // Flows alone do not make an edition the source of the bed figures.
    QVERIFY(!FigureStore(*m_dataset).latestEdition()
            || FigureStore(*m_dataset).editions().size() == 2);
}

void TestFlows::cliExports()
{
    QVERIFY(writeFlowBook(path(QStringLiteral("flows.xlsx")), flowBook()));
    QVERIFY(writeDemandBook(path(QStringLiteral("demand.xlsx")), demandBook()));
    const QString db = path(QStringLiteral("cli.koso"));
    KosoRun run = runKoso({ QStringLiteral("new"), QStringLiteral("--out"), db,
                            QStringLiteral("--prefecture"), QStringLiteral("43") });
    QCOMPARE(run.exitCode, 0);
    run = runKoso({ QStringLiteral("import"), path(QStringLiteral("flows.xlsx")),
                    path(QStringLiteral("demand.xlsx")), QStringLiteral("--db"), db,
                    QStringLiteral("--edition"), QStringLiteral("令和7年度") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runKoso(
        { QStringLiteral("export"), QStringLiteral("flows"), QStringLiteral("--db"), db });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("direction,function_group,region_code,partner_region_code,share"));
    QCOMPARE(lines.at(1), QStringLiteral("inflow,all,4301,,0.05"));
    QCOMPARE(lines.at(2), QStringLiteral("inflow,acute,4301,4301,0.95"));
    QVERIFY(lines.contains(QStringLiteral("inflow,comprehensive,4301,4302,")));
    QVERIFY(lines.contains(QStringLiteral("inflow,chronic,4302,,")));
    QCOMPARE(lines.size(), 1 + 2 * (7 + 5));

    run = runKoso({ QStringLiteral("export"), QStringLiteral("demand"), QStringLiteral("--db"), db,
                    QStringLiteral("--prefecture"), QStringLiteral("43") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("region_code,kind,fiscal_year,claims_per_month"));
    QCOMPARE(lines.at(1), QStringLiteral("4301,home_visit,2024,100.5"));
    QVERIFY(lines.contains(QStringLiteral("4302,home_visit,2035,")));
    QVERIFY(lines.contains(QStringLiteral("4302,outpatient,2050,400")));
    QCOMPARE(lines.size(), 1 + 24);
}

void TestFlows::realWorkbooks()
{
    const QString flows = mhlwFile(QStringLiteral("r7-flow-rates.xlsx"));
    const QString demand = mhlwFile(QStringLiteral("r7-demand-forecast.xlsx"));
    KOSO_REQUIRE(QFile::exists(flows) && QFile::exists(demand),
                 "MHLW's workbooks are not in KOSO_MHLW_DATA_DIR");
    ImportSummary summary;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(import({ flows, demand }, &summary, &error), qPrintable(error));
    qInfo("imported both in %lld ms", timer.elapsed());
    QCOMPARE(summary.files.at(0).regions, 339);
    QCOMPARE(summary.files.at(1).regions, 339);
    QCOMPARE(count(*m_dataset, QStringLiteral("SELECT count(*) FROM region")), 339);
    QCOMPARE(count(*m_dataset,
                   QStringLiteral("SELECT count(*) FROM region_flow_share WHERE function_group = "
                                  "'all'")),
             2 * 339);
    // 南渡島: 9.4 % of the patients of its hospitals come from other regions; 90.6 % of
    // its acute patients live in it.
    const QVector<FlowShare> s = FlowStore(*m_dataset).regionFlows(QStringLiteral("0101"));
    QCOMPARE(s.at(0).group, QStringLiteral("all"));
    QVERIFY(qAbs(*s.at(0).share - 0.0937155623034174) < 1e-12);
    QCOMPARE(s.at(1).partnerCode, QStringLiteral("0101"));
    QVERIFY(qAbs(*s.at(1).share - 0.906284437696583) < 1e-12);
    // The two 「#VALUE!」 cells (outflow, chronic, of 1313 島しょ and 4207 上五島).
    SqlQuery q(m_dataset->database(),
               QStringLiteral("SELECT region_code, direction, function_group FROM "
                              "region_flow_share WHERE missing_reason = '#VALUE!' ORDER BY 1"));
    QVERIFY(q.exec());
    QStringList errors;
    while (q.next())
        errors << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()
                + QLatin1Char(' ') + q.value(2).toString();
    QCOMPARE(errors,
             QStringList({ QStringLiteral("1313 outflow chronic"),
                           QStringLiteral("4207 outflow chronic") }));
    QCOMPARE(count(*m_dataset,
                   QStringLiteral("SELECT count(*) FROM region_flow_share WHERE share IS NULL")),
             2);
    // Demand: 339 regions × 2 kinds × 6 years; 南渡島's home visits in 2024.
    QCOMPARE(count(*m_dataset, QStringLiteral("SELECT count(*) FROM region_demand")), 339 * 12);
    const QVector<DemandFigure> d = FlowStore(*m_dataset).regionDemand(QStringLiteral("0101"));
    QCOMPARE(d.at(0).fiscalYear, 2024);
    QCOMPARE(*d.at(0).claimsPerMonth, 4382.75);
    QCOMPARE(d.at(3).fiscalYear, 2040);
    QVERIFY(qAbs(*d.at(3).claimsPerMonth - 5464.6152508791565) < 1e-9);
    const QVector<RegionPopulation> pop = FlowStore(*m_dataset).populations(QStringLiteral("01"));
    QCOMPARE(*pop.at(0).population, qint64(340005));
    QCOMPARE(*pop.at(1).population, qint64(259252));

    const QString before = dump(*m_dataset);
    QVERIFY2(import({ demand, flows }, &summary, &error, QString()), qPrintable(error));
    QVERIFY(summary.nothingChanged());
    QCOMPARE(dump(*m_dataset), before);
}

QTEST_GUILESS_MAIN(TestFlows)
#include "tst_flows.moc"
