// The map of the vision regions: geometry from the shipped TopoJSON (arcs decoded with the
// transform, outlines from the topology), measures per region, and `koso map` to PNG, SVG,
// PDF and GeoJSON.

#include "FlowWorkbooks.h"
#include "KosoRun.h"
#include "charts/MapRenderer.h"
#include "map/MapGeometry.h"
#include "map/MapMeasures.h"
#include "mhlw/ImportSession.h"
#include "storage/Dataset.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Koso;

class TestMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void geometry();
    void measures();
    void cliGeoJson();
    void cliImages();
    void cliErrors();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestMap::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("m.koso"));
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.create(m_db, QStringLiteral("43"), &error), qPrintable(error));
    FlowWorkbooks::FlowBook book;
    FlowWorkbooks::Region a;
    a.regionCode = 4312;
    a.regionName = QStringLiteral("熊本・上益城");
    a.overall = 0.04;
    a.groups[0] = { { 43, QStringLiteral("熊本県"), 4312, a.regionName, 0.96 } };
    FlowWorkbooks::Region b = a;
    b.regionCode = 4302;
    b.regionName = QStringLiteral("宇城");
    b.overall = 0.6;
    b.groups[0] = { { 43, QStringLiteral("熊本県"), 4302, b.regionName, 0.4 } };
    book.inflow = { a, b };
    book.outflow = { a, b };
    QVERIFY(FlowWorkbooks::writeFlowBook(m_dir.filePath(QStringLiteral("f.xlsx")), book));
    ImportSession session(dataset);
    session.setEdition(QStringLiteral("令和7年度"));
    ImportSummary summary;
    QVERIFY2(session.run({ m_dir.filePath(QStringLiteral("f.xlsx")) }, &summary, &error),
             qPrintable(error));
}

void TestMap::geometry()
{
    const MapGeometry &g = MapGeometry::shared();
    int mapped = 0;
    for (const MunicipalityShape &m : g.municipalities())
        mapped += m.regionCode.isEmpty() ? 0 : 1;
    QCOMPARE(mapped, 1896);
    QCOMPARE(g.regionCodes().size(), 339);
    const QStringList kumamoto = g.regionCodes(QStringLiteral("43"));
    QCOMPARE(kumamoto.size(), 10);
    QVERIFY(kumamoto.contains(QStringLiteral("4312")));
    // Decoded with the transform: Kumamoto lies about 129.9–131.4 E, 32.0–33.2 N.
    const QRectF b = g.bounds(kumamoto);
    QVERIFY2(b.left() > 129.5 && b.right() < 131.5 && b.top() > 31.8 && b.bottom() < 33.3,
             qPrintable(QStringLiteral("%1 %2 %3 %4")
                            .arg(b.left())
                            .arg(b.right())
                            .arg(b.top())
                            .arg(b.bottom())));
    // Outlines: fewer arcs than the whole, more than none; a national map has them all.
    const int prefecture = int(g.regionOutlines(QStringLiteral("43")).size());
    const int nation = int(g.regionOutlines().size());
    QVERIFY(prefecture > 10 && prefecture < nation);
    QVERIFY(g.prefectureOutlines().size() < nation);
    QVERIFY(MapGeometry::creditLine().contains(QStringLiteral("国土数値情報")));
}

void TestMap::measures()
{
    Dataset dataset;
    QString error;
    QVERIFY2(dataset.open(m_db, &error), qPrintable(error));
    const auto outflow = MapMeasures::compute(dataset, QStringLiteral("outflow_share"), &error);
    QVERIFY(outflow);
    QCOMPARE(*outflow->values.value(QStringLiteral("4312")), 0.04);
    QVERIFY(outflow->share);
    const auto gap = MapMeasures::compute(dataset, QStringLiteral("gap_ratio"), &error);
    QVERIFY(gap && gap->ratio);
    QVERIFY(!MapMeasures::compute(dataset, QStringLiteral("beauty"), &error));
    QVERIFY(error.contains(QStringLiteral("gap_ratio")));
    // Ratios: a diverging palette of seven classes around 1.0.
    const auto classes = MapRenderer::classes(*gap, { QStringLiteral("4312") });
    QCOMPARE(classes.size(), 7);
    QCOMPARE(*classes.at(3).from, 0.95);
    QCOMPARE(*classes.at(3).to, 1.05);
}

void TestMap::cliGeoJson()
{
    const QString out = m_dir.filePath(QStringLiteral("k.geojson"));
    const KosoRun run = runKoso({ QStringLiteral("map"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("--measure"), QStringLiteral("outflow_share"),
                                  QStringLiteral("--out"), out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 10); // the home prefecture by default
    bool found = false;
    for (const QJsonValue &v : features) {
        const QJsonObject p = v.toObject().value(QStringLiteral("properties")).toObject();
        QVERIFY(p.contains(QStringLiteral("region_name")));
        if (p.value(QStringLiteral("region_code")).toString() == QLatin1String("4312")) {
            found = true;
            QCOMPARE(p.value(QStringLiteral("outflow_share")).toDouble(), 0.04);
            const QJsonObject g = v.toObject().value(QStringLiteral("geometry")).toObject();
            QCOMPARE(g.value(QStringLiteral("type")).toString(), QStringLiteral("MultiPolygon"));
            const QJsonArray first = g.value(QStringLiteral("coordinates"))
                                         .toArray()
                                         .at(0)
                                         .toArray()
                                         .at(0)
                                         .toArray()
                                         .at(0)
                                         .toArray();
            // WGS84 longitude, latitude.
            QVERIFY(first.at(0).toDouble() > 129 && first.at(0).toDouble() < 132);
            QVERIFY(first.at(1).toDouble() > 32 && first.at(1).toDouble() < 34);
        } else if (p.value(QStringLiteral("region_code")).toString() == QLatin1String("4303")) {
            QVERIFY(p.value(QStringLiteral("outflow_share")).isNull()); // not imported: null
        }
    }
    QVERIFY(found);
}

void TestMap::cliImages()
{
    const QString png = m_dir.filePath(QStringLiteral("n.png"));
    KosoRun run = runKoso({ QStringLiteral("map"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--nation"), QStringLiteral("--measure"),
                            QStringLiteral("inflow_share"), QStringLiteral("--size"),
                            QStringLiteral("800x600"), QStringLiteral("--out"), png });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("339")));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(800, 600));
    const QString svg = m_dir.filePath(QStringLiteral("k.svg"));
    run = runKoso(
        { QStringLiteral("map"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), svg });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("国土数値情報")));
    const QString pdf = m_dir.filePath(QStringLiteral("k.pdf"));
    run = runKoso(
        { QStringLiteral("map"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), pdf });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile(pdf).size() > 1000);
}

void TestMap::cliErrors()
{
    KosoRun run = runKoso({ QStringLiteral("map"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.jpg")) });
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.errLines().last().contains(QStringLiteral(".geojson")), qPrintable(run.err));
    run = runKoso({ QStringLiteral("map"), QStringLiteral("--db"), m_db, QStringLiteral("--nation"),
                    QStringLiteral("--prefecture"), QStringLiteral("43"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("x.png")) });
    QVERIFY(run.exitCode != 0);
    run = runKoso({ QStringLiteral("map"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--measure"), QStringLiteral("beauty"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("x.png")) });
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.err.contains(QStringLiteral("beauty")));
    run = runKoso({ QStringLiteral("map"), QStringLiteral("--db"), m_db, QStringLiteral("--size"),
                    QStringLiteral("big"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("x.png")) });
    QVERIFY(run.exitCode != 0);
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
