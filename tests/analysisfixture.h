#pragma once

#include <QString>

namespace Koso {
class Dataset;
}

// Small datasets for the analysis tests, written through the stores.
namespace AnalysisFixture {

// 北海道 (home prefecture 01) with four regions and hand-checked figures (edition 令和6年度):
// 0101 南渡島 with MHLW's real R6 figures (2015, 2024, 見込量 2025, 必要量) plus an invented
// 2018, reporting rate 95 % (2015) and 98 % (2024), and five facilities; 0102 南檜山 (real,
// required 高度急性期 0 and reported 0); 0103 北渡島檜山 (real); 0199 テスト区域 (invented:
// required 高度急性期 0 against 12 reported, 慢性期 見込量 「未報告」). No prefecture figures of
// 01 (the analysis sums the regions); the nation's real figures and reporting rates.
bool build(Koso::Dataset &dataset, const QString &path, QString *error);

// Every region and prefecture from the reference tables (KOSO_REFERENCE_DATA_DIR): 339
// regions with 2015, 2024, 見込量 2025 and 必要量; 47 prefectures and the nation by year.
bool buildFromReference(Koso::Dataset &dataset, const QString &path, const QString &referenceDir,
                        const QString &homePrefecture, QString *error);

} // namespace AnalysisFixture
