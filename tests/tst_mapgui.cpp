// The map page: built on a dataset of real MHLW figures (東京都) and on the demo (サンプル県,
// no boundaries: the honest empty state), measure switching, hover and click, zoom, the flow
// and hospital layers, export (PNG, SVG, PDF, GeoJSON) and the planner's region corrections.

#include "RequiredData.h"
#include "demo/DemoGenerator.h"
#include "document/Document.h"
#include "map/MapPage.h"
#include "map/MapScene.h"
#include "map/MapView.h"
#include "map/RegionCorrectionsDialog.h"
#include "map/RegionOverrides.h"
#include "mhlw/ImportSession.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Koso;

class TestMapGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsOnRealData();
    void measureSwitchingRecolours();
    void hoverClickAndFlows();
    void zoomAndLabels();
    void exportsFiles();
    void correctionsMoveAndRevert();
    void demoShowsEmptyState();
    void locatedHospitalsWithTheirSource();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_real;
    std::unique_ptr<Document> m_demo;
};

void TestMapGui::initTestCase()
{
    const QDir data(KosoTest::mhlwDataDir());
    const QString beds = data.filePath(QStringLiteral("r6-betten4-3-region-beds.xlsx"));
    const QString flows = data.filePath(QStringLiteral("r7-flow-rates.xlsx"));
    KOSO_REQUIRE(QFile::exists(beds) && QFile::exists(flows), "MHLW's workbooks are missing");
    const QString path = m_dir.filePath(QStringLiteral("tokyo.koso"));
    QString error;
    {
        Dataset dataset;
        QVERIFY2(dataset.create(path, QStringLiteral("13"), &error), qPrintable(error));
        ImportSummary summary;
        ImportSession r6(dataset);
        QVERIFY2(r6.run({ beds }, &summary, &error), qPrintable(error));
        ImportSession r7(dataset);
        r7.setEdition(QStringLiteral("令和7年度"));
        QVERIFY2(r7.run({ flows }, &summary, &error), qPrintable(error));
    }
    m_real = Document::open(path, &error);
    QVERIFY2(m_real, qPrintable(error));
    const QString demo = m_dir.filePath(QStringLiteral("demo.koso"));
    QVERIFY2(DemoGenerator().write(demo, &error), qPrintable(error));
    m_demo = Document::open(demo, &error);
    QVERIFY2(m_demo, qPrintable(error));
}

void TestMapGui::buildsOnRealData()
{
    MapPage page;
    QCOMPARE(page.objectName(), QStringLiteral("mapPage"));
    // The window still fits a small screen beside the navigation.
    QVERIFY2(page.minimumSizeHint().width() <= 700,
             qPrintable(QString::number(page.minimumSizeHint().width())));
    page.resize(1366, 768);
    page.setDocument(m_real.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.isShowingEmptyState());
    QCOMPARE(page.view(), MapPage::View::Prefecture);
    // 東京都 has 13 vision regions, all coloured from MHLW's figures.
    QCOMPARE(page.regions().size(), 13);
    QVERIFY(page.regions().contains(QStringLiteral("1301")));
    int coloured = 0;
    for (const QString &code : page.regions())
        coloured += page.scene()->regionColour(code) != MapRenderer::noValueColour() ? 1 : 0;
    QCOMPARE(coloured, 13);
    QCOMPARE(page.creditText(), MapGeometry::creditLine());
    QVERIFY(page.sourceText().contains(QStringLiteral("2024")));
    // No hospital locations imported yet: a clear note, no points.
    QCOMPARE(page.scene()->hospitalPointCount(), 0);
    QVERIFY(page.hospitalNote().contains(QStringLiteral("医療情報ネット")));
    page.setHospitalLayer(MapPage::HospitalLayer::Off);
    QVERIFY(page.hospitalNote().isEmpty());

    // The nation: every region of the 47 prefectures.
    page.setView(MapPage::View::Nation);
    QCOMPARE(page.regions().size(), 339);
    QVERIFY(!page.isShowingEmptyState());
}

