#include "ChecklistTestSupport.h"
#include "RequiredData.h"

#include "checklist/AssessmentComparison.h"
#include "checklist/AssessmentSummary.h"
#include "checklist/ChecklistDemo.h"
#include "checklist/ChecklistStore.h"
#include "report/ChecklistComparisonReport.h"
#include "report/ChecklistForm.h"
#include "storage/Dataset.h"
#include "util/Localization.h"
#include "util/PdfUnicodeFix.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

// The printed checklist read back with poppler: what an official sees, searches and copies.
class TestChecklistPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filledFormTakesTwoPages();
    void pagesBreakOnlyWhenTheNextRowDoesNotFit();
    void everyItemTextIsExtractable();
    void dateIsInJapaneseEra();
    void answersShowBothChoicesWithTheChosenOneMarked();
    void headerRowOnEveryPage();
    void rowsAreNeverSplitAcrossPages();
    void footerHasPageNumberAndTemplateVersion();
    void cjkFontIsEmbedded();
    void copiedTextHasIdeographsNotRadicals();
    void blankFormHasNoAnswersAndAnEmptyDate();
    void comparisonMarksChangedAnswers();
    void rowTallerThanAPageIsCutNotLost();

private:
    QString writePdf(const PagedTableReport &report, const QString &name, int *pages = nullptr);
    QString formPdf(int *pages = nullptr);

    QTemporaryDir *m_dir = nullptr;
    Dataset *m_dataset = nullptr;
    std::optional<Assessment> m_lastYear;
    std::optional<Assessment> m_thisYear;
    QString m_prefecture;
};

void TestChecklistPdf::initTestCase()
{
    KOSO_REQUIRE(KosoTest::hasTool(QStringLiteral("pdftotext"))
                     && KosoTest::hasTool(QStringLiteral("pdffonts"))
                     && KosoTest::hasTool(QStringLiteral("pdfinfo")),
                 "poppler-utils (pdftotext, pdffonts, pdfinfo) are not installed");
    // The form is printed in the office's language.
    QVERIFY(Localization::install(QCoreApplication::instance(), QStringLiteral("ja")));
    QCOMPARE(ChecklistEntry::answerLabel(ChecklistAnswer::Yes), QStringLiteral("はい"));
}

void TestChecklistPdf::init()
{
    m_dir = new QTemporaryDir;
    m_dataset = new Dataset;
    QString error;
    QVERIFY2(
        KosoTest::createDataset(*m_dataset, m_dir->filePath(QStringLiteral("demo.koso")), &error),
        qPrintable(error));
    qint64 last = 0;
    qint64 current = 0;
    QVERIFY2(ChecklistDemo::populate(m_dataset, 2024, &error, &last, &current), qPrintable(error));
    ChecklistStore store(m_dataset);
    m_lastYear = store.loadAssessment(last, &error);
    m_thisYear = store.loadAssessment(current, &error);
    QVERIFY(m_lastYear && m_thisYear);
    m_prefecture = store.prefectureName();
}

