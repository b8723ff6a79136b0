#include "measures/MeasureStore.h"

#include "io/TableReader.h"
#include "policy/PolicyHistory.h"
#include "policy/PolicyStore.h"
#include "sessions/SupportHistory.h"
#include "storage/Dataset.h"
#include "storage/SqlQuery.h"
#include "util/JapaneseDate.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace Koso {

namespace {

const QString entityUse = QStringLiteral("measure_use");
const QString entityCase = QStringLiteral("case");

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QMap<QString, QString> useValues(const MeasureUse &u)
{
    return {
        { QStringLiteral("name"), u.measureId },
        { QStringLiteral("measure"), u.measureId },
        { QStringLiteral("hospital"), QString::number(u.hospitalId) },
        { QStringLiteral("stage"), MeasureUse::stageKey(u.stage) },
        { QStringLiteral("fiscal_year"), u.fiscalYear ? QString::number(u.fiscalYear) : QString() },
        { QStringLiteral("amount_yen"), u.amountYen ? QString::number(*u.amountYen) : QString() },
        { QStringLiteral("note"), u.note }
    };
}

QMap<QString, QString> caseValues(const PracticeCase &c)
{
    QStringList links;
    for (const auto &l : c.links)
        links << l.kind + QLatin1Char(':') + l.target;
    return { { QStringLiteral("title"), c.title },
             { QStringLiteral("kind"), PracticeCase::kindKey(c.kind) },
             { QStringLiteral("region_size"), c.regionSize },
             { QStringLiteral("background"), c.background },
             { QStringLiteral("actions"), c.actions },
             { QStringLiteral("results"), c.results },
             { QStringLiteral("source"), c.source },
             { QStringLiteral("source_page"), c.sourcePage },
             { QStringLiteral("tags"), c.tags.join(QLatin1Char(' ')) },
             { QStringLiteral("links"), links.join(QLatin1Char(' ')) } };
}

} // namespace

MeasureStore::MeasureStore(Dataset &dataset)
    : m_dataset(dataset)
{ }

QVector<SupportMeasure> MeasureStore::shippedCatalogue()
{
    static const QVector<SupportMeasure> shipped = [] {
        QVector<SupportMeasure> result;
        QFile file(QStringLiteral(":/core/measures/catalogue.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList f = lines.at(i).split(QLatin1Char('\t'));
            if (f.size() < 9)
                continue;
            SupportMeasure m;
            m.id = f.at(0);
            m.category = f.at(1);
            m.name = f.at(2);
            m.basis = f.at(3);
            m.eligible = f.at(4);
            m.conditions = f.at(5);
            m.validFrom = QDate::fromString(f.at(6), Qt::ISODate);
            m.validTo = QDate::fromString(f.at(7), Qt::ISODate);
            m.summary = f.at(8).trimmed();
            result << m;
        }
        return result;
    }();
    return shipped;
}

QVector<SupportMeasure> MeasureStore::versions(const QString &id) const
{
    QVector<SupportMeasure> result;
    for (const SupportMeasure &m : shippedCatalogue()) {
        if (m.id == id)
            result << m;
    }
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT measure_id, version, name, category, basis, eligible, "
                              "conditions, summary, valid_from, valid_to, retired_on, changed_at, "
                              "changed_by FROM support_measure WHERE measure_id = ? "
                              "ORDER BY version"));
    if (!q.exec({ id }))
        return result;
    while (q.next()) {
        SupportMeasure m;
        m.id = q.value(0).toString();
        m.version = q.value(1).toInt();
        m.name = q.value(2).toString();
        m.category = q.value(3).toString();
        m.basis = q.value(4).toString();
        m.eligible = q.value(5).toString();
        m.conditions = q.value(6).toString();
        m.summary = q.value(7).toString();
        m.validFrom = dateOf(q.value(8));
        m.validTo = dateOf(q.value(9));
        m.retiredOn = dateOf(q.value(10));
        m.changedAt = PolicyHistory::timeFromText(q.value(11).toString());
        m.changedBy = q.value(12).toString();
        result << m;
    }
    return result;
}

QVector<SupportMeasure> MeasureStore::catalogue(bool includeRetired) const
{
    QStringList ids;
    for (const SupportMeasure &m : shippedCatalogue())
        ids << m.id;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT DISTINCT measure_id FROM support_measure ORDER BY "
                              "measure_id"));
    if (q.exec()) {
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!ids.contains(id))
                ids << id;
        }
    }
    QVector<SupportMeasure> result;
    for (const QString &id : std::as_const(ids)) {
        const QVector<SupportMeasure> all = versions(id);
        if (all.isEmpty())
            continue;
        if (includeRetired || !all.last().isRetired())
            result << all.last();
    }
    return result;
}

