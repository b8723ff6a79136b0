#include "sessions/ImportSessionsCommand.h"

#include "policy/PolicyStore.h"
#include "sessions/SessionStore.h"
#include "sessions/SessionsChange.h"
#include "storage/Dataset.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace Koso {

ImportSessionsCommand::ImportSessionsCommand(Dataset *dataset,
                                             const QVector<StudySession> &sessions,
                                             const QString &fileName, QUndoCommand *parent)
    : DatasetCommand(dataset, QString(), parent)
    , m_after(sessions)
{
    SessionStore store(*dataset);
    qint64 next = store.nextSessionId();
    for (StudySession &s : m_after) {
        if (s.id == 0) {
            s.id = next++; // chosen now, so redo after undo adds the same records
            m_before << std::nullopt;
        } else {
            m_before << store.session(s.id);
        }
    }
    setText(tr("Import %n study session(s) from %1", "", int(m_after.size())).arg(fileName));
}

int ImportSessionsCommand::added() const
{
    return int(std::count_if(m_before.cbegin(), m_before.cend(),
                             [](const auto &b) { return !b.has_value(); }));
}

bool ImportSessionsCommand::apply(QString *error)
{
    Transaction tx(m_dataset->database());
    SessionStore store(*m_dataset);
    const ChangeStamp stamp = ChangeStamp::now();
    for (int i = 0; i < m_after.size(); ++i) {
        const bool ok = m_before.at(i) ? store.updateSession(m_after.at(i), stamp, error)
                                       : store.insertSession(m_after.at(i), stamp, error) != 0;
        if (!ok)
            return false; // the transaction rolls back: all or none
    }
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    m_dataset->notifyChanged(SessionsChange);
    return true;
}

bool ImportSessionsCommand::revert(QString *error)
{
    Transaction tx(m_dataset->database());
    SessionStore store(*m_dataset);
    const ChangeStamp stamp = ChangeStamp::now();
    for (int i = int(m_after.size()) - 1; i >= 0; --i) {
        const bool ok = m_before.at(i) ? store.updateSession(*m_before.at(i), stamp, error)
                                       : store.removeSession(m_after.at(i).id, stamp, error);
        if (!ok)
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    m_dataset->notifyChanged(SessionsChange);
    return true;
}

} // namespace Koso
