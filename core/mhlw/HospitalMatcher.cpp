#include "mhlw/HospitalMatcher.h"

#include "storage/HospitalStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Koso {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Koso::HospitalMatcher)
};

// 「医療法人社団○○会」「社会福祉法人…」: the owner, which changes more often than the name of
// the facility itself.
QString withoutLegalEntity(const QString &nameKey)
{
    static const QRegularExpression prefix(QStringLiteral(
        "^(?:医療法人社団|医療法人財団|社会医療法人財団|社会医療法人社団|社会医療法人|特定医療法人|"
        "医療法人|社会福祉法人|地方独立行政法人|独立行政法人|公益財団法人|一般財団法人|"
        "公益社団法人|一般社団法人|学校法人|国立大学法人|公立大学法人)"
        "[^病院診療所クリニック]{0,12}?(?:会|団|院|機構|法人|財団)"));
    QString s = nameKey;
    s.remove(prefix);
    return s.isEmpty() ? nameKey : s;
}

QSet<QString> bigrams(const QString &s)
{
    QSet<QString> set;
    for (int i = 0; i + 1 < s.size(); ++i)
        set.insert(s.mid(i, 2));
    return set;
}

} // namespace

HospitalMatcher::HospitalMatcher(HospitalStore &store)
    : m_store(store)
{ }

QString HospitalMatcher::key(const QString &region, const QString &nameKey,
                             const QString &municipality)
{
    return region + QLatin1Char('\x1f') + nameKey + QLatin1Char('\x1f') + municipality;
}

QString HospitalMatcher::nameOnlyKey(const QString &region, const QString &nameKey)
{
    return region + QLatin1Char('\x1f') + nameKey;
}

void HospitalMatcher::load()
{
    m_byKey.clear();
    m_byName.clear();
    for (const Hospital &h : m_store.hospitals())
        add(h.id, h.regionCode, Hospital::nameKey(h.name), h.municipality);
}

void HospitalMatcher::add(qint64 id, const QString &regionCode, const QString &nameKey,
                          const QString &municipality)
{
    m_byKey.insert(key(regionCode, nameKey, municipality), id);
    m_byName.insert(nameOnlyKey(regionCode, nameKey), { id, municipality });
}

void HospitalMatcher::setMunicipality(qint64 id, const QString &regionCode, const QString &nameKey,
                                      const QString &municipality)
{
    m_byKey.remove(key(regionCode, nameKey, QString()));
    const QString nk = nameOnlyKey(regionCode, nameKey);
    for (auto it = m_byName.find(nk); it != m_byName.end() && it.key() == nk; ++it) {
        if (it->first == id)
            it->second = municipality;
    }
    m_byKey.insert(key(regionCode, nameKey, municipality), id);
}

qint64 HospitalMatcher::find(const QString &regionCode, const QString &nameKey,
                             const QString &municipality, bool *fillMunicipality) const
{
    *fillMunicipality = false;
    const qint64 exact = m_byKey.value(key(regionCode, nameKey, municipality), 0);
    if (exact)
        return exact;
    // One side lacks the municipality (a 「未報告」 row): the name decides, if it is unique.
    const auto candidates = m_byName.values(nameOnlyKey(regionCode, nameKey));
    if (candidates.size() != 1)
        return 0;
    const auto &only = candidates.first();
    if (municipality.isEmpty())
        return only.first;
    if (only.second.isEmpty()) {
        *fillMunicipality = true;
        return only.first;
    }
    return 0;
}

double HospitalMatcher::similarity(const QString &a, const QString &b)
{
    const QString x = withoutLegalEntity(a);
    const QString y = withoutLegalEntity(b);
    if (x == y)
        return 1.0;
    if (x.size() >= 3 && y.size() >= 3 && (x.contains(y) || y.contains(x)))
        return 0.9;
    const QSet<QString> bx = bigrams(x);
    const QSet<QString> by = bigrams(y);
    if (bx.isEmpty() || by.isEmpty())
        return 0.0;
    const double common = double(QSet<QString>(bx).intersect(by).size());
    return 2.0 * common / double(bx.size() + by.size());
}

QVector<RenameCandidate> HospitalMatcher::renameCandidates(const QVector<Candidate> &vanished,
                                                           const QVector<Candidate> &added)
{
    struct Scored
    {
        double score;
        int v;
        int a;
        QString reason;
    };
    QVector<Scored> scored;
    for (int i = 0; i < vanished.size(); ++i) {
        const Candidate &v = vanished.at(i);
        for (int j = 0; j < added.size(); ++j) {
            const Candidate &a = added.at(j);
            if (v.facility.regionCode != a.facility.regionCode)
                continue;
            const bool sameTown = v.facility.municipality == a.facility.municipality
                || v.facility.municipality.isEmpty() || a.facility.municipality.isEmpty();
            if (!sameTown)
                continue;
            const double name = similarity(v.nameKey, a.nameKey);
            qint64 total = 0;
            for (qint64 n : v.beds)
                total += n;
            const bool sameBeds = total > 0 && v.beds == a.beds;
            double score = name;
            QString reason;
            if (name >= 0.6)
                reason = Text::tr("similar name");
            if (sameBeds) {
                score += 0.5;
                reason = reason.isEmpty() ? Text::tr("same beds by function")
                                          : Text::tr("similar name, same beds by function");
            }
            if (score >= 0.6)
                scored << Scored { score, i, j, reason };
        }
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &x, const Scored &y) { return x.score > y.score; });
    QVector<RenameCandidate> result;
    QSet<int> usedV;
    QSet<int> usedA;
    for (const Scored &s : std::as_const(scored)) {
        if (usedV.contains(s.v) || usedA.contains(s.a))
            continue;
        usedV.insert(s.v);
        usedA.insert(s.a);
        result << RenameCandidate { vanished.at(s.v).facility, added.at(s.a).facility, s.reason };
    }
    return result;
}

} // namespace Koso
