#pragma once

#include "model/Prefecture.h"
#include "model/Region.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// Prefectures and regions. Writes assume the caller holds a transaction.
class GeographyStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::GeographyStore)

public:
    explicit GeographyStore(Dataset &dataset);

    QVector<Prefecture> prefectures() const;
    std::optional<Prefecture> prefecture(const QString &code) const;
    // All regions, or those of one prefecture, ordered by code.
    QVector<Region> regions(const QString &prefectureCode = QString()) const;
    std::optional<Region> region(const QString &code) const;

    bool upsertPrefecture(const Prefecture &prefecture, QString *error);
    bool upsertRegion(const Region &region, QString *error);

private:
    Dataset &m_dataset;
};

} // namespace Koso
