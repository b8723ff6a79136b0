#include "PolicyFixture.h"

#include "KosoRun.h"
#include "council/CouncilActions.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "policy/PolicySheet.h"
#include "policy/PolicyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

namespace {

using Run = KosoRun;

Run koso(const QStringList &args)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KOSO_USER"), QStringLiteral("cli-tester"));
    // The command comes first: the dispatcher reads it from the first arguments.
    return runKoso(args + QStringList { QStringLiteral("--lang"), QStringLiteral("en") }, env);
}

} // namespace

class TestPolicyCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsTheSheet();
    void importsWithDryRunFirst();
    void badSheetNamesLineAndColumnAndChangesNothing();
    void ratesAsJson();
    void ratesAsOfADateAsText();
    void councilsOfAFiscalYear();
    void whatIfTable();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("t.koso")); }
    void closeDataset();

    QTemporaryDir *m_dir = nullptr;
    PolicyFixture::Ids m_ids;
};

void TestPolicyCli::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    Dataset ds;
    QVERIFY(PolicyFixture::build(ds, dbPath(), &m_ids));
    QVERIFY(PolicyFixture::set(ds, m_ids.a,
                               { { QStringLiteral("status"), QStringLiteral("agreed_verified") } },
                               PolicyFixture::at(2023, 3, 1)));
    QUndoStack stack;
    CouncilActions councils(&ds, &stack);
    QString error;
    const qint64 c
        = councils.addCouncil({ 0, QStringLiteral("43"), QStringLiteral("4301"),
                                QStringLiteral("熊本・上益城地域医療構想調整会議"), QString() },
                              &error);
    CouncilMeeting m;
    m.councilId = c;
    m.number = 1;
    m.heldOn = QDate(2024, 7, 1);
    m.agenda = { QStringLiteral("対応方針の進捗") };
    QVERIFY(councils.addMeeting(m, &error) > 0);
    m.number = 2;
    m.heldOn = QDate(2023, 11, 1);
    QVERIFY(councils.addMeeting(m, &error) > 0);
}

void TestPolicyCli::cleanup()
{
    delete m_dir;
}

void TestPolicyCli::exportsTheSheet()
{
    const QString out = m_dir->filePath(QStringLiteral("policies.csv"));
    const Run r = koso({ QStringLiteral("policies"), QStringLiteral("--db"), dbPath(),
                         QStringLiteral("--region"), QStringLiteral("4301"),
                         QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("3")));
    TableData data;
    QString error;
    QVERIFY(TableReader::read(out, &data, &error));
    QCOMPARE(data.rows.size(), 4);
    QCOMPARE(data.text(0, 0), QStringLiteral("管理番号"));

    const QString xlsx = m_dir->filePath(QStringLiteral("policies.xlsx"));
    QCOMPARE(koso({ QStringLiteral("policies"), QStringLiteral("--db"), dbPath(),
                    QStringLiteral("--out"), xlsx })
                 .exitCode,
             0);
    QVERIFY(QFileInfo::exists(xlsx));
    const Run bad = koso({ QStringLiteral("policies"), QStringLiteral("--db"), dbPath(),
                           QStringLiteral("--out"), m_dir->filePath(QStringLiteral("x.txt")) });
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(QStringLiteral("--out")));
}

void TestPolicyCli::importsWithDryRunFirst()
{
    const QString out = m_dir->filePath(QStringLiteral("policies.csv"));
    QCOMPARE(koso({ QStringLiteral("policies"), QStringLiteral("--db"), dbPath(),
                    QStringLiteral("--out"), out })
                 .exitCode,
             0);
    TableData data;
    QString error;
    QVERIFY(TableReader::read(out, &data, &error));
    Table filled;
    for (const QVariant &h : data.rows.first())
        filled.header << h.toString();
    const int status = int(filled.header.indexOf(QStringLiteral("対応方針の状況")));
    const int agreed = int(filled.header.indexOf(QStringLiteral("合意日")));
    for (int r = 1; r < data.rows.size(); ++r) {
        QVector<QVariant> row = data.rows.at(r);
        if (row.at(0).toString() == QString::number(m_ids.b)) {
            row[status] = QStringLiteral("合意・検証済");
            row[agreed] = QStringLiteral("R6.3.31");
        }
        filled.rows << row;
    }
    const QString in = m_dir->filePath(QStringLiteral("filled.csv"));
    QVERIFY(TableWriter::writeCsv(filled, in, &error));

    const Run dry = koso({ QStringLiteral("policies"), QStringLiteral("import"), in,
                           QStringLiteral("--db"), dbPath(), QStringLiteral("--dry-run") });
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QStringLiteral("済生会みなみ病院")), qPrintable(dry.out));
    QVERIFY(dry.out.contains(QStringLiteral("Dry run")));
    {
        Dataset ds;
        QVERIFY(ds.open(dbPath(), &error));
        QCOMPARE(PolicyStore(ds).policy(m_ids.b)->status, PolicyStatus::NotDrafted);
    }
    const Run real = koso({ QStringLiteral("policies"), QStringLiteral("import"), in,
                            QStringLiteral("--db"), dbPath() });
    QCOMPARE(real.exitCode, 0);
    Dataset ds;
    QVERIFY(ds.open(dbPath(), &error));
    const auto p = PolicyStore(ds).policy(m_ids.b);
    QCOMPARE(p->status, PolicyStatus::AgreedVerified);
    QCOMPARE(p->agreedOn, QDate(2024, 3, 31));
    QCOMPARE(PolicyStore(ds).history(m_ids.b).first().changedBy, QStringLiteral("cli-tester"));
}

