#include "map/MapView.h"

#include "map/MapScene.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace Koso {

MapView::MapView(MapScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("mapView"));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setBackgroundBrush(QColor(0xF4, 0xF7, 0xFA));
    setMouseTracking(true);
    setMinimumSize(200, 160);
}

void MapView::fit()
{
    const QRectF r = m_scene->mapRect();
    if (r.isEmpty() || viewport()->width() < 10)
        return;
    const double margin = 12;
    const double s = std::min((viewport()->width() - 2 * margin) / r.width(),
                              (viewport()->height() - 2 * margin) / r.height());
    m_fitScale = std::max(1e-6, s);
    setTransform(QTransform::fromScale(m_fitScale, m_fitScale));
    centerOn(r.center());
    m_zoom = 1.0;
    m_fitted = true;
    emit zoomChanged(m_zoom);
}

void MapView::zoomBy(double factor)
{
    const double target = std::clamp(m_zoom * factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(target, m_zoom))
        return;
    const double f = target / m_zoom;
    scale(f, f);
    m_zoom = target;
    m_fitted = false;
    emit zoomChanged(m_zoom);
}

void MapView::zoomIn()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    zoomBy(1.5);
    setTransformationAnchor(anchor);
}

void MapView::zoomOut()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    zoomBy(1 / 1.5);
    setTransformationAnchor(anchor);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.25, steps));
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    const QString code = m_scene->regionAt(mapToScene(event->position().toPoint()));
    if (code != m_hovered) {
        m_hovered = code;
        emit regionHovered(code);
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    if ((event->position().toPoint() - m_pressPos).manhattanLength() > 4) {
        m_fitted = false; // a drag: the map was panned
        return;
    }
    emit regionClicked(m_scene->regionAt(mapToScene(event->position().toPoint())));
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString code = m_scene->regionAt(mapToScene(event->position().toPoint()));
        if (!code.isEmpty()) {
            emit regionDoubleClicked(code);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    const int m = m_scene->municipalityAt(mapToScene(event->pos()));
    if (m < 0) {
        event->ignore();
        return;
    }
    emit municipalityMenuRequested(m, event->globalPos());
    event->accept();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fit();
}

void MapView::leaveEvent(QEvent *event)
{
    QGraphicsView::leaveEvent(event);
    if (!m_hovered.isEmpty()) {
        m_hovered.clear();
        emit regionHovered(QString());
    }
}

} // namespace Koso
