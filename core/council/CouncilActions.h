#pragma once

#include "council/Council.h"
#include "policy/ResponsePolicy.h"

#include <QCoreApplication>
#include <QVector>

class QUndoStack;

namespace Koso {

class Dataset;
class PolicyActions;

// The one way the GUI edits councils and meetings (see PolicyActions): each call pushes one
// undo command, written in one transaction.
class CouncilActions
{
    Q_DECLARE_TR_FUNCTIONS(Koso::CouncilActions)

public:
    CouncilActions(Dataset *dataset, QUndoStack *undoStack);

    qint64 addCouncil(const Council &council, QString *error); // 0 on failure
    bool editCouncil(const Council &council, QString *error);
    bool removeCouncil(qint64 councilId, QString *error);

    qint64 addMeeting(const CouncilMeeting &meeting, QString *error); // 0 on failure
    bool editMeeting(const CouncilMeeting &meeting, QString *error);
    bool removeMeeting(qint64 meetingId, QString *error);

    // Records that a meeting agreed the policies of these hospitals: the status (合意済 or
    // 合意・検証済, say), the date agreed (the meeting's) and the meeting, as one undo step.
    bool recordAgreement(qint64 meetingId, const QVector<qint64> &hospitalIds, PolicyStatus status,
                         QString *error);

private:
    Dataset *m_dataset;
    QUndoStack *m_undoStack;
};

} // namespace Koso
