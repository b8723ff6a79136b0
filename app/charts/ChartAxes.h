#pragma once

#include <QString>
#include <QVector>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace Koso {

// Value axes that read like a council paper: round ticks (1, 2, 2.5 or 5 × 10ⁿ) from 0 to a
// round bound at or above the largest value, labelled with the locale's thousands separators
// (1,000 / 2,000 …), and a title such as 「単位：床」. Qt's printf-style label format cannot
// group digits, so the ticks are the boundaries of a QCategoryAxis with formatted labels.
class ChartAxes
{
public:
    // The step of about targetTicks round intervals covering 0 … maximum (whole numbers for
    // counts: at least 1).
    static double niceStep(double maximum, int targetTicks = 5);
    // 0, step, 2·step … up to the first multiple of step at or above maximum.
    static QVector<double> niceTicks(double maximum, int targetTicks = 5);
    // The label of a tick: the locale's grouping, no decimals for whole numbers.
    static QString tickLabel(double value);
    // A value axis from 0 to the round bound above maximum, styled like every chart axis.
    static QValueAxis *valueAxis(double maximum, const QString &title, int targetTicks = 5);
};

} // namespace Koso
