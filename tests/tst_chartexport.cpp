#include "RequiredData.h"
#include "analysisfixture.h"

#include "analysis/GapAnalysis.h"
#include "charts/ChartExporter.h"
#include "charts/ChartFactory.h"
#include "storage/Dataset.h"
#include "util/PdfUnicodeFix.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMimeData>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Koso;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Copies an export to KOSO_KEEP_EXPORTS (when set) for looking at it.
void keep(const QString &path)
{
    const QString dir = qEnvironmentVariable("KOSO_KEEP_EXPORTS");
    if (dir.isEmpty())
        return;
    const QString target = QDir(dir).filePath(QFileInfo(path).fileName());
    QFile::remove(target);
    QFile::copy(path, target);
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pngHasRequestedSizeAndResolution_data();
    void pngHasRequestedSizeAndResolution();
    void pngShowsChartAndCaption();
    void svgParsesAndCarriesTitleAndOutlines();
    void pdfIsVectorWithEmbeddedCjkFontAndText();
    void everyKindExports_data();
    void everyKindExports();
    void clipboardGetsImageAndSvg();
    void chartShownInAViewIsGivenBack();
    void refusesBadSuffixAndSize();
    void unicodeFixMapsRadicalsButNotGlyphIds();

private:
    ChartFactory::Built build(ChartFactory::Kind kind, const QString &code);
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_dataset = nullptr;
};

void TestChartExport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
}

void TestChartExport::init()
{
    m_dir = new QTemporaryDir;
    m_dataset = new Dataset;
    QString error;
    QVERIFY2(AnalysisFixture::build(*m_dataset, m_dir->filePath(QStringLiteral("a.koso")), &error),
             qPrintable(error));
}

void TestChartExport::cleanup()
{
    delete m_dataset;
    delete m_dir;
    m_dataset = nullptr;
    m_dir = nullptr;
}

ChartFactory::Built TestChartExport::build(ChartFactory::Kind kind, const QString &code)
{
    QString error;
    auto built = ChartFactory::build(*m_dataset, kind, code, 0.10, &error);
    if (!built)
        qWarning("%s", qPrintable(error));
    return built ? std::move(*built) : ChartFactory::Built();
}

void TestChartExport::pngHasRequestedSizeAndResolution_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("slide") << QSize(1920, 1080) << 144;
    QTest::newRow("small 4:3 at 96 DPI") << QSize(800, 600) << 96;
    QTest::newRow("print at 300 DPI") << QSize(3508, 2480) << 300;
}

void TestChartExport::pngHasRequestedSizeAndResolution()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    auto built = build(ChartFactory::Kind::RegionTrend, QStringLiteral("0101"));
    QVERIFY(built.chart);
    const QString path = m_dir->filePath(QStringLiteral("trend.png"));
    QString error;
    QVERIFY2(
        ChartExporter::exportChart(built.chart.get(), built.caption, path, { size, dpi }, &error),
        qPrintable(error));
    QImage image(path);
    QCOMPARE(image.size(), size);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
}

void TestChartExport::pngShowsChartAndCaption()
{
    auto built = build(ChartFactory::Kind::RegionTrend, QStringLiteral("0101"));
    const QString path = m_dir->filePath(QStringLiteral("region-trend.png"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(built.chart.get(), built.caption, path, {}, &error),
             qPrintable(error));
    keep(path);
    const QImage image = QImage(path).convertToFormat(QImage::Format_RGB32);
    // The lines carry the function colours (高度急性期 vermillion, 慢性期 blue), and the caption
    // is drawn at the top and bottom (dark pixels in the first and last tenth).
    int vermillion = 0, blue = 0, darkTop = 0, darkBottom = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QColor c(line[x]);
            if (qAbs(c.red() - 0xD5) < 12 && qAbs(c.green() - 0x5E) < 12 && c.blue() < 20)
                ++vermillion;
            if (c.red() < 12 && qAbs(c.green() - 0x72) < 12 && qAbs(c.blue() - 0xB2) < 12)
                ++blue;
            if (c.lightness() < 120) {
                if (y < image.height() / 10)
                    ++darkTop;
                else if (y > image.height() * 9 / 10)
                    ++darkBottom;
            }
        }
    }
    QVERIFY2(vermillion > 500, qPrintable(QString::number(vermillion)));
    QVERIFY2(blue > 500, qPrintable(QString::number(blue)));
    QVERIFY(darkTop > 1000);
    QVERIFY(darkBottom > 200);
    // The chart kept its own title (the caption replaced it only while drawing).
    QVERIFY(!built.chart->title().isEmpty());
}

