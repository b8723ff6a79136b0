#pragma once

#include "analysis/AreaGap.h"

#include <QCoreApplication>
#include <QVariant>

namespace Koso {

// How the gap tables show a figure: the text, the raw value they sort by, and the colour of
// a gap cell; shared by the region, function and prefecture models.
class GapCellFormat
{
    Q_DECLARE_TR_FUNCTIONS(Koso::GapCellFormat)

public:
    static QString beds(const BedValue &value);
    static QString difference(const std::optional<qint64> &value, GapDirection direction);
    static QString ratio(const std::optional<double> &value);
    static QString change(const std::optional<qint64> &beds, const std::optional<double> &rate);
    static QString decimal(const std::optional<double> &value, int decimals = 1);
    static QVariant sortValue(const BedValue &value);
    template<typename T> static QVariant sortValue(const std::optional<T> &value)
    {
        return value ? QVariant(*value) : QVariant();
    }
    // Background and text colours of a cell comparing value with required.
    static QVariant background(GapDirection direction, const std::optional<double> &ratio,
                               double threshold);
    static QVariant foreground(GapDirection direction, const std::optional<double> &ratio,
                               double threshold);
    // "Planned 956 against required 585: 163.4% — over the need by more than 10%"
    static QString explain(const FunctionGap &f, bool planned, double threshold);
};

} // namespace Koso
