#include "council/SaveCouncilCommand.h"

#include "council/CouncilStore.h"
#include "storage/Dataset.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace Koso {

SaveCouncilCommand::SaveCouncilCommand(Dataset *dataset, std::optional<Council> before,
                                       std::optional<Council> after, QUndoCommand *parent)
    : DatasetCommand(dataset, QString(), parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_after && !m_before && m_after->id == 0) {
        SqlQuery q(dataset->database(),
                   QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM council"));
        if (q.exec() && q.next())
            m_after->id = q.value(0).toLongLong();
    }
    if (!m_before && m_after)
        setText(tr("Add council %1").arg(m_after->name));
    else if (m_before && !m_after)
        setText(tr("Remove council %1").arg(m_before->name));
    else if (m_after)
        setText(tr("Edit council %1").arg(m_after->name));
}

qint64 SaveCouncilCommand::councilId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : 0);
}

bool SaveCouncilCommand::write(const std::optional<Council> &from, const std::optional<Council> &to,
                               QString *error)
{
    Transaction tx(m_dataset->database());
    CouncilStore store(*m_dataset);
    bool ok = true;
    if (to && !from)
        ok = store.insertCouncil(*to, error) != 0;
    else if (from && !to)
        ok = store.removeCouncil(from->id, error);
    else if (to)
        ok = store.updateCouncil(*to, error);
    if (!ok)
        return false;
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    m_dataset->notifyChanged(DataChange::Councils);
    return true;
}

bool SaveCouncilCommand::apply(QString *error)
{
    return write(m_before, m_after, error);
}

bool SaveCouncilCommand::revert(QString *error)
{
    return write(m_after, m_before, error);
}

} // namespace Koso
