#include "analysis/AreaGap.h"

#include <QLocale>

namespace Koso {

QString FunctionGap::displayName() const
{
    return QLocale().language() == QLocale::Japanese ? nameJa : nameEn;
}

const FunctionGap *AreaGap::find(const QString &key) const
{
    if (key == FunctionGap::totalKey())
        return &total;
    for (const FunctionGap &f : functions) {
        if (f.functionKey == key)
            return &f;
    }
    return nullptr;
}

QVector<const FunctionGap *> AreaGap::rowsWithTotal() const
{
    QVector<const FunctionGap *> rows;
    for (const FunctionGap &f : functions) {
        if (f.countsInTotal)
            rows << &f;
    }
    rows << &total;
    return rows;
}

std::optional<double> AreaGap::reportingRate(int year) const
{
    for (const ReportingRate &r : reportingRates) {
        if (r.year == year)
            return r.rate;
    }
    return std::nullopt;
}

bool AreaGap::isFlagged() const
{
    for (const FunctionGap *f : rowsWithTotal()) {
        for (GapDirection d : { f->latestDirection, f->plannedDirection }) {
            if (d == GapDirection::Over || d == GapDirection::Under)
                return true;
        }
    }
    return false;
}

} // namespace Koso
