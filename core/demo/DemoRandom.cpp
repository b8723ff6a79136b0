#include "demo/DemoRandom.h"

#include <QByteArray>
#include <QString>

#include <cmath>

namespace Koso {

DemoRandom::DemoRandom(quint64 seed, quint64 stream)
    : m_increment((stream << 1u) | 1u)
{
    // The seeding sequence of the PCG reference implementation.
    next();
    m_state += seed;
    next();
}

quint64 DemoRandom::streamFor(QStringView name)
{
    quint64 hash = 14695981039346656037ull;
    const QByteArray bytes = name.toUtf8();
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

quint32 DemoRandom::next()
{
    const quint64 old = m_state;
    m_state = old * 6364136223846793005ull + m_increment;
    const quint32 xorShifted = quint32(((old >> 18u) ^ old) >> 27u);
    const quint32 rotation = quint32(old >> 59u);
    return (xorShifted >> rotation) | (xorShifted << ((32u - rotation) & 31u));
}

int DemoRandom::uniform(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 range = quint64(qint64(high) - qint64(low)) + 1u;
    // Rejection keeps every value equally likely.
    const quint64 limit = (quint64(1) << 32u) - ((quint64(1) << 32u) % range);
    quint64 value;
    do {
        value = next();
    } while (value >= limit);
    return int(qint64(low) + qint64(value % range));
}

double DemoRandom::real(double low, double high)
{
    return low + (high - low) * (double(next()) / 4294967296.0);
}

bool DemoRandom::chance(double probability)
{
    return real(0.0, 1.0) < probability;
}

qint64 DemoRandom::round(double value)
{
    return qint64(std::llround(value));
}

int DemoRandom::weighted(const QVector<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = uniform(0, total - 1);
    for (int i = 0; i < weights.size(); ++i) {
        if (r < weights.at(i))
            return i;
        r -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

} // namespace Koso
