#include "council/CouncilStore.h"

#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"
#include "util/JapaneseDate.h"

#include <QHash>
#include <QSet>

namespace Koso {

namespace {

const QString councilColumns
    = QStringLiteral("SELECT id, prefecture_code, region_code, name, note FROM council ");

Council councilFromRow(const SqlQuery &q)
{
    Council c;
    c.id = q.value(0).toLongLong();
    c.prefectureCode = q.value(1).toString();
    c.regionCode = q.value(2).toString();
    c.name = q.value(3).toString();
    c.note = q.value(4).toString();
    return c;
}

const QString meetingColumns = QStringLiteral(
    "SELECT m.id, m.council_id, m.number, m.held_on, m.agenda, m.decisions, m.papers_published, "
    "m.minutes_published, m.published_url, m.reported_to_municipalities_on "
    "FROM council_meeting m ");

CouncilMeeting meetingFromRow(const SqlQuery &q)
{
    CouncilMeeting m;
    m.id = q.value(0).toLongLong();
    m.councilId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        m.number = q.value(2).toInt();
    m.heldOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    m.agenda = q.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m.decisions = q.value(5).toString();
    m.papersPublished = q.value(6).toBool();
    m.minutesPublished = q.value(7).toBool();
    m.publishedUrl = q.value(8).toString();
    m.reportedToMunicipalitiesOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    return m;
}

// A null QString binds as SQL NULL: NOT NULL text columns get '' instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

QVariant meetingNumber(const std::optional<int> &n)
{
    return n ? QVariant(*n) : QVariant(QMetaType(QMetaType::Int));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

CouncilStore::CouncilStore(Dataset &dataset)
    : m_dataset(dataset)
{ }

QVector<Council> CouncilStore::councils(const QString &prefectureCode) const
{
    QVector<Council> result;
    QString sql = councilColumns;
    if (!prefectureCode.isEmpty())
        sql += QStringLiteral("WHERE prefecture_code = ? ");
    // The prefecture-level council (no region) first.
    sql += QStringLiteral("ORDER BY prefecture_code, region_code IS NOT NULL, region_code, id");
    SqlQuery q(m_dataset.database(), sql);
    if (prefectureCode.isEmpty() ? q.exec() : q.exec({ prefectureCode })) {
        while (q.next())
            result << councilFromRow(q);
    }
    return result;
}

std::optional<Council> CouncilStore::council(qint64 id) const
{
    SqlQuery q(m_dataset.database(), councilColumns + QStringLiteral("WHERE id = ?"));
    if (q.exec({ id }) && q.next())
        return councilFromRow(q);
    return std::nullopt;
}

QVector<Council> CouncilStore::councilsOfRegion(const QString &regionCode) const
{
    QVector<Council> result;
    SqlQuery q(m_dataset.database(),
               councilColumns + QStringLiteral("WHERE region_code = ? ORDER BY id"));
    if (q.exec({ regionCode })) {
        while (q.next())
            result << councilFromRow(q);
    }
    return result;
}

qint64 CouncilStore::insertCouncil(const Council &c, QString *error)
{
    if (c.name.trimmed().isEmpty()) {
        *error = tr("A council needs a name.");
        return 0;
    }
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT INTO council (id, prefecture_code, region_code, name, note) "
                              "VALUES (?, ?, ?, ?, ?)"));
    if (!q.exec({ idOrNull(c.id), c.prefectureCode, nullableText(c.regionCode), c.name,
                  text(c.note) })) {
        *error = q.errorMessage();
        return 0;
    }
    return q.lastInsertId();
}

bool CouncilStore::updateCouncil(const Council &c, QString *error)
{
    if (c.name.trimmed().isEmpty()) {
        *error = tr("A council needs a name.");
        return false;
    }
    return SqlQuery::run(
        m_dataset.database(),
        QStringLiteral("UPDATE council SET prefecture_code = ?, region_code = ?, "
                       "name = ?, note = ? WHERE id = ?"),
        error, { c.prefectureCode, nullableText(c.regionCode), c.name, text(c.note), c.id });
}

bool CouncilStore::removeCouncil(qint64 id, QString *error)
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT count(*) FROM council_meeting WHERE council_id = ?"));
    if (!q.exec({ id }) || !q.next()) {
        *error = q.errorMessage();
        return false;
    }
    if (q.value(0).toInt() > 0) {
        *error = tr("The council has %n meeting(s); remove them first.", "", q.value(0).toInt());
        return false;
    }
    return SqlQuery::run(m_dataset.database(), QStringLiteral("DELETE FROM council WHERE id = ?"),
                         error, { id });
}

void CouncilStore::loadDiscussed(QVector<CouncilMeeting> &meetings) const
{
    if (meetings.isEmpty())
        return;
    QHash<qint64, int> index;
    for (int i = 0; i < meetings.size(); ++i)
        index.insert(meetings.at(i).id, i);
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT meeting_id, hospital_id FROM meeting_hospital "
                              "ORDER BY meeting_id, hospital_id"));
    if (!q.exec())
        return;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            meetings[*it].discussedHospitals << q.value(1).toLongLong();
    }
}

