#include "sessions/SaveSessionCommand.h"

#include "policy/PolicyStore.h"
#include "sessions/SessionStore.h"
#include "sessions/SessionsChange.h"
#include "storage/Dataset.h"
#include "storage/Transaction.h"

namespace Koso {

namespace {

// Runs one write in its own transaction and tells the views.
template<typename Write> bool inTransaction(Dataset *dataset, QString *error, Write write)
{
    Transaction tx(dataset->database());
    if (!write())
        return false;
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    dataset->notifyChanged(SessionsChange);
    return true;
}

} // namespace

SaveSessionCommand::SaveSessionCommand(Dataset *dataset, std::optional<StudySession> before,
                                       std::optional<StudySession> after, QUndoCommand *parent)
    : DatasetCommand(dataset, QString(), parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_after && !m_before && m_after->id == 0)
        m_after->id = SessionStore(*dataset).nextSessionId();
    const QString title = (m_after ? *m_after : *m_before).title;
    if (!m_before)
        setText(tr("Add study session %1").arg(title));
    else if (!m_after)
        setText(tr("Remove study session %1").arg(title));
    else
        setText(tr("Edit study session %1").arg(title));
}

qint64 SaveSessionCommand::sessionId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : 0);
}

bool SaveSessionCommand::write(const std::optional<StudySession> &from,
                               const std::optional<StudySession> &to, QString *error)
{
    return inTransaction(m_dataset, error, [&] {
        SessionStore store(*m_dataset);
        const ChangeStamp stamp = ChangeStamp::now();
        if (to && !from)
            return store.insertSession(*to, stamp, error) != 0;
        if (from && !to)
            return store.removeSession(from->id, stamp, error);
        return store.updateSession(*to, stamp, error);
    });
}

bool SaveSessionCommand::apply(QString *error)
{
    return write(m_before, m_after, error);
}

bool SaveSessionCommand::revert(QString *error)
{
    return write(m_after, m_before, error);
}

SaveBankContactCommand::SaveBankContactCommand(Dataset *dataset, std::optional<BankContact> before,
                                               std::optional<BankContact> after,
                                               QUndoCommand *parent)
    : DatasetCommand(dataset, QString(), parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_after && !m_before && m_after->id == 0)
        m_after->id = SessionStore(*dataset).nextContactId();
    const QString label = (m_after ? *m_after : *m_before).label();
    if (!m_before)
        setText(tr("Add bank contact %1").arg(label));
    else if (!m_after)
        setText(tr("Remove bank contact %1").arg(label));
    else
        setText(tr("Edit bank contact %1").arg(label));
}

qint64 SaveBankContactCommand::contactId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : 0);
}

bool SaveBankContactCommand::write(const std::optional<BankContact> &from,
                                   const std::optional<BankContact> &to, QString *error)
{
    return inTransaction(m_dataset, error, [&] {
        SessionStore store(*m_dataset);
        const ChangeStamp stamp = ChangeStamp::now();
        if (to && !from)
            return store.insertContact(*to, stamp, error) != 0;
        if (from && !to)
            return store.removeContact(from->id, stamp, error);
        return store.updateContact(*to, stamp, error);
    });
}

bool SaveBankContactCommand::apply(QString *error)
{
    return write(m_before, m_after, error);
}

bool SaveBankContactCommand::revert(QString *error)
{
    return write(m_after, m_before, error);
}

} // namespace Koso
