#pragma once

#include <QPaintDevice>

#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace Koso {

class OutlineTextEngine;

// A paint device that forwards everything to another painter but draws text as glyph
// outlines. SVG has no way to carry a font, so an exported SVG holds its Japanese text as
// paths: it then looks the same in PowerPoint or a browser on a PC without the font.
class OutlineTextDevice : public QPaintDevice
{
public:
    // target must stay active while this device is painted on; metrics follow its device.
    explicit OutlineTextDevice(QPainter *target);
    ~OutlineTextDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPainter *m_target;
    std::unique_ptr<OutlineTextEngine> m_engine;
};

} // namespace Koso
