#pragma once

#include <QString>

#include <optional>

namespace Koso {

// A number of beds, or "no value" with MHLW's reason (「-」「*」「XXX」「未報告」): never 0.
struct BedValue
{
    std::optional<qint64> beds;
    QString missingReason;

    static BedValue of(qint64 n) { return BedValue { n, QString() }; }
    static BedValue missing(const QString &reason) { return BedValue { std::nullopt, reason }; }
    bool hasValue() const { return beds.has_value(); }
    qint64 valueOr(qint64 fallback) const { return beds.value_or(fallback); }
    bool operator==(const BedValue &o) const
    {
        return beds == o.beds && missingReason == o.missingReason;
    }
};

} // namespace Koso
