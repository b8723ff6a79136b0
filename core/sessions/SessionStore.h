#pragma once

#include "io/Table.h"
#include "policy/PolicyHistory.h"
#include "sessions/StudySession.h"

#include <QCoreApplication>
#include <QMap>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;
struct ChangeStamp;

// Study sessions and the bank contacts. Writes assume the caller holds a transaction and calls
// Dataset::notifyChanged() after the commit; each records its changes in the support history.
// Given ids (non-zero) are kept so that an undone removal brings back the same record.
class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SessionStore)

public:
    explicit SessionStore(Dataset &dataset);

    QVector<BankContact> contacts() const; // by bank and branch
    std::optional<BankContact> contact(qint64 id) const;
    qint64 insertContact(const BankContact &contact, const ChangeStamp &stamp, QString *error);
    bool updateContact(const BankContact &contact, const ChangeStamp &stamp, QString *error);
    bool removeContact(qint64 id, const ChangeStamp &stamp, QString *error);

    // Every session, oldest first; or those of a fiscal year.
    QVector<StudySession> sessions(int fiscalYear = 0) const;
    std::optional<StudySession> session(qint64 id) const;
    qint64 insertSession(const StudySession &session, const ChangeStamp &stamp, QString *error);
    bool updateSession(const StudySession &session, const ChangeStamp &stamp, QString *error);
    bool removeSession(qint64 id, const ChangeStamp &stamp, QString *error);
    QVector<PolicyChange> sessionHistory(qint64 id) const;

    // Sessions whose MHLW request is due within the warning window or overdue, soonest first.
    QVector<StudySession> deadlineWarnings(const QDate &today) const;

    // The holding status MHLW asks for: the sessions of a fiscal year with date, format,
    // co-hosts and the hospitals invited and attending (cancelled ones listed as such).
    Table holdingStatusTable(int fiscalYear) const;

    // The fields of a session as text, for the history.
    static QMap<QString, QString> values(const StudySession &session);
    static QMap<QString, QString> values(const BankContact &contact);
    qint64 nextSessionId() const;
    qint64 nextContactId() const;

private:
    bool writeChildren(const StudySession &session, QString *error);
    void loadChildren(QVector<StudySession> &sessions) const;

    Dataset &m_dataset;
};

} // namespace Koso