void TestChecklistPdf::cleanup()
{
    delete m_dataset;
    m_dataset = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

QString TestChecklistPdf::writePdf(const PagedTableReport &report, const QString &name, int *pages)
{
    const QString path = m_dir->filePath(name);
    QString error;
    int count = 0;
    if (!report.writePdf(path, &error, &count)) {
        qWarning() << error;
        return QString();
    }
    if (pages)
        *pages = count;
    return path;
}

QString TestChecklistPdf::formPdf(int *pages)
{
    return writePdf(ChecklistForm::forAssessment(*m_thisYear, m_prefecture),
                    QStringLiteral("form.pdf"), pages);
}

void TestChecklistPdf::filledFormTakesTwoPages()
{
    // With 9 pt text in the 78 mm item column and 47 mm remarks column, the demo's 31 rows are
    // 2–4 lines high: rows 1–15 fit under the title on page 1, rows 16–31 on page 2.
    int pages = 0;
    const QString path = formPdf(&pages);
    QVERIFY(!path.isEmpty());
    QCOMPARE(pages, 2);
    QCOMPARE(KosoTest::pdfPageCount(path), 2);
    const QString first = KosoTest::compact(KosoTest::pdfText(path, 1));
    const QString second = KosoTest::compact(KosoTest::pdfText(path, 2));
    const ChecklistTemplate &t = m_thisYear->checklistTemplate;
    QVERIFY(first.contains(KosoTest::compact(t.itemByNumber(15)->textWithBasis())));
    QVERIFY(second.contains(KosoTest::compact(t.itemByNumber(16)->textWithBasis())));
}

void TestChecklistPdf::pagesBreakOnlyWhenTheNextRowDoesNotFit()
{
    const PagedTableReport report = ChecklistForm::forAssessment(*m_thisYear, m_prefecture);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    writer.setPageLayout(report.pageLayout());
    const QVector<PagedTableReport::Placement> placements = report.layout(&writer);
    const qreal body = report.bodyHeight(&writer);
    QVERIFY(body > 0);
    int rows = 0;
    for (int i = 0; i < placements.size(); ++i) {
        const PagedTableReport::Placement &p = placements.at(i);
        QVERIFY(!p.clipped);
        QVERIFY(p.top + p.height <= body + 0.5);
        if (p.row >= 0)
            ++rows;
        if (i + 1 < placements.size() && placements.at(i + 1).page != p.page) {
            // The next page starts with the header, then the row that did not fit here.
            const PagedTableReport::Placement &header = placements.at(i + 1);
            QCOMPARE(header.row, -1);
            QVERIFY(i + 2 < placements.size());
            QVERIFY(p.top + p.height + placements.at(i + 2).height > body);
        }
    }
    QCOMPARE(rows, 31);
    QCOMPARE(report.pageCount(&writer), 2);
}

void TestChecklistPdf::everyItemTextIsExtractable()
{
    const QString text = KosoTest::compact(KosoTest::pdfText(formPdf()));
    QVERIFY(!text.isEmpty());
    for (const ChecklistItem &item : m_thisYear->checklistTemplate.items) {
        QVERIFY2(text.contains(KosoTest::compact(item.textWithBasis())),
                 qPrintable(QStringLiteral("No. %1 missing").arg(item.number)));
        const ChecklistEntry e = m_thisYear->entry(item.id);
        QVERIFY2(text.contains(KosoTest::compact(e.remarks)), qPrintable(e.remarks));
    }
    QVERIFY(text.contains(QStringLiteral("都道府県等の取組に関するチェックリスト")));
    QVERIFY(text.contains(QStringLiteral("都道府県名：サンプル県")));
    QVERIFY(text.contains(QStringLiteral("担当：感染症対策課")));
}

void TestChecklistPdf::dateIsInJapaneseEra()
{
    const QString text = KosoTest::pdfText(formPdf(), 1);
    QVERIFY2(text.contains(QStringLiteral("記入日：令和6年6月11日")), qPrintable(text.left(300)));
    QVERIFY(!text.contains(QLatin1String("2024")));
}

void TestChecklistPdf::answersShowBothChoicesWithTheChosenOneMarked()
{
    const QString text = KosoTest::compact(KosoTest::pdfText(formPdf()));
    const AssessmentSummary::Counts c = AssessmentSummary(*m_thisYear).total();
    QCOMPARE(c.yes + c.no + c.notApplicable, 31);
    QCOMPARE(text.count(QStringLiteral("■はい□いいえ")), c.yes);
    QCOMPARE(text.count(QStringLiteral("□はい■いいえ")), c.no);
    QCOMPARE(text.count(QStringLiteral("□はい□いいえ■該当なし")), c.notApplicable);
    QCOMPARE(c.notApplicable, 1);
    QCOMPARE(text.count(QStringLiteral("■")), 31);
}

void TestChecklistPdf::headerRowOnEveryPage()
{
    for (const QString &path :
         { formPdf(),
           writePdf(ChecklistForm::blank(m_thisYear->checklistTemplate, m_prefecture),
                    QStringLiteral("blank.pdf")) }) {
        const int pages = KosoTest::pdfPageCount(path);
        QVERIFY(pages >= 2);
        for (int p = 1; p <= pages; ++p) {
            const QString text = KosoTest::compact(KosoTest::pdfText(path, p));
            QVERIFY2(text.contains(QStringLiteral("No.ジャンル項目一覧回答備考")),
                     qPrintable(QStringLiteral("page %1: %2").arg(p).arg(text.left(80))));
        }
        // The title is printed once, on the first page.
        QVERIFY(KosoTest::pdfText(path, 2).indexOf(QStringLiteral("取組に関するチェックリスト"))
                < 0);
    }
}

void TestChecklistPdf::rowsAreNeverSplitAcrossPages()
{
    const QString path = formPdf();
    const int pages = KosoTest::pdfPageCount(path);
    QStringList pageTexts;
    for (int p = 1; p <= pages; ++p)
        pageTexts << KosoTest::compact(KosoTest::pdfText(path, p));
    QVERIFY(pages >= 2);
    QCOMPARE(m_thisYear->checklistTemplate.items.size(), 31);
    for (const ChecklistItem &item : m_thisYear->checklistTemplate.items) {
        const ChecklistEntry e = m_thisYear->entry(item.id);
        // Item text, remarks and section of a row are whole on exactly one page.
        int found = 0;
        for (const QString &page : std::as_const(pageTexts)) {
            if (page.contains(KosoTest::compact(item.textWithBasis()))
                && page.contains(KosoTest::compact(e.remarks))
                && page.contains(QStringLiteral("担当：") + e.section))
                ++found;
        }
        QVERIFY2(found == 1,
                 qPrintable(QStringLiteral("No. %1 on %2 pages").arg(item.number).arg(found)));
    }
}

void TestChecklistPdf::footerHasPageNumberAndTemplateVersion()
{
    const QString path = formPdf();
    for (int p = 1; p <= 2; ++p) {
        const QString text = KosoTest::pdfText(path, p);
        QVERIFY(text.contains(QStringLiteral("%1 / 2").arg(p)));
        QVERIFY(text.contains(QStringLiteral("標準テンプレート 第1版")));
        QVERIFY(text.contains(QStringLiteral("令和6年度")));
    }
}

void TestChecklistPdf::cjkFontIsEmbedded()
{
    const QString fonts = KosoTest::run(QStringLiteral("pdffonts"), { formPdf() });
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    bool cjk = false;
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type... enc emb sub uni id gen: "emb" is the 5th field from the end.
        QVERIFY2(f.size() >= 6 && f.at(f.size() - 5) == QLatin1String("yes"), qPrintable(line));
        cjk = cjk || line.startsWith(QLatin1String("NotoSansCJKjp"));
    }
    QVERIFY2(cjk, qPrintable(fonts));
}

