#pragma once

#include <QString>
#include <QVector>

namespace Koso {

// One entry of the data-driven function list (table bed_function).
struct BedFunction
{
    int id = 0;
    QString key; // HighAcute, Acute, Recovery, Chronic, Closed
    QString nameJa;
    QString nameEn;
    int position = 0;
    bool countsInTotal = true;

    // The name in the language of the default QLocale.
    QString displayName() const;
};

using BedFunctionList = QVector<BedFunction>;

} // namespace Koso
