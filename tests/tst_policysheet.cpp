#include "PolicyFixture.h"

#include "council/CouncilActions.h"
#include "council/CouncilStore.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "policy/PolicySheet.h"
#include "policy/PolicyStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

class TestPolicySheet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportHasJapaneseHeadersAndWords();
    void unchangedSheetChangesNothing();
    void filledSheetIsPreviewedThenApplied();
    void everyDateFormIsUnderstood_data();
    void everyDateFormIsUnderstood();
    void badCellsAreReportedWithLineAndColumn_data();
    void badCellsAreReportedWithLineAndColumn();
    void oneBadRowMeansNothingIsApplied();
    void rowsMatchByRegionNameAndMunicipality();
    void excelCellsAsNumbers();
    void agreementDateLinksTheMeetingOfThatDay();
    void importIsOneUndoStep();
    void xlsxRoundTrip();
    void foreignFileIsRefused();

private:
    Table exported() const { return PolicySheet::policyTable(*m_ds, QStringLiteral("43")); }
    int column(const Table &t, const QString &header) const;
    int rowOf(const Table &t, qint64 hospitalId) const;
    PolicySheetPreview readBack(const Table &t);

    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    PolicyFixture::Ids m_ids;
};

int TestPolicySheet::column(const Table &t, const QString &header) const
{
    const int c = int(t.header.indexOf(header));
    if (c < 0)
        qWarning() << "no column" << header;
    return c;
}

int TestPolicySheet::rowOf(const Table &t, qint64 hospitalId) const
{
    for (int r = 0; r < t.rows.size(); ++r) {
        if (t.rows.at(r).at(0).toLongLong() == hospitalId)
            return r;
    }
    return -1;
}

PolicySheetPreview TestPolicySheet::readBack(const Table &t)
{
    const QString path = m_dir->filePath(QStringLiteral("filled.csv"));
    QString error;
    if (!TableWriter::writeCsv(t, path, &error))
        qWarning() << error;
    return PolicySheet::readFile(*m_ds, path, QDate(2024, 12, 1));
}

void TestPolicySheet::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    QVERIFY(PolicyFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
    QVERIFY(
        PolicyFixture::set(*m_ds, m_ids.a,
                           { { QStringLiteral("status"), QStringLiteral("agreed_verified") },
                             { QStringLiteral("reverification_target"), QStringLiteral("1") },
                             { QStringLiteral("plan_kind"), QStringLiteral("public_reform_plan") },
                             { QStringLiteral("beds.Acute"), QStringLiteral("180") },
                             { QStringLiteral("written_on"), QStringLiteral("2023-03-01") } },
                           PolicyFixture::at(2023, 3, 1)));
}

void TestPolicySheet::cleanup()
{
    delete m_ds;
    delete m_dir;
}

void TestPolicySheet::exportHasJapaneseHeadersAndWords()
{
    const Table t = exported();
    QCOMPARE(t.rows.size(), 5);
    QCOMPARE(t.header.first(), QStringLiteral("管理番号"));
    QVERIFY(t.header.contains(QStringLiteral("対応方針の状況")));
    QVERIFY(t.header.contains(QStringLiteral("予定病床数：急性期")));
    QVERIFY(t.header.contains(QStringLiteral("現在の病床数：休棟中等")));
    const auto &a = t.rows.at(rowOf(t, m_ids.a));
    QCOMPARE(a.at(column(t, QStringLiteral("対応方針の状況"))).toString(),
             QStringLiteral("合意・検証済"));
    QCOMPARE(a.at(column(t, QStringLiteral("設置主体区分"))).toString(), QStringLiteral("公立"));
    QCOMPARE(a.at(column(t, QStringLiteral("再検証対象"))).toString(), QStringLiteral("○"));
    QCOMPARE(a.at(column(t, QStringLiteral("対応方針とするプラン"))).toString(),
             QStringLiteral("公立病院経営強化プラン"));
    QCOMPARE(a.at(column(t, QStringLiteral("予定病床数：急性期"))).toInt(), 180);
    QCOMPARE(a.at(column(t, QStringLiteral("現在の病床数：急性期"))).toInt(), 200);
    QCOMPARE(a.at(column(t, QStringLiteral("策定日"))).toDate(), QDate(2023, 3, 1));
    const auto &d = t.rows.at(rowOf(t, m_ids.d));
    QCOMPARE(d.at(column(t, QStringLiteral("種別"))).toString(), QStringLiteral("有床診療所"));
    QCOMPARE(d.at(column(t, QStringLiteral("対応方針の状況"))).toString(),
             QStringLiteral("未策定"));
    QVERIFY(d.at(column(t, QStringLiteral("予定病床数：急性期"))).isNull());

    // One region only.
    QCOMPARE(PolicySheet::policyTable(*m_ds, QStringLiteral("4302")).rows.size(), 2);
}