void TestChecklistPdf::copiedTextHasIdeographsNotRadicals()
{
    // 月, 日, 大, 長 share glyphs with Kangxi radicals in Noto Sans CJK.
    const QString text = KosoTest::pdfText(formPdf());
    static const QRegularExpression radicals(
        QStringLiteral("[\\x{2027}\\x{2E80}-\\x{2FDF}\\x{31C0}-\\x{31EF}]"));
    QVERIFY2(!text.contains(radicals), qPrintable(text.mid(text.indexOf(radicals) - 10, 20)));
    QVERIFY(text.contains(QStringLiteral("大学等と連携")));
    QVERIFY(text.contains(QStringLiteral("長寿介護課")));
    QVERIFY(text.contains(QStringLiteral("構想区域別・医療機関別"))); // not ‧ (U+2027)
    const QHash<ushort, ushort> map = PdfUnicodeFix::sharedGlyphMap(
        PagedTableReport::defaultFontFamily(), QStringLiteral("月日・"));
    QCOMPARE(map.value(0x2F49), ushort(0x6708));
    QCOMPARE(map.value(0x2F47), ushort(0x65E5));
    QCOMPARE(map.value(0x2027), ushort(0x30FB));
}

void TestChecklistPdf::blankFormHasNoAnswersAndAnEmptyDate()
{
    int pages = 0;
    const QString path = writePdf(ChecklistForm::blank(m_thisYear->checklistTemplate, m_prefecture),
                                  QStringLiteral("blank.pdf"), &pages);
    // Without remarks the rows are 2–3 lines: still two pages.
    QCOMPARE(pages, 2);
    QCOMPARE(KosoTest::pdfPageCount(path), 2);
    const QString text = KosoTest::compact(KosoTest::pdfText(path));
    QVERIFY(!text.contains(QStringLiteral("■")));
    QCOMPARE(text.count(QStringLiteral("□はい□いいえ")), 31);
    QVERIFY(!text.contains(QStringLiteral("該当なし")));
    QVERIFY(text.contains(QStringLiteral("記入日：令和年月日")));
    QVERIFY(!text.contains(QStringLiteral("担当：")));
    for (const ChecklistItem &item : m_thisYear->checklistTemplate.items)
        QVERIFY(text.contains(KosoTest::compact(item.textWithBasis())));
}

