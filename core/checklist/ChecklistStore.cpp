#include "checklist/ChecklistStore.h"

#include "storage/Dataset.h"
#include "storage/Savepoint.h"
#include "storage/SqlQuery.h"

#include <QDateTime>
#include <QSet>

namespace Koso {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// A null QString binds as SQL NULL; text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Every row the id query lists, loaded one by one; empty, with the error, if one fails.
template<typename T, typename Load>
QVector<T> loadEach(const QSqlDatabase &db, const QString &idQuery, QString *error, Load load)
{
    SqlQuery q(db, idQuery);
    if (!q.exec()) {
        *error = q.errorMessage();
        return {};
    }
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QVector<T> list;
    for (qint64 id : std::as_const(ids)) {
        auto item = load(id);
        if (!item)
            return {};
        list << *item;
    }
    return list;
}

} // namespace

ChecklistStore::ChecklistStore(Dataset *dataset)
    : m_dataset(dataset)
{ }

bool ChecklistStore::finish(Savepoint &tx, QString *error)
{
    if (!tx.release()) {
        *error = tx.errorMessage();
        return false;
    }
    m_dataset->notifyChanged(DataChange::Checklist);
    return true;
}

bool ChecklistStore::ensureDefaultTemplate(QString *error)
{
    SqlQuery any(m_dataset->database(), QStringLiteral("SELECT 1 FROM checklist_template LIMIT 1"));
    if (!any.exec()) {
        *error = any.errorMessage();
        return false;
    }
    if (any.next())
        return true;
    ChecklistTemplate t;
    if (!ChecklistTemplate::bundled(&t, error))
        return false;
    return addTemplate(t, error).has_value();
}

QVector<ChecklistTemplate> ChecklistStore::templates(QString *error) const
{
    return loadEach<ChecklistTemplate>(
        m_dataset->database(), QStringLiteral("SELECT id FROM checklist_template ORDER BY id"),
        error, [&](qint64 id) { return loadTemplate(id, error); });
}

std::optional<ChecklistTemplate> ChecklistStore::loadTemplate(qint64 id, QString *error) const
{
    const QSqlDatabase db = m_dataset->database();
    SqlQuery q(db,
               QStringLiteral("SELECT name, version, title, note, source, based_on, created_at "
                              "FROM checklist_template WHERE id = ?"));
    if (!q.exec({ id })) {
        *error = q.errorMessage();
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("There is no checklist template with the id %1.").arg(id);
        return std::nullopt;
    }
    ChecklistTemplate t;
    t.id = id;
    t.name = q.value(0).toString();
    t.version = q.value(1).toInt();
    t.title = q.value(2).toString();
    t.note = q.value(3).toString();
    t.source = ChecklistTemplate::sourceFromKey(q.value(4).toString());
    t.basedOn = q.value(5).toLongLong();
    t.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);

    SqlQuery genres(db,
                    QStringLiteral("SELECT name FROM checklist_genre WHERE template_id = ? "
                                   "ORDER BY position"));
    if (!genres.exec({ id })) {
        *error = genres.errorMessage();
        return std::nullopt;
    }
    while (genres.next())
        t.genres << genres.value(0).toString();

    SqlQuery items(db,
                   QStringLiteral("SELECT i.id, i.number, g.name, i.text, i.basis "
                                  "FROM checklist_item i JOIN checklist_genre g "
                                  "ON g.template_id = i.template_id AND g.position = "
                                  "i.genre_position WHERE i.template_id = ? ORDER BY i.number"));
    if (!items.exec({ id })) {
        *error = items.errorMessage();
        return std::nullopt;
    }
    while (items.next()) {
        ChecklistItem item;
        item.id = items.value(0).toLongLong();
        item.number = items.value(1).toInt();
        item.genre = items.value(2).toString();
        item.text = items.value(3).toString();
        item.basis = items.value(4).toString();
        t.items << item;
    }
    return t;
}

std::optional<ChecklistTemplate> ChecklistStore::currentTemplate(QString *error) const
{
    SqlQuery q(m_dataset->database(), QStringLiteral("SELECT max(id) FROM checklist_template"));
    if (!q.exec()) {
        *error = q.errorMessage();
        return std::nullopt;
    }
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return loadTemplate(q.value(0).toLongLong(), error);
}

