// The import as the GUI runs it (offscreen): edition question only when needed, worker thread
// with progress and cancel, summary dialog with "Save as text…" and rename confirmation,
// errors shown and nothing written.

#include "MhlwWorkbooks.h"
#include "mhlw/EditionLabel.h"
#include "mhlw/ImportController.h"
#include "mhlw/ImportSummaryDialog.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Koso;
using namespace MhlwWorkbooks;

namespace {

Area area(int code, const QString &name, int seed)
{
    Area a;
    a.prefectureCode = QStringLiteral("43");
    a.prefectureName = QStringLiteral("熊本県");
    a.regionCode = code;
    a.regionName = name;
    a.populationMan = 5 + seed;
    a.areaKm2 = 100 + seed;
    for (int y : { 2015, 2023, 2024 })
        a.reported.insert(y, { seed, seed * 10 + y - 2015, seed * 5, seed * 7 });
    a.planned = { seed, seed * 9, seed * 6, seed * 7 };
    a.required = { seed, seed * 8, seed * 7, seed * 6 };
    return a;
}

RegionSheet sheet(int code, const QString &name, int facilities, int renamed = -1)
{
    RegionSheet s;
    s.regionCode = code;
    s.prefectureName = QStringLiteral("熊本県");
    s.regionName = name;
    s.populationMan = 10;
    s.areaKm2 = 200;
    for (int i = 0; i < facilities; ++i) {
        Facility f;
        f.name = i == renamed ? QStringLiteral("社会医療法人 光会 第%1病院").arg(i)
                              : QStringLiteral("医療法人 光会 第%1病院").arg(i);
        f.municipality = QStringLiteral("熊本市");
        const int beds = 200 - i;
        f.beds = { beds, 0, beds, 0, 0, 0 };
        f.doctorsFull = 3;
        f.doctorsPart = 1;
        f.volumes = { 10, 1, 0, 5 };
        f.stay = { QStringLiteral("-"), 12.5, QStringLiteral("-"), QStringLiteral("-") };
        s.facilities << f;
    }
    s.required = { 1, 2, 3, 4 };
    s.flowText.clear();
    return s;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsAndShowsTheSummary();
    void asksForTheEditionOnlyWhenNeeded();
    void declinedEditionImportsNothing();
    void badFileShowsTheErrorAndWritesNothing();
    void cancelRollsBack();
    void confirmsRenamedFacilities();
    void dropsTakeXlsxFilesOnly();
    void importsHospitalLocations();
    void oneCallEntryPoint();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool waitFinished(ImportController &controller, bool *committed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dataset> m_dataset;
    std::unique_ptr<QWidget> m_window;
};

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dataset = std::make_unique<Dataset>();
    QString error;
    QVERIFY2(m_dataset->create(path(QStringLiteral("gui.koso")), QStringLiteral("43"), &error),
             qPrintable(error));
    m_window = std::make_unique<QWidget>();
    m_window->show();
}

void TestImportDialog::cleanup()
{
    m_window.reset();
    m_dataset.reset();
    m_dir.reset();
}

bool TestImportDialog::waitFinished(ImportController &controller, bool *committed)
{
    QSignalSpy spy(&controller, &ImportController::finished);
    if (!spy.wait(60000))
        return false;
    *committed = spy.first().first().toBool();
    return true;
}

void TestImportDialog::importsAndShowsTheSummary()
{
    BedBook book;
    book.areas
        = { area(4301, QStringLiteral("熊本・上益城"), 7), area(4302, QStringLiteral("宇城"), 2) };
    QVERIFY(TestWorkbook::write(path(QStringLiteral("region.xlsx")), { bedSheet(book) }));

    ImportController controller(*m_dataset, m_window.get());
    controller.setEditionChooser(
        [](const QStringList &, const QStringList &) { return QStringLiteral("令和6年度"); });
    QSignalSpy changed(m_dataset.get(), &Dataset::changed);
    QSignalSpy finished(&controller, &ImportController::finished);
    controller.importFiles({ path(QStringLiteral("region.xlsx")) });
    QVERIFY(controller.isRunning());
    QVERIFY(controller.progressDialog());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!controller.isRunning());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(GeographyStore(*m_dataset).regions(QStringLiteral("43")).size(), 2);

