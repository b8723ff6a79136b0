// The study-session commands through the real koso binary: sessions, sessions import,
// datapack, measures, report sessions (and that koso report still works beside it).

#include "KosoRun.h"
#include "RequiredData.h"

#include "io/TableReader.h"
#include "io/TableWriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

class TestSessionsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionsJsonOfTheDemo();
    void demoSessionsFollowTheReferenceDate();
    void importCsvThenList();
    void importXlsx();
    void badImportChangesNothing();
    void measuresJson();
    void reportSessionsXlsxAndPdf();
    void regionReportStillWorks();
    void datapackOfOneRegion();
    void datapackErrors();

private:
    QString demo() const { return m_dir.filePath(QStringLiteral("demo.koso")); }
    QJsonArray sessions(const QString &db);
    // The chart commands start a QApplication, which warns on stderr without a runtime dir.
    QProcessEnvironment env() const;
    QTemporaryDir m_dir;
};

QProcessEnvironment TestSessionsCli::env() const
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("xdg")));
    return e;
}

void TestSessionsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("xdg")));
    QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("xdg")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner));
    // The demo's sessions are placed around the reference date (default: today): fixed here.
    const KosoRun run
        = runKoso({ QStringLiteral("demo"), QStringLiteral("--out"), demo(),
                    QStringLiteral("--reference-date"), QStringLiteral("2025-11-20") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QJsonArray TestSessionsCli::sessions(const QString &db)
{
    const KosoRun run = runKoso(
        { QStringLiteral("sessions"), QStringLiteral("--db"), db, QStringLiteral("--json") });
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestSessionsCli::sessionsJsonOfTheDemo()
{
    const QJsonArray list = sessions(demo());
    QCOMPARE(list.size(), 3);
    const QJsonObject held = list.at(0).toObject();
    for (const char *key : { "title", "date", "status", "format", "co_hosts",
                             "mhlw_request_deadline", "invited", "attended" })
        QVERIFY2(held.contains(QLatin1String(key)), key);
    QCOMPARE(held.value(QStringLiteral("date")).toString(), QStringLiteral("2025-07-15"));
    QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
    QCOMPARE(held.value(QStringLiteral("format")).toString(), QStringLiteral("web"));
    QCOMPARE(held.value(QStringLiteral("mhlw_request_deadline")).toString(),
             QStringLiteral("2025-05-15"));
    QCOMPARE(held.value(QStringLiteral("co_hosts")).toArray().size(), 2);
    QVERIFY(held.value(QStringLiteral("attended")).toInt() > 0);
    QVERIFY(held.value(QStringLiteral("invited")).toInt()
            > held.value(QStringLiteral("attended")).toInt());
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("mhlw_request_deadline")).toString(),
             QStringLiteral("2025-11-30"));

    const KosoRun text = runKoso({ QStringLiteral("sessions"), QStringLiteral("--db"), demo() });
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.trimmed().split(QLatin1Char('\n')).size(), 3);
}