void TestPolicySheet::unchangedSheetChangesNothing()
{
    const PolicySheetPreview p = readBack(exported());
    QVERIFY2(p.ok(), p.errors.isEmpty() ? "" : qPrintable(p.errors.first().text()));
    QCOMPARE(p.rowsRead, 5);
    QCOMPARE(p.rowsChanged, 0);
    QVERIFY(p.changes.isEmpty());
}

void TestPolicySheet::filledSheetIsPreviewedThenApplied()
{
    Table t = exported();
    auto &b = t.rows[rowOf(t, m_ids.b)];
    b[column(t, QStringLiteral("対応方針の状況"))] = QStringLiteral("合意・検証済");
    b[column(t, QStringLiteral("予定病床数：急性期"))] = QStringLiteral("１２０");
    b[column(t, QStringLiteral("予定病床数：回復期"))] = QStringLiteral("80床");
    b[column(t, QStringLiteral("合意日"))] = QStringLiteral("令和6年3月31日");
    b[column(t, QStringLiteral("今後担う役割"))]
        = QStringLiteral("急性期と回復期を担う地域の中核病院");
    b[column(t, QStringLiteral("関連資料"))]
        = QStringLiteral("\\\\share\\plans\\b.pdf; https://example.jp/b");
    auto &c = t.rows[rowOf(t, m_ids.c)];
    c[column(t, QStringLiteral("対応方針の状況"))] = QStringLiteral("策定中");
    c[column(t, QStringLiteral("再検証対象"))] = QStringLiteral("○");

    const PolicySheetPreview p = readBack(t);
    QVERIFY2(p.ok(), p.errors.isEmpty() ? "" : qPrintable(p.errors.first().text()));
    QCOMPARE(p.rowsChanged, 2);
    QCOMPARE(p.changes.size(), 8);
    // Reading wrote nothing.
    QCOMPARE(PolicyStore(*m_ds).policy(m_ids.b)->status, PolicyStatus::NotDrafted);
    const QStringList lines = PolicySheet::describe(*m_ds, p);
    QCOMPARE(lines.size(), 8);
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("済生会みなみ病院")));

    QString error;
    QVERIFY2(PolicySheet::apply(*m_ds, p, &error), qPrintable(error));
    PolicyStore store(*m_ds);
    const auto pb = store.policy(m_ids.b);
    QCOMPARE(pb->status, PolicyStatus::AgreedVerified);
    QCOMPARE(pb->plannedBeds.value(QStringLiteral("Acute")), 120);
    QCOMPARE(pb->plannedBeds.value(QStringLiteral("Recovery")), 80);
    QCOMPARE(pb->agreedOn, QDate(2024, 3, 31));
    QCOMPARE(pb->links.size(), 2);
    QCOMPARE(store.policy(m_ids.c)->status, PolicyStatus::Drafting);
    QVERIFY(store.policy(m_ids.c)->reverificationTarget);
    QCOMPARE(store.history(m_ids.b).size(), 6);
    // Read again: nothing left to change.
    QVERIFY(readBack(t).changes.isEmpty());
}

void TestPolicySheet::everyDateFormIsUnderstood_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("2024/3/31") << QStringLiteral("2024/3/31") << QDate(2024, 3, 31);
    QTest::newRow("R6.3.31") << QStringLiteral("R6.3.31") << QDate(2024, 3, 31);
    QTest::newRow("令和6年3月31日") << QStringLiteral("令和6年3月31日") << QDate(2024, 3, 31);
    QTest::newRow("2024-03-31") << QStringLiteral("2024-03-31") << QDate(2024, 3, 31);
    QTest::newRow("full-width") << QStringLiteral("令和６年３月３１日") << QDate(2024, 3, 31);
    QTest::newRow("平成") << QStringLiteral("H31.4.30") << QDate(2019, 4, 30);
    QTest::newRow("令和元年") << QStringLiteral("令和元年5月1日") << QDate(2019, 5, 1);
}