    ImportSummaryDialog *dialog = controller.summaryDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->summary().files.size(), 1);
    QVERIFY(dialog->tabs()->count() >= 4);
    auto *files = qobject_cast<QListWidget *>(dialog->tabs()->widget(0));
    QVERIFY(files);
    QVERIFY(files->item(0)->text().contains(QStringLiteral("region.xlsx")));

    const QString saved = path(QStringLiteral("summary.txt"));
    QVERIFY(dialog->saveAsText(saved));
    QFile f(saved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("region.xlsx")));
    QVERIFY(text.contains(QStringLiteral("令和6年度")));
    dialog->close();
}

void TestImportDialog::asksForTheEditionOnlyWhenNeeded()
{
    BedBook stated;
    stated.title = QStringLiteral("令和7年度 都道府県別・構想区域別の病床数の必要量等");
    stated.areas = { area(4301, QStringLiteral("熊本・上益城"), 7) };
    BedBook unstated;
    unstated.areas = { area(4302, QStringLiteral("宇城"), 2) };
    QVERIFY(TestWorkbook::write(path(QStringLiteral("stated.xlsx")), { bedSheet(stated) }));
    QVERIFY(TestWorkbook::write(path(QStringLiteral("unstated.xlsx")), { bedSheet(unstated) }));

    ImportController controller(*m_dataset, m_window.get());
    QStringList askedFor;
    QStringList suggested;
    controller.setEditionChooser([&](const QStringList &files, const QStringList &suggestions) {
        askedFor = files;
        suggested = suggestions;
        return QStringLiteral("R6");
    });
    controller.importFiles({ path(QStringLiteral("stated.xlsx")) });
    bool committed = false;
    QVERIFY(waitFinished(controller, &committed));
    QVERIFY(committed);
    QVERIFY(askedFor.isEmpty());

    controller.importFiles(
        { path(QStringLiteral("unstated.xlsx")), path(QStringLiteral("stated.xlsx")) });
    QVERIFY(waitFinished(controller, &committed));
    QVERIFY(committed);
    QCOMPARE(askedFor, QStringList { path(QStringLiteral("unstated.xlsx")) });
    QVERIFY(suggested.contains(QStringLiteral("令和7年度"))); // the dataset's editions come first
    // The edition the workbook's own years imply (2024 実績 → 令和6年度) is preselected and why
    // is said; the editions are listed newest first.
    const ImportController::EditionQuestion &question = controller.lastEditionQuestion();
    QCOMPARE(question.editions, suggested);
    QCOMPARE(question.editions.value(question.current), QStringLiteral("令和6年度"));
    QVERIFY2(question.reason.contains(QStringLiteral("2024"))
                 && question.reason.contains(QStringLiteral("unstated.xlsx")),
             qPrintable(question.reason));
    for (int i = 1; i < question.editions.size(); ++i)
        QVERIFY(EditionLabel::parse(question.editions.at(i - 1)).fiscalYear
                > EditionLabel::parse(question.editions.at(i)).fiscalYear);
    FigureStore figures(*m_dataset);
    QVERIFY(figures.edition(QStringLiteral("令和6年度")));
    QVERIFY(figures.edition(QStringLiteral("令和7年度")));
}

void TestImportDialog::declinedEditionImportsNothing()
{
    BedBook book;
    book.areas = { area(4301, QStringLiteral("熊本・上益城"), 7) };
    QVERIFY(TestWorkbook::write(path(QStringLiteral("region.xlsx")), { bedSheet(book) }));
    ImportController controller(*m_dataset, m_window.get());
    controller.setEditionChooser(
        [](const QStringList &, const QStringList &) { return QString(); });
    QSignalSpy finished(&controller, &ImportController::finished);
    controller.importFiles({ path(QStringLiteral("region.xlsx")) });
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!controller.isRunning());
    QVERIFY(FigureStore(*m_dataset).importRecords().isEmpty());
}