std::optional<CouncilMeeting> CouncilStore::meeting(qint64 id) const
{
    SqlQuery q(m_dataset.database(), meetingColumns + QStringLiteral("WHERE m.id = ?"));
    if (!q.exec({ id }) || !q.next())
        return std::nullopt;
    QVector<CouncilMeeting> one { meetingFromRow(q) };
    loadDiscussed(one);
    return one.first();
}

QVector<CouncilMeeting> CouncilStore::meetings(qint64 councilId) const
{
    QVector<CouncilMeeting> result;
    SqlQuery q(m_dataset.database(),
               meetingColumns
                   + QStringLiteral("WHERE m.council_id = ? ORDER BY m.held_on, m.number, m.id"));
    if (q.exec({ councilId })) {
        while (q.next())
            result << meetingFromRow(q);
    }
    loadDiscussed(result);
    return result;
}

QVector<CouncilMeeting> CouncilStore::meetingsOfPrefecture(const QString &prefectureCode,
                                                           int fiscalYear) const
{
    QVector<CouncilMeeting> result;
    QString sql = meetingColumns
        + QStringLiteral("JOIN council c ON c.id = m.council_id WHERE c.prefecture_code = ?");
    if (fiscalYear > 0)
        sql += QStringLiteral(" AND m.held_on >= ? AND m.held_on <= ?");
    sql += QStringLiteral(" ORDER BY m.held_on, c.region_code IS NOT NULL, c.region_code, m.id");
    SqlQuery q(m_dataset.database(), sql);
    const bool ok = fiscalYear > 0
        ? q.exec({ prefectureCode, JapaneseDate::fiscalYearStart(fiscalYear).toString(Qt::ISODate),
                   JapaneseDate::fiscalYearEnd(fiscalYear).toString(Qt::ISODate) })
        : q.exec({ prefectureCode });
    if (ok) {
        while (q.next())
            result << meetingFromRow(q);
    }
    loadDiscussed(result);
    return result;
}

QVector<CouncilMeeting> CouncilStore::meetingsOfHospital(qint64 hospitalId) const
{
    QVector<CouncilMeeting> result;
    SqlQuery q(
        m_dataset.database(),
        meetingColumns
            + QStringLiteral("WHERE m.id IN (SELECT meeting_id FROM meeting_hospital WHERE "
                             "hospital_id = ?) OR m.id IN (SELECT agreed_meeting_id FROM "
                             "response_policy WHERE hospital_id = ?) ORDER BY m.held_on, m.id"));
    if (q.exec({ hospitalId, hospitalId })) {
        while (q.next())
            result << meetingFromRow(q);
    }
    loadDiscussed(result);
    return result;
}

bool CouncilStore::writeDiscussed(const CouncilMeeting &m, QString *error)
{
    const QSqlDatabase db = m_dataset.database();
    if (!SqlQuery::run(db, QStringLiteral("DELETE FROM meeting_hospital WHERE meeting_id = ?"),
                       error, { m.id }))
        return false;
    SqlQuery insert(db,
                    QStringLiteral("INSERT OR IGNORE INTO meeting_hospital (meeting_id, "
                                   "hospital_id) VALUES (?, ?)"));
    for (qint64 h : m.discussedHospitals) {
        if (!insert.exec({ m.id, h })) {
            *error = insert.errorMessage();
            return false;
        }
    }
    return true;
}

qint64 CouncilStore::insertMeeting(const CouncilMeeting &m, QString *error)
{
    if (!m.heldOn.isValid()) {
        *error = tr("A meeting needs the date it was held.");
        return 0;
    }
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT INTO council_meeting (id, council_id, number, held_on, "
                              "agenda, decisions, papers_published, minutes_published, "
                              "published_url, reported_to_municipalities_on) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q.exec({ idOrNull(m.id), m.councilId, meetingNumber(m.number), dateValue(m.heldOn),
                  text(m.agenda.join(QLatin1Char('\n'))), text(m.decisions), int(m.papersPublished),
                  int(m.minutesPublished), text(m.publishedUrl),
                  dateValue(m.reportedToMunicipalitiesOn) })) {
        *error = q.errorMessage();
        return 0;
    }
    CouncilMeeting written = m;
    written.id = q.lastInsertId();
    if (!writeDiscussed(written, error))
        return 0;
    return written.id;
}

bool CouncilStore::updateMeeting(const CouncilMeeting &m, QString *error)
{
    if (!m.heldOn.isValid()) {
        *error = tr("A meeting needs the date it was held.");
        return false;
    }
    if (!SqlQuery::run(m_dataset.database(),
                       QStringLiteral("UPDATE council_meeting SET council_id = ?, number = ?, "
                                      "held_on = ?, agenda = ?, decisions = ?, "
                                      "papers_published = ?, minutes_published = ?, "
                                      "published_url = ?, reported_to_municipalities_on = ? "
                                      "WHERE id = ?"),
                       error,
                       { m.councilId, meetingNumber(m.number), dateValue(m.heldOn),
                         text(m.agenda.join(QLatin1Char('\n'))), text(m.decisions),
                         int(m.papersPublished), int(m.minutesPublished), text(m.publishedUrl),
                         dateValue(m.reportedToMunicipalitiesOn), m.id }))
        return false;
    return writeDiscussed(m, error);
}