void TestPolicySheet::everyDateFormIsUnderstood()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    Table t = exported();
    t.rows[rowOf(t, m_ids.e)][column(t, QStringLiteral("策定日"))] = text;
    const PolicySheetPreview p = readBack(t);
    QVERIFY2(p.ok(), p.errors.isEmpty() ? "" : qPrintable(p.errors.first().text()));
    QCOMPARE(p.changes.size(), 1);
    QCOMPARE(p.changes.first().field, QStringLiteral("written_on"));
    QCOMPARE(p.changes.first().newValue, date.toString(Qt::ISODate));
}

void TestPolicySheet::badCellsAreReportedWithLineAndColumn_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("unknown status") << "対応方針の状況"
                                    << "合意"
                                    << "合意";
    QTest::newRow("empty status") << "対応方針の状況"
                                  << ""
                                  << "未策定";
    QTest::newRow("negative beds") << "予定病床数：急性期"
                                   << "-5"
                                   << "-5";
    QTest::newRow("fractional beds") << "予定病床数：回復期"
                                     << "12.5"
                                     << "12.5";
    QTest::newRow("impossible beds") << "予定病床数：慢性期"
                                     << "25000"
                                     << "25000";
    QTest::newRow("beds as words") << "予定病床数：急性期"
                                   << "約百床"
                                   << "約百床";
    QTest::newRow("impossible date") << "合意日"
                                     << "令和6年2月30日"
                                     << "令和6年2月30日";
    QTest::newRow("date in another form") << "策定日"
                                          << "March 2024"
                                          << "March 2024";
    QTest::newRow("date in the future") << "合意日"
                                        << "2030/1/1"
                                        << "2030";
    QTest::newRow("era out of range") << "策定日"
                                      << "令和1年4月1日"
                                      << "令和1年4月1日";
    QTest::newRow("owner group") << "設置主体区分"
                                 << "国立"
                                 << "国立";
    QTest::newRow("re-verification flag") << "再検証対象"
                                          << "たぶん"
                                          << "たぶん";
    QTest::newRow("target year") << "目標年"
                                 << "1990"
                                 << "1990";
    QTest::newRow("plan") << "対応方針とするプラン"
                          << "独自プラン"
                          << "独自プラン";
}

void TestPolicySheet::badCellsAreReportedWithLineAndColumn()
{
    QFETCH(QString, header);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Table t = exported();
    const int row = rowOf(t, m_ids.c);
    t.rows[row][column(t, header)] = text;
    const PolicySheetPreview p = readBack(t);
    QCOMPARE(p.errors.size(), 1);
    const PolicySheetIssue &issue = p.errors.first();
    QCOMPARE(issue.line, row + 2); // header on line 1
    QCOMPARE(issue.column, header);
    QVERIFY2(issue.message.contains(expected), qPrintable(issue.message));
    QVERIFY(issue.text().contains(QString::number(row + 2)));
    QVERIFY(p.changes.isEmpty());
}

void TestPolicySheet::oneBadRowMeansNothingIsApplied()
{
    Table t = exported();
    t.rows[rowOf(t, m_ids.b)][column(t, QStringLiteral("対応方針の状況"))]
        = QStringLiteral("措置済");
    t.rows[rowOf(t, m_ids.c)][column(t, QStringLiteral("対応方針の状況"))]
        = QStringLiteral("検証済");
    // An unknown hospital, and the same hospital twice.
    QVector<QVariant> unknown = t.rows.at(rowOf(t, m_ids.d));
    unknown[0] = 9999;
    t.rows << unknown;
    QVector<QVariant> twice = t.rows.at(rowOf(t, m_ids.e));
    t.rows << twice;
    const PolicySheetPreview p = readBack(t);
    QCOMPARE(p.errors.size(), 2);
    QCOMPARE(p.errors.at(0).line, 7);
    QCOMPARE(p.errors.at(0).column, QStringLiteral("管理番号"));
    QVERIFY(p.errors.at(0).message.contains(QStringLiteral("9999")));
    QCOMPARE(p.errors.at(1).line, 8);
    QVERIFY(p.errors.at(1).message.contains(QStringLiteral("宇城市民病院")));
    QVERIFY(p.changes.isEmpty());
    QString error;
    QVERIFY(!PolicySheet::apply(*m_ds, p, &error));
    QCOMPARE(PolicyStore(*m_ds).policy(m_ids.b)->status, PolicyStatus::NotDrafted);
    QCOMPARE(PolicyStore(*m_ds).policy(m_ids.c)->status, PolicyStatus::NotDrafted);

    // A row whose id and name disagree (rows moved by hand) is refused too.
    Table moved = exported();
    moved.rows[rowOf(moved, m_ids.b)][column(moved, QStringLiteral("医療機関名"))]
        = QStringLiteral("別の病院");
    const PolicySheetPreview q = readBack(moved);
    QCOMPARE(q.errors.size(), 1);
    QCOMPARE(q.errors.first().column, QStringLiteral("医療機関名"));
}

