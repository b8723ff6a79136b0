#include "PlanningFixture.h"

#include "KosoRun.h"
#include "io/TableReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

namespace {

KosoRun koso(const QStringList &args)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KOSO_USER"), QStringLiteral("cli-tester"));
    return runKoso(args + QStringList { QStringLiteral("--lang"), QStringLiteral("en") }, env);
}

QJsonArray jsonArray(const KosoRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace

class TestPlanningCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importThenProgressAsJson();
    void badSheetImportsNothing();
    void exportReadsBackTheSameHeader();
    void candidatesAsJson();
    void demoHasDesignationsAndItsDocuments();
    void reportsToMunicipalitiesAndSurvey();
    void regionReportStillWorks();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("t.koso")); }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir *m_dir = nullptr;
    QTemporaryDir m_demoDir;
    QString m_demo;
};

void TestPlanningCli::initTestCase()
{
    m_demo = m_demoDir.filePath(QStringLiteral("demo.koso"));
    const KosoRun run = koso({ QStringLiteral("demo"), QStringLiteral("--out"), m_demo });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestPlanningCli::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    Dataset ds;
    PolicyFixture::Ids ids;
    QVERIFY(PlanningFixture::build(ds, db(), &ids));
}

void TestPlanningCli::cleanup()
{
    delete m_dir;
}

void TestPlanningCli::write(const QString &name, const QByteArray &bytes) const
{
    QFile f(file(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestPlanningCli::importThenProgressAsJson()
{
    write(QStringLiteral("t.csv"),
          "region_code,fiscal_year,indicator,function,direction,target,note\n"
          "4301,2024,beds,Acute,at_most,400,\n"
          "4301,2024,policy_rate_hospitals,,at_least,60,\n"
          "4301,2024,meetings,,at_least,3,\n"
          "4302,2024,text,,,非稼働病棟の説明,\n"
          "4302,2025,beds,Total,at_most,180,\n");
    KosoRun run = koso({ QStringLiteral("targets"), QStringLiteral("import"),
                         file(QStringLiteral("t.csv")), QStringLiteral("--db"), db() });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("5 target(s) added, 0 updated")), qPrintable(run.out));

    run = koso({ QStringLiteral("progress"), QStringLiteral("--db"), db(),
                 QStringLiteral("--fiscal-year"), QStringLiteral("2024"),
                 QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray rows = jsonArray(run);
    QCOMPARE(rows.size(), 4);
    const QJsonObject beds = rows.at(0).toObject();
    for (const char *key : { "region_code", "fiscal_year", "indicator", "function", "direction",
                             "target", "actual", "status", "source" })
        QVERIFY2(beds.contains(QLatin1String(key)), key);
    QCOMPARE(beds.value(QStringLiteral("region_code")).toString(), QStringLiteral("4301"));
    QCOMPARE(beds.value(QStringLiteral("function")).toString(), QStringLiteral("Acute"));
    QCOMPARE(beds.value(QStringLiteral("target")).toDouble(), 400.0);
    QCOMPARE(beds.value(QStringLiteral("actual")).toDouble(), 410.0);
    QCOMPARE(beds.value(QStringLiteral("status")).toString(), QStringLiteral("not_achieved"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("actual")).toDouble(), 66.7);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("achieved"));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("actual")).toDouble(), 2.0);
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("not_achieved"));
    const QJsonObject text = rows.at(3).toObject();
    QVERIFY(text.value(QStringLiteral("actual")).isNull());
    QCOMPARE(text.value(QStringLiteral("target")).toString(), QStringLiteral("非稼働病棟の説明"));
    QCOMPARE(text.value(QStringLiteral("status")).toString(), QStringLiteral("not_evaluated"));

    // FY2025: no 2025 report in the dataset.
    run = koso({ QStringLiteral("progress"), QStringLiteral("--db"), db(),
                 QStringLiteral("--fiscal-year"), QStringLiteral("令和7年度"),
                 QStringLiteral("--json") });
    const QJsonObject y2025 = jsonArray(run).at(0).toObject();
    QVERIFY(y2025.value(QStringLiteral("actual")).isNull());
    QCOMPARE(y2025.value(QStringLiteral("status")).toString(), QStringLiteral("not_evaluated"));

    // Importing the same file again adds nothing.
    run = koso({ QStringLiteral("targets"), QStringLiteral("import"), file(QStringLiteral("t.csv")),
                 QStringLiteral("--db"), db() });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("0 target(s) added, 0 updated")), qPrintable(run.out));
}

