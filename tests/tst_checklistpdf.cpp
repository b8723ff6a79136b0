#include "ChecklistTestSupport.h"

#include "checklist/AssessmentComparison.h"
#include "checklist/ChecklistDemo.h"
#include "checklist/ChecklistStore.h"
#include "report/ChecklistComparisonReport.h"
#include "report/ChecklistForm.h"
#include "storage/Dataset.h"
#include "util/Localization.h"

#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

class TestChecklistPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filledFormHasThreePages();
    void everyItemTextIsExtractable();
    void dateIsInJapaneseEra();
    void answersShowBothChoices();
    void headerRowOnEveryPage();
    void rowsAreNeverSplit();
    void footerHasPageNumberAndTemplate();
    void cjkFontIsEmbedded();
    void blankFormHasNoAnswers();
    void comparisonPrints();
    void tallRowIsCutNotLost();

private:
    QString writeForm(const PagedTableReport &report, const QString &name, int *pages = nullptr);

    QTemporaryDir *m_dir = nullptr;
    Dataset *m_dataset = nullptr;
    std::optional<Assessment> m_lastYear;
    std::optional<Assessment> m_thisYear;
    QString m_prefecture;
};

void TestChecklistPdf::initTestCase()
{
    if (!KosoTest::hasTool(QStringLiteral("pdftotext"))
        || !KosoTest::hasTool(QStringLiteral("pdffonts"))
        || !KosoTest::hasTool(QStringLiteral("pdfinfo")))
        QSKIP("poppler-utils (pdftotext, pdffonts, pdfinfo) are not installed");
    // The printed form is in the office's language.
    QVERIFY(Localization::install(QCoreApplication::instance(), QStringLiteral("ja")));
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

QString TestChecklistPdf::writeForm(const PagedTableReport &report, const QString &name, int *pages)
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
    if (!qEnvironmentVariableIsEmpty("KOSO_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("KOSO_KEEP_PDF") + QLatin1Char('/') + name);
    return path;
}

void TestChecklistPdf::filledFormHasThreePages()
{
    int pages = 0;
    const QString path = writeForm(ChecklistForm::forAssessment(*m_thisYear, m_prefecture),
                                   QStringLiteral("form.pdf"), &pages);
    QVERIFY(!path.isEmpty());
    QCOMPARE(KosoTest::pdfPageCount(path), pages);
    qDebug() << pages;
}

void TestChecklistPdf::everyItemTextIsExtractable() { }
void TestChecklistPdf::dateIsInJapaneseEra() { }
void TestChecklistPdf::answersShowBothChoices() { }
void TestChecklistPdf::headerRowOnEveryPage() { }
void TestChecklistPdf::rowsAreNeverSplit() { }
void TestChecklistPdf::footerHasPageNumberAndTemplate() { }
void TestChecklistPdf::cjkFontIsEmbedded() { }
void TestChecklistPdf::blankFormHasNoAnswers()
{
    int pages = 0;
    const QString path
        = writeForm(ChecklistForm::blank(m_thisYear->checklistTemplate, m_prefecture),
                    QStringLiteral("blank.pdf"), &pages);
    qDebug() << pages;
}
void TestChecklistPdf::comparisonPrints()
{
    int pages = 0;
    const QString path
        = writeForm(ChecklistComparisonReport::build(AssessmentComparison(*m_lastYear, *m_thisYear),
                                                     m_prefecture),
                    QStringLiteral("compare.pdf"), &pages);
    qDebug() << pages;
}
void TestChecklistPdf::tallRowIsCutNotLost() { }

QTEST_MAIN(TestChecklistPdf)
#include "tst_checklistpdf.moc"