void TestPolicySheet::rowsMatchByRegionNameAndMunicipality()
{
    // A sheet the hospitals made themselves: no id column, columns in another order, names
    // written with other widths and spaces, an extra column of their own.
    TableData data;
    data.fileName = QStringLiteral("hand-made.csv");
    data.rows = {
        { QStringLiteral("医療機関名"), QStringLiteral("構想区域コード"),
          QStringLiteral("所在市区町村"), QStringLiteral("担当者"),
          QStringLiteral("対応方針の状況") },
        { QStringLiteral("宇城市民 病院"), QStringLiteral("4302"), QStringLiteral("宇城市"),
          QStringLiteral("山田"), QStringLiteral("検証中") },
        { QStringLiteral("ｻﾝﾌﾟﾙ記念病院"), QStringLiteral("4301"), QString(), QString(),
          QStringLiteral("策定済") },
        { QString(), QString(), QString(), QString(), QString() }, // blank line: skipped
        { QStringLiteral("どこにもない病院"), QStringLiteral("4301"), QStringLiteral("熊本市"),
          QString(), QStringLiteral("策定中") },
    };
    data.lineNumbers = { 1, 2, 3, 4, 5 };
    const PolicySheetPreview p = PolicySheet::read(*m_ds, data);
    QCOMPARE(p.errors.size(), 1);
    QCOMPARE(p.errors.first().line, 5);
    QVERIFY(p.errors.first().message.contains(QStringLiteral("どこにもない病院")));

    data.rows.removeLast();
    data.lineNumbers.removeLast();
    const PolicySheetPreview ok = PolicySheet::read(*m_ds, data);
    QVERIFY(ok.ok());
    QCOMPARE(ok.rowsRead, 2);
    QCOMPARE(ok.changes.size(), 2);
    QCOMPARE(ok.changes.at(0).hospitalId, m_ids.e);
    QCOMPARE(ok.changes.at(1).hospitalId, m_ids.c);
}

void TestPolicySheet::excelCellsAsNumbers()
{
    // .xlsx cells: ids, region codes and beds as numbers, dates as Excel serials.
    TableData data;
    data.fileName = QStringLiteral("book.xlsx");
    data.rows = {
        { QStringLiteral("対応方針の状況（4302）"), QVariant(), QVariant(), QVariant() }, // a title
        { QStringLiteral("管理番号"), QStringLiteral("対応方針の状況"),
          QStringLiteral("予定病床数：急性期"), QStringLiteral("合意日") },
        { double(m_ids.e), QStringLiteral("合意済"), 110.0, 45382.0 }, // 45382 = 2024-03-31
    };
    data.lineNumbers = { 1, 3, 4 };
    const PolicySheetPreview p = PolicySheet::read(*m_ds, data);
    QVERIFY2(p.ok(), p.errors.isEmpty() ? "" : qPrintable(p.errors.first().text()));
    QMap<QString, QString> values;
    for (const auto &c : p.changes)
        values.insert(c.field, c.newValue);
    QCOMPARE(values.value(QStringLiteral("status")), QStringLiteral("agreed"));
    QCOMPARE(values.value(QStringLiteral("beds.Acute")), QStringLiteral("110"));
    QCOMPARE(values.value(QStringLiteral("agreed_on")), QStringLiteral("2024-03-31"));

    data.rows[2][2] = 110.5;
    const PolicySheetPreview bad = PolicySheet::read(*m_ds, data);
    QCOMPARE(bad.errors.size(), 1);
    QCOMPARE(bad.errors.first().line, 4);
    QCOMPARE(bad.errors.first().column, QStringLiteral("予定病床数：急性期"));
}

