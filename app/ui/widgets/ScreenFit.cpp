#include "widgets/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Koso {

QSize ScreenFit::fitted(const QWidget *widget, const QSize &preferred)
{
    const QScreen *screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return preferred;
    const QSize available = screen->availableGeometry().size();
    const QSize room(available.width() - FrameAllowanceWidth,
                     available.height() - FrameAllowanceHeight);
    if (room.width() <= 0 || room.height() <= 0)
        return preferred;
    return preferred.boundedTo(room);
}

void ScreenFit::resize(QWidget *widget, const QSize &preferred)
{
    widget->resize(fitted(widget, preferred));
}

} // namespace Koso