void TestMapGui::measureSwitchingRecolours()
{
    MapPage page;
    page.resize(1366, 768);
    page.setDocument(m_real.get());
    page.show();
    QCOMPARE(page.measureKey(), QStringLiteral("gap_ratio"));
    QHash<QString, QColor> before;
    for (const QString &code : page.regions())
        before.insert(code, page.scene()->regionColour(code));
    page.setMeasure(QStringLiteral("outflow_share"));
    QCOMPARE(page.measure()->key, QStringLiteral("outflow_share"));
    int changed = 0;
    for (const QString &code : page.regions())
        changed += page.scene()->regionColour(code) != before.value(code) ? 1 : 0;
    QVERIFY2(changed >= 5, qPrintable(QString::number(changed)));
    // The page's classes are the command line's.
    const auto classes = MapRenderer::classes(*page.measure(), page.regions());
    QCOMPARE(page.scene()->classes().size(), classes.size());
    for (const QString &code : page.regions())
        QCOMPARE(page.scene()->regionColour(code),
                 MapRenderer::colourOf(classes, page.measure()->values.value(code)));
    // Per function: 区中央部 has far more high-acute beds than it needs.
    page.setMeasure(QStringLiteral("gap_ratio_high_acute"));
    const auto v = page.measure()->values.value(QStringLiteral("1301"));
    QVERIFY(v && *v > 1.2);
    QCOMPARE(page.scene()->regionColour(QStringLiteral("1301")),
             MapRenderer::colourOf(page.scene()->classes(), v));
}

void TestMapGui::hoverClickAndFlows()
{
    MapPage page;
    page.resize(1366, 768);
    page.setDocument(m_real.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy hovered(&page, &MapPage::regionHovered);
    QSignalSpy activated(&page, &MapPage::regionActivated);
    MapView *view = page.mapView();
    // 西多摩: the biggest region of 東京都, easy to hit.
    QString code;
    for (const Region &r : GeographyStore(*m_real->dataset()).regions(QStringLiteral("13")))
        if (r.name == QStringLiteral("西多摩"))
            code = r.code;
    QVERIFY(!code.isEmpty());
    const QPoint at = view->mapFromScene(page.scene()->anchor(code));
    QCOMPARE(page.scene()->regionAt(page.scene()->anchor(code)), code);
    QTest::mouseMove(view->viewport(), at);
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().at(0).toString(), code);
    QVERIFY2(page.detailsText().contains(QStringLiteral("西多摩")), qPrintable(page.detailsText()));
    QVERIFY(page.detailsText().contains(code));

    // A click selects it and draws its flows; a double-click asks for its page.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(page.selectedRegion(), code);
    QVERIFY(page.scene()->flowLineCount() > 0);
    QVERIFY(activated.isEmpty());
    page.setFlowGroup(QString());
    QCOMPARE(page.scene()->flowLineCount(), 0);
    page.setFlowGroup(QStringLiteral("chronic"));
    QVERIFY(page.scene()->flowLineCount() > 0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toString(), code);
    auto *open = page.findChild<QPushButton *>(QStringLiteral("openRegionButton"));
    QVERIFY(open && open->isEnabled());
    open->click();
    QCOMPARE(activated.size(), 2);

    // A click on the sea clears the selection.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(5, view->height() - 5));
    QVERIFY(page.selectedRegion().isEmpty());
    QCOMPARE(page.scene()->flowLineCount(), 0);
}

