#pragma once

#include "io/Table.h"
#include "measures/SupportMeasure.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;
struct ChangeStamp;

// The support-measure catalogue (the shipped one, :/core/measures/catalogue.tsv, with the
// office's versions over it), the measures linked to hospitals, and the good-practice cases.
// Writes assume the caller holds a transaction and calls Dataset::notifyChanged() after.
class MeasureStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::MeasureStore)

public:
    explicit MeasureStore(Dataset &dataset);

    // The catalogue shipped with the program (version 0 of each measure), in its order.
    static QVector<SupportMeasure> shippedCatalogue();
    // The newest version of every measure: shipped ones in their order, then the office's own.
    QVector<SupportMeasure> catalogue(bool includeRetired = true) const;
    std::optional<SupportMeasure> measure(const QString &id) const;
    // Every version of a measure, oldest (the shipped one) first.
    QVector<SupportMeasure> versions(const QString &id) const;
    // Stores the next version of measure.id; returns the version number (0 on failure).
    int insertVersion(const SupportMeasure &measure, const ChangeStamp &stamp, QString *error);
    bool removeVersion(const QString &id, int version, QString *error);
    // A free id for a new measure made from its name ("own-3").
    QString newMeasureId() const;

    QVector<MeasureUse> uses() const;
    QVector<MeasureUse> usesOfHospital(qint64 hospitalId) const;
    QVector<MeasureUse> usesOfMeasure(const QString &measureId) const;
    // Uses by hospitals of a region (4 digits) or prefecture (2 digits).
    QVector<MeasureUse> usesInArea(const QString &areaCode) const;
    std::optional<MeasureUse> use(qint64 id) const;
    qint64 insertUse(const MeasureUse &use, const ChangeStamp &stamp, QString *error);
    bool updateUse(const MeasureUse &use, const ChangeStamp &stamp, QString *error);
    bool removeUse(qint64 id, const ChangeStamp &stamp, QString *error);
    qint64 nextUseId() const;

    QVector<PracticeCase> cases() const;
    std::optional<PracticeCase> practiceCase(qint64 id) const;
    // Cases linked to a region, session or council.
    QVector<PracticeCase> casesLinkedTo(const QString &kind, const QString &target) const;
    qint64 insertCase(const PracticeCase &c, const ChangeStamp &stamp, QString *error);
    bool updateCase(const PracticeCase &c, const ChangeStamp &stamp, QString *error);
    bool removeCase(qint64 id, const ChangeStamp &stamp, QString *error);
    qint64 nextCaseId() const;

    // The catalogue with the number of hospitals linked, for export.
    Table catalogueTable() const;

private:
    QVector<MeasureUse> usesWhere(const QString &where, const QVariantList &values) const;
    bool writeLinks(const PracticeCase &c, QString *error);

    Dataset &m_dataset;
};

} // namespace Koso