void TestSessionsCli::demoSessionsFollowTheReferenceDate()
{
    const QString db = m_dir.filePath(QStringLiteral("december.koso"));
    KosoRun run = runKoso({ QStringLiteral("demo"), QStringLiteral("--out"), db,
                            QStringLiteral("--reference-date"), QStringLiteral("令和8年12月6日") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray list = sessions(db);
    QCOMPARE(list.size(), 3);
    QVERIFY(list.at(0).toObject().value(QStringLiteral("date")).toString()
            < QStringLiteral("2026-12-06"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("held"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("mhlw_request_deadline")).toString(),
             QStringLiteral("2026-12-16"));
    QCOMPARE(list.at(2).toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("2027-06-18"));
    run = runKoso({ QStringLiteral("demo"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("bad.koso")), QStringLiteral("--reference-date"),
                    QStringLiteral("someday") });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.koso"))));
}

void TestSessionsCli::importCsvThenList()
{
    const QString db = m_dir.filePath(QStringLiteral("csv.koso"));
    QCOMPARE(runKoso({ QStringLiteral("new"), QStringLiteral("--out"), db,
                       QStringLiteral("--prefecture"), QStringLiteral("43") })
                 .exitCode,
             0);
    const QString csv = m_dir.filePath(QStringLiteral("s.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("title,date,format,status,co_hosts\n"
                           "第1回勉強会,2027-04-30,WEB,開催決定,肥後銀行、熊本銀行\n"
                           "第2回勉強会,令和9年10月1日,ハイブリッド,構想中,\n")
                .toUtf8());
    f.close();
    const KosoRun dry = runKoso({ QStringLiteral("sessions"), QStringLiteral("import"), csv,
                                  QStringLiteral("--db"), db, QStringLiteral("--dry-run") });
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QCOMPARE(sessions(db).size(), 0);
    const KosoRun run = runKoso(
        { QStringLiteral("sessions"), QStringLiteral("import"), csv, QStringLiteral("--db"), db });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray list = sessions(db);
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("mhlw_request_deadline")).toString(),
             QStringLiteral("2027-02-28"));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("decided"));
    QCOMPARE(first.value(QStringLiteral("co_hosts")).toArray(),
             QJsonArray({ QStringLiteral("肥後銀行"), QStringLiteral("熊本銀行") }));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("format")).toString(),
             QStringLiteral("hybrid"));
    // Importing the same file again changes nothing.
    QCOMPARE(runKoso({ QStringLiteral("sessions"), QStringLiteral("import"), csv,
                       QStringLiteral("--db"), db })
                 .exitCode,
             0);
    QCOMPARE(sessions(db).size(), 2);
}

void TestSessionsCli::importXlsx()
{
    const QString db = m_dir.filePath(QStringLiteral("xlsx.koso"));
    QCOMPARE(runKoso({ QStringLiteral("new"), QStringLiteral("--out"), db,
                       QStringLiteral("--prefecture"), QStringLiteral("01") })
                 .exitCode,
             0);
    Table t;
    t.header = { QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("format"),
                 QStringLiteral("status"), QStringLiteral("co_hosts") };
    t.rows.append({ QStringLiteral("勉強会X"), QDate(2026, 11, 20), QStringLiteral("対面"),
                    QStringLiteral("調整中"), QStringLiteral("北洋銀行") });
    const QString path = m_dir.filePath(QStringLiteral("s.xlsx"));
    QString error;
    QVERIFY2(TableWriter::write(t, path, &error), qPrintable(error));
    const KosoRun run = runKoso(
        { QStringLiteral("sessions"), QStringLiteral("import"), path, QStringLiteral("--db"), db });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray list = sessions(db);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("2026-11-20"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("format")).toString(),
             QStringLiteral("in_person"));
}

void TestSessionsCli::badImportChangesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("bad.koso"));
    QCOMPARE(runKoso({ QStringLiteral("new"), QStringLiteral("--out"), db,
                       QStringLiteral("--prefecture"), QStringLiteral("43") })
                 .exitCode,
             0);
    const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("title,date,format,status,co_hosts\n"
                           "良い行,2027-04-30,WEB,開催決定,\n"
                           "悪い行,2027-04-30,WEB,たぶん,\n")
                .toUtf8());
    f.close();
    const KosoRun run = runKoso(
        { QStringLiteral("sessions"), QStringLiteral("import"), csv, QStringLiteral("--db"), db });
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("line 3, column 4")), qPrintable(run.err));
    QCOMPARE(sessions(db).size(), 0);
}

