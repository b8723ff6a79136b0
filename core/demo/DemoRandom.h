#pragma once

#include <QStringView>
#include <QVector>

#include <QtGlobal>

namespace Koso {

// A small PCG32 generator with its own integer and real helpers, so the demo dataset comes out
// the same with every compiler and standard library (std::uniform_*_distribution does not).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed, quint64 stream = 0);

    // A stream number for a named step: FNV-1a of the name (qHash is seeded per process).
    static quint64 streamFor(QStringView name);

    quint32 next();
    // Integer in [low, high], both inclusive.
    int uniform(int low, int high);
    // Real in [low, high).
    double real(double low, double high);
    bool chance(double probability);
    // Rounds to the nearest integer (halves away from zero), for bed counts.
    static qint64 round(double value);

    template<typename T> const T &pick(const QVector<T> &items)
    {
        return items.at(uniform(0, int(items.size()) - 1));
    }
    // Index chosen with the given weights (all >= 0, not all 0).
    int weighted(const QVector<int> &weights);

private:
    quint64 m_state = 0;
    quint64 m_increment = 0;
};

} // namespace Koso
