#include "analysis/BedOverview.h"

#include <QCoreApplication>

namespace Koso {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Koso::BedOverview)

public:
    static QString total() { return tr("Total"); }
};

// A total is known when every part is; a part without a value leaves its reason.
BedValue sumOf(const QVector<BedValue> &parts)
{
    qint64 sum = 0;
    bool any = false;
    for (const BedValue &v : parts) {
        if (!v.hasValue())
            return BedValue::missing(v.missingReason);
        sum += *v.beds;
        any = true;
    }
    return any ? BedValue::of(sum) : BedValue();
}

} // namespace

std::optional<qint64> BedOverview::Row::plannedMinusRequired() const
{
    if (planned.hasValue() && required.hasValue())
        return *planned.beds - *required.beds;
    return std::nullopt;
}

BedOverview BedOverview::build(const QVector<BedFigure> &figures, const BedFunctionList &functions)
{
    BedOverview o;
    for (const BedFigure &f : figures) {
        switch (f.measure) {
        case Measure::Reported:
            if (f.year > o.reportedYear) {
                o.reportedYear = f.year;
                o.editionId = f.editionId;
            }
            break;
        case Measure::Planned:
            o.plannedYear = qMax(o.plannedYear, f.year);
            break;
        case Measure::Required:
            o.requiredYear = qMax(o.requiredYear, f.year);
            break;
        }
    }

    auto find = [&](Measure measure, int year, const QString &key) {
        for (const BedFigure &f : figures) {
            if (f.measure == measure && f.year == year && f.functionKey == key)
                return f.value;
        }
        return BedValue();
    };

    QVector<Row> counted;
    QVector<Row> others;
    for (const BedFunction &fn : functions) {
        Row row;
        row.functionKey = fn.key;
        row.name = fn.displayName();
        row.reported = find(Measure::Reported, o.reportedYear, fn.key);
        row.planned = find(Measure::Planned, o.plannedYear, fn.key);
        row.required = find(Measure::Required, o.requiredYear, fn.key);
        (fn.countsInTotal ? counted : others) << row;
    }
    Row total;
    total.isTotal = true;
    total.name = Text::total();
    QVector<BedValue> reported, planned, required;
    for (const Row &r : std::as_const(counted)) {
        reported << r.reported;
        planned << r.planned;
        required << r.required;
    }
    total.reported = sumOf(reported);
    total.planned = sumOf(planned);
    total.required = sumOf(required);
    o.rows = counted;
    o.rows << total;
    // 休棟中等 only where the area reports any.
    for (const Row &r : std::as_const(others)) {
        if (r.reported.hasValue() || r.planned.hasValue() || r.required.hasValue())
            o.rows << r;
    }
    return o;
}

} // namespace Koso
