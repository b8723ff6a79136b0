#include "analysis/AnalysisSettings.h"

#include "analysis/GapAnalysis.h"

#include <QSettings>

namespace Koso {

namespace {
const QString thresholdKey = QStringLiteral("analysis/gapThreshold");
const QString sizeKey = QStringLiteral("export/chartSize");
const QString dpiKey = QStringLiteral("export/chartDpi");
} // namespace

double AnalysisSettings::threshold()
{
    bool ok = false;
    const double t = QSettings().value(thresholdKey, GapAnalysis::DefaultThreshold).toDouble(&ok);
    return ok && t >= 0 && t < 1 ? t : GapAnalysis::DefaultThreshold;
}

void AnalysisSettings::setThreshold(double fraction)
{
    QSettings().setValue(thresholdKey, fraction);
}

QSize AnalysisSettings::exportSize()
{
    const QSize s = QSettings().value(sizeKey, QSize(1920, 1080)).toSize();
    return s.isValid() && s.width() >= 16 && s.height() >= 16 ? s : QSize(1920, 1080);
}

int AnalysisSettings::exportDpi()
{
    const int dpi = QSettings().value(dpiKey, 144).toInt();
    return dpi >= 36 && dpi <= 2400 ? dpi : 144;
}

void AnalysisSettings::setExport(const QSize &size, int dpi)
{
    QSettings settings;
    settings.setValue(sizeKey, size);
    settings.setValue(dpiKey, dpi);
}

} // namespace Koso