void TestImportDialog::badFileShowsTheErrorAndWritesNothing()
{
    QFile csv(path(QStringLiteral("beds.xlsx")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("region,beds\n4301,11819\n");
    csv.close();
    BedBook book;
    book.areas = { area(4301, QStringLiteral("熊本・上益城"), 7) };
    book.leaveOut = QStringLiteral("慢性期");
    QVERIFY(TestWorkbook::write(path(QStringLiteral("layout.xlsx")), { bedSheet(book) }));

    ImportController controller(*m_dataset, m_window.get());
    controller.setEditionChooser(
        [](const QStringList &, const QStringList &) { return QStringLiteral("R6"); });
    QSignalSpy finished(&controller, &ImportController::finished);
    controller.importFiles({ path(QStringLiteral("beds.xlsx")) });
    QCOMPARE(finished.size(), 1); // refused before any thread starts
    QVERIFY(controller.messageBox());
    QTRY_VERIFY(controller.messageBox()->isVisible());
    QVERIFY2(controller.messageBox()->informativeText().contains(QStringLiteral("beds.xlsx")),
             qPrintable(controller.messageBox()->informativeText()));
    controller.messageBox()->close();

    bool committed = true;
    controller.importFiles({ path(QStringLiteral("layout.xlsx")) });
    QVERIFY(waitFinished(controller, &committed));
    QVERIFY(!committed);
    QVERIFY2(controller.lastError().contains(QStringLiteral("慢性期")),
             qPrintable(controller.lastError()));
    QVERIFY(controller.messageBox());
    QVERIFY(FigureStore(*m_dataset).importRecords().isEmpty());
    QVERIFY(GeographyStore(*m_dataset).regions().isEmpty());
}

void TestImportDialog::cancelRollsBack()
{
    HospitalBook book;
    for (int r = 0; r < 40; ++r)
        book.sheets << sheet(4301 + r, QStringLiteral("区域%1").arg(r), 150);
    QVERIFY(writeHospitalBook(path(QStringLiteral("many.xlsx")), book));

    ImportController controller(*m_dataset, m_window.get());
    controller.setEditionChooser(
        [](const QStringList &, const QStringList &) { return QStringLiteral("R6"); });
    QSignalSpy finished(&controller, &ImportController::finished);
    controller.importFiles({ path(QStringLiteral("many.xlsx")) });
    QVERIFY(controller.isRunning());
    // The user presses Cancel.
    QPushButton *cancel = controller.progressDialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(controller.messageBox());
    QVERIFY(controller.messageBox()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(!controller.summaryDialog());
    QVERIFY(FigureStore(*m_dataset).importRecords().isEmpty());
    QCOMPARE(HospitalStore(*m_dataset).count(), qint64(0));
}

void TestImportDialog::confirmsRenamedFacilities()
{
    HospitalBook r6;
    r6.sheets = { sheet(4301, QStringLiteral("熊本・上益城"), 5) };
    HospitalBook r7;
    r7.title = QStringLiteral(
        "令和7年度 構想区域別の医療機関の病床機能報告上の病床数、診療実績、医師数等");
    r7.sheets = { sheet(4301, QStringLiteral("熊本・上益城"), 5, 2) };
    QVERIFY(writeHospitalBook(path(QStringLiteral("r6.xlsx")), r6));
    QVERIFY(writeHospitalBook(path(QStringLiteral("r7.xlsx")), r7));
    ImportController controller(*m_dataset, m_window.get());
    controller.setEditionChooser(
        [](const QStringList &, const QStringList &) { return QStringLiteral("R6"); });
    bool committed = false;
    controller.importFiles({ path(QStringLiteral("r6.xlsx")) });
    QVERIFY(waitFinished(controller, &committed) && committed);
    controller.importFiles({ path(QStringLiteral("r7.xlsx")) });
    QVERIFY(waitFinished(controller, &committed) && committed);

    ImportSummaryDialog *dialog = controller.summaryDialog();
    QVERIFY(dialog && dialog->renameList());
    QCOMPARE(dialog->renameList()->count(), 1);
    const RenameCandidate candidate = dialog->summary().renameCandidates.first();
    QCOMPARE(candidate.before.name, QStringLiteral("医療法人 光会 第2病院"));
    QCOMPARE(candidate.after.name, QStringLiteral("社会医療法人 光会 第2病院"));
    dialog->renameList()->item(0)->setCheckState(Qt::Checked);
    QSignalSpy changed(m_dataset.get(), &Dataset::changed);
    QVERIFY(dialog->confirmCheckedRenames());
    QCOMPARE(changed.size(), 1);
    const auto before = HospitalStore(*m_dataset).hospital(candidate.before.hospitalId);
    QVERIFY(before);
    QCOMPARE(before->mergedInto.value_or(0), candidate.after.hospitalId);
    QVERIFY(!(dialog->renameList()->item(0)->flags() & Qt::ItemIsEnabled));
}

void TestImportDialog::dropsTakeXlsxFilesOnly()
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path(QStringLiteral("a.xlsx"))),
                   QUrl::fromLocalFile(path(QStringLiteral("B.XLSX"))),
                   QUrl::fromLocalFile(path(QStringLiteral("c.csv"))),
                   QUrl(QStringLiteral("https://www.mhlw.go.jp/content/001723349.xlsx")) });
    QCOMPARE(ImportController::xlsxFiles(&mime),
             QStringList({ path(QStringLiteral("a.xlsx")), path(QStringLiteral("B.XLSX")) }));
    QMimeData text;
    text.setText(QStringLiteral("a.xlsx"));
    QVERIFY(ImportController::xlsxFiles(&text).isEmpty());
}