void TestPlanningCli::badSheetImportsNothing()
{
    write(QStringLiteral("bad.csv"),
          "region_code,fiscal_year,indicator,function,direction,target,note\n"
          "4301,2024,beds,Acute,at_most,400,\n"
          "4301,2024,beds,Acute,upwards,400,\n");
    const KosoRun run = koso({ QStringLiteral("targets"), QStringLiteral("import"),
                               file(QStringLiteral("bad.csv")), QStringLiteral("--db"), db() });
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("line 3, column 5 (direction)")), qPrintable(run.err));
    const KosoRun progress = koso({ QStringLiteral("progress"), QStringLiteral("--db"), db(),
                                    QStringLiteral("--fiscal-year"), QStringLiteral("2024"),
                                    QStringLiteral("--json") });
    QCOMPARE(jsonArray(progress).size(), 0);
}

void TestPlanningCli::exportReadsBackTheSameHeader()
{
    write(QStringLiteral("t.csv"),
          "region_code,fiscal_year,indicator,function,direction,target,note\n"
          "4301,2024,beds,Acute,at_most,400,削減\n");
    QCOMPARE(koso({ QStringLiteral("targets"), QStringLiteral("import"),
                    file(QStringLiteral("t.csv")), QStringLiteral("--db"), db() })
                 .exitCode,
             0);
    for (const QString &name : { QStringLiteral("out.csv"), QStringLiteral("out.xlsx") }) {
        const KosoRun run
            = koso({ QStringLiteral("targets"), QStringLiteral("export"), QStringLiteral("--db"),
                     db(), QStringLiteral("--out"), file(name) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        TableData data;
        QString error;
        QVERIFY2(TableReader::read(file(name), &data, &error), qPrintable(error));
        QStringList header;
        for (int c = 0; c < data.rows.first().size(); ++c)
            header << data.text(0, c);
        QCOMPARE(
            header.join(u','),
            QStringLiteral("region_code,fiscal_year,indicator,function,direction,target,note"));
        QCOMPARE(data.text(1, 0), QStringLiteral("4301"));
        QCOMPARE(data.text(1, 5), QStringLiteral("400"));
        QCOMPARE(data.text(1, 6), QStringLiteral("削減"));
    }
}

void TestPlanningCli::candidatesAsJson()
{
    const KosoRun run = koso({ QStringLiteral("promotion"), QStringLiteral("candidates"),
                               QStringLiteral("--db"), db(), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray rows = jsonArray(run);
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("region_code")).toString(), QStringLiteral("4302"));
    QCOMPARE(first.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("reverification_open")).toInt(), 1);
    QVERIFY(qAbs(first.value(QStringLiteral("total_gap_ratio")).toDouble() - (199.0 / 240.0 - 1))
            < 1e-9);
    const QJsonObject functions = first.value(QStringLiteral("function_gap_ratios")).toObject();
    QCOMPARE(functions.size(), 4);
    QCOMPARE(functions.value(QStringLiteral("HighAcute")).toDouble(), -1.0);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("rank")).toInt(), 2);
}

