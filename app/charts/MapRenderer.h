#pragma once

#include "map/HospitalPoints.h"
#include "map/MapGeometry.h"
#include "map/MapMeasures.h"

#include <QColor>
#include <QCoreApplication>
#include <QSize>

#include <optional>

class QPainter;

namespace Koso {

// Draws a choropleth of the vision regions: the regions of a prefecture (or the nation),
// coloured by a measure with a colour-blind-safe palette (PuOr diverging around 1.0 for
// ratios, viridis classes otherwise, grey for no value), region outlines, names, a legend,
// the title, the source and the MLIT credit line.
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Koso::MapRenderer)

public:
    struct Map
    {
        const MapGeometry *geometry = nullptr;
        QStringList regions; // region codes to draw
        QString prefectureCode; // empty for the nation
        MapMeasure measure;
        QString title;
        QHash<QString, QString> regionNames;
        QString caveat;
        // Hospitals as points (医療情報ネット locations): size by beds, colour by the status
        // of their response policy or their main function; none drawn with None.
        enum class HospitalColouring { None, Policy, Function };
        HospitalColouring hospitalColouring = HospitalColouring::None;
        QVector<HospitalPoint> hospitals;
        QString hospitalSource; // the credit line of the locations, with their snapshot date
    };

    // A category of hospital points as the legend shows it.
    struct PointCategory
    {
        QString key;
        QColor colour;
        QString label;
    };
    static QVector<PointCategory> pointCategories(Map::HospitalColouring colouring);
    static QColor pointColour(Map::HospitalColouring colouring, const HospitalPoint &point);
    // The radius in pixels of a hospital's point at scale 1.
    static double pointRadius(int beds);

    struct Class
    {
        std::optional<double> from;
        std::optional<double> to;
        QColor colour;
        QString label;
    };
    static QVector<Class> classes(const MapMeasure &measure, const QStringList &regions);
    static QColor noValueColour();

    static void paint(QPainter &painter, const QRectF &rect, const Map &map);
    // The map, its legend and the MLIT credit line without title, source and caveat: the body of
    // a page whose caption carries those (the desktop's export dialog); units 1/96 in.
    static void paintBody(QPainter &painter, const QRectF &rect, const Map &map);
    // The colour of a value among classes (noValueColour() for none).
    static QColor colourOf(const QVector<Class> &classes, const std::optional<double> &value);
    static QString valueText(const MapMeasure &measure, double value);
    // PNG, SVG or PDF by the file's suffix.
    static bool write(const Map &map, const QString &path, const QSize &size, QString *error);

private:
    static void paintMap(QPainter &painter, const QRectF &rect, const Map &map, bool caption);
};

} // namespace Koso
