#pragma once

#include "charts/MapRenderer.h"
#include "flows/FlowData.h"
#include "map/HospitalPoints.h"
#include "map/MapGeometry.h"
#include "map/MapMeasures.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHash>

class QGraphicsItem;
class QGraphicsPathItem;

namespace Koso {

// The map page's drawing: the regions of a prefecture or of the nation filled by a measure's
// classes (MapRenderer::classes, so the desktop and `koso map` agree), region outlines
// (prefecture borders heavier on the national map), region names, and the optional layers:
// the flows of one region to its partners and the located hospitals. Scene units are degrees
// of longitude (shrunk by the cosine of the latitude) and latitude times 100, north up.
class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    struct Content
    {
        const MapGeometry *geometry = nullptr;
        QStringList regions;
        bool nation = false;
        MapMeasure measure;
        QHash<QString, QString> regionNames;
    };

    explicit MapScene(QObject *parent = nullptr);

    void build(const Content &content);
    const Content &content() const { return m_content; }
    const QVector<MapRenderer::Class> &classes() const { return m_classes; }
    QRectF mapRect() const { return m_mapRect; }

    QPointF project(const QPointF &lonLat) const;
    QString regionAt(const QPointF &scenePos) const;
    // Index into the geometry's municipalities under a point, -1 for none.
    int municipalityAt(const QPointF &scenePos) const;
    QColor regionColour(const QString &regionCode) const;
    // Where a region's name and flow lines are anchored (its largest municipality's centre).
    QPointF anchor(const QString &regionCode) const;

    void setSelectedRegion(const QString &regionCode);
    QString selectedRegion() const { return m_selected; }
    void setLabelsVisible(bool visible);
    // Shows the names that do not cover a bigger region's name at the view's scale.
    void declutterLabels(const QTransform &viewTransform);
    int visibleLabelCount() const;
    bool labelsVisible() const { return m_labelsVisible; }

    // Lines from the selected region to its partners: outflow (residents admitted in the
    // partner) and inflow (patients from the partner), width by share. Only the region's own
    // listed partners of the group are drawn.
    void setFlows(const QVector<FlowShare> &shares, const QString &group);
    int flowLineCount() const { return int(m_flowItems.size()); }
    void setHospitals(const QVector<HospitalPoint> &points,
                      MapRenderer::Map::HospitalColouring colouring);
    int hospitalPointCount() const { return int(m_hospitalItems.size()); }

    static QColor flowColour(const QString &direction);

private:
    Content m_content;
    QVector<MapRenderer::Class> m_classes;
    QHash<QString, QGraphicsItem *> m_regionItems;
    QHash<QString, QPointF> m_anchors;
    QVector<QGraphicsItem *> m_labels; // biggest region first
    QVector<QGraphicsItem *> m_flowItems;
    QVector<QGraphicsItem *> m_hospitalItems;
    QGraphicsItem *m_selectionItem = nullptr;
    QString m_selected;
    QRectF m_mapRect;
    double m_k = 1.0;
    bool m_labelsVisible = true;
};

} // namespace Koso
