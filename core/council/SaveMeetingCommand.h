#pragma once

#include "council/Council.h"

#include "document/DatasetCommand.h"

#include <QCoreApplication>

#include <optional>

namespace Koso {

class Dataset;

// Adds (no before), edits, or removes (no after) a council meeting with its agenda hospitals,
// as one undo step in one transaction. Removing a meeting where policies were agreed clears
// their agreed meeting through the policy history in the same transaction; undo restores both.
class SaveMeetingCommand : public DatasetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SaveMeetingCommand)

public:
    SaveMeetingCommand(Dataset *dataset, std::optional<CouncilMeeting> before,
                       std::optional<CouncilMeeting> after, QUndoCommand *parent = nullptr);

    qint64 meetingId() const;

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const std::optional<CouncilMeeting> &from, const std::optional<CouncilMeeting> &to,
               bool forward, QString *error);

    std::optional<CouncilMeeting> m_before;
    std::optional<CouncilMeeting> m_after;
    QVector<qint64> m_agreedHospitals; // policies agreed at a removed meeting
};

} // namespace Koso
