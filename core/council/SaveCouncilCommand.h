#pragma once

#include "council/Council.h"

#include "document/DatasetCommand.h"

#include <QCoreApplication>

#include <optional>

namespace Koso {

class Dataset;

// Adds (no before), edits, or removes (no after) a council, as one undo step written in one
// transaction. A new council gets its id when the command is made, so redo after undo brings
// back the same council.
class SaveCouncilCommand : public DatasetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SaveCouncilCommand)

public:
    SaveCouncilCommand(Dataset *dataset, std::optional<Council> before,
                       std::optional<Council> after, QUndoCommand *parent = nullptr);

    qint64 councilId() const;

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const std::optional<Council> &from, const std::optional<Council> &to,
               QString *error);

    std::optional<Council> m_before;
    std::optional<Council> m_after;
};

} // namespace Koso