std::optional<SupportMeasure> MeasureStore::measure(const QString &id) const
{
    const QVector<SupportMeasure> all = versions(id);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

QString MeasureStore::newMeasureId() const
{
    QSet<QString> taken;
    for (const SupportMeasure &m : catalogue())
        taken.insert(m.id);
    int n = 1;
    while (taken.contains(QStringLiteral("own-%1").arg(n)))
        ++n;
    return QStringLiteral("own-%1").arg(n);
}

int MeasureStore::insertVersion(const SupportMeasure &m, const ChangeStamp &stamp, QString *error)
{
    if (m.id.trimmed().isEmpty() || m.name.trimmed().isEmpty()) {
        *error = tr("A support measure needs a name.");
        return 0;
    }
    if (m.validFrom.isValid() && m.validTo.isValid() && m.validTo < m.validFrom) {
        *error = tr("The measure's validity ends before it begins.");
        return 0;
    }
    const QVector<SupportMeasure> all = versions(m.id);
    const int version = all.isEmpty() ? 1 : all.last().version + 1;
    if (!SqlQuery::run(m_dataset.database(),
                       QStringLiteral("INSERT INTO support_measure (measure_id, version, name, "
                                      "category, basis, eligible, conditions, summary, "
                                      "valid_from, valid_to, retired_on, changed_at, changed_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       error,
                       { m.id, version, m.name.trimmed(), text(m.category), text(m.basis),
                         text(m.eligible), text(m.conditions), text(m.summary),
                         dateValue(m.validFrom), dateValue(m.validTo), dateValue(m.retiredOn),
                         PolicyHistory::timeText(stamp.at), stamp.by }))
        return 0;
    return version;
}

bool MeasureStore::removeVersion(const QString &id, int version, QString *error)
{
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("DELETE FROM support_measure WHERE measure_id = ? AND "
                                        "version = ?"),
                         error, { id, version });
}

QVector<MeasureUse> MeasureStore::usesWhere(const QString &where, const QVariantList &values) const
{
    QVector<MeasureUse> result;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT u.id, u.measure_id, u.hospital_id, u.stage, u.fiscal_year, "
                              "u.amount_yen, u.note FROM measure_use u JOIN hospital h ON h.id = "
                              "u.hospital_id %1 ORDER BY h.region_code, h.name, u.fiscal_year, "
                              "u.id")
                   .arg(where));
    for (int i = 0; i < values.size(); ++i)
        q.bind(i, values.at(i));
    if (!q.execBound())
        return result;
    while (q.next()) {
        MeasureUse u;
        u.id = q.value(0).toLongLong();
        u.measureId = q.value(1).toString();
        u.hospitalId = q.value(2).toLongLong();
        u.stage = MeasureUse::stageFromKey(q.value(3).toString());
        u.fiscalYear = q.value(4).toInt();
        if (!q.value(5).isNull())
            u.amountYen = q.value(5).toLongLong();
        u.note = q.value(6).toString();
        result << u;
    }
    return result;
}

QVector<MeasureUse> MeasureStore::uses() const
{
    return usesWhere(QString(), {});
}

QVector<MeasureUse> MeasureStore::usesOfHospital(qint64 hospitalId) const
{
    return usesWhere(QStringLiteral("WHERE u.hospital_id = ?"), { hospitalId });
}

QVector<MeasureUse> MeasureStore::usesOfMeasure(const QString &measureId) const
{
    return usesWhere(QStringLiteral("WHERE u.measure_id = ?"), { measureId });
}

QVector<MeasureUse> MeasureStore::usesInArea(const QString &areaCode) const
{
    if (areaCode.size() == 2)
        return usesWhere(QStringLiteral("WHERE substr(h.region_code, 1, 2) = ?"), { areaCode });
    return usesWhere(QStringLiteral("WHERE h.region_code = ?"), { areaCode });
}

std::optional<MeasureUse> MeasureStore::use(qint64 id) const
{
    const auto found = usesWhere(QStringLiteral("WHERE u.id = ?"), { id });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

qint64 MeasureStore::nextUseId() const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM measure_use"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 1;
}

