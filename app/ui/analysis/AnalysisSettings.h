#pragma once

#include <QSize>

namespace Koso {

// The user's settings of the gap analysis and its exports (QSettings), shared by the views
// and the command-line tool.
class AnalysisSettings
{
public:
    // The band within which a function counts as meeting its need, as a fraction (0.10).
    static double threshold();
    static void setThreshold(double fraction);
    // The last export size and resolution chosen in the export dialog.
    static QSize exportSize();
    static int exportDpi();
    static void setExport(const QSize &size, int dpi);
};

} // namespace Koso
