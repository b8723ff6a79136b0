#include "map/GeoJsonExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Koso {

namespace {

QJsonArray ringJson(const QPolygonF &ring)
{
    QJsonArray a;
    for (const QPointF &p : ring) {
        // 6 decimals (about 0.1 m) keep the file small without losing the simplified shape.
        a.append(QJsonArray { std::round(p.x() * 1e6) / 1e6, std::round(p.y() * 1e6) / 1e6 });
    }
    if (!ring.isEmpty() && ring.first() != ring.last())
        a.append(a.first());
    return a;
}

} // namespace

QByteArray GeoJsonExport::regions(const MapGeometry &geometry, const QStringList &regionCodes,
                                  const MapMeasure &measure,
                                  const QHash<QString, QString> &regionNames)
{
    QJsonArray features;
    for (const QString &code : regionCodes) {
        QJsonArray multi;
        for (int i : geometry.regionShapes(code)) {
            for (const QVector<QPolygonF> &polygon : geometry.municipalities().at(i).polygons) {
                QJsonArray rings;
                for (const QPolygonF &ring : polygon) {
                    if (ring.size() >= 3)
                        rings.append(ringJson(ring));
                }
                if (!rings.isEmpty())
                    multi.append(rings);
            }
        }
        QJsonObject properties;
        properties.insert(QStringLiteral("region_code"), code);
        properties.insert(QStringLiteral("region_name"),
                          regionNames.value(code, geometry.regionName(code)));
        const auto value = measure.values.value(code);
        properties.insert(measure.key, value ? QJsonValue(*value) : QJsonValue());
        QJsonObject feature;
        feature.insert(QStringLiteral("type"), QStringLiteral("Feature"));
        feature.insert(QStringLiteral("properties"), properties);
        feature.insert(QStringLiteral("geometry"),
                       QJsonObject { { QStringLiteral("type"), QStringLiteral("MultiPolygon") },
                                     { QStringLiteral("coordinates"), multi } });
        features.append(feature);
    }
    QJsonObject root;
    root.insert(QStringLiteral("type"), QStringLiteral("FeatureCollection"));
    root.insert(QStringLiteral("features"), features);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace Koso
