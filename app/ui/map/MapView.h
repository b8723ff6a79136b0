#pragma once

#include <QGraphicsView>

namespace Koso {

class MapScene;

// Shows a MapScene: wheel and buttons zoom (around the pointer), a drag pans, a click selects
// a region, a double-click opens it, a right-click asks for the municipality's menu; hovering
// reports the region under the pointer. Names show on the national map once zoomed in.
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);

    // 1.0 when the map fits the view.
    double zoom() const { return m_zoom; }
    // True until the user zooms or pans away from fit().
    bool isFitted() const { return m_fitted; }
    static constexpr double MaxZoom = 40.0;
    static constexpr double MinZoom = 0.5;

public slots:
    void fit();
    void zoomIn();
    void zoomOut();
    void zoomBy(double factor);

signals:
    void regionHovered(const QString &regionCode);
    void regionClicked(const QString &regionCode);
    void regionDoubleClicked(const QString &regionCode);
    void municipalityMenuRequested(int municipality, const QPoint &globalPos);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    MapScene *m_scene;
    double m_zoom = 1.0;
    double m_fitScale = 1.0;
    QPoint m_pressPos;
    bool m_pressed = false;
    QString m_hovered;
    bool m_fitted = true;
};

} // namespace Koso
