#pragma once

#include "document/DatasetCommand.h"
#include "sessions/StudySession.h"

#include <QCoreApplication>

#include <optional>

namespace Koso {

// Adds (no before), edits, or removes (no after) a study session with its programme,
// co-hosts, hospitals and measures, as one undo step in one transaction.
class SaveSessionCommand : public DatasetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SaveSessionCommand)

public:
    SaveSessionCommand(Dataset *dataset, std::optional<StudySession> before,
                       std::optional<StudySession> after, QUndoCommand *parent = nullptr);
    qint64 sessionId() const;
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const std::optional<StudySession> &from, const std::optional<StudySession> &to,
               QString *error);
    std::optional<StudySession> m_before;
    std::optional<StudySession> m_after;
};

// Adds, edits or removes a bank contact, as one undo step in one transaction.
class SaveBankContactCommand : public DatasetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SaveBankContactCommand)

public:
    SaveBankContactCommand(Dataset *dataset, std::optional<BankContact> before,
                           std::optional<BankContact> after, QUndoCommand *parent = nullptr);
    qint64 contactId() const;
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const std::optional<BankContact> &from, const std::optional<BankContact> &to,
               QString *error);
    std::optional<BankContact> m_before;
    std::optional<BankContact> m_after;
};

} // namespace Koso