qint64 ChecklistStore::latestVersionId(const QString &name, QString *error) const
{
    SqlQuery q(m_dataset->database(),
               QStringLiteral("SELECT id FROM checklist_template WHERE name = ? "
                              "ORDER BY version DESC LIMIT 1"));
    if (!q.exec({ name })) {
        *error = q.errorMessage();
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

int ChecklistStore::nextVersion(const QString &name, QString *error) const
{
    SqlQuery q(m_dataset->database(),
               QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM checklist_template "
                              "WHERE name = ?"));
    if (!q.exec({ name }) || !q.next()) {
        *error = q.errorMessage();
        return 0;
    }
    return q.value(0).toInt();
}

int ChecklistStore::usageCount(qint64 templateId, QString *error) const
{
    SqlQuery q(m_dataset->database(),
               QStringLiteral("SELECT count(*) FROM checklist_assessment WHERE template_id = ?"));
    if (!q.exec({ templateId }) || !q.next()) {
        *error = q.errorMessage();
        return -1;
    }
    return q.value(0).toInt();
}

std::optional<ChecklistTemplate> ChecklistStore::addTemplate(const ChecklistTemplate &source,
                                                             QString *error)
{
    ChecklistTemplate t = source;
    t.name = t.name.trimmed();
    const QStringList problems = t.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    const QSqlDatabase db = m_dataset->database();
    Savepoint tx(db);
    if (t.version <= 0) {
        t.version = nextVersion(t.name, error);
        if (t.version <= 0)
            return std::nullopt;
    } else {
        SqlQuery taken(db,
                       QStringLiteral("SELECT 1 FROM checklist_template WHERE name = ? AND "
                                      "version = ?"));
        if (!taken.exec({ t.name, t.version })) {
            *error = taken.errorMessage();
            return std::nullopt;
        }
        if (taken.next()) {
            *error = tr("The template \"%1\" already has a version %2.").arg(t.name).arg(t.version);
            return std::nullopt;
        }
    }
    if (!t.createdAt.isValid())
        t.createdAt = now();
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO checklist_template (id, name, version, title, "
                                   "note, source, based_on, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.exec({ idOrNull(t.id), t.name, t.version, text(t.title), text(t.note),
                       ChecklistTemplate::sourceKey(t.source), idOrNull(t.basedOn),
                       t.createdAt.toString(Qt::ISODate) })) {
        *error = insert.errorMessage();
        return std::nullopt;
    }
    t.id = insert.lastInsertId();
    SqlQuery genre(db,
                   QStringLiteral("INSERT INTO checklist_genre (template_id, position, name) "
                                  "VALUES (?, ?, ?)"));
    for (int i = 0; i < t.genres.size(); ++i) {
        if (!genre.exec({ t.id, i + 1, text(t.genres.at(i)) })) {
            *error = genre.errorMessage();
            return std::nullopt;
        }
    }
    SqlQuery item(db,
                  QStringLiteral("INSERT INTO checklist_item (id, template_id, number, "
                                 "genre_position, text, basis) VALUES (?, ?, ?, ?, ?, ?)"));
    for (ChecklistItem &it : t.items) {
        if (!item.exec({ idOrNull(it.id), t.id, it.number, int(t.genres.indexOf(it.genre)) + 1,
                         text(it.text), text(it.basis) })) {
            *error = item.errorMessage();
            return std::nullopt;
        }
        it.id = item.lastInsertId();
    }
    if (!finish(tx, error))
        return std::nullopt;
    return t;
}

bool ChecklistStore::deleteTemplate(qint64 id, QString *error)
{
    const int used = usageCount(id, error);
    if (used < 0)
        return false;
    if (used > 0) {
        *error
            = tr("The template cannot be removed: assessments answered against it: %1.").arg(used);
        return false;
    }
    Savepoint tx(m_dataset->database());
    SqlQuery del(m_dataset->database(),
                 QStringLiteral("DELETE FROM checklist_template WHERE id = ?"));
    if (!del.exec({ id })) {
        *error = del.errorMessage();
        return false;
    }
    return finish(tx, error);
}

QVector<Assessment> ChecklistStore::assessments(QString *error) const
{
    return loadEach<Assessment>(
        m_dataset->database(),
        QStringLiteral("SELECT id FROM checklist_assessment ORDER BY filled_on, id"), error,
        [&](qint64 id) { return loadAssessment(id, error); });
}