void TestPolicyCli::badSheetNamesLineAndColumnAndChangesNothing()
{
    Table t;
    t.header
        = QStringList { QStringLiteral("管理番号"), QStringLiteral("医療機関名"),
                        QStringLiteral("対応方針の状況"), QStringLiteral("予定病床数：急性期") };
    t.rows = { { m_ids.b, QStringLiteral("済生会みなみ病院"), QStringLiteral("措置済"), 100 },
               { m_ids.c, QStringLiteral("サンプル記念病院"), QStringLiteral("済み"), 40 },
               { m_ids.d, QStringLiteral("うき眼科クリニック"), QStringLiteral("策定中"), 99999 } };
    const QString in = m_dir->filePath(QStringLiteral("bad.csv"));
    QString error;
    QVERIFY(TableWriter::writeCsv(t, in, &error));
    const Run r = koso({ QStringLiteral("policies"), QStringLiteral("import"), in,
                         QStringLiteral("--db"), dbPath() });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("line 3, column 対応方針の状況")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("line 4, column 予定病床数：急性期")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
    Dataset ds;
    QVERIFY(ds.open(dbPath(), &error));
    QCOMPARE(PolicyStore(ds).policy(m_ids.b)->status, PolicyStatus::NotDrafted);
}

void TestPolicyCli::ratesAsJson()
{
    const Run r = koso(
        { QStringLiteral("rates"), QStringLiteral("--db"), dbPath(), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rates = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rates.size(), 18);
    const QJsonObject first = rates.first().toObject();
    QCOMPARE(first.value(QStringLiteral("scope")).toString(), QStringLiteral("43"));
    QCOMPARE(first.value(QStringLiteral("group")).toString(), QStringLiteral("all"));
    QCOMPARE(first.value(QStringLiteral("hospitals")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("hospitalsDone")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("hospitalShare")).toDouble(), 0.2);
    QCOMPARE(first.value(QStringLiteral("beds")).toInt(), 829);
    QCOMPARE(first.value(QStringLiteral("bedsDone")).toInt(), 320);

    const Run region
        = koso({ QStringLiteral("rates"), QStringLiteral("--db"), dbPath(),
                 QStringLiteral("--json"), QStringLiteral("--region"), QStringLiteral("4302") });
    QCOMPARE(QJsonDocument::fromJson(region.out.toUtf8()).array().size(), 6);
    QCOMPARE(koso({ QStringLiteral("rates"), QStringLiteral("--db"), dbPath(),
                    QStringLiteral("--region"), QStringLiteral("0101") })
                 .exitCode,
             1);
}

void TestPolicyCli::ratesAsOfADateAsText()
{
    const Run before = koso({ QStringLiteral("rates"), QStringLiteral("--db"), dbPath(),
                              QStringLiteral("--as-of"), QStringLiteral("2023-02-28"),
                              QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(before.out.toUtf8())
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("hospitalsDone"))
                 .toInt(),
             0);
    const Run text = koso({ QStringLiteral("rates"), QStringLiteral("--db"), dbPath(),
                            QStringLiteral("--as-of"), QStringLiteral("2023-03-31"),
                            QStringLiteral("--take-snapshots") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("1 / 5")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("20.0%")));
    QVERIFY(text.out.contains(QStringLiteral("320 / 829")));
    QVERIFY(text.err.contains(QStringLiteral("Stored")));
    QCOMPARE(koso({ QStringLiteral("rates"), QStringLiteral("--db"), dbPath(),
                    QStringLiteral("--as-of"), QStringLiteral("yesterday") })
                 .exitCode,
             1);
}

void TestPolicyCli::councilsOfAFiscalYear()
{
    const QString out = m_dir->filePath(QStringLiteral("councils.csv"));
    const Run r = koso({ QStringLiteral("councils"), QStringLiteral("--db"), dbPath(),
                         QStringLiteral("--fiscal-year"), QStringLiteral("令和6年度"),
                         QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 0);
    TableData data;
    QString error;
    QVERIFY(TableReader::read(out, &data, &error));
    QCOMPARE(data.rows.size(), 2);
    QCOMPARE(data.text(1, 4), QStringLiteral("2024-07-01"));
    QCOMPARE(koso({ QStringLiteral("councils"), QStringLiteral("--db"), dbPath(),
                    QStringLiteral("--out"), out })
                 .exitCode,
             0);
    QVERIFY(TableReader::read(out, &data, &error));
    QCOMPARE(data.rows.size(), 3);
}

void TestPolicyCli::whatIfTable()
{
    const Run r = koso({ QStringLiteral("whatif"), QStringLiteral("--db"), dbPath() });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("熊本・上益城")));
    QVERIFY(!r.err.isEmpty()); // the caveat
}

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "tst_policycli.moc"
