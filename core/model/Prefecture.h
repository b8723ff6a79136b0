#pragma once

#include <QString>

#include <optional>

namespace Koso {

// 都道府県, JIS code 01–47; 00 is the nation (全国).
struct Prefecture
{
    QString code;
    QString name;
    std::optional<qint64> population;
    std::optional<double> areaKm2;

    bool isNational() const { return code == QLatin1String("00"); }
};

} // namespace Koso
