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
    // One of the 47 (two digits, 01–47): neither 全国 (00) nor the demo's fictional 99.
    static bool isOneOf47(const QString &code)
    {
        if (code.size() != 2 || !code.at(0).isDigit() || !code.at(1).isDigit())
            return false;
        const int number = code.toInt();
        return number >= 1 && number <= 47;
    }
};

} // namespace Koso
