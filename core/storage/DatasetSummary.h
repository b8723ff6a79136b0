#pragma once

#include <QString>
#include <QStringList>

namespace Koso {

class Dataset;

// What a dataset holds, in counts: for `koso info`, the About box and the status bar.
struct DatasetSummary
{
    QString path;
    int schemaVersion = 0;
    QString homePrefectureCode;
    QString homePrefectureName;
    int prefectures = 0; // prefectures that have regions in the dataset
    int regions = 0;
    qint64 hospitals = 0; // every facility, clinics with beds included
    qint64 clinics = 0;
    QStringList editions; // labels, oldest first

    static DatasetSummary read(const Dataset &dataset);
};

} // namespace Koso
