#pragma once

#include "model/Hospital.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <memory>
#include <optional>

namespace Koso {

class Dataset;
class SqlQuery;

// Hospitals and their per-edition figures. Writes assume the caller holds a transaction.
class HospitalStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::HospitalStore)

public:
    explicit HospitalStore(Dataset &dataset);
    ~HospitalStore();

    // Hospitals of one region, of a prefecture (4-digit vs 2-digit code), or all (empty).
    QVector<Hospital> hospitals(const QString &areaCode = QString()) const;
    std::optional<Hospital> hospital(qint64 id) const;
    std::optional<Hospital> findByKey(const QString &regionCode, const QString &name,
                                      const QString &municipality) const;
    qint64 count() const;

    // Inserts the hospital and returns its id (0 on failure); a non-zero hospital.id is kept.
    qint64 insert(const Hospital &hospital, QString *error);
    bool update(const Hospital &hospital, QString *error);

    // The figures of every hospital listed in an edition, keyed by hospital id; limited to
    // one region or prefecture when areaCode is given.
    QHash<qint64, HospitalFigures> figures(int editionId,
                                           const QString &areaCode = QString()) const;
    // One hospital's figures in every edition it is listed in, oldest edition first.
    QVector<HospitalFigures> figureHistory(qint64 hospitalId) const;
    bool putFigures(const HospitalFigures &figures, QString *error);

private:
    QString areaFilter(const QString &areaCode, const QString &column) const;

    Dataset &m_dataset;
    std::unique_ptr<SqlQuery> m_putEdition;
    std::unique_ptr<SqlQuery> m_putBed;
    std::unique_ptr<SqlQuery> m_putMetric;
    QHash<QString, int> m_functionIds;
};

} // namespace Koso
