#pragma once

#include "analysis/AreaGap.h"
#include "model/Edition.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Koso {

// The words every view, chart, table and report of the gap analysis shares: MHLW's caveat,
// the source line, the unit, names of directions, and numbers as an office writes them.
class AnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(Koso::AnalysisText)

public:
    // MHLW's caveat (report totals and required beds are computed differently; the reporting
    // rate differs by year), with the area's reporting rates of its first and latest years.
    static QString caveat(const AreaGap *area = nullptr);
    // Every year's reporting rate: 報告率：2015年 95.4%、2018年 …; empty without rates.
    static QString reportingRates(const AreaGap &area);
    // 出典: 厚生労働省「病床機能報告」ほか（令和6年度公表）
    static QString sourceLine(const std::optional<Edition> &edition);
    static QString editionLabel(const std::optional<Edition> &edition);
    static QString unitNote(); // 単位：床
    static QString number(qint64 value); // 5,243
    static QString signedNumber(qint64 value); // +359 / −35
    static QString percent(double fraction, int decimals = 1); // 107.4%
    static QString signedPercent(double fraction, int decimals = 1); // +7.4%
    static QString directionName(GapDirection direction);
    static QString directionMark(GapDirection direction); // ▲ over, ▼ under
    // 北海道 南渡島構想区域 / 南渡島 region (北海道)
    static QString areaTitle(const AreaGap &area);
    static QString measureName(Measure measure); // 病床機能報告 / 見込量 / 必要量
    static QString yearLabel(int year); // 2024年
};

} // namespace Koso
