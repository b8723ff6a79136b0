#pragma once

#include <QSize>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Koso {

// Window sizes that fit the screen a window opens on: a 1366×768 office laptop leaves about
// 1366×728 after the task bar, and a window's title bar and frame come on top of the size
// given to resize(). A first window or a preview asks for its preferred size and gets it,
// or less where the screen is smaller, so that its status bar and buttons stay in view.
class ScreenFit
{
public:
    // Room for the title bar and frame that the window manager adds around the client area.
    static constexpr int FrameAllowanceWidth = 16;
    static constexpr int FrameAllowanceHeight = 40;

    // preferred, bounded by the available geometry of the screen of widget (or the primary
    // screen) less the frame allowance.
    static QSize fitted(const QWidget *widget, const QSize &preferred);
    // Resizes widget to fitted(widget, preferred).
    static void resize(QWidget *widget, const QSize &preferred);
};

} // namespace Koso
