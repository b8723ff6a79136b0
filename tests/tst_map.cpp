// The map of the vision regions: geometry from the shipped TopoJSON (arcs decoded with the
// transform, outlines from the topology), measures per region, and `koso map` to PNG, SVG,
// PDF and GeoJSON.

#include "FlowWorkbooks.h"
#include "KosoRun.h"
#include "RequiredData.h"
#include "charts/MapRenderer.h"
#include "demo/DemoGenerator.h"
#include "map/MapGeometry.h"
#include "map/MapMeasures.h"
#include "map/RegionOverrides.h"
#include "mhlw/ImportSession.h"
#include "policy/PolicyRates.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"

#include <QDir>
#include <QUndoStack>

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
    void functionGapAndReportingRate();
    void policyRates();
    void overrides();

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

void TestMap::functionGapAndReportingRate()
{
    const QString beds
        = QDir(KosoTest::mhlwDataDir()).filePath(QStringLiteral("r6-betten4-3-region-beds.xlsx"));
    KOSO_REQUIRE(QFile::exists(beds), "MHLW's 別添4③ workbook is missing");
    for (const QString &key :
         { QStringLiteral("gap_ratio_high_acute"), QStringLiteral("gap_ratio_acute"),
           QStringLiteral("gap_ratio_recovery"), QStringLiteral("gap_ratio_chronic"),
           QStringLiteral("reporting_rate"), QStringLiteral("policy_rate_hospitals"),
           QStringLiteral("policy_rate_beds") })
        QVERIFY2(MapMeasures::keys().contains(key), qPrintable(key));
    Dataset dataset;
    QString error;
    QVERIFY2(
        dataset.create(m_dir.filePath(QStringLiteral("r6.koso")), QStringLiteral("13"), &error),
        qPrintable(error));
    ImportSession session(dataset);
    ImportSummary summary;
    QVERIFY2(session.run({ beds }, &summary, &error), qPrintable(error));

    // Acute: the latest reported acute beds over the required ones, region by region.
    const auto acute = MapMeasures::compute(dataset, QStringLiteral("gap_ratio_acute"), &error);
    QVERIFY2(acute, qPrintable(error));
    QVERIFY(acute->ratio);
    QVERIFY(acute->name.contains(QStringLiteral("acute")));
    FigureStore figures(dataset);
    const auto tokyo = figures.regionBedsByPrefecture(QStringLiteral("13"));
    const QVector<BedFigure> central = tokyo.value(QStringLiteral("1301"));
    int latest = 0, requiredYear = 0;
    for (const BedFigure &f : central) {
        if (f.measure == Measure::Reported)
            latest = std::max(latest, f.year);
        if (f.measure == Measure::Required)
            requiredYear = std::max(requiredYear, f.year);
    }
    double reported = 0, required = 0;
    for (const BedFigure &f : central) {
        if (f.functionKey != QLatin1String("Acute") || !f.value.hasValue())
            continue;
        if (f.measure == Measure::Reported && f.year == latest)
            reported = double(*f.value.beds);
        if (f.measure == Measure::Required && f.year == requiredYear)
            required = double(*f.value.beds);
    }
    QVERIFY(reported > 0 && required > 0);
    QCOMPARE(*acute->values.value(QStringLiteral("1301")), reported / required);
    // Every function differs from the total.
    const auto total = MapMeasures::compute(dataset, QStringLiteral("gap_ratio"), &error);
    const auto high = MapMeasures::compute(dataset, QStringLiteral("gap_ratio_high_acute"), &error);
    QVERIFY(total && high);
    QVERIFY(*high->values.value(QStringLiteral("1301"))
            != *total->values.value(QStringLiteral("1301")));
    QCOMPARE(high->values.size(), 339);

    // Reporting rate: the latest year's, a share.
    const auto rate = MapMeasures::compute(dataset, QStringLiteral("reporting_rate"), &error);
    QVERIFY2(rate, qPrintable(error));
    QVERIFY(rate->share && !rate->ratio);
    int withValue = 0;
    for (auto it = rate->values.cbegin(); it != rate->values.cend(); ++it) {
        if (!it.value())
            continue;
        ++withValue;
        QVERIFY(*it.value() > 0.3 && *it.value() <= 1.0);
    }
    QVERIFY2(withValue > 300, qPrintable(QString::number(withValue)));
    const auto rates = figures.regionReportingRatesByPrefecture(QStringLiteral("13"));
    QCOMPARE(rate->values.value(QStringLiteral("1301")),
             rates.value(QStringLiteral("1301")).last().rate);
}

