#include "charts/ChartAxes.h"

#include "charts/ChartStyle.h"

#include <QCategoryAxis>
#include <QLocale>

#include <cmath>

namespace Koso {

double ChartAxes::niceStep(double maximum, int targetTicks)
{
    if (!(maximum > 0) || !std::isfinite(maximum))
        return 1;
    const double raw = maximum / std::max(1, targetTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        const double step = m * magnitude;
        if (step < 1)
            continue; // beds are whole numbers
        if (m == 2.5 && magnitude < 10)
            continue; // 2.5, 25 … only where the step stays whole
        if (step >= raw)
            return step;
    }
    return std::max(1.0, 10 * magnitude);
}

QVector<double> ChartAxes::niceTicks(double maximum, int targetTicks)
{
    const double step = niceStep(maximum, targetTicks);
    const double top = std::max(step, std::ceil(maximum / step - 1e-9) * step);
    QVector<double> ticks;
    for (int i = 0; i * step <= top + step / 2; ++i)
        ticks << i * step;
    return ticks;
}

QString ChartAxes::tickLabel(double value)
{
    const double whole = std::round(value);
    if (std::abs(value - whole) < 1e-9)
        return QLocale().toString(qint64(whole));
    return QLocale().toString(value, 'f', 1);
}

QValueAxis *ChartAxes::valueAxis(double maximum, const QString &title, int targetTicks)
{
    const QVector<double> ticks = niceTicks(maximum, targetTicks);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(0);
    for (double t : ticks)
        axis->append(tickLabel(t), t);
    axis->setRange(0, ticks.last());
    axis->setTitleText(title.toHtmlEscaped());
    ChartStyle::styleAxis(axis);
    return axis;
}

} // namespace Koso