namespace {

bool validUse(const MeasureUse &u, QString *error)
{
    if (u.measureId.isEmpty() || u.hospitalId <= 0) {
        *error = MeasureStore::tr("Choose a measure and a hospital.");
        return false;
    }
    if (u.amountYen && *u.amountYen < 0) {
        *error = MeasureStore::tr("An amount cannot be negative.");
        return false;
    }
    return true;
}

QVariant fiscalYearValue(int fy)
{
    return fy > 0 ? QVariant(fy) : QVariant(QMetaType(QMetaType::Int));
}

QVariant amountValue(const std::optional<qint64> &a)
{
    return a ? QVariant(*a) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

qint64 MeasureStore::insertUse(const MeasureUse &u, const ChangeStamp &stamp, QString *error)
{
    if (!validUse(u, error))
        return 0;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT INTO measure_use (id, measure_id, hospital_id, stage, "
                              "fiscal_year, amount_yen, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q.exec({ idOrNull(u.id), u.measureId, u.hospitalId, MeasureUse::stageKey(u.stage),
                  fiscalYearValue(u.fiscalYear), amountValue(u.amountYen), text(u.note) })) {
        *error = q.errorMessage();
        return 0;
    }
    const qint64 id = q.lastInsertId();
    if (!SupportHistory::record(m_dataset, entityUse, id, {}, useValues(u), stamp, error))
        return 0;
    return id;
}

bool MeasureStore::updateUse(const MeasureUse &u, const ChangeStamp &stamp, QString *error)
{
    if (!validUse(u, error))
        return false;
    const auto before = use(u.id);
    if (!before) {
        *error = tr("The link no longer exists.");
        return false;
    }
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("UPDATE measure_use SET measure_id = ?, hospital_id = ?, "
                                        "stage = ?, fiscal_year = ?, amount_yen = ?, note = ? "
                                        "WHERE id = ?"),
                         error,
                         { u.measureId, u.hospitalId, MeasureUse::stageKey(u.stage),
                           fiscalYearValue(u.fiscalYear), amountValue(u.amountYen), text(u.note),
                           u.id })
        && SupportHistory::record(m_dataset, entityUse, u.id, useValues(*before), useValues(u),
                                  stamp, error);
}

bool MeasureStore::removeUse(qint64 id, const ChangeStamp &stamp, QString *error)
{
    const auto before = use(id);
    if (!before) {
        *error = tr("The link no longer exists.");
        return false;
    }
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("DELETE FROM measure_use WHERE id = ?"), error, { id })
        && SupportHistory::record(m_dataset, entityUse, id, useValues(*before), {}, stamp, error);
}

QVector<PracticeCase> MeasureStore::cases() const
{
    QVector<PracticeCase> result;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT id, title, kind, region_size, background, actions, "
                              "results, source, source_page, tags FROM practice_case ORDER BY "
                              "id"));
    if (!q.exec())
        return result;
    QHash<qint64, int> index;
    while (q.next()) {
        PracticeCase c;
        c.id = q.value(0).toLongLong();
        c.title = q.value(1).toString();
        c.kind = PracticeCase::kindFromKey(q.value(2).toString())
                     .value_or(PracticeCase::Kind::Prefecture);
        c.regionSize = q.value(3).toString();
        c.background = q.value(4).toString();
        c.actions = q.value(5).toString();
        c.results = q.value(6).toString();
        c.source = q.value(7).toString();
        c.sourcePage = q.value(8).toString();
        c.tags = q.value(9).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        index.insert(c.id, int(result.size()));
        result << c;
    }
    SqlQuery links(m_dataset.database(),
                   QStringLiteral("SELECT case_id, target_kind, target FROM practice_case_link "
                                  "ORDER BY case_id, target_kind, target"));
    if (links.exec()) {
        while (links.next()) {
            const auto it = index.constFind(links.value(0).toLongLong());
            if (it != index.cend())
                result[*it].links << PracticeCase::Link { links.value(1).toString(),
                                                          links.value(2).toString() };
        }
    }
    return result;
}

