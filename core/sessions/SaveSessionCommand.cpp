#include "sessions/SaveSessionCommand.h"

namespace Koso {

SaveSessionCommand::SaveSessionCommand(Dataset *dataset, std::optional<StudySession> before,
                                       std::optional<StudySession> after, QUndoCommand *parent)
    : SaveRecordCommand(dataset, std::move(before), std::move(after),
                        { &SessionStore::insertSession, &SessionStore::updateSession,
                          &SessionStore::removeSession },
                        parent)
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

SaveBankContactCommand::SaveBankContactCommand(Dataset *dataset, std::optional<BankContact> before,
                                               std::optional<BankContact> after,
                                               QUndoCommand *parent)
    : SaveRecordCommand(dataset, std::move(before), std::move(after),
                        { &SessionStore::insertContact, &SessionStore::updateContact,
                          &SessionStore::removeContact },
                        parent)
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

} // namespace Koso