void TestMapGui::zoomAndLabels()
{
    MapPage page;
    page.resize(1366, 768);
    page.setDocument(m_real.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MapView *view = page.mapView();
    QCOMPARE(view->zoom(), 1.0);
    const double scale = view->transform().m11();
    view->zoomIn();
    QCOMPARE(view->zoom(), 1.5);
    QVERIFY(qAbs(view->transform().m11() - scale * 1.5) < 1e-6 * scale);
    QWheelEvent wheel(QPointF(200, 200), view->viewport()->mapToGlobal(QPointF(200, 200)), QPoint(),
                      QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(qAbs(view->zoom() - 1.5 * 1.5625) < 1e-9);
    view->zoomOut();
    view->fit();
    QCOMPARE(view->zoom(), 1.0);
    QVERIFY(qAbs(view->transform().m11() - scale) < 1e-6 * scale);
    for (int i = 0; i < 20; ++i)
        view->zoomIn();
    QCOMPARE(view->zoom(), MapView::MaxZoom);

    // Another measure keeps the zoom; another view fits again.
    view->fit();
    view->zoomIn();
    page.setMeasure(QStringLiteral("population"));
    QCOMPARE(view->zoom(), 1.5);
    QVERIFY(!view->isFitted());

    // The prefecture names its regions; the nation only once zoomed in.
    view->fit();
    QVERIFY(page.scene()->visibleLabelCount() >= 8);
    page.setView(MapPage::View::Nation);
    QCOMPARE(page.scene()->visibleLabelCount(), 0);
    view->zoomBy(4);
    QVERIFY(page.scene()->visibleLabelCount() > 0);
}

void TestMapGui::exportsFiles()
{
    MapPage page;
    page.resize(1366, 768);
    page.setDocument(m_real.get());
    page.show();
    ChartExporter::Options options;
    options.pixelSize = QSize(1600, 900);
    options.dpi = 144;
    QString error;
    for (const QString &suffix :
         { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }) {
        const QString path = m_dir.filePath(QStringLiteral("map.") + suffix);
        QVERIFY2(page.exportImage(path, options, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    const QImage image(m_dir.filePath(QStringLiteral("map.png")));
    QCOMPARE(image.size(), QSize(1600, 900));
    // The map is drawn in the measure's colours.
    const QColor expected = page.scene()->regionColour(QStringLiteral("1301"));
    bool found = false;
    for (int y = 0; y < image.height() && !found; y += 3)
        for (int x = 0; x < image.width() && !found; x += 3)
            found = image.pixelColor(x, y) == expected;
    QVERIFY(found);
    QFile svg(m_dir.filePath(QStringLiteral("map.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray svgBytes = svg.readAll();
    QVERIFY(svgBytes.contains(page.exportCaption().title.toHtmlEscaped().toUtf8()));
    QVERIFY(page.exportCaption().caveat.size() > 10);

    const QString geo = m_dir.filePath(QStringLiteral("map.geojson"));
    QVERIFY2(page.exportGeoJson(geo, &error), qPrintable(error));
    QFile f(geo);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray features
        = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 13);
    const QJsonObject props
        = features.first().toObject().value(QStringLiteral("properties")).toObject();
    QVERIFY(props.contains(QStringLiteral("region_code")));
    QVERIFY(props.contains(QStringLiteral("gap_ratio")));
}

void TestMapGui::correctionsMoveAndRevert()
{
    MapPage page;
    page.resize(1366, 768);
    page.setDocument(m_real.get());
    page.show();
    const MapGeometry &pristine = MapGeometry::shared();
    const int chiyoda = pristine.municipalityIndex(QStringLiteral("13101"));
    QVERIFY(chiyoda >= 0);
    const QString shipped = pristine.municipalities().at(chiyoda).regionCode;
    const QString target
        = shipped == QLatin1String("1302") ? QStringLiteral("1303") : QStringLiteral("1302");
    QString error;
    QVERIFY2(
        page.moveMunicipality(QStringLiteral("13101"), target, QStringLiteral("テスト"), &error),
        qPrintable(error));
    QVERIFY(page.geometry().regionShapes(target).contains(chiyoda));
    QVERIFY(!page.geometry().regionShapes(shipped).contains(chiyoda));
    QVERIFY(MapGeometry::shared().regionShapes(shipped).contains(chiyoda));
    QCOMPARE(page.scene()->regionAt(
                 page.scene()->project(pristine.municipalities().at(chiyoda).bounds.center())),
             target);

    RegionCorrectionsDialog dialog(m_real.get(), {});
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(dialog.table()->item(0, 0)->text().contains(QStringLiteral("13101")));
    m_real->undoStack()->undo();
    QCOMPARE(dialog.table()->rowCount(), 0);
    QVERIFY(page.geometry().regionShapes(shipped).contains(chiyoda));
    m_real->undoStack()->redo();
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(page.geometry().regionShapes(target).contains(chiyoda));
    QVERIFY2(dialog.revertRow(0, &error), qPrintable(error));
    QCOMPARE(dialog.table()->rowCount(), 0);
    QVERIFY(page.geometry().regionShapes(shipped).contains(chiyoda));
    QVERIFY(RegionOverrides::all(*m_real->dataset()).isEmpty());
    QCOMPARE(RegionOverrides::history(*m_real->dataset(), QStringLiteral("13101")).size(), 4);
}

void TestMapGui::demoShowsEmptyState()
{
    MapPage page;
    page.resize(1366, 768);
    page.setDocument(m_demo.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // サンプル県 has no boundaries: said so, with the ways out.
    QVERIFY(page.isShowingEmptyState());
    QVERIFY(page.emptyStateText().contains(QStringLiteral("99")));
    QVERIFY(!page.creditText().isEmpty());
    auto *nation = page.findChild<QPushButton *>(QStringLiteral("showNationButton"));
    QVERIFY(nation && nation->isVisible());
    nation->click();
    QCOMPARE(page.view(), MapPage::View::Nation);
    QVERIFY(!page.isShowingEmptyState());
    QCOMPARE(page.regions().size(), 339);
    // The demo's figures are of its own regions: the nation is grey, and said to be.
    QCOMPARE(page.scene()->regionColour(QStringLiteral("1301")), MapRenderer::noValueColour());
    // No dataset: the page says what to do.
    page.setDocument(nullptr);
    QVERIFY(page.isShowingEmptyState());
    QVERIFY(!page.emptyStateText().isEmpty());
}

void TestMapGui::locatedHospitalsWithTheirSource()
{
    // 東京都 with its hospitals (別添5) located from 医療情報ネット's file.
    const QDir data(KosoTest::mhlwDataDir());
    const QString zip = data.filePath(QStringLiteral("../facilities/hospitals-20250601.zip"));
    KOSO_REQUIRE(QFile::exists(zip), "医療情報ネット's hospital file is missing");
    const QString path = m_dir.filePath(QStringLiteral("tokyo-located.koso"));
    QString error;
    {
        Dataset dataset;
        QVERIFY2(dataset.create(path, QStringLiteral("13"), &error), qPrintable(error));
        ImportSummary summary;
        ImportSession session(dataset);
        QVERIFY2(session.run({ data.filePath(QStringLiteral("r6-betten4-3-region-beds.xlsx")),
                               data.filePath(QStringLiteral("r6-betten5-2-region-hospitals.xlsx")),
                               zip },
                             &summary, &error),
                 qPrintable(error));
    }
    const auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    MapPage page;
    page.resize(1366, 768);
    page.setDocument(document.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // About 520 of 東京都's 843 listed facilities are matched; never a point by guess.
    const int points = page.scene()->hospitalPointCount();
    QVERIFY2(points > 400 && points < 843, qPrintable(QString::number(points)));
    // The open data's credit is shown beside MLIT's while the points are drawn.
    QVERIFY(page.creditText().contains(MapGeometry::creditLine()));
    QVERIFY(page.creditText().contains(QStringLiteral("医療情報ネット")));
    page.setHospitalLayer(MapPage::HospitalLayer::Off);
    QCOMPARE(page.scene()->hospitalPointCount(), 0);
    QCOMPARE(page.creditText(), MapGeometry::creditLine());
}

QTEST_MAIN(TestMapGui)
#include "tst_mapgui.moc"
