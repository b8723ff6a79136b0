#include "council/CouncilActions.h"

#include "council/CouncilStore.h"
#include "council/SaveCouncilCommand.h"
#include "council/SaveMeetingCommand.h"
#include "policy/PolicyActions.h"
#include "policy/PolicyField.h"
#include "util/JapaneseDate.h"

namespace Koso {

CouncilActions::CouncilActions(Dataset *dataset, QUndoStack *undoStack)
    : m_dataset(dataset)
    , m_undoStack(undoStack)
{ }

qint64 CouncilActions::addCouncil(const Council &council, QString *error)
{
    auto *command = new SaveCouncilCommand(m_dataset, std::nullopt, council);
    const qint64 id = command->councilId();
    return PolicyActions(m_dataset, m_undoStack).push(command, error) ? id : 0;
}

bool CouncilActions::editCouncil(const Council &council, QString *error)
{
    const auto before = CouncilStore(*m_dataset).council(council.id);
    if (!before) {
        *error = tr("There is no council with id %1.").arg(council.id);
        return false;
    }
    if (*before == council)
        return true;
    return PolicyActions(m_dataset, m_undoStack)
        .push(new SaveCouncilCommand(m_dataset, before, council), error);
}

bool CouncilActions::removeCouncil(qint64 councilId, QString *error)
{
    const auto before = CouncilStore(*m_dataset).council(councilId);
    if (!before) {
        *error = tr("There is no council with id %1.").arg(councilId);
        return false;
    }
    return PolicyActions(m_dataset, m_undoStack)
        .push(new SaveCouncilCommand(m_dataset, before, std::nullopt), error);
}

qint64 CouncilActions::addMeeting(const CouncilMeeting &meeting, QString *error)
{
    auto *command = new SaveMeetingCommand(m_dataset, std::nullopt, meeting);
    const qint64 id = command->meetingId();
    return PolicyActions(m_dataset, m_undoStack).push(command, error) ? id : 0;
}

bool CouncilActions::editMeeting(const CouncilMeeting &meeting, QString *error)
{
    const auto before = CouncilStore(*m_dataset).meeting(meeting.id);
    if (!before) {
        *error = tr("There is no meeting with id %1.").arg(meeting.id);
        return false;
    }
    if (*before == meeting)
        return true;
    return PolicyActions(m_dataset, m_undoStack)
        .push(new SaveMeetingCommand(m_dataset, before, meeting), error);
}

bool CouncilActions::removeMeeting(qint64 meetingId, QString *error)
{
    const auto before = CouncilStore(*m_dataset).meeting(meetingId);
    if (!before) {
        *error = tr("There is no meeting with id %1.").arg(meetingId);
        return false;
    }
    return PolicyActions(m_dataset, m_undoStack)
        .push(new SaveMeetingCommand(m_dataset, before, std::nullopt), error);
}

bool CouncilActions::recordAgreement(qint64 meetingId, const QVector<qint64> &hospitalIds,
                                     PolicyStatus status, QString *error)
{
    const auto meeting = CouncilStore(*m_dataset).meeting(meetingId);
    if (!meeting) {
        *error = tr("There is no meeting with id %1.").arg(meetingId);
        return false;
    }
    return PolicyActions(m_dataset, m_undoStack)
        .setValues(hospitalIds,
                   { { PolicyField::Status, policyStatusKey(status) },
                     { PolicyField::AgreedOn, meeting->heldOn.toString(Qt::ISODate) },
                     { PolicyField::AgreedMeetingId, QString::number(meetingId) } },
                   tr("Record %n agreement(s) at the meeting of %1", "", int(hospitalIds.size()))
                       .arg(JapaneseDate::display(meeting->heldOn)),
                   error);
}

} // namespace Koso
