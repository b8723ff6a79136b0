#include "sessions/SessionStore.h"

#include "policy/PolicyStore.h"
#include "sessions/SupportHistory.h"
#include "storage/Dataset.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"
#include "util/JapaneseDate.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Koso {

namespace {

const QString entitySession = QStringLiteral("session");
const QString entityBank = QStringLiteral("bank");

const QString sessionColumns = QStringLiteral(
    "SELECT id, title, held_on, starts_at, ends_at, format, status, host, sponsors, "
    "mhlw_request, mhlw_request_sent_on, venue, notes, follow_ups FROM study_session ");

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

QString timeText(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QStringLiteral("");
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

StudySession sessionFromRow(const SqlQuery &q)
{
    StudySession s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    s.startsAt = QTime::fromString(q.value(3).toString(), QStringLiteral("HH:mm"));
    s.endsAt = QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm"));
    s.format = StudySession::formatFromKey(q.value(5).toString()).value_or(SessionFormat::Web);
    s.status = StudySession::statusFromKey(q.value(6).toString()).value_or(SessionStatus::Idea);
    s.host = q.value(7).toString();
    s.sponsors = q.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    s.mhlwRequest = StudySession::requestFromKey(q.value(9).toString()).value_or(MhlwRequest::Both);
    s.mhlwRequestSentOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    s.venue = q.value(11).toString();
    s.notes = q.value(12).toString();
    s.followUps = q.value(13).toString();
    return s;
}

QString idList(const QVector<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(' '));
}

} // namespace

SessionStore::SessionStore(Dataset &dataset)
    : m_dataset(dataset)
{ }

QMap<QString, QString> SessionStore::values(const StudySession &s)
{
    QStringList parts;
    for (const SessionPart &p : s.programme)
        parts << QStringList { p.title, p.speaker, p.organisation }.join(QLatin1Char('|'));
    return {
        { QStringLiteral("title"), s.title },
        { QStringLiteral("date"), s.date.toString(Qt::ISODate) },
        { QStringLiteral("starts_at"), timeText(s.startsAt) },
        { QStringLiteral("ends_at"), timeText(s.endsAt) },
        { QStringLiteral("format"), StudySession::formatKey(s.format) },
        { QStringLiteral("status"), StudySession::statusKey(s.status) },
        { QStringLiteral("host"), s.host },
        { QStringLiteral("co_hosts"), s.coHostNames().join(QStringLiteral("、")) },
        { QStringLiteral("sponsors"), s.sponsors.join(QStringLiteral("、")) },
        { QStringLiteral("mhlw_request"), StudySession::requestKey(s.mhlwRequest) },
        { QStringLiteral("mhlw_request_sent_on"), s.mhlwRequestSentOn.toString(Qt::ISODate) },
        { QStringLiteral("venue"), s.venue },
        { QStringLiteral("programme"), parts.join(QLatin1Char('\n')) },
        { QStringLiteral("invited"), idList(s.invited) },
        { QStringLiteral("attended"), idList(s.attended) },
        { QStringLiteral("measures"), s.measures.join(QLatin1Char(' ')) },
        { QStringLiteral("notes"), s.notes },
        { QStringLiteral("follow_ups"), s.followUps },
    };
}

QMap<QString, QString> SessionStore::values(const BankContact &c)
{
    return { { QStringLiteral("name"), c.label() },  { QStringLiteral("bank"), c.bank },
             { QStringLiteral("branch"), c.branch }, { QStringLiteral("person"), c.person },
             { QStringLiteral("phone"), c.phone },   { QStringLiteral("mail"), c.mail },
             { QStringLiteral("note"), c.note } };
}

QVector<BankContact> SessionStore::contacts() const
{
    QVector<BankContact> result;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT id, bank, branch, person, phone, mail, note FROM "
                              "bank_contact ORDER BY bank, branch, id"));
    if (!q.exec())
        return result;
    while (q.next()) {
        result << BankContact { q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toString(),   q.value(3).toString(),
                                q.value(4).toString(),   q.value(5).toString(),
                                q.value(6).toString() };
    }
    return result;
}

std::optional<BankContact> SessionStore::contact(qint64 id) const
{
    for (const BankContact &c : contacts()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

qint64 SessionStore::nextContactId() const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM bank_contact"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 1;
}

qint64 SessionStore::nextSessionId() const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM study_session"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 1;
}

