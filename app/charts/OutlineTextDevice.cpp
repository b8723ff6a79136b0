#include "charts/OutlineTextDevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace Koso {

class OutlineTextEngine : public QPaintEngine
{
public:
    explicit OutlineTextEngine(QPainter *target)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_target(target)
    { }

    bool begin(QPaintDevice *) override
    {
        m_base = m_target->transform();
        m_target->save();
        return true;
    }
    bool end() override
    {
        m_target->restore();
        return true;
    }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        if (flags & DirtyTransform)
            m_target->setTransform(state.transform() * m_base);
        if (flags & DirtyPen) {
            m_pen = state.pen();
            m_target->setPen(m_pen);
        }
        if (flags & DirtyBrush)
            m_target->setBrush(state.brush());
        if (flags & DirtyBrushOrigin)
            m_target->setBrushOrigin(state.brushOrigin());
        if (flags & DirtyBackground)
            m_target->setBackground(state.backgroundBrush());
        if (flags & DirtyBackgroundMode)
            m_target->setBackgroundMode(state.backgroundMode());
        if (flags & DirtyHints)
            m_target->setRenderHints(state.renderHints());
        if (flags & DirtyCompositionMode)
            m_target->setCompositionMode(state.compositionMode());
        if (flags & DirtyOpacity)
            m_target->setOpacity(state.opacity());
        if (flags & DirtyClipPath)
            m_target->setClipPath(state.clipPath(), state.clipOperation());
        if (flags & DirtyClipRegion)
            m_target->setClipRegion(state.clipRegion(), state.clipOperation());
        if (flags & DirtyClipEnabled)
            m_target->setClipping(state.isClipEnabled());
    }

    void drawPath(const QPainterPath &path) override { m_target->drawPath(path); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (mode == PolylineMode)
            m_target->drawPolyline(points, count);
        else
            m_target->drawPolygon(points, count,
                                  mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
    }
    void drawRects(const QRectF *rects, int count) override { m_target->drawRects(rects, count); }
    void drawLines(const QLineF *lines, int count) override { m_target->drawLines(lines, count); }
    void drawEllipse(const QRectF &r) override { m_target->drawEllipse(r); }
    void drawPoints(const QPointF *points, int count) override
    {
        m_target->drawPoints(points, count);
    }
    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override
    {
        m_target->drawPixmap(r, pm, sr);
    }
    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags flags) override
    {
        m_target->drawImage(r, image, sr, flags);
    }
    void drawTextItem(const QPointF &p, const QTextItem &textItem) override
    {
        QPainterPath path;
        path.addText(p, textItem.font(), textItem.text());
        m_target->fillPath(path, m_pen.brush());
    }

private:
    QPainter *m_target;
    QTransform m_base;
    QPen m_pen;
};

OutlineTextDevice::OutlineTextDevice(QPainter *target)
    : m_target(target)
    , m_engine(std::make_unique<OutlineTextEngine>(target))
{ }

OutlineTextDevice::~OutlineTextDevice() = default;

QPaintEngine *OutlineTextDevice::paintEngine() const
{
    return m_engine.get();
}

int OutlineTextDevice::metric(PaintDeviceMetric metric) const
{
    const QPaintDevice *d = m_target->device();
    if (!d)
        return 0;
    switch (metric) {
    case PdmWidth:
        return d->width();
    case PdmHeight:
        return d->height();
    case PdmWidthMM:
        return d->widthMM();
    case PdmHeightMM:
        return d->heightMM();
    case PdmNumColors:
        return d->colorCount();
    case PdmDepth:
        return d->depth();
    case PdmDpiX:
        return d->logicalDpiX();
    case PdmDpiY:
        return d->logicalDpiY();
    case PdmPhysicalDpiX:
        return d->physicalDpiX();
    case PdmPhysicalDpiY:
        return d->physicalDpiY();
    case PdmDevicePixelRatio:
        return int(d->devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(d->devicePixelRatioF() * QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

} // namespace Koso
