#pragma once

#include <QString>

#include <optional>

namespace Koso {

// 構想区域: code is the zero-padded 4-digit MHLW code (0101 南渡島).
struct Region
{
    QString code;
    QString prefectureCode;
    QString name;
    std::optional<qint64> population; // persons (MHLW publishes 万人)
    std::optional<double> areaKm2;
};

} // namespace Koso
