#pragma once

#include "model/Prefecture.h"

#include <QVector>

namespace Koso {

// The 47 prefectures and 全国 (00) every dataset starts with, from :/core/prefectures.tsv:
// for choosing a home prefecture before any dataset exists.
class PrefectureCatalog
{
public:
    // 00 first, then 01–47.
    static QVector<Prefecture> all();
    // 01–47 only.
    static QVector<Prefecture> prefectures();
};

} // namespace Koso
