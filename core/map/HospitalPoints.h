#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>
#include <QVector>

namespace Koso {

class Dataset;

// A hospital of the dataset placed on the map: its coordinates come from MHLW's 医療情報ネット
// open data matched to the hospital (never guessed); hospitals without a match are not points.
struct HospitalPoint
{
    qint64 hospitalId = 0;
    QString name;
    QString regionCode;
    QPointF lonLat; // x = longitude, y = latitude (WGS84)
    int beds = 0; // total beds of the latest report (0 when not reported)
    QString policyStatus; // PolicyStatus key of its response policy, empty when none
    QString mainFunction; // HighAcute|Acute|Recovery|Chronic: most beds in the latest report
};

class HospitalPoints
{
    Q_DECLARE_TR_FUNCTIONS(Koso::HospitalPoints)

public:
    // The located hospitals of a prefecture (every prefecture when empty).
    static QVector<HospitalPoint> load(Dataset &dataset, const QString &prefectureCode);
    // The credit line of the locations with their snapshot date, for every map that shows them.
    static QString sourceLine(Dataset &dataset);
};

} // namespace Koso
