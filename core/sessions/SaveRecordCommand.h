#pragma once

#include "document/DatasetCommand.h"
#include "policy/PolicyStore.h"
#include "sessions/SessionsChange.h"
#include "storage/Dataset.h"
#include "storage/Transaction.h"

#include <optional>

namespace Koso {

// Adds (no before), edits, or removes (no after) one record of a sessions or measures store as
// one undo step in one transaction; undo writes the other way. Writes names the store's three
// writes for the record type, so each command only says what its step is called.
template<typename Record, typename Store> class SaveRecordCommand : public DatasetCommand
{
public:
    struct Writes
    {
        qint64 (Store::*insert)(const Record &, const ChangeStamp &, QString *);
        bool (Store::*update)(const Record &, const ChangeStamp &, QString *);
        bool (Store::*remove)(qint64, const ChangeStamp &, QString *);
    };

    // The record's id (a new record's is chosen before the first write).
    qint64 recordId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }
    bool apply(QString *error) override { return write(m_before, m_after, error); }
    bool revert(QString *error) override { return write(m_after, m_before, error); }

protected:
    SaveRecordCommand(Dataset *dataset, std::optional<Record> before, std::optional<Record> after,
                      Writes writes, QUndoCommand *parent)
        : DatasetCommand(dataset, QString(), parent)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_writes(writes)
    { }

    std::optional<Record> m_before;
    std::optional<Record> m_after;

private:
    bool write(const std::optional<Record> &from, const std::optional<Record> &to, QString *error)
    {
        Transaction tx(m_dataset->database());
        Store store(*m_dataset);
        const ChangeStamp stamp = ChangeStamp::now();
        const bool ok = to && !from ? (store.*m_writes.insert)(*to, stamp, error) != 0
            : from && !to           ? (store.*m_writes.remove)(from->id, stamp, error)
                                    : (store.*m_writes.update)(*to, stamp, error);
        if (!ok)
            return false;
        if (!tx.commit()) {
            *error = tx.errorMessage();
            return false;
        }
        m_dataset->notifyChanged(SessionsChange);
        return true;
    }

    Writes m_writes;
};

} // namespace Koso