void TestChartExport::svgParsesAndCarriesTitleAndOutlines()
{
    auto built = build(ChartFactory::Kind::RegionGap, QStringLiteral("0101"));
    const QString path = m_dir->filePath(QStringLiteral("region-gap.svg"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(built.chart.get(), built.caption, path, {}, &error),
             qPrintable(error));
    keep(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString title, description;
    int paths = 0, texts = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("title") && title.isEmpty())
            title = xml.readElementText();
        else if (xml.name() == QLatin1String("desc") && description.isEmpty())
            description = xml.readElementText();
        else if (xml.name() == QLatin1String("path"))
            ++paths;
        else if (xml.name() == QLatin1String("text"))
            ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(title, built.caption.title);
    QVERIFY(title.contains(QStringLiteral("南渡島")));
    QVERIFY(description.contains(built.caption.source));
    // Japanese text is embedded as glyph outlines: no <text> that needs the font.
    QCOMPARE(texts, 0);
    QVERIFY(paths > 20);
}

void TestChartExport::pdfIsVectorWithEmbeddedCjkFontAndText()
{
    KOSO_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty(),
                 "pdffonts and pdftotext (poppler-utils) are not installed.");
    auto built = build(ChartFactory::Kind::RegionGap, QStringLiteral("0101"));
    const QString path = m_dir->filePath(QStringLiteral("region-gap.pdf"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(built.chart.get(), built.caption, path, {}, &error),
             qPrintable(error));
    keep(path);
    const QString info = run(QStringLiteral("pdfinfo"), { path });
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    // 13.33 × 7.5 in = 960 × 540 pt.
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+96\\d(\\.\\d+)? x "
                                                             "54\\d(\\.\\d+)? pts"))),
             qPrintable(info));
    const QString fonts = run(QStringLiteral("pdffonts"), { path });
    bool embeddedCjk = false;
    for (const QString &line : fonts.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("CJK")) && line.contains(QStringLiteral(" yes ")))
            embeddedCjk = true;
    }
    QVERIFY2(embeddedCjk, qPrintable(fonts));
    const QString text = run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    QVERIFY2(text.contains(QStringLiteral("南渡島")), qPrintable(text));
    // 高 shares its glyph with the Kangxi radical ⾼: the text layer must say 高.
    QVERIFY2(text.contains(QStringLiteral("高度急性期")), qPrintable(text));
    QVERIFY(!text.contains(QChar(0x2FBC)));
    QVERIFY(text.contains(QStringLiteral("回復期")));
    // Digits inside a Latin run keep their code points too.
    QVERIFY2(text.contains(QStringLiteral("Reported 2024")), qPrintable(text));
}

void TestChartExport::everyKindExports_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameInTitle");
    QTest::newRow("region-trend") << int(ChartFactory::Kind::RegionTrend) << QStringLiteral("0101")
                                  << QStringLiteral("南渡島");
    QTest::newRow("region-gap") << int(ChartFactory::Kind::RegionGap) << QStringLiteral("0199")
                                << QStringLiteral("テスト区域");
    QTest::newRow("prefecture-gap") << int(ChartFactory::Kind::PrefectureGap)
                                    << QStringLiteral("01") << QStringLiteral("北海道");
    QTest::newRow("region-hospitals") << int(ChartFactory::Kind::RegionHospitals)
                                      << QStringLiteral("0101") << QStringLiteral("南渡島");
    QTest::newRow("national-comparison") << int(ChartFactory::Kind::NationalComparison)
                                         << QStringLiteral("01") << QStringLiteral("北海道");
}