qint64 SessionStore::insertContact(const BankContact &c, const ChangeStamp &stamp, QString *error)
{
    if (c.bank.trimmed().isEmpty()) {
        *error = tr("A bank contact needs the bank's name.");
        return 0;
    }
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT INTO bank_contact (id, bank, branch, person, phone, mail, "
                              "note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q.exec({ idOrNull(c.id), c.bank.trimmed(), text(c.branch), text(c.person), text(c.phone),
                  text(c.mail), text(c.note) })) {
        *error = q.errorMessage();
        return 0;
    }
    const qint64 id = q.lastInsertId();
    if (!SupportHistory::record(m_dataset, entityBank, id, {}, values(c), stamp, error))
        return 0;
    return id;
}

bool SessionStore::updateContact(const BankContact &c, const ChangeStamp &stamp, QString *error)
{
    if (c.bank.trimmed().isEmpty()) {
        *error = tr("A bank contact needs the bank's name.");
        return false;
    }
    const auto before = contact(c.id);
    if (!before) {
        *error = tr("The bank contact no longer exists.");
        return false;
    }
    if (!SqlQuery::run(m_dataset.database(),
                       QStringLiteral("UPDATE bank_contact SET bank = ?, branch = ?, person = ?, "
                                      "phone = ?, mail = ?, note = ? WHERE id = ?"),
                       error,
                       { c.bank.trimmed(), text(c.branch), text(c.person), text(c.phone),
                         text(c.mail), text(c.note), c.id }))
        return false;
    // The co-host names of sessions follow the contact.
    if (!SqlQuery::run(m_dataset.database(),
                       QStringLiteral("UPDATE session_co_host SET name = ? WHERE contact_id = ?"),
                       error, { c.label(), c.id }))
        return false;
    return SupportHistory::record(m_dataset, entityBank, c.id, values(*before), values(c), stamp,
                                  error);
}

bool SessionStore::removeContact(qint64 id, const ChangeStamp &stamp, QString *error)
{
    const auto before = contact(id);
    if (!before) {
        *error = tr("The bank contact no longer exists.");
        return false;
    }
    SqlQuery used(m_dataset.database(),
                  QStringLiteral("SELECT count(*) FROM session_co_host WHERE contact_id = ?"));
    if (used.exec({ id }) && used.next() && used.value(0).toInt() > 0) {
        *error
            = tr("%1 co-hosts %n session(s); remove it from them first.", "", used.value(0).toInt())
                  .arg(before->label());
        return false;
    }
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("DELETE FROM bank_contact WHERE id = ?"), error, { id })
        && SupportHistory::record(m_dataset, entityBank, id, values(*before), {}, stamp, error);
}

void SessionStore::loadChildren(QVector<StudySession> &sessions) const
{
    if (sessions.isEmpty())
        return;
    QHash<qint64, int> index;
    for (int i = 0; i < sessions.size(); ++i)
        index.insert(sessions.at(i).id, i);
    const QSqlDatabase db = m_dataset.database();
    SqlQuery co(db,
                QStringLiteral("SELECT session_id, contact_id, name FROM session_co_host "
                               "ORDER BY session_id, position"));
    if (co.exec()) {
        while (co.next()) {
            const auto it = index.constFind(co.value(0).toLongLong());
            if (it != index.cend())
                sessions[*it].coHosts
                    << CoHost { co.value(1).toLongLong(), co.value(2).toString() };
        }
    }
    SqlQuery parts(db,
                   QStringLiteral("SELECT session_id, title, speaker, organisation FROM "
                                  "session_part ORDER BY session_id, position"));
    if (parts.exec()) {
        while (parts.next()) {
            const auto it = index.constFind(parts.value(0).toLongLong());
            if (it != index.cend())
                sessions[*it].programme
                    << SessionPart { parts.value(1).toString(), parts.value(2).toString(),
                                     parts.value(3).toString() };
        }
    }
    SqlQuery hospitals(db,
                       QStringLiteral("SELECT session_id, hospital_id, invited, attended FROM "
                                      "session_hospital ORDER BY session_id, hospital_id"));
    if (hospitals.exec()) {
        while (hospitals.next()) {
            const auto it = index.constFind(hospitals.value(0).toLongLong());
            if (it == index.cend())
                continue;
            const qint64 h = hospitals.value(1).toLongLong();
            if (hospitals.value(2).toBool())
                sessions[*it].invited << h;
            if (hospitals.value(3).toBool())
                sessions[*it].attended << h;
        }
    }
    SqlQuery measures(db,
                      QStringLiteral("SELECT session_id, measure_id FROM session_measure "
                                     "ORDER BY session_id, measure_id"));
    if (measures.exec()) {
        while (measures.next()) {
            const auto it = index.constFind(measures.value(0).toLongLong());
            if (it != index.cend())
                sessions[*it].measures << measures.value(1).toString();
        }
    }
}

