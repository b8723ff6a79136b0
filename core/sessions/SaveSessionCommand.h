#pragma once

#include "document/DatasetCommand.h"
#include "sessions/SaveRecordCommand.h"
#include "sessions/SessionStore.h"
#include "sessions/StudySession.h"

#include <QCoreApplication>

#include <optional>

namespace Koso {

// Adds (no before), edits, or removes (no after) a study session with its programme,
// co-hosts, hospitals and measures, as one undo step in one transaction.
class SaveSessionCommand : public SaveRecordCommand<StudySession, SessionStore>
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SaveSessionCommand)

public:
    SaveSessionCommand(Dataset *dataset, std::optional<StudySession> before,
                       std::optional<StudySession> after, QUndoCommand *parent = nullptr);
};

// Adds, edits or removes a bank contact, as one undo step in one transaction.
class SaveBankContactCommand : public SaveRecordCommand<BankContact, SessionStore>
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SaveBankContactCommand)

public:
    SaveBankContactCommand(Dataset *dataset, std::optional<BankContact> before,
                           std::optional<BankContact> after, QUndoCommand *parent = nullptr);
};

} // namespace Koso
