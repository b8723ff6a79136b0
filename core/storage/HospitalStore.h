#pragma once

#include "model/Hospital.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Koso {

class Dataset;
class SqlQuery;
class SqliteStatement;

// Hospitals and their per-edition figures. Writes assume the caller holds a transaction.
class HospitalStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::HospitalStore)

public:
    explicit HospitalStore(Dataset &dataset);
    ~HospitalStore();

    // Hospitals of one region, of a prefecture (4-digit vs 2-digit code), or all (empty).
    QVector<Hospital> hospitals(const QString &areaCode = QString()) const;
    // Every hospital's name by id: the cheap lookup for lists that only name hospitals.
    QHash<qint64, QString> names() const;
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
    // Writes one hospital's figures in one edition (bulk: reuses its prepared statements).
    bool putFigures(const HospitalFigures &figures, QString *error);
    // The hospitals listed in an edition.
    QSet<qint64> listedIn(int editionId) const;
    // Removes an edition's figures of the hospitals of the given regions (before the same
    // edition's list is imported again from a corrected file).
    bool removeFigures(int editionId, const QStringList &regionCodes, QString *error);

private:
    QString areaFilter(const QString &areaCode, const QString &column) const;

    Dataset &m_dataset;
    bool prepareWriters(QString *error);
    // INSERT … VALUES (…), (…) with n rows: one statement per facility and table.
    SqliteStatement *rowsStatement(std::vector<std::unique_ptr<SqliteStatement>> &cache,
                                   const QString &head, const QString &tuple, int n,
                                   QString *error);

    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_putEdition;
    std::vector<std::unique_ptr<SqliteStatement>> m_putBeds; // by number of rows
    std::vector<std::unique_ptr<SqliteStatement>> m_putMetrics;
    QHash<QString, QByteArray> m_utf8; // metric names, encoded once
    QHash<QString, int> m_functionIds;
};

} // namespace Koso