void TestChartExport::everyKindExports()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, nameInTitle);
    auto built = build(ChartFactory::Kind(kind), code);
    QVERIFY(built.chart);
    QVERIFY(built.caption.title.contains(nameInTitle));
    QVERIFY(!built.caption.source.isEmpty());
    QVERIFY(!built.caption.caveat.isEmpty());
    QVERIFY(!built.chart->series().isEmpty());
    for (const char *suffix : { "png", "svg", "pdf" }) {
        const QString path = m_dir->filePath(ChartFactory::kindName(ChartFactory::Kind(kind))
                                             + QLatin1Char('.') + QLatin1String(suffix));
        QString error;
        QVERIFY2(ChartExporter::exportChart(built.chart.get(), built.caption, path, {}, &error),
                 qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
        keep(path);
    }
}

void TestChartExport::clipboardGetsImageAndSvg()
{
    auto built = build(ChartFactory::Kind::RegionGap, QStringLiteral("0101"));
    ChartExporter::copyToClipboard(built.chart.get(), built.caption, { QSize(960, 540), 96 });
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasImage());
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(960, 540));
    QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
    QVERIFY(mime->data(QStringLiteral("image/png")).startsWith("\x89PNG"));
}

void TestChartExport::chartShownInAViewIsGivenBack()
{
    auto built = build(ChartFactory::Kind::RegionGap, QStringLiteral("0101"));
    QChart *chart = built.chart.release();
    QChartView view(chart);
    view.resize(640, 400);
    view.show();
    QGraphicsScene *scene = chart->scene();
    const QRectF geometry = chart->geometry();
    const QFont titleFont = chart->titleFont();
    QString error;
    QVERIFY2(ChartExporter::exportChart(chart, built.caption,
                                        m_dir->filePath(QStringLiteral("view.png")), {}, &error),
             qPrintable(error));
    QCOMPARE(chart->scene(), scene);
    QCOMPARE(chart->geometry(), geometry);
    QCOMPARE(chart->titleFont(), titleFont);
}

void TestChartExport::refusesBadSuffixAndSize()
{
    auto built = build(ChartFactory::Kind::RegionGap, QStringLiteral("0101"));
    QString error;
    QVERIFY(!ChartExporter::exportChart(built.chart.get(), built.caption,
                                        m_dir->filePath(QStringLiteral("x.jpg")), {}, &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
    QVERIFY(!ChartExporter::exportChart(built.chart.get(), built.caption,
                                        m_dir->filePath(QStringLiteral("x.png")),
                                        { QSize(0, 100), 144 }, &error));
    QVERIFY(!ChartExporter::exportChart(built.chart.get(), built.caption,
                                        m_dir->filePath(QStringLiteral("no/such/x.png")), {},
                                        &error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.png"))));
    // A region that is not in the dataset gives a message, not a chart.
    QVERIFY(!ChartFactory::build(*m_dataset, ChartFactory::Kind::RegionTrend,
                                 QStringLiteral("4701"), 0.1, &error));
    QVERIFY(error.contains(QStringLiteral("4701")));
}

void TestChartExport::unicodeFixMapsRadicalsButNotGlyphIds()
{
    QByteArray cmap("2 beginbfrange\n"
                    "<0000> <0000> <0000>\n"
                    "<2FBC> <2FBE> [<2FBC> <5EA6> <0009>]\n"
                    "endbfrange\n"
                    "1 beginbfchar\n"
                    "<2F63> <2F63>\n"
                    "endbfchar\n"
                    "<2FBC> outside any map\n");
    const int size = int(cmap.size());
    QCOMPARE(PdfUnicodeFix::fixBytes(cmap), 3);
    QCOMPARE(int(cmap.size()), size);
    QVERIFY(cmap.contains("<2FBC> <2FBE> [<9AD8> <5EA6> <0020>]"));
    QVERIFY(cmap.contains("<2F63> <751F>"));
    QVERIFY(cmap.contains("<2FBC> outside any map"));
    QCOMPARE(PdfUnicodeFix::replacementFor(0x9AD8), char32_t(0x9AD8));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