QVector<StudySession> SessionStore::sessions(int fiscalYear) const
{
    QVector<StudySession> result;
    QString sql = sessionColumns;
    if (fiscalYear > 0)
        sql += QStringLiteral("WHERE held_on BETWEEN ? AND ? ");
    sql += QStringLiteral("ORDER BY held_on, starts_at, id");
    SqlQuery q(m_dataset.database(), sql);
    const bool ok = fiscalYear > 0
        ? q.exec({ JapaneseDate::fiscalYearStart(fiscalYear).toString(Qt::ISODate),
                   JapaneseDate::fiscalYearEnd(fiscalYear).toString(Qt::ISODate) })
        : q.exec();
    if (!ok)
        return result;
    while (q.next())
        result << sessionFromRow(q);
    loadChildren(result);
    return result;
}

std::optional<StudySession> SessionStore::session(qint64 id) const
{
    SqlQuery q(m_dataset.database(), sessionColumns + QStringLiteral("WHERE id = ?"));
    if (!q.exec({ id }) || !q.next())
        return std::nullopt;
    QVector<StudySession> one { sessionFromRow(q) };
    loadChildren(one);
    return one.first();
}

bool SessionStore::writeChildren(const StudySession &s, QString *error)
{
    const QSqlDatabase db = m_dataset.database();
    for (const QString &table :
         { QStringLiteral("session_co_host"), QStringLiteral("session_part"),
           QStringLiteral("session_hospital"), QStringLiteral("session_measure") }) {
        if (!SqlQuery::run(db, QStringLiteral("DELETE FROM %1 WHERE session_id = ?").arg(table),
                           error, { s.id }))
            return false;
    }
    SqlQuery co(db,
                QStringLiteral("INSERT INTO session_co_host (session_id, position, "
                               "contact_id, name) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < s.coHosts.size(); ++i) {
        if (!co.exec(
                { s.id, i, idOrNull(s.coHosts.at(i).contactId), text(s.coHosts.at(i).name) })) {
            *error = co.errorMessage();
            return false;
        }
    }
    SqlQuery part(db,
                  QStringLiteral("INSERT INTO session_part (session_id, position, title, "
                                 "speaker, organisation) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < s.programme.size(); ++i) {
        const SessionPart &p = s.programme.at(i);
        if (!part.exec({ s.id, i, text(p.title), text(p.speaker), text(p.organisation) })) {
            *error = part.errorMessage();
            return false;
        }
    }
    QSet<qint64> hospitals(s.invited.cbegin(), s.invited.cend());
    for (qint64 h : s.attended)
        hospitals.insert(h);
    const QSet<qint64> invited(s.invited.cbegin(), s.invited.cend());
    const QSet<qint64> attended(s.attended.cbegin(), s.attended.cend());
    SqlQuery hospital(db,
                      QStringLiteral("INSERT INTO session_hospital (session_id, hospital_id, "
                                     "invited, attended) VALUES (?, ?, ?, ?)"));
    for (qint64 h : std::as_const(hospitals)) {
        if (!hospital.exec(
                { s.id, h, invited.contains(h) ? 1 : 0, attended.contains(h) ? 1 : 0 })) {
            *error = hospital.errorMessage();
            return false;
        }
    }
    SqlQuery measure(db,
                     QStringLiteral("INSERT OR IGNORE INTO session_measure (session_id, "
                                    "measure_id) VALUES (?, ?)"));
    for (const QString &m : s.measures) {
        if (!measure.exec({ s.id, m })) {
            *error = measure.errorMessage();
            return false;
        }
    }
    return true;
}

namespace {

bool validSession(const StudySession &s, QString *error)
{
    if (s.title.trimmed().isEmpty()) {
        *error = SessionStore::tr("A study session needs a title.");
        return false;
    }
    if (!s.date.isValid()) {
        *error = SessionStore::tr("A study session needs a date.");
        return false;
    }
    return true;
}

} // namespace

qint64 SessionStore::insertSession(const StudySession &s, const ChangeStamp &stamp, QString *error)
{
    if (!validSession(s, error))
        return 0;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT INTO study_session (id, title, held_on, starts_at, ends_at, "
                              "format, status, host, sponsors, mhlw_request, "
                              "mhlw_request_sent_on, venue, notes, follow_ups) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q.exec({ idOrNull(s.id), s.title.trimmed(), s.date.toString(Qt::ISODate),
                  timeText(s.startsAt), timeText(s.endsAt), StudySession::formatKey(s.format),
                  StudySession::statusKey(s.status), text(s.host),
                  text(s.sponsors.join(QLatin1Char('\n'))), StudySession::requestKey(s.mhlwRequest),
                  dateValue(s.mhlwRequestSentOn), text(s.venue), text(s.notes),
                  text(s.followUps) })) {
        *error = q.errorMessage();
        return 0;
    }
    StudySession stored = s;
    stored.id = q.lastInsertId();
    if (!writeChildren(stored, error)
        || !SupportHistory::record(m_dataset, entitySession, stored.id, {}, values(stored), stamp,
                                   error))
        return 0;
    return stored.id;
}