bool CouncilStore::removeMeeting(qint64 id, QString *error)
{
    const int agreed = int(PolicyStore(m_dataset).hospitalsAgreedAt(id).size());
    if (agreed > 0) {
        *error = tr("%n policy(ies) were agreed at this meeting; clear their meeting first.", "",
                    agreed);
        return false;
    }
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("DELETE FROM council_meeting WHERE id = ?"), error, { id });
}

int CouncilStore::nextNumber(qint64 councilId) const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT max(number) FROM council_meeting WHERE council_id = ?"));
    if (q.exec({ councilId }) && q.next())
        return q.value(0).toInt() + 1;
    return 1;
}

QVector<Region> CouncilStore::regionsWithoutMeeting(const QString &prefectureCode,
                                                    int fiscalYear) const
{
    QSet<QString> met;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT DISTINCT c.region_code FROM council_meeting m "
                              "JOIN council c ON c.id = m.council_id "
                              "WHERE c.prefecture_code = ? AND c.region_code IS NOT NULL "
                              "AND m.held_on >= ? AND m.held_on <= ?"));
    if (q.exec({ prefectureCode, JapaneseDate::fiscalYearStart(fiscalYear).toString(Qt::ISODate),
                 JapaneseDate::fiscalYearEnd(fiscalYear).toString(Qt::ISODate) })) {
        while (q.next())
            met.insert(q.value(0).toString());
    }
    QVector<Region> result;
    for (const Region &r : GeographyStore(m_dataset).regions(prefectureCode)) {
        if (!met.contains(r.code))
            result << r;
    }
    return result;
}

QString CouncilStore::numberLabel(const std::optional<int> &number)
{
    return number ? tr("No. %1").arg(*number) : QString();
}

QString CouncilStore::meetingLabel(const CouncilMeeting &m) const
{
    const auto c = council(m.councilId);
    QString label = numberLabel(m.number);
    if (c)
        label = label.isEmpty() ? c->name : label + QLatin1Char(' ') + c->name;
    return tr("%1 (%2)").arg(label, JapaneseDate::display(m.heldOn));
}

Table CouncilStore::meetingsTable(const QString &prefectureCode, int fiscalYear) const
{
    Table t;
    t.title = fiscalYear > 0
        ? tr("Coordination council meetings, %1").arg(JapaneseDate::fiscalYearLabel(fiscalYear))
        : tr("Coordination council meetings");
    t.sheetName = tr("Meetings");
    t.header = QStringList { tr("Fiscal year"),
                             tr("Council"),
                             tr("Region code"),
                             tr("No."),
                             tr("Held on"),
                             tr("Agenda"),
                             tr("Decisions"),
                             tr("Policies agreed"),
                             tr("Hospitals discussed"),
                             tr("Papers published"),
                             tr("Minutes published"),
                             tr("URL"),
                             tr("Reported to municipalities on") };
    QHash<qint64, Council> councilsById;
    for (const Council &c : councils(prefectureCode))
        councilsById.insert(c.id, c);
    HospitalStore hospitals(m_dataset);
    QHash<qint64, QString> names;
    for (const Hospital &h : hospitals.hospitals(prefectureCode))
        names.insert(h.id, h.name);
    PolicyStore policies(m_dataset);
    const auto nameList = [&](const QVector<qint64> &ids) {
        QStringList list;
        for (qint64 id : ids)
            list << names.value(id, QString::number(id));
        return list.join(QStringLiteral("、"));
    };
    const QString yes = tr("Yes");
    const QString no = tr("No");
    for (const CouncilMeeting &m : meetingsOfPrefecture(prefectureCode, fiscalYear)) {
        const Council c = councilsById.value(m.councilId);
        t.rows << QVector<QVariant> {
            JapaneseDate::fiscalYearLabel(JapaneseDate::fiscalYear(m.heldOn)),
            c.name,
            c.regionCode.isEmpty() ? QVariant() : QVariant(c.regionCode),
            m.number ? QVariant(*m.number) : QVariant(),
            m.heldOn,
            m.agenda.join(QLatin1Char('\n')),
            m.decisions,
            nameList(policies.hospitalsAgreedAt(m.id)),
            nameList(m.discussedHospitals),
            m.papersPublished ? yes : no,
            m.minutesPublished ? yes : no,
            m.publishedUrl,
            m.reportedToMunicipalitiesOn.isValid() ? QVariant(m.reportedToMunicipalitiesOn)
                                                   : QVariant(),
        };
    }
    return t;
}

} // namespace Koso
