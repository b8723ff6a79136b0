#include "MapCommand.h"

#include "analysis/AnalysisText.h"
#include "charts/MapRenderer.h"
#include "map/GeoJsonExport.h"
#include "map/HospitalPoints.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Koso {

QString MapCommand::summary() const
{
    return tr("Draw a map of the vision regions coloured by a measure (PNG, SVG, PDF) or write "
              "them as GeoJSON.");
}

int MapCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset file."), tr("DATASET"));
    const QCommandLineOption prefecture(
        QStringLiteral("prefecture"), tr("The prefecture to draw (default: the home prefecture)."),
        tr("CODE"));
    const QCommandLineOption nation(QStringLiteral("nation"), tr("Draw the whole country."));
    const QCommandLineOption measure(QStringLiteral("measure"),
                                     tr("The measure to colour by: %1 (default gap_ratio).")
                                         .arg(MapMeasures::keys().join(QStringLiteral(", "))),
                                     tr("NAME"), QStringLiteral("gap_ratio"));
    const QCommandLineOption out(
        QStringLiteral("out"), tr("The file to write (.png, .svg, .pdf or .geojson)."), tr("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Image size in pixels (default 1600x1200)."), tr("WxH"),
                                  QStringLiteral("1600x1200"));
    const QCommandLineOption hospitals(
        QStringLiteral("hospitals"),
        tr("Hospitals located by 医療情報ネット as points, coloured by their response policy "
           "(policy, the default on a prefecture's map) or main function (function), or none "
           "(the default with --nation)."),
        tr("none|policy|function"), QStringLiteral("policy"));
    parser.addOptions({ db, prefecture, nation, measure, out, size, hospitals });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QString path;
    if (!outputPath(parser, out,
                    QStringLiteral("koso map --db DATASET [--prefecture CODE | --nation] "
                                   "[--measure NAME] --out FILE"),
                    &path, &exitCode))
        return exitCode;
    if (parser.isSet(prefecture) && parser.isSet(nation))
        return fail(tr("Give either --prefecture or --nation, not both."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!QStringList { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
                       QStringLiteral("geojson") }
             .contains(suffix))
        return fail(tr("Cannot draw a map to %1: the file name must end in .png, .svg, .pdf or "
                       ".geojson.")
                        .arg(path));
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$"));
    const QRegularExpressionMatch sm = sizePattern.match(parser.value(size));
    if (!sm.hasMatch() || sm.captured(1).toInt() > 20000 || sm.captured(2).toInt() > 20000)
        return fail(
            tr("Cannot read the size \"%1\"; give it as 1600x1200.").arg(parser.value(size)));
    const QSize pixels(sm.captured(1).toInt(), sm.captured(2).toInt());
    // On the national map thousands of points hide the regions: only when asked for.
    const QString colouring = parser.isSet(nation) && !parser.isSet(hospitals)
        ? QStringLiteral("none")
        : parser.value(hospitals).trimmed().toLower();
    if (!QStringList { QStringLiteral("none"), QStringLiteral("policy"),
                       QStringLiteral("function") }
             .contains(colouring))
        return fail(tr("Unknown --hospitals \"%1\"; give none, policy or function.")
                        .arg(parser.value(hospitals)));

    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString error;
    const std::optional<MapMeasure> values
        = MapMeasures::compute(dataset, parser.value(measure), &error);
    if (!values)
        return fail(error);
    // The shipped boundaries with the planner's corrections of the dataset.
    const MapGeometry geometry = MapGeometry::forDataset(dataset);
    if (geometry.municipalities().isEmpty())
        return fail(tr("The map boundaries could not be loaded."));
    GeographyStore geography(dataset);
    QString code;
    if (!parser.isSet(nation)) {
        code = parser.isSet(prefecture) ? parser.value(prefecture).trimmed()
                                        : dataset.homePrefectureCode();
        code = code.rightJustified(2, QLatin1Char('0'));
        if (geometry.regionCodes(code).isEmpty())
            return fail(
                tr("There is no map of prefecture %1 (the map has the 47 prefectures).").arg(code));
    }
    MapRenderer::Map map;
    map.geometry = &geometry;
    map.prefectureCode = code;
    map.regions = geometry.regionCodes(code);
    map.measure = *values;
    for (const Region &r : geography.regions())
        map.regionNames.insert(r.code, r.name);
    const QString area = code.isEmpty() ? tr("Japan")
        : geography.prefecture(code)    ? geography.prefecture(code)->name
                                        : code;
    map.title = tr("%1: %2 by vision region").arg(area, values->name);
    if (colouring != QLatin1String("none")) {
        const QStringList drawn = map.regions;
        for (const HospitalPoint &h : HospitalPoints::load(dataset, code)) {
            if (drawn.contains(h.regionCode))
                map.hospitals << h;
        }
        map.hospitalColouring = colouring == QLatin1String("function")
            ? MapRenderer::Map::HospitalColouring::Function
            : MapRenderer::Map::HospitalColouring::Policy;
        map.hospitalSource = HospitalPoints::sourceLine(dataset);
    }
    if (values->key == QLatin1String("gap_ratio") || values->key == QLatin1String("planned_ratio"))
        map.caveat = AnalysisText::caveat();

    if (suffix == QLatin1String("geojson")) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            return fail(tr("Cannot write %1: %2").arg(path, f.errorString()));
        }
        f.write(GeoJsonExport::regions(geometry, map.regions, map.measure, map.regionNames));
        if (!f.flush())
            return fail(tr("Cannot write %1: %2").arg(path, f.errorString()));
    } else if (!MapRenderer::write(map, path, pixels, &error)) {
        return fail(error);
    }
    if (!map.hospitals.isEmpty() && suffix != QLatin1String("geojson"))
        printOut(tr("Wrote %1 (%2 vision regions, %3 hospitals).")
                     .arg(path)
                     .arg(map.regions.size())
                     .arg(map.hospitals.size()));
    else
        printOut(tr("Wrote %1 (%2 vision regions).").arg(path).arg(map.regions.size()));
    return 0;
}

} // namespace Koso
