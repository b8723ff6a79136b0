#pragma once

#include <QString>

namespace Koso {

struct XlsxCell;

// A cell of MHLW's tables read as a figure: a number, a marker that means "no value"
// (「-」 not applicable or division by zero, 「*」 masked small count, 「XXX」 not computed,
// 「未報告」 not reported), empty, or some other text (which an importer must refuse).
struct FigureCell
{
    enum class Kind { Empty, Number, Marker, OtherText };

    Kind kind = Kind::Empty;
    double number = 0;
    QString text; // the marker in its canonical form, or the other text as found

    static FigureCell read(const XlsxCell *cell);
    // The canonical marker for a text, or an empty string when it is not one.
    static QString marker(const QString &text);

    bool isEmpty() const { return kind == Kind::Empty; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isMarker() const { return kind == Kind::Marker; }
    // Upper bounds of MHLW's figures; beyond them a figure is a typing or file error, never
    // data. Japan's largest hospital has about 1,500 beds, the nation about 1.2 million.
    static constexpr qint64 MaxFacilityBeds = 10000; // one facility, one function
    static constexpr qint64 MaxAreaBeds = 10000000; // a region, prefecture or 全国
    static constexpr qint64 MaxFacilityCases = 10000000; // a facility's cases in a year
    static constexpr qint64 MaxPopulation = 200000000;
    static constexpr double MaxAreaKm2 = 400000;
    static constexpr double MaxFacilityValue = 100000; // doctors, days of stay

    // A whole, non-negative number (beds, counts): rounding noise of a stored double allowed.
    bool isCount() const;
    // A count no larger than max.
    bool isCountUpTo(qint64 max) const { return isCount() && number <= double(max) + 0.5; }
    // A finite number from 0 to max.
    bool isWithin(double max) const;
    qint64 count() const;
};

} // namespace Koso