void TestChecklistPdf::comparisonMarksChangedAnswers()
{
    const AssessmentComparison comparison(*m_lastYear, *m_thisYear);
    int pages = 0;
    const QString path = writePdf(ChecklistComparisonReport::build(comparison, m_prefecture),
                                  QStringLiteral("compare.pdf"), &pages);
    QVERIFY(pages >= 2);
    QCOMPARE(KosoTest::pdfPageCount(path), pages);
    const QString text = KosoTest::compact(KosoTest::pdfText(path));
    QVERIFY(text.contains(QStringLiteral("令和5年6月12日")));
    QVERIFY(text.contains(QStringLiteral("令和6年6月11日")));
    QVERIFY(text.contains(KosoTest::compact(comparison.changeSummary())));
    QCOMPARE(text.count(QStringLiteral("はい以外に変更")), 0);
    // 7 answers became はい (the marks in the 変化 column) and one changed otherwise (No. 23).
    QCOMPARE(text.count(QStringLiteral("はいに変更")), 7);
    QVERIFY(text.contains(QStringLiteral("ジャンル別の集計")));
    // 合計: はい 17 of 28 applicable last year, 24 of 30 this year (+7).
    QVERIFY2(text.contains(QStringLiteral("合計17/28024/300+7")), qPrintable(text.right(200)));
    for (int p = 1; p <= pages; ++p)
        QVERIFY(KosoTest::pdfText(path, p).contains(QStringLiteral("%1 / %2").arg(p).arg(pages)));
}

void TestChecklistPdf::rowTallerThanAPageIsCutNotLost()
{
    Assessment a = *m_thisYear;
    const ChecklistItem &item = *a.checklistTemplate.itemByNumber(3);
    a.entries[item.id].remarks = QString(QStringLiteral("長い備考の例です。")).repeated(400);
    const PagedTableReport report = ChecklistForm::forAssessment(a, m_prefecture);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(report.pageLayout());
    const QVector<PagedTableReport::Placement> placements = report.layout(&writer);
    int clipped = 0;
    for (int i = 0; i < placements.size(); ++i) {
        const PagedTableReport::Placement &p = placements.at(i);
        if (p.clipped) {
            ++clipped;
            QCOMPARE(p.row, 2);
            QCOMPARE(placements.at(i - 1).row, -1); // alone under a header
        }
    }
    QCOMPARE(clipped, 1);
    int pages = 0;
    const QString path = writePdf(report, QStringLiteral("long.pdf"), &pages);
    QCOMPARE(KosoTest::pdfPageCount(path), pages);
    // Every other row is still printed whole.
    const QString text = KosoTest::compact(KosoTest::pdfText(path));
    for (const ChecklistItem &it : a.checklistTemplate.items)
        QVERIFY(text.contains(KosoTest::compact(it.textWithBasis())));
}

QTEST_MAIN(TestChecklistPdf)
#include "tst_checklistpdf.moc"
