#include "policy/AddHospitalCommand.h"

#include "policy/PolicyField.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace Koso {

AddHospitalCommand::AddHospitalCommand(Dataset *dataset, const Hospital &hospital,
                                       const QVector<qint64> &mergedFrom, QUndoCommand *parent)
    : DatasetCommand(dataset, QString(), parent)
    , m_hospital(hospital)
    , m_mergedFrom(mergedFrom)
{
    setText(
        mergedFrom.isEmpty()
            ? tr("Add %1").arg(hospital.name)
            : tr("Merge %n hospital(s) into %1", "", int(mergedFrom.size())).arg(hospital.name));
    m_hospital.addedByHand = true;
    if (m_hospital.id == 0) {
        SqlQuery q(dataset->database(),
                   QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM hospital"));
        if (q.exec() && q.next())
            m_hospital.id = q.value(0).toLongLong();
    }
}

bool AddHospitalCommand::apply(QString *error)
{
    if (m_hospital.name.trimmed().isEmpty()) {
        *error = tr("A hospital needs a name.");
        return false;
    }
    Transaction tx(m_dataset->database());
    if (HospitalStore(*m_dataset).insert(m_hospital, error) == 0)
        return false;
    const ChangeStamp stamp = ChangeStamp::now();
    PolicyStore policies(*m_dataset);
    const PolicyChange added { 0,
                               m_hospital.id,
                               stamp.at,
                               stamp.by,
                               QStringLiteral("added"),
                               QStringLiteral("0"),
                               QStringLiteral("1") };
    if (!policies.recordChange(added, error))
        return false;
    for (qint64 id : std::as_const(m_mergedFrom)) {
        if (!policies.setValues(id, { { PolicyField::MergedInto, QString::number(m_hospital.id) } },
                                stamp, error)) {
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    m_dataset->notifyChanged(DataChange::Hospitals | DataChange::Policies);
    return true;
}

bool AddHospitalCommand::revert(QString *error)
{
    Transaction tx(m_dataset->database());
    PolicyStore policies(*m_dataset);
    const ChangeStamp stamp = ChangeStamp::now();
    // The merged hospitals stand alone again, with the undo in their history.
    for (qint64 id : std::as_const(m_mergedFrom)) {
        if (!policies.setValues(id, { { PolicyField::MergedInto, QString() } }, stamp, error)) {
            return false;
        }
    }
    // Its policy, history and agenda entries go with it (ON DELETE CASCADE); edits made after
    // adding it were undone before this, as the stack is linear.
    if (!SqlQuery::run(m_dataset->database(), QStringLiteral("DELETE FROM hospital WHERE id = ?"),
                       error, { m_hospital.id })) {
        return false;
    }
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    m_dataset->notifyChanged(DataChange::Hospitals | DataChange::Policies);
    return true;
}

} // namespace Koso