std::optional<PracticeCase> MeasureStore::practiceCase(qint64 id) const
{
    for (const PracticeCase &c : cases()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QVector<PracticeCase> MeasureStore::casesLinkedTo(const QString &kind, const QString &target) const
{
    QVector<PracticeCase> result;
    for (const PracticeCase &c : cases()) {
        if (c.links.contains(PracticeCase::Link { kind, target }))
            result << c;
    }
    return result;
}

qint64 MeasureStore::nextCaseId() const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM practice_case"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 1;
}

bool MeasureStore::writeLinks(const PracticeCase &c, QString *error)
{
    if (!SqlQuery::run(m_dataset.database(),
                       QStringLiteral("DELETE FROM practice_case_link WHERE case_id = ?"), error,
                       { c.id }))
        return false;
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT OR IGNORE INTO practice_case_link (case_id, target_kind, "
                              "target) VALUES (?, ?, ?)"));
    for (const auto &l : c.links) {
        if (!q.exec({ c.id, l.kind, l.target })) {
            *error = q.errorMessage();
            return false;
        }
    }
    return true;
}

qint64 MeasureStore::insertCase(const PracticeCase &c, const ChangeStamp &stamp, QString *error)
{
    if (c.title.trimmed().isEmpty()) {
        *error = tr("A case needs a title.");
        return 0;
    }
    SqlQuery q(m_dataset.database(),
               QStringLiteral("INSERT INTO practice_case (id, title, kind, region_size, "
                              "background, actions, results, source, source_page, tags) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q.exec({ idOrNull(c.id), c.title.trimmed(), PracticeCase::kindKey(c.kind),
                  text(c.regionSize), text(c.background), text(c.actions), text(c.results),
                  text(c.source), text(c.sourcePage), text(c.tags.join(QLatin1Char('\n'))) })) {
        *error = q.errorMessage();
        return 0;
    }
    PracticeCase stored = c;
    stored.id = q.lastInsertId();
    if (!writeLinks(stored, error)
        || !SupportHistory::record(m_dataset, entityCase, stored.id, {}, caseValues(stored), stamp,
                                   error))
        return 0;
    return stored.id;
}

bool MeasureStore::updateCase(const PracticeCase &c, const ChangeStamp &stamp, QString *error)
{
    if (c.title.trimmed().isEmpty()) {
        *error = tr("A case needs a title.");
        return false;
    }
    const auto before = practiceCase(c.id);
    if (!before) {
        *error = tr("The case no longer exists.");
        return false;
    }
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("UPDATE practice_case SET title = ?, kind = ?, "
                                        "region_size = ?, background = ?, actions = ?, "
                                        "results = ?, source = ?, source_page = ?, tags = ? "
                                        "WHERE id = ?"),
                         error,
                         { c.title.trimmed(), PracticeCase::kindKey(c.kind), text(c.regionSize),
                           text(c.background), text(c.actions), text(c.results), text(c.source),
                           text(c.sourcePage), text(c.tags.join(QLatin1Char('\n'))), c.id })
        && writeLinks(c, error)
        && SupportHistory::record(m_dataset, entityCase, c.id, caseValues(*before), caseValues(c),
                                  stamp, error);
}

bool MeasureStore::removeCase(qint64 id, const ChangeStamp &stamp, QString *error)
{
    const auto before = practiceCase(id);
    if (!before) {
        *error = tr("The case no longer exists.");
        return false;
    }
    return SqlQuery::run(m_dataset.database(),
                         QStringLiteral("DELETE FROM practice_case WHERE id = ?"), error, { id })
        && SupportHistory::record(m_dataset, entityCase, id, caseValues(*before), {}, stamp, error);
}

Table MeasureStore::catalogueTable() const
{
    Table t;
    t.title = tr("Support measures");
    t.sheetName = tr("Support measures");
    t.header = { tr("ID"),          tr("Category"),        tr("Measure"),
                 tr("Legal basis"), tr("Who can use it"),  tr("Conditions"),
                 tr("Valid from"),  tr("Valid to"),        tr("Retired on"),
                 tr("Version"),     tr("Hospitals linked") };
    for (const SupportMeasure &m : catalogue()) {
        QSet<qint64> hospitals;
        for (const MeasureUse &u : usesOfMeasure(m.id))
            hospitals.insert(u.hospitalId);
        t.rows.append({ m.id, m.category, m.name, m.basis, m.eligible, m.conditions,
                        m.validFrom.isValid() ? QVariant(m.validFrom) : QVariant(),
                        m.validTo.isValid() ? QVariant(m.validTo) : QVariant(),
                        m.retiredOn.isValid() ? QVariant(m.retiredOn) : QVariant(), m.version,
                        int(hospitals.size()) });
    }
    t.notes << tr("The shipped catalogue summarises the measures in our own words; check the "
                  "notices and guidelines in force before advising a hospital.");
    return t;
}

} // namespace Koso