void TestMap::policyRates()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.koso"));
    QString error;
    QVERIFY2(DemoGenerator().write(path, &error), qPrintable(error));
    Dataset dataset;
    QVERIFY2(dataset.open(path, &error), qPrintable(error));
    const auto hospitals
        = MapMeasures::compute(dataset, QStringLiteral("policy_rate_hospitals"), &error);
    const auto beds = MapMeasures::compute(dataset, QStringLiteral("policy_rate_beds"), &error);
    QVERIFY2(hospitals && beds, qPrintable(error));
    QVERIFY(hospitals->share && beds->share);
    int compared = 0;
    for (const PolicyRate &r : PolicyRates::compute(dataset, dataset.homePrefectureCode())) {
        if (r.scope.size() != 4 || r.group != QLatin1String("all"))
            continue;
        QCOMPARE(hospitals->values.value(r.scope), r.hospitalShare());
        QCOMPARE(beds->values.value(r.scope), r.bedShare());
        ++compared;
    }
    QVERIFY(compared >= 3);
    // Some agreed, not all: the demo is mid-way.
    bool between = false;
    for (const auto &v : std::as_const(hospitals->values))
        between = between || (v && *v > 0 && *v < 1);
    QVERIFY(between);
}

void TestMap::overrides()
{
    const MapGeometry &pristine = MapGeometry::shared();
    const QStringList kumamoto = pristine.regionCodes(QStringLiteral("43"));
    const QString from = kumamoto.at(1);
    const QString to = kumamoto.at(0);
    const int shape = pristine.regionShapes(from).first();
    const QString muni = pristine.municipalities().at(shape).code;
    const int outlinesBefore = int(pristine.regionOutlines(QStringLiteral("43")).size());
    QString error;
    {
        Dataset dataset;
        QVERIFY2(dataset.open(m_db, &error), qPrintable(error));
        QUndoStack stack;
        QVERIFY2(
            DatasetCommand::push(&stack,
                                 new MoveMunicipalityCommand(&dataset, muni, QStringLiteral("x"),
                                                             to, QStringLiteral("会議で決定")),
                                 &error),
            qPrintable(error));
        const auto all = RegionOverrides::all(dataset);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().regionCode, to);
        QCOMPARE(all.first().note, QStringLiteral("会議で決定"));
        MapGeometry moved = MapGeometry::forDataset(dataset);
        QVERIFY(moved.regionShapes(to).contains(shape));
        QVERIFY(!moved.regionShapes(from).contains(shape));
        QCOMPARE(moved.municipalities().at(shape).regionCode, to);
        // The pristine geometry is untouched; the outlines follow the move.
        QCOMPARE(MapGeometry::shared().municipalities().at(shape).regionCode, from);
        QVERIFY(moved.regionOutlines(QStringLiteral("43"))
                != pristine.regionOutlines(QStringLiteral("43")));
        stack.undo();
        QVERIFY(RegionOverrides::all(dataset).isEmpty());
        QCOMPARE(int(MapGeometry::forDataset(dataset).regionOutlines(QStringLiteral("43")).size()),
                 outlinesBefore);
        stack.redo();
        QCOMPARE(RegionOverrides::all(dataset).size(), 1);
        QCOMPARE(RegionOverrides::history(dataset, muni).size(), 3);
    }
    // Kept in the file; `koso map` draws with it.
    {
        Dataset dataset;
        QVERIFY2(dataset.open(m_db, &error, Dataset::Access::ReadOnly), qPrintable(error));
        QCOMPARE(RegionOverrides::regionOfMunicipality(dataset).value(muni), to);
    }
    const QString out = m_dir.filePath(QStringLiteral("moved.geojson"));
    const KosoRun run = runKoso(
        { QStringLiteral("map"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    int polygons = -1;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll())
                                   .object()
                                   .value(QStringLiteral("features"))
                                   .toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("region_code"))
                .toString()
            == to)
            polygons = int(o.value(QStringLiteral("geometry"))
                               .toObject()
                               .value(QStringLiteral("coordinates"))
                               .toArray()
                               .size());
    }
    int expected = 0;
    for (int i : pristine.regionShapes(to))
        expected += int(pristine.municipalities().at(i).polygons.size());
    expected += int(pristine.municipalities().at(shape).polygons.size());
    QCOMPARE(polygons, expected);
    // Undone for the other tests of this file.
    Dataset dataset;
    QVERIFY2(dataset.open(m_db, &error), qPrintable(error));
    QUndoStack stack;
    QVERIFY2(DatasetCommand::push(
                 &stack,
                 new MoveMunicipalityCommand(&dataset, muni, QStringLiteral("x"), QString()),
                 &error),
             qPrintable(error));
    QVERIFY(RegionOverrides::all(dataset).isEmpty());
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
