#pragma once

#include "mhlw/ImportSummary.h"
#include "model/Hospital.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

namespace Koso {

class HospitalStore;

// Finds the facility a row of 別添5 is about. MHLW gives no code, so a facility is its region
// + normalised name (NFKC, no spaces) + municipality, in every edition. A facility listed as
// 「未報告」 has no municipality: it matches the one facility of that name in the region, and
// a later row with the municipality fills it in.
class HospitalMatcher
{
public:
    explicit HospitalMatcher(HospitalStore &store);

    void load();
    // The matching hospital's id, or 0. *fillMunicipality is set when the match was made on
    // the name alone and the row brings the municipality the known facility lacks.
    qint64 find(const QString &regionCode, const QString &nameKey, const QString &municipality,
                bool *fillMunicipality) const;
    void add(qint64 id, const QString &regionCode, const QString &nameKey,
             const QString &municipality);
    void setMunicipality(qint64 id, const QString &regionCode, const QString &nameKey,
                         const QString &municipality);

    // Pairs of a vanished and a new facility of the same region that look like one facility
    // renamed: same municipality and a similar name (or the very same beds).
    struct Candidate
    {
        FacilityRef facility;
        QString nameKey;
        QMap<QString, qint64> beds;
    };
    static QVector<RenameCandidate> renameCandidates(const QVector<Candidate> &vanished,
                                                     const QVector<Candidate> &added);
    // Similarity of two name keys (0–1): the legal-entity prefix aside, shared character pairs.
    static double similarity(const QString &a, const QString &b);

private:
    static QString key(const QString &region, const QString &nameKey, const QString &municipality);
    static QString nameOnlyKey(const QString &region, const QString &nameKey);

    HospitalStore &m_store;
    QHash<QString, qint64> m_byKey;
    QMultiHash<QString, QPair<qint64, QString>> m_byName; // region+name → (id, municipality)
};

} // namespace Koso