void TestPolicySheet::agreementDateLinksTheMeetingOfThatDay()
{
    QUndoStack stack;
    CouncilActions actions(m_ds, &stack);
    QString error;
    const qint64 council
        = actions.addCouncil({ 0, QStringLiteral("43"), QStringLiteral("4301"),
                               QStringLiteral("熊本・上益城地域医療構想調整会議"), QString() },
                             &error);
    CouncilMeeting m;
    m.councilId = council;
    m.number = 3;
    m.heldOn = QDate(2024, 2, 20);
    const qint64 meeting = actions.addMeeting(m, &error);
    QVERIFY(meeting > 0);

    Table t = exported();
    t.rows[rowOf(t, m_ids.b)][column(t, QStringLiteral("合意日"))] = QStringLiteral("R6.2.20");
    t.rows[rowOf(t, m_ids.b)][column(t, QStringLiteral("対応方針の状況"))]
        = QStringLiteral("合意済");
    PolicySheetPreview p = readBack(t);
    QVERIFY(p.ok());
    QVERIFY(PolicySheet::apply(*m_ds, p, &error));
    QCOMPARE(PolicyStore(*m_ds).policy(m_ids.b)->agreedMeetingId.value_or(0), meeting);
    // The export names the meeting.
    const Table again = exported();
    QVERIFY(again.rows.at(rowOf(again, m_ids.b))
                .at(column(again, QStringLiteral("合意した調整会議")))
                .toString()
                .contains(QStringLiteral("熊本・上益城")));
}

void TestPolicySheet::importIsOneUndoStep()
{
    Table t = exported();
    for (qint64 id : { m_ids.b, m_ids.c, m_ids.d })
        t.rows[rowOf(t, id)][column(t, QStringLiteral("対応方針の状況"))]
            = QStringLiteral("策定済");
    const PolicySheetPreview p = readBack(t);
    QVERIFY(p.ok());
    QUndoStack stack;
    stack.push(PolicySheet::makeCommand(*m_ds, p).release());
    QCOMPARE(stack.count(), 1);
    PolicyStore store(*m_ds);
    for (qint64 id : { m_ids.b, m_ids.c, m_ids.d })
        QCOMPARE(store.policy(id)->status, PolicyStatus::Drafted);
    stack.undo();
    for (qint64 id : { m_ids.b, m_ids.c, m_ids.d })
        QCOMPARE(store.policy(id)->status, PolicyStatus::NotDrafted);
}

void TestPolicySheet::xlsxRoundTrip()
{
    const QString path = m_dir->filePath(QStringLiteral("policies.xlsx"));
    QString error;
    QVERIFY2(PolicySheet::write(*m_ds, QStringLiteral("43"), path, &error), qPrintable(error));
    TableData data;
    QVERIFY2(TableReader::read(path, &data, &error), qPrintable(error));
    const PolicySheetPreview p = PolicySheet::read(*m_ds, data);
    QVERIFY2(p.ok(), p.errors.isEmpty() ? "" : qPrintable(p.errors.first().text()));
    QCOMPARE(p.rowsRead, 5);
    QVERIFY(p.changes.isEmpty());

    // Filled in Excel: a date cell, a number cell and a status word.
    Table t = exported();
    const int e = rowOf(t, m_ids.e);
    t.rows[e][column(t, QStringLiteral("合意日"))] = QDate(2024, 3, 31);
    t.rows[e][column(t, QStringLiteral("予定病床数：回復期"))] = 75;
    t.rows[e][column(t, QStringLiteral("対応方針の状況"))] = QStringLiteral("合意済");
    const QString filled = m_dir->filePath(QStringLiteral("filled.xlsx"));
    QVERIFY(TableWriter::writeXlsx({ t, PolicySheet::instructionsTable(*m_ds) }, filled, &error));
    const PolicySheetPreview q = PolicySheet::readFile(*m_ds, filled);
    QVERIFY2(q.ok(), q.errors.isEmpty() ? "" : qPrintable(q.errors.first().text()));
    QMap<QString, QString> values;
    for (const auto &c : q.changes)
        values.insert(c.field, c.newValue);
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.value(QStringLiteral("agreed_on")), QStringLiteral("2024-03-31"));
    QCOMPARE(values.value(QStringLiteral("beds.Recovery")), QStringLiteral("75"));
    QCOMPARE(values.value(QStringLiteral("status")), QStringLiteral("agreed"));
}

void TestPolicySheet::foreignFileIsRefused()
{
    TableData data;
    data.fileName = QStringLiteral("other.csv");
    data.rows = { { QStringLiteral("年"), QStringLiteral("人口") },
                  { QStringLiteral("2024"), QStringLiteral("100") } };
    data.lineNumbers = { 1, 2 };
    const PolicySheetPreview p = PolicySheet::read(*m_ds, data);
    QCOMPARE(p.errors.size(), 1);
    QVERIFY(p.errors.first().message.contains(QStringLiteral("other.csv")));
    const PolicySheetPreview missing
        = PolicySheet::readFile(*m_ds, m_dir->filePath(QStringLiteral("none.csv")));
    QCOMPARE(missing.errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestPolicySheet)
#include "tst_policysheet.moc"
