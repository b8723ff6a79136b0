#include "policy/SetPolicyValuesCommand.h"

#include "policy/PolicyField.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/Transaction.h"

namespace Koso {

SetPolicyValuesCommand::SetPolicyValuesCommand(Dataset *dataset, QVector<PolicyValueChange> changes,
                                               const QString &text, QUndoCommand *parent)
    : DatasetCommand(dataset, text, parent)
    , m_changes(std::move(changes))
{ }

std::unique_ptr<SetPolicyValuesCommand>
SetPolicyValuesCommand::create(Dataset *dataset, const QVector<qint64> &hospitalIds,
                               const QMap<QString, QString> &values, const QString &text,
                               QString *error)
{
    error->clear();
    PolicyStore store(*dataset);
    QVector<PolicyValueChange> changes;
    for (qint64 id : hospitalIds) {
        const auto current = store.values(id);
        if (!current) {
            *error = tr("There is no hospital with id %1.").arg(id);
            return nullptr;
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString old = current->value(it.key());
            if (old != it.value())
                changes << PolicyValueChange { id, it.key(), old, it.value() };
        }
    }
    if (changes.isEmpty())
        return nullptr;
    return std::make_unique<SetPolicyValuesCommand>(dataset, changes, text);
}

bool SetPolicyValuesCommand::write(bool forward, QString *error)
{
    // Per hospital, in the order the hospitals first appear, so the history reads naturally.
    QVector<qint64> order;
    QHash<qint64, QMap<QString, QString>> values;
    for (const PolicyValueChange &c : std::as_const(m_changes)) {
        if (!values.contains(c.hospitalId))
            order << c.hospitalId;
        values[c.hospitalId].insert(c.field, forward ? c.newValue : c.oldValue);
    }
    Transaction tx(m_dataset->database());
    PolicyStore store(*m_dataset);
    const ChangeStamp stamp = ChangeStamp::now();
    bool hospitalFields = false;
    for (qint64 id : std::as_const(order)) {
        const auto &v = values.value(id);
        for (auto it = v.cbegin(); it != v.cend(); ++it) {
            if (PolicyStore::hospitalFields().contains(it.key())
                || it.key() == PolicyField::OwnerGroup || it.key() == PolicyField::MergedInto)
                hospitalFields = true;
        }
        if (!store.setValues(id, v, stamp, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    DataChanges changes = DataChange::Policies;
    if (hospitalFields)
        changes |= DataChange::Hospitals;
    m_dataset->notifyChanged(changes);
    return true;
}

} // namespace Koso
