#include "council/SaveMeetingCommand.h"

#include "council/CouncilStore.h"
#include "policy/PolicyField.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/JapaneseDate.h"

namespace Koso {

SaveMeetingCommand::SaveMeetingCommand(Dataset *dataset, std::optional<CouncilMeeting> before,
                                       std::optional<CouncilMeeting> after, QUndoCommand *parent)
    : DatasetCommand(dataset, QString(), parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_after && !m_before && m_after->id == 0) {
        SqlQuery q(dataset->database(),
                   QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM council_meeting"));
        if (q.exec() && q.next())
            m_after->id = q.value(0).toLongLong();
    }
    if (m_before && !m_after)
        m_agreedHospitals = PolicyStore(*dataset).hospitalsAgreedAt(m_before->id);
    const CouncilMeeting &m = m_after ? *m_after : *m_before;
    const QString date = JapaneseDate::display(m.heldOn);
    if (!m_before)
        setText(tr("Add meeting of %1").arg(date));
    else if (!m_after)
        setText(tr("Remove meeting of %1").arg(date));
    else
        setText(tr("Edit meeting of %1").arg(date));
}

qint64 SaveMeetingCommand::meetingId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : 0);
}

bool SaveMeetingCommand::write(const std::optional<CouncilMeeting> &from,
                               const std::optional<CouncilMeeting> &to, bool forward,
                               QString *error)
{
    Transaction tx(m_dataset->database());
    CouncilStore store(*m_dataset);
    PolicyStore policies(*m_dataset);
    const ChangeStamp stamp = ChangeStamp::now();
    const QString agreedField = PolicyField::AgreedMeetingId;
    bool ok = true;
    if (to && !from) {
        ok = store.insertMeeting(*to, error) != 0;
        // Undoing a removal: the policies agreed there point at it again.
        if (ok && !forward) {
            for (qint64 h : std::as_const(m_agreedHospitals)) {
                if (!policies.setValues(h, { { agreedField, QString::number(to->id) } }, stamp,
                                        error))
                    return false;
            }
        }
    } else if (from && !to) {
        for (qint64 h : policies.hospitalsAgreedAt(from->id)) {
            if (!policies.setValues(h, { { agreedField, QString() } }, stamp, error))
                return false;
        }
        ok = store.removeMeeting(from->id, error);
    } else if (to) {
        ok = store.updateMeeting(*to, error);
    }
    if (!ok)
        return false;
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    DataChanges changes = DataChange::Councils;
    if (!m_agreedHospitals.isEmpty())
        changes |= DataChange::Policies;
    m_dataset->notifyChanged(changes);
    return true;
}

bool SaveMeetingCommand::apply(QString *error)
{
    return write(m_before, m_after, true, error);
}

bool SaveMeetingCommand::revert(QString *error)
{
    return write(m_after, m_before, false, error);
}

} // namespace Koso
