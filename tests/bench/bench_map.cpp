// Draws the map of a prefecture and of the nation (339 regions) into a 1600×1200 image and
// prints the time of each (best of N), after the boundaries are loaded once, and the load.
// Targets: a prefecture < 100 ms, the nation < 300 ms. Usage: bench_map [runs] [prefecture]
// Then the desktop map page's scene (MapScene::build: items for every region, outlines and
// names) for the same two maps, alone and with its first paint into a 1366×768 view.

#include "charts/MapRenderer.h"
#include "map/MapScene.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>

using namespace Koso;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 5;
    const QString prefecture = args.size() > 2 ? args.at(2) : QStringLiteral("13");
    QElapsedTimer timer;
    timer.start();
    const MapGeometry &geometry = MapGeometry::shared();
    std::printf("boundaries loaded in %.1f ms (%lld municipalities)\n", timer.nsecsElapsed() / 1e6,
                qint64(geometry.municipalities().size()));
    for (const QString &code : { prefecture, QString() }) {
        MapRenderer::Map map;
        map.geometry = &geometry;
        map.prefectureCode = code;
        map.regions = geometry.regionCodes(code);
        map.measure.key = QStringLiteral("gap_ratio");
        map.measure.name = QStringLiteral("gap ratio");
        map.measure.ratio = true;
        for (int i = 0; i < map.regions.size(); ++i)
            map.measure.values.insert(map.regions.at(i), 0.7 + 0.01 * (i % 60));
        map.title = QStringLiteral("bench");
        double best = 1e9;
        for (int r = 0; r < runs; ++r) {
            QImage image(1600, 1200, QImage::Format_ARGB32_Premultiplied);
            timer.restart();
            QPainter p(&image);
            MapRenderer::paint(p, QRectF(0, 0, 1600, 1200), map);
            p.end();
            best = std::min(best, timer.nsecsElapsed() / 1e6);
        }
        std::printf("%s map (%lld regions): %.1f ms (best of %d; target %s)\n",
                    code.isEmpty() ? "national" : "prefecture", qint64(map.regions.size()), best,
                    runs, code.isEmpty() ? "< 300 ms" : "< 100 ms");
    }
    for (const QString &code : { prefecture, QString() }) {
        MapScene::Content content;
        content.geometry = &geometry;
        content.regions = geometry.regionCodes(code);
        content.nation = code.isEmpty();
        content.measure.key = QStringLiteral("gap_ratio");
        content.measure.name = QStringLiteral("gap ratio");
        content.measure.ratio = true;
        for (int i = 0; i < content.regions.size(); ++i)
            content.measure.values.insert(content.regions.at(i), 0.7 + 0.01 * (i % 60));
        double bestBuild = 1e9;
        double bestPaint = 1e9;
        for (int r = 0; r < runs; ++r) {
            MapScene scene;
            timer.restart();
            scene.build(content);
            bestBuild = std::min(bestBuild, timer.nsecsElapsed() / 1e6);
            // As the page shows it: the nation's names appear once zoomed in.
            scene.setLabelsVisible(!content.nation);
            QImage image(1366, 768, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            scene.render(&p, QRectF(0, 0, 1366, 768), scene.mapRect());
            p.end();
            bestPaint = std::min(bestPaint, timer.nsecsElapsed() / 1e6);
        }
        std::printf("map page scene, %s (%lld regions): build %.1f ms, build and first paint "
                    "%.1f ms (best of %d; target %s)\n",
                    code.isEmpty() ? "national" : "prefecture", qint64(content.regions.size()),
                    bestBuild, bestPaint, runs, code.isEmpty() ? "< 300 ms" : "< 100 ms");
    }
    return 0;
}
