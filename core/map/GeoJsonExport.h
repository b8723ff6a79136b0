#pragma once

#include "map/MapGeometry.h"
#include "map/MapMeasures.h"

#include <QByteArray>

namespace Koso {

// The regions with a measure's values as GeoJSON (for QGIS): one feature per region with
// region_code, region_name and the value under the measure's key, its municipalities as one
// MultiPolygon in WGS84 longitude/latitude.
class GeoJsonExport
{
public:
    static QByteArray regions(const MapGeometry &geometry, const QStringList &regionCodes,
                              const MapMeasure &measure,
                              const QHash<QString, QString> &regionNames);
};

} // namespace Koso
