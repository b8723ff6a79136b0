#pragma once

#include "analysis/AreaGap.h"
#include "model/BedFunction.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// The gap between reported, planned and required beds of the nation, a prefecture or a
// region, function by function and in total (newest edition's figures).
//
// Flags: a function is over (under) its need when it exceeds (falls short of) the required
// beds by more than the threshold (±10 % by default, a user setting).
//
// Unexplained gap, the first two criteria MHLW used to choose promotion regions: the gap is
// planned − required (the 見込量 MHLW compared; latest − required where there is none). Part of
// it the data explains: report totals and required beds are computed differently, which the
// threshold band (threshold × required) stands for, and facilities that did not report make a
// shortage look larger than it is (their beds estimated as value × (1 − rate) ÷ rate from the
// latest reporting rate). What is left is the unexplained gap; areas are ranked by its size.
class GapAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(Koso::GapAnalysis)

public:
    static constexpr double DefaultThreshold = 0.10;
    static constexpr int DefaultBaseYear = 2015;

    struct Options
    {
        double threshold = DefaultThreshold;
        int baseYear = DefaultBaseYear;
    };

    // What compute() needs of one area.
    struct Input
    {
        AreaKind kind = AreaKind::Region;
        QString code;
        QString name;
        QString prefectureCode;
        QString prefectureName;
        std::optional<qint64> population;
        QVector<BedFigure> figures;
        QVector<ReportingRate> rates;
    };

    explicit GapAnalysis(Dataset &dataset);
    GapAnalysis(Dataset &dataset, Options options);

    const Options &options() const { return m_options; }

    std::optional<AreaGap> region(const QString &code) const;
    // A prefecture, or the nation for "00". Where the dataset holds no figures of the area
    // itself they are summed from its regions (a sum is empty where any part is).
    std::optional<AreaGap> prefecture(const QString &code) const;
    std::optional<AreaGap> nation() const { return prefecture(QStringLiteral("00")); }
    // Every region of a prefecture (all regions if empty), by code, ranked among themselves.
    QVector<AreaGap> regions(const QString &prefectureCode = QString()) const;
    // The 47 prefectures (and others the dataset holds, e.g. the demo's 99), ranked among
    // themselves; the nation is not among them.
    QVector<AreaGap> prefectures() const;

    // The computation itself, for figures from anywhere.
    static AreaGap compute(const Input &input, const BedFunctionList &functions,
                           const Options &options);
    // Sets FunctionGap::rank of every function and the total across the areas.
    static void rank(QVector<AreaGap> &areas);
    static GapDirection direction(const BedValue &value, const BedValue &required,
                                  double threshold);
    // Sums the figures of several areas key by key; a key is empty (with the first reason
    // given) unless every part has a value for it.
    static QVector<BedFigure> sumFigures(const QVector<QVector<BedFigure>> &parts,
                                         const QString &areaCode);

private:
    BedFunctionList functions() const;

    Dataset &m_dataset;
    Options m_options;
    mutable BedFunctionList m_functions;
};

} // namespace Koso