std::optional<Assessment> ChecklistStore::loadAssessment(qint64 id, QString *error) const
{
    const QSqlDatabase db = m_dataset->database();
    SqlQuery q(db,
               QStringLiteral("SELECT template_id, fiscal_year, filled_on, title, copied_from, "
                              "created_at, updated_at FROM checklist_assessment WHERE id = ?"));
    if (!q.exec({ id })) {
        *error = q.errorMessage();
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("There is no checklist assessment with the id %1.").arg(id);
        return std::nullopt;
    }
    Assessment a;
    a.id = id;
    const qint64 templateId = q.value(0).toLongLong();
    a.fiscalYear = q.value(1).toInt();
    a.filledOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    a.title = q.value(3).toString();
    a.copiedFrom = q.value(4).toLongLong();
    a.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    a.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    auto t = loadTemplate(templateId, error);
    if (!t)
        return std::nullopt;
    a.checklistTemplate = *t;

    SqlQuery entries(db,
                     QStringLiteral("SELECT item_id, answer, remarks, section "
                                    "FROM checklist_answer WHERE assessment_id = ?"));
    if (!entries.exec({ id })) {
        *error = entries.errorMessage();
        return std::nullopt;
    }
    while (entries.next()) {
        ChecklistEntry e;
        e.answer = ChecklistEntry::answerFromKey(entries.value(1).toString())
                       .value_or(ChecklistAnswer::Unanswered);
        e.remarks = entries.value(2).toString();
        e.section = entries.value(3).toString();
        a.entries.insert(entries.value(0).toLongLong(), e);
    }
    return a;
}

