#pragma once

#include "Command.h"

namespace Koso {

// koso map --db DATASET [--prefecture CODE | --nation] [--measure NAME] --out FILE
// [--size WxH]: a choropleth of the vision regions as PNG, SVG or PDF, or the regions with
// their values as GeoJSON (WGS84) for QGIS.
class MapCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::MapCommand)

public:
    QString name() const override { return QStringLiteral("map"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace Koso