// 医療情報ネット's CSV: recognised from its content, imported without asking for an edition,
// and the matches shown in their own tab, as plain text.
void TestImportDialog::importsHospitalLocations()
{
    QString error;
    {
        Transaction tx(m_dataset->database());
        Region r;
        r.code = QStringLiteral("4312");
        r.prefectureCode = QStringLiteral("43");
        r.name = QStringLiteral("熊本・上益城");
        QVERIFY(GeographyStore(*m_dataset).upsertRegion(r, &error));
        Hospital h;
        h.regionCode = r.code;
        h.name = QStringLiteral("医療法人社団<i>肥後</i>会 くまもと病院");
        h.municipality = QStringLiteral("熊本市中央区");
        QVERIFY(HospitalStore(*m_dataset).insert(h, &error) > 0);
        QVERIFY(tx.commit());
    }
    const QString csv = path(QStringLiteral("01-1_hospital_facility_info_20250601.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "\xEF\xBB\xBF\"ID\",\"正式名称\",\"機関区分\",\"都道府県コード\",\"市区町村コード\","
            "\"所在地\",\"所在地座標（緯度）\",\"所在地座標（経度）\",\"合計病床数\"\r\n"
            "\"1\",\"くまもと病院\",\"1\",\"43\",\"101\",\"熊本県熊本市中央区\",32.80,130.71,"
            "\"150\"\r\n");
    }
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(csv) });
    QCOMPARE(ImportController::xlsxFiles(&mime), QStringList { csv });

    ImportController controller(*m_dataset, m_window.get());
    bool asked = false;
    controller.setEditionChooser([&](const QStringList &, const QStringList &) {
        asked = true;
        return QStringLiteral("令和6年度");
    });
    controller.importFiles({ csv });
    bool committed = false;
    QVERIFY(waitFinished(controller, &committed));
    QVERIFY2(committed, qPrintable(controller.lastError()));
    QVERIFY(!asked);
    ImportSummaryDialog *dialog = controller.summaryDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->summary().files.first().fileName == QFileInfo(csv).fileName());
    auto *locations = dialog->findChild<QPlainTextEdit *>(QStringLiteral("importLocations"));
    QVERIFY(locations);
    QVERIFY2(locations->toPlainText().contains(QStringLiteral("Matched 1 of 1")),
             qPrintable(locations->toPlainText()));
    dialog->close();
}

void TestImportDialog::oneCallEntryPoint()
{
    BedBook book;
    book.title = QStringLiteral("令和6年度 都道府県別・構想区域別の病床数の必要量等");
    book.areas = { area(4301, QStringLiteral("熊本・上益城"), 7) };
    QVERIFY(TestWorkbook::write(path(QStringLiteral("region.xlsx")), { bedSheet(book) }));
    // Closes the summary dialog once it is shown (importFiles waits for the user).
    QTimer closer;
    bool sawSummary = false;
    connect(&closer, &QTimer::timeout, this, [&]() {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<ImportSummaryDialog *>(w); d && d->isVisible()) {
                sawSummary = true;
                d->reject();
            }
        }
    });
    closer.start(20);
    QVERIFY(ImportController::importFiles(m_window.get(), *m_dataset,
                                          { path(QStringLiteral("region.xlsx")) }));
    QVERIFY(sawSummary);
    QCOMPARE(FigureStore(*m_dataset).importRecords().size(), 1);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