void TestSessionsCli::measuresJson()
{
    const KosoRun run = runKoso(
        { QStringLiteral("measures"), QStringLiteral("--db"), demo(), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY(list.size() >= 9);
    int linked = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *key : { "id", "name", "basis", "valid_from", "valid_to", "hospitals" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        linked += o.value(QStringLiteral("hospitals")).toArray().size();
        if (o.value(QStringLiteral("id")).toString() == QStringLiteral("fund-bed-reorganisation")) {
            QCOMPARE(o.value(QStringLiteral("valid_from")).toString(),
                     QStringLiteral("2021-04-01"));
            QVERIFY(o.value(QStringLiteral("valid_to")).isNull());
            QCOMPARE(o.value(QStringLiteral("hospitals")).toArray().size(), 2);
        }
    }
    QCOMPARE(linked, 6);
}

void TestSessionsCli::reportSessionsXlsxAndPdf()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("h.xlsx"));
    KosoRun run = runKoso({ QStringLiteral("report"), QStringLiteral("sessions"),
                            QStringLiteral("--db"), demo(), QStringLiteral("--fiscal-year"),
                            QStringLiteral("令和7年度"), QStringLiteral("--out"), xlsx },
                          env());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    TableData table;
    QString error;
    QVERIFY(TableReader::read(xlsx, &table, &error));
    // Title row, header, the three sessions of FY2025, then the note.
    QStringList titles;
    for (int r = 0; r < table.rows.size(); ++r)
        titles << table.text(r, 2);
    QVERIFY2(titles.filter(QStringLiteral("勉強会")).size() == 2, qPrintable(titles.join(u'|')));
    const QString pdf = m_dir.filePath(QStringLiteral("h.pdf"));
    run = runKoso({ QStringLiteral("report"), QStringLiteral("sessions"), QStringLiteral("--db"),
                    demo(), QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                    QStringLiteral("--out"), pdf },
                  env());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(5), QByteArray("%PDF-"));
    run = runKoso({ QStringLiteral("report"), QStringLiteral("sessions"), QStringLiteral("--db"),
                    demo(), QStringLiteral("--out"), pdf },
                  env());
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
}

void TestSessionsCli::regionReportStillWorks()
{
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    const KosoRun run = runKoso({ QStringLiteral("report"), QStringLiteral("--db"), demo(),
                                  QStringLiteral("--prefecture"), QStringLiteral("99"),
                                  QStringLiteral("--out"), pdf },
                                env());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(pdf));
}

void TestSessionsCli::datapackOfOneRegion()
{
    const QString out = m_dir.filePath(QStringLiteral("pack"));
    const KosoRun run = runKoso({ QStringLiteral("datapack"), QStringLiteral("--db"), demo(),
                                  QStringLiteral("--region"), QStringLiteral("9901"),
                                  QStringLiteral("--out"), out },
                                env());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList pdfs = QDir(out).entryList({ QStringLiteral("*.pdf") });
    QCOMPARE(pdfs.size(), 1);
    QFile f(QDir(out).filePath(pdfs.first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // Prefecture gap, national comparison, region page, facilities, policy rates.
    QCOMPARE(bytes.count("/Type /Page") - bytes.count("/Type /Pages"), 5);
    // The region page is numbered within the pack (3 of 5), not as a report of its own (1 / 1).
    KOSO_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is not installed.");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    { QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"),
                      QStringLiteral("3"), f.fileName(), QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString page3 = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(page3.contains(QLatin1String("Page 3 / 5")), qPrintable(page3));
    const QStringList pngs
        = QDir(out + QStringLiteral("/png")).entryList({ QStringLiteral("*.png") });
    QCOMPARE(pngs.size(), 5); // 2 prefecture charts + gap, trend, facilities of 9901
    const QImage image(out + QStringLiteral("/png/") + pngs.first());
    QCOMPARE(image.size(), QSize(1920, 1080));
}

void TestSessionsCli::datapackErrors()
{
    KosoRun run = runKoso({ QStringLiteral("datapack"), QStringLiteral("--db"), demo(),
                            QStringLiteral("--region"), QStringLiteral("0101"),
                            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x")) },
                          env());
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    run = runKoso({ QStringLiteral("datapack"), QStringLiteral("--db"), demo() }, env());
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    // A prefecture the dataset holds no regions of.
    run = runKoso({ QStringLiteral("datapack"), QStringLiteral("--db"), demo(),
                    QStringLiteral("--prefecture"), QStringLiteral("43"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("z")) },
                  env());
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains(QStringLiteral("43")));
    const QString empty = m_dir.filePath(QStringLiteral("empty.koso"));
    QCOMPARE(runKoso({ QStringLiteral("new"), QStringLiteral("--out"), empty,
                       QStringLiteral("--prefecture"), QStringLiteral("43") })
                 .exitCode,
             0);
    run = runKoso({ QStringLiteral("datapack"), QStringLiteral("--db"), empty,
                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y")) },
                  env());
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.err.contains(QStringLiteral("import")));
}

QTEST_MAIN(TestSessionsCli)
#include "tst_sessionscli.moc"