void TestPlanningCli::demoHasDesignationsAndItsDocuments()
{
    KosoRun run = koso({ QStringLiteral("promotion"), QStringLiteral("list"),
                         QStringLiteral("--db"), m_demo, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray list = jsonArray(run);
    QString promotion;
    QStringList kinds;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        kinds << o.value(QStringLiteral("kind")).toString();
        QVERIFY(
            QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("promotion"))
            promotion = o.value(QStringLiteral("region_code")).toString();
    }
    QVERIFY(kinds.contains(QStringLiteral("promotion")));
    QVERIFY(kinds.contains(QStringLiteral("model_promotion")));

    // The demo's targets: both years, some met and some not.
    for (const QString &fy : { QStringLiteral("2024"), QStringLiteral("2025") }) {
        run = koso({ QStringLiteral("progress"), QStringLiteral("--db"), m_demo,
                     QStringLiteral("--fiscal-year"), fy, QStringLiteral("--json") });
        QStringList statuses;
        for (const QJsonValue &v : jsonArray(run))
            statuses << v.toObject().value(QStringLiteral("status")).toString();
        QVERIFY(statuses.size() >= 15);
        QVERIFY(statuses.contains(QStringLiteral("achieved")));
        QVERIFY(statuses.contains(QStringLiteral("not_achieved")));
    }

    const QString pdf = file(QStringLiteral("plan.pdf"));
    run = koso({ QStringLiteral("promotion"), QStringLiteral("plan"), QStringLiteral("--db"),
                 m_demo, QStringLiteral("--region"), promotion, QStringLiteral("--out"), pdf });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5).startsWith("%PDF"));

    const QString xlsx = file(QStringLiteral("plan.xlsx"));
    run = koso({ QStringLiteral("promotion"), QStringLiteral("plan"), QStringLiteral("--db"),
                 m_demo, QStringLiteral("--region"), promotion, QStringLiteral("--out"), xlsx });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    TableData data;
    QString error;
    QVERIFY(TableReader::read(xlsx, &data, &error));
    QVERIFY(data.rows.size() >= 5);

    // A region without a plan: one line on stderr, non-zero.
    run = koso({ QStringLiteral("promotion"), QStringLiteral("plan"), QStringLiteral("--db"), db(),
                 QStringLiteral("--region"), QStringLiteral("4301"), QStringLiteral("--out"),
                 file(QStringLiteral("none.pdf")) });
    QVERIFY(run.exitCode != 0);
    // One line of ours (Qt may warn about XDG_RUNTIME_DIR before it).
    QCOMPARE(run.errLines().filter(QStringLiteral("koso:")).size(), 1);
    QVERIFY(run.errLines().last().contains(QStringLiteral("no promotion region plan")));
    QVERIFY(!QFile::exists(file(QStringLiteral("none.pdf"))));
}

void TestPlanningCli::reportsToMunicipalitiesAndSurvey()
{
    const QString xlsx = file(QStringLiteral("muni.xlsx"));
    KosoRun run = koso({ QStringLiteral("report"), QStringLiteral("municipalities"),
                         QStringLiteral("--db"), db(), QStringLiteral("--from"),
                         QStringLiteral("2024-04-01"), QStringLiteral("--to"),
                         QStringLiteral("2025-03-31"), QStringLiteral("--out"), xlsx });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    TableData data;
    QString error;
    QVERIFY(TableReader::read(xlsx, &data, &error));
    // Title, header and the two FY2024 meetings (not the one of 2024-03-01).
    QCOMPARE(data.rows.size(), 4);
    QVERIFY(data.text(2, 4).contains(QStringLiteral("対応方針の協議")));

    run = koso({ QStringLiteral("report"), QStringLiteral("municipalities"), QStringLiteral("--db"),
                 m_demo, QStringLiteral("--from"), QStringLiteral("2024-04-01"),
                 QStringLiteral("--to"), QStringLiteral("2025-03-31"), QStringLiteral("--out"),
                 file(QStringLiteral("muni.pdf")) });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile(file(QStringLiteral("muni.pdf"))).size() > 1000);

    const QString survey = file(QStringLiteral("survey.xlsx"));
    run = koso({ QStringLiteral("report"), QStringLiteral("survey"), QStringLiteral("--db"), m_demo,
                 QStringLiteral("--fiscal-year"), QStringLiteral("2024"), QStringLiteral("--out"),
                 survey });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(TableReader::read(survey, &data, &error));
    // Title, header and a row per region of サンプル県 (5).
    int regionRows = 0;
    for (int r = 0; r < data.rows.size(); ++r)
        regionRows
            += data.text(r, 0).startsWith(QStringLiteral("99")) && data.text(r, 0).size() == 4;
    QCOMPARE(regionRows, 5);

    run = koso({ QStringLiteral("report"), QStringLiteral("survey"), QStringLiteral("--db"), m_demo,
                 QStringLiteral("--fiscal-year"), QStringLiteral("2024"), QStringLiteral("--out"),
                 file(QStringLiteral("survey.pdf")) });
    QVERIFY(run.exitCode != 0);
}

void TestPlanningCli::regionReportStillWorks()
{
    const QString pdf = file(QStringLiteral("region.pdf"));
    const KosoRun run = koso({ QStringLiteral("report"), QStringLiteral("--db"), m_demo,
                               QStringLiteral("--region"), QStringLiteral("9901"),
                               QStringLiteral("--out"), pdf });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestPlanningCli)
#include "tst_planningcli.moc"