qint64 ChecklistStore::latestAssessmentId(QString *error) const
{
    SqlQuery q(m_dataset->database(),
               QStringLiteral("SELECT id FROM checklist_assessment "
                              "ORDER BY filled_on DESC, id DESC LIMIT 1"));
    if (!q.exec()) {
        *error = q.errorMessage();
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ChecklistStore::previousAssessmentId(qint64 id, QString *error) const
{
    SqlQuery q(m_dataset->database(),
               QStringLiteral("SELECT p.id FROM checklist_assessment p, checklist_assessment a "
                              "WHERE a.id = ? AND (p.filled_on < a.filled_on OR "
                              "(p.filled_on = a.filled_on AND p.id < a.id)) "
                              "ORDER BY p.filled_on DESC, p.id DESC LIMIT 1"));
    if (!q.exec({ id })) {
        *error = q.errorMessage();
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Assessment> ChecklistStore::addAssessment(const Assessment &source, QString *error)
{
    Assessment a = source;
    if (!a.filledOn.isValid()) {
        *error = tr("The assessment has no valid date of filling in.");
        return std::nullopt;
    }
    if (a.fiscalYear < 2000 || a.fiscalYear > 2100) {
        *error = tr("The fiscal year %1 is out of range.").arg(a.fiscalYear);
        return std::nullopt;
    }
    const QSqlDatabase db = m_dataset->database();
    Savepoint tx(db);
    const QString stamp = now().toString(Qt::ISODate);
    if (!a.createdAt.isValid())
        a.createdAt = QDateTime::fromString(stamp, Qt::ISODate);
    a.updatedAt = QDateTime::fromString(stamp, Qt::ISODate);
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO checklist_assessment (id, template_id, "
                                   "fiscal_year, filled_on, title, copied_from, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // copied_from may point at an assessment deleted since: keep the link only if it exists.
    SqlQuery exists(db, QStringLiteral("SELECT 1 FROM checklist_assessment WHERE id = ?"));
    if (a.copiedFrom > 0) {
        if (!exists.exec({ a.copiedFrom })) {
            *error = exists.errorMessage();
            return std::nullopt;
        }
        if (!exists.next())
            a.copiedFrom = 0;
    }
    if (!insert.exec({ idOrNull(a.id), a.templateId(), a.fiscalYear,
                       a.filledOn.toString(Qt::ISODate), text(a.title), idOrNull(a.copiedFrom),
                       a.createdAt.toString(Qt::ISODate), stamp })) {
        *error = insert.errorMessage();
        return std::nullopt;
    }
    a.id = insert.lastInsertId();
    if (!writeEntries(a.id, a.templateId(), a.entries, error))
        return std::nullopt;
    if (!finish(tx, error))
        return std::nullopt;
    return a;
}

bool ChecklistStore::deleteAssessment(qint64 id, QString *error)
{
    Savepoint tx(m_dataset->database());
    SqlQuery del(m_dataset->database(),
                 QStringLiteral("DELETE FROM checklist_assessment WHERE id = ?"));
    if (!del.exec({ id })) {
        *error = del.errorMessage();
        return false;
    }
    if (del.numRowsAffected() != 1) {
        *error = tr("There is no checklist assessment with the id %1.").arg(id);
        return false;
    }
    return finish(tx, error);
}

bool ChecklistStore::writeEntries(qint64 assessmentId, qint64 templateId,
                                  const QHash<qint64, ChecklistEntry> &entries, QString *error)
{
    const QSqlDatabase db = m_dataset->database();
    // Entries must belong to the template the assessment is answered against.
    SqlQuery items(db, QStringLiteral("SELECT id FROM checklist_item WHERE template_id = ?"));
    if (!items.exec({ templateId })) {
        *error = items.errorMessage();
        return false;
    }
    QSet<qint64> known;
    while (items.next())
        known.insert(items.value(0).toLongLong());
    SqlQuery upsert(db,
                    QStringLiteral("INSERT INTO checklist_answer (assessment_id, item_id, "
                                   "answer, remarks, section) VALUES (?, ?, ?, ?, ?) "
                                   "ON CONFLICT (assessment_id, item_id) DO UPDATE SET "
                                   "answer = excluded.answer, remarks = excluded.remarks, "
                                   "section = excluded.section"));
    SqlQuery remove(db,
                    QStringLiteral("DELETE FROM checklist_answer WHERE assessment_id = ? AND "
                                   "item_id = ?"));
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!known.contains(it.key())) {
            *error = tr("The item %1 is not part of the assessment's template.").arg(it.key());
            return false;
        }
        const ChecklistEntry &e = it.value();
        if (e.isEmpty()) {
            if (!remove.exec({ assessmentId, it.key() })) {
                *error = remove.errorMessage();
                return false;
            }
            continue;
        }
        const QString key = ChecklistEntry::answerKey(e.answer);
        if (!upsert.exec({ assessmentId, it.key(), key.isEmpty() ? QVariant() : QVariant(key),
                           text(e.remarks), text(e.section) })) {
            *error = upsert.errorMessage();
            return false;
        }
    }
    return true;
}

bool ChecklistStore::touch(qint64 assessmentId, QString *error)
{
    SqlQuery q(m_dataset->database(),
               QStringLiteral("UPDATE checklist_assessment SET updated_at = ? WHERE id = ?"));
    if (!q.exec({ now().toString(Qt::ISODate), assessmentId })) {
        *error = q.errorMessage();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("There is no checklist assessment with the id %1.").arg(assessmentId);
        return false;
    }
    return true;
}

bool ChecklistStore::setEntries(qint64 assessmentId, const QHash<qint64, ChecklistEntry> &entries,
                                QString *error)
{
    const QSqlDatabase db = m_dataset->database();
    Savepoint tx(db);
    if (!touch(assessmentId, error))
        return false;
    SqlQuery t(db, QStringLiteral("SELECT template_id FROM checklist_assessment WHERE id = ?"));
    if (!t.exec({ assessmentId }) || !t.next()) {
        *error = t.errorMessage();
        return false;
    }
    if (!writeEntries(assessmentId, t.value(0).toLongLong(), entries, error))
        return false;
    return finish(tx, error);
}

bool ChecklistStore::setHeader(qint64 assessmentId, int fiscalYear, const QDate &filledOn,
                               const QString &title, QString *error)
{
    if (!filledOn.isValid()) {
        *error = tr("The assessment has no valid date of filling in.");
        return false;
    }
    if (fiscalYear < 2000 || fiscalYear > 2100) {
        *error = tr("The fiscal year %1 is out of range.").arg(fiscalYear);
        return false;
    }
    const QSqlDatabase db = m_dataset->database();
    Savepoint tx(db);
    if (!touch(assessmentId, error))
        return false;
    SqlQuery q(db,
               QStringLiteral("UPDATE checklist_assessment SET fiscal_year = ?, filled_on = ?, "
                              "title = ? WHERE id = ?"));
    if (!q.exec(
            { fiscalYear, filledOn.toString(Qt::ISODate), text(title.trimmed()), assessmentId })) {
        *error = q.errorMessage();
        return false;
    }
    return finish(tx, error);
}

bool ChecklistStore::setTemplate(qint64 assessmentId, qint64 templateId,
                                 const QHash<qint64, ChecklistEntry> &entries, QString *error)
{
    const QSqlDatabase db = m_dataset->database();
    Savepoint tx(db);
    if (!touch(assessmentId, error))
        return false;
    SqlQuery clear(db, QStringLiteral("DELETE FROM checklist_answer WHERE assessment_id = ?"));
    SqlQuery q(db, QStringLiteral("UPDATE checklist_assessment SET template_id = ? WHERE id = ?"));
    if (!clear.exec({ assessmentId }) || !q.exec({ templateId, assessmentId })) {
        *error = clear.errorMessage() + q.errorMessage();
        return false;
    }
    if (!writeEntries(assessmentId, templateId, entries, error))
        return false;
    return finish(tx, error);
}

QDateTime ChecklistStore::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTime();
}

QString ChecklistStore::prefectureName() const
{
    SqlQuery q(m_dataset->database(), QStringLiteral("SELECT name FROM prefecture WHERE code = ?"));
    if (q.exec({ m_dataset->homePrefectureCode() }) && q.next())
        return q.value(0).toString();
    return QString();
}

} // namespace Koso
