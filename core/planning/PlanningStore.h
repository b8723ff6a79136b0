#pragma once

#include "planning/PlanningRecords.h"
#include "policy/PolicyStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantList>

namespace Koso {

class Dataset;

// The planning records (targets, gap explanations, designations, promotion plans, actions and
// notes, PDCA entries) and the history of their changes. Writes record who and when, one
// planning_change row per changed field; they assume the caller holds a transaction and calls
// Dataset::notifyChanged(PlanningDataChange) after the commit (see PlanningEditCommand).
class PlanningStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PlanningStore)

public:
    explicit PlanningStore(Dataset &dataset);

    static QStringList tables();
    // The writable columns of a table (id excluded).
    static QStringList columns(const QString &table);
    // Tables whose rows belong to a row of this one: (child table, column holding our id).
    static QVector<QPair<QString, QString>> children(const QString &table);

    std::optional<PlanningValues> values(const QString &table, qint64 id) const;
    // Rows of a table (with "id"), filtered by an SQL condition on its columns.
    QVector<PlanningValues> select(const QString &table, const QString &where = QString(),
                                   const QVariantList &binds = {},
                                   const QString &orderBy = QStringLiteral("id")) const;

    // Inserts a row (with the given id when not 0, to restore a removed one); returns its id,
    // 0 on failure (*error says why).
    qint64 insert(const QString &table, const PlanningValues &values, const ChangeStamp &stamp,
                  QString *error, qint64 id = 0);
    bool update(const QString &table, qint64 id, const PlanningValues &values,
                const ChangeStamp &stamp, QString *error);
    // Removes a row and (through the foreign keys) its children.
    bool remove(const QString &table, qint64 id, const ChangeStamp &stamp, QString *error);

    // Changes of one record (of every record of a table when id is 0), oldest first.
    QVector<PlanningChange> history(const QString &table, qint64 id = 0) const;

    // Typed readers.
    QVector<AnnualTarget> targets(int fiscalYear = 0, const QString &regionCode = QString()) const;
    QVector<int> targetYears() const;
    QHash<QString, GapExplanation> explanations(const QString &regionCode) const; // by function
    QVector<Designation> designations(const QString &regionCode = QString()) const;
    QVector<PromotionPlan> plans() const;
    std::optional<PromotionPlan> plan(const QString &regionCode) const;
    QVector<PromotionAction> actions(qint64 planId) const;
    QVector<PromotionNote> notes(qint64 actionId) const;
    QVector<PdcaEntry> pdca(const QString &regionCode) const;
    // ④ of MHLW's criteria, by region code.
    QHash<QString, QString> otherIssues() const;
    qint64 otherIssuesId(const QString &regionCode) const;

private:
    bool record(const QString &table, qint64 id, const QString &field, const QString &oldValue,
                const QString &newValue, const ChangeStamp &stamp, QString *error);
    static bool isNullable(const QString &table, const QString &column);

    Dataset &m_dataset;
};

} // namespace Koso