bool SessionStore::updateSession(const StudySession &s, const ChangeStamp &stamp, QString *error)
{
    if (!validSession(s, error))
        return false;
    const auto before = session(s.id);
    if (!before) {
        *error = tr("The study session no longer exists.");
        return false;
    }
    if (!SqlQuery::run(m_dataset.database(),
                       QStringLiteral("UPDATE study_session SET title = ?, held_on = ?, "
                                      "starts_at = ?, ends_at = ?, format = ?, status = ?, "
                                      "host = ?, sponsors = ?, mhlw_request = ?, "
                                      "mhlw_request_sent_on = ?, venue = ?, notes = ?, "
                                      "follow_ups = ? WHERE id = ?"),
                       error,
                       { s.title.trimmed(), s.date.toString(Qt::ISODate), timeText(s.startsAt),
                         timeText(s.endsAt), StudySession::formatKey(s.format),
                         StudySession::statusKey(s.status), text(s.host),
                         text(s.sponsors.join(QLatin1Char('\n'))),
                         StudySession::requestKey(s.mhlwRequest), dateValue(s.mhlwRequestSentOn),
                         text(s.venue), text(s.notes), text(s.followUps), s.id }))
        return false;
    return writeChildren(s, error)
        && SupportHistory::record(m_dataset, entitySession, s.id, values(*before), values(s), stamp,
                                  error);
}

bool SessionStore::removeSession(qint64 id, const ChangeStamp &stamp, QString *error)
{
    const auto before = session(id);
    if (!before) {
        *error = tr("The study session no longer exists.");
        return false;
    }
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("DELETE FROM practice_case_link WHERE target_kind = "
                                        "'session' AND target = ?"),
                         error, { QString::number(id) })
        && SqlQuery::run(m_dataset.database(),
                         QStringLiteral("DELETE FROM study_session WHERE id = ?"), error, { id })
        && SupportHistory::record(m_dataset, entitySession, id, values(*before), {}, stamp, error);
}

QVector<PolicyChange> SessionStore::sessionHistory(qint64 id) const
{
    return SupportHistory::changes(m_dataset, entitySession, id);
}

QVector<StudySession> SessionStore::deadlineWarnings(const QDate &today) const
{
    QVector<StudySession> result;
    for (const StudySession &s : sessions()) {
        if (s.deadlineWarning(today))
            result << s;
    }
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.mhlwRequestDeadline() < b.mhlwRequestDeadline();
    });
    return result;
}

Table SessionStore::holdingStatusTable(int fiscalYear) const
{
    Table t;
    t.title = tr("Study sessions for hospitals: holding status, %1")
                  .arg(JapaneseDate::fiscalYearLabel(fiscalYear));
    t.sheetName = tr("Study sessions");
    t.header = { tr("No."),
                 tr("Date"),
                 tr("Title"),
                 tr("Format"),
                 tr("Status"),
                 tr("Host"),
                 tr("Co-hosts"),
                 tr("Sponsors"),
                 tr("Asked of MHLW"),
                 tr("Hospitals invited"),
                 tr("of which private"),
                 tr("Hospitals attending"),
                 tr("of which private") };
    QSet<qint64> privateIds;
    for (const Hospital &h : HospitalStore(m_dataset).hospitals()) {
        if (h.ownerGroup == OwnerGroup::Private)
            privateIds.insert(h.id);
    }
    auto privateCount = [&](const QVector<qint64> &ids) {
        return int(std::count_if(ids.cbegin(), ids.cend(),
                                 [&](qint64 id) { return privateIds.contains(id); }));
    };
    int number = 0;
    int held = 0;
    int attendedTotal = 0;
    for (const StudySession &s : sessions(fiscalYear)) {
        ++number;
        if (s.status == SessionStatus::Held) {
            ++held;
            attendedTotal += int(s.attended.size());
        }
        t.rows.append(
            { number, JapaneseDate::display(s.date), s.title, StudySession::formatName(s.format),
              StudySession::statusName(s.status), s.host,
              s.coHostNames().join(QStringLiteral("、")), s.sponsors.join(QStringLiteral("、")),
              StudySession::requestName(s.mhlwRequest), int(s.invited.size()),
              privateCount(s.invited), int(s.attended.size()), privateCount(s.attended) });
    }
    t.notes
        << tr("Sessions held: %1; hospitals attending in all: %2.").arg(held).arg(attendedTotal);
    return t;
}

} // namespace Koso
