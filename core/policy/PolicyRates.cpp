#include "policy/PolicyRates.h"

#include <QHash>

#include "model/Hospital.h"
#include "policy/HospitalOverview.h"
#include "policy/PolicyStore.h"
#include "policy/PolicyVocabulary.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/JapaneseDate.h"

#include <QLocale>
#include <QSet>

namespace Koso {

namespace {

struct Counted
{
    QString regionCode;
    QString ownerGroup; // key, empty for unknown
    bool reverification = false;
    bool done = false;
    qint64 beds = 0;
};

void add(PolicyRate &rate, const Counted &c)
{
    ++rate.hospitalsTotal;
    rate.bedsTotal += c.beds;
    if (c.done) {
        ++rate.hospitalsDone;
        rate.bedsDone += c.beds;
    }
}

QVector<PolicyRate> rateRows(const QVector<Counted> &counted, const QDate &asOf,
                             const QString &prefectureCode, const QStringList &regionCodes)
{
    QVector<PolicyRate> result;
    const QStringList groups = PolicyVocabulary::rateGroups();
    QStringList scopes { prefectureCode };
    scopes << regionCodes;
    // The hospitals of each region, so that all the regions of the nation stay one pass.
    QHash<QString, QVector<const Counted *>> byRegion;
    QVector<const Counted *> all;
    all.reserve(counted.size());
    for (const Counted &c : counted) {
        byRegion[c.regionCode] << &c;
        all << &c;
    }
    for (const QString &scope : std::as_const(scopes)) {
        const QVector<const Counted *> &members = scope.size() == 4 ? byRegion[scope] : all;
        for (const QString &group : groups) {
            PolicyRate rate;
            rate.asOf = asOf;
            rate.scope = scope;
            rate.group = group;
            for (const Counted *member : members) {
                const Counted &c = *member;
                const bool inGroup = group == QLatin1String("all")
                    || (group == QLatin1String("reverification") && c.reverification)
                    || (group == QLatin1String("unknown") && c.ownerGroup.isEmpty())
                    || c.ownerGroup == group;
                if (inGroup)
                    add(rate, c);
            }
            result << rate;
        }
    }
    return result;
}

QVector<Counted> countedHospitals(const QVector<Hospital> &hospitals,
                                  const QHash<qint64, ResponsePolicy> &policies,
                                  const QHash<qint64, qint64> &beds, const QString &regionCode)
{
    QVector<Counted> counted;
    for (const Hospital &h : hospitals) {
        if (!regionCode.isEmpty() && h.regionCode != regionCode)
            continue;
        const auto p = policies.constFind(h.id);
        if (p == policies.cend() || !p->listed || p->mergedInto)
            continue;
        Counted c;
        c.regionCode = h.regionCode;
        c.ownerGroup = ownerGroupKey(p->ownerGroup);
        c.reverification = p->reverificationTarget;
        c.done = p->isDone();
        c.beds = beds.value(h.id);
        counted << c;
    }
    return counted;
}

// The hospitals of an area with only what the rates need (id and region), in one query: the
// whole nation's 8,000 facilities are read for a fiscal year's progress.
QVector<Hospital> countedAreaHospitals(Dataset &dataset, const QString &areaCode)
{
    QVector<Hospital> result;
    QString sql = QStringLiteral("SELECT id, region_code FROM hospital");
    if (areaCode.size() == 4)
        sql += QStringLiteral(" WHERE region_code = ?");
    else if (!areaCode.isEmpty())
        sql += QStringLiteral(
            " WHERE region_code IN (SELECT code FROM region WHERE prefecture_code = ?)");
    sql += QStringLiteral(" ORDER BY region_code, id");
    SqlQuery q(dataset.database(), sql);
    if (areaCode.isEmpty() ? q.exec() : q.exec({ areaCode })) {
        while (q.next()) {
            Hospital h;
            h.id = q.value(0).toLongLong();
            h.regionCode = q.value(1).toString();
            result << h;
        }
    }
    return result;
}

QStringList regionCodesOf(Dataset &dataset, const QString &prefectureCode,
                          const QString &regionCode)
{
    if (!regionCode.isEmpty())
        return { regionCode };
    QStringList codes;
    for (const Region &r : GeographyStore(dataset).regions(prefectureCode))
        codes << r.code;
    return codes;
}

} // namespace

std::optional<double> PolicyRate::hospitalShare() const
{
    if (hospitalsTotal == 0)
        return std::nullopt;
    return double(hospitalsDone) / double(hospitalsTotal);
}

std::optional<double> PolicyRate::bedShare() const
{
    if (bedsTotal == 0)
        return std::nullopt;
    return double(bedsDone) / double(bedsTotal);
}

bool PolicyRate::operator==(const PolicyRate &o) const
{
    return asOf == o.asOf && scope == o.scope && group == o.group
        && hospitalsTotal == o.hospitalsTotal && hospitalsDone == o.hospitalsDone
        && bedsTotal == o.bedsTotal && bedsDone == o.bedsDone;
}

QVector<PolicyRate> PolicyRates::compute(Dataset &dataset, const QString &prefectureCode,
                                         const QDate &asOf, const QString &regionCode)
{
    const QString area = regionCode.isEmpty() ? prefectureCode : regionCode;
    PolicyStore store(dataset);
    const QDate date = asOf.isValid() ? asOf : QDate::currentDate();
    const auto policies = asOf.isValid() ? store.policiesAsOf(area, asOf) : store.policies(area);
    const auto counted
        = countedHospitals(countedAreaHospitals(dataset, area), policies,
                           HospitalOverview::latestBedsIncludingClosed(dataset, area), regionCode);
    QVector<PolicyRate> rates = rateRows(counted, date, prefectureCode,
                                         regionCodesOf(dataset, prefectureCode, regionCode));
    if (!regionCode.isEmpty())
        rates.erase(rates.begin(), rates.begin() + PolicyVocabulary::rateGroups().size());
    return rates;
}

QVector<QDate> PolicyRates::periodEnds(const QDate &first, const QDate &last)
{
    QVector<QDate> ends;
    if (!first.isValid() || !last.isValid())
        return ends;
    for (int year = first.year(); year <= last.year(); ++year) {
        for (const QDate d : { QDate(year, 3, 31), QDate(year, 9, 30) }) {
            if (d >= first && d <= last)
                ends << d;
        }
    }
    return ends;
}

bool PolicyRates::takeSnapshots(Dataset &dataset, const QString &prefectureCode, const QDate &today,
                                bool replace, int *written, QString *error)
{
    *written = 0;
    const auto first = PolicyStore(dataset).firstChangeAt();
    if (!first)
        return true;
    const QVector<QDate> ends = periodEnds(first->date(), today.addDays(-1));
    if (ends.isEmpty())
        return true;

    QSqlDatabase db = dataset.database();
    QSet<QString> existing;
    {
        SqlQuery q(
            db, QStringLiteral("SELECT DISTINCT as_of FROM policy_rate_snapshot WHERE scope = ?"));
        if (q.exec({ prefectureCode })) {
            while (q.next())
                existing.insert(q.value(0).toString());
        }
    }
    QVector<QDate> wanted;
    for (const QDate &d : ends) {
        if (replace || !existing.contains(d.toString(Qt::ISODate)))
            wanted << d;
    }
    if (wanted.isEmpty())
        return true;

    Transaction tx(db);
    if (!writeSnapshots(dataset, prefectureCode, wanted, QDateTime::currentDateTime(), error))
        return false;
    *written = int(wanted.size());
    if (!tx.commit()) {
        *error = tx.errorMessage();
        *written = 0;
        return false;
    }
    dataset.notifyChanged(DataChange::Policies);
    return true;
}

bool PolicyRates::writeSnapshots(Dataset &dataset, const QString &prefectureCode,
                                 const QVector<QDate> &dates, const QDateTime &takenAt,
                                 QString *error)
{
    QSqlDatabase db = dataset.database();
    // Figures do not change with the date: load them once.
    PolicyStore store(dataset);
    const auto hospitals = countedAreaHospitals(dataset, prefectureCode);
    const auto figures = HospitalOverview::latestBedsIncludingClosed(dataset, prefectureCode);
    const QStringList regions = regionCodesOf(dataset, prefectureCode, QString());
    const QString taken = PolicyHistory::timeText(takenAt);
    SqlQuery remove(db,
                    QStringLiteral("DELETE FROM policy_rate_snapshot WHERE as_of = ? AND "
                                   "(scope = ? OR scope IN (SELECT code FROM region WHERE "
                                   "prefecture_code = ?))"));
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO policy_rate_snapshot (as_of, scope, group_key, "
                                   "hospitals_total, hospitals_done, beds_total, beds_done, "
                                   "taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QDate &d : dates) {
        const QString dateText = d.toString(Qt::ISODate);
        if (!remove.exec({ dateText, prefectureCode, prefectureCode })) {
            *error = remove.errorMessage();
            return false;
        }
        const auto policies = store.policiesAsOf(prefectureCode, d);
        const auto rates = rateRows(countedHospitals(hospitals, policies, figures, QString()), d,
                                    prefectureCode, regions);
        for (const PolicyRate &r : rates) {
            if (!insert.exec({ dateText, r.scope, r.group, r.hospitalsTotal, r.hospitalsDone,
                               r.bedsTotal, r.bedsDone, taken })) {
                *error = insert.errorMessage();
                return false;
            }
        }
    }
    return true;
}

QVector<PolicyRate> PolicyRates::snapshots(Dataset &dataset, const QString &scope)
{
    QVector<PolicyRate> result;
    QString sql = QStringLiteral("SELECT as_of, scope, group_key, hospitals_total, hospitals_done, "
                                 "beds_total, beds_done FROM policy_rate_snapshot");
    if (!scope.isEmpty())
        sql += QStringLiteral(" WHERE scope = ?");
    sql += QStringLiteral(" ORDER BY as_of, scope, group_key");
    SqlQuery q(dataset.database(), sql);
    if (!(scope.isEmpty() ? q.exec() : q.exec({ scope })))
        return result;
    while (q.next()) {
        PolicyRate r;
        r.asOf = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        r.scope = q.value(1).toString();
        r.group = q.value(2).toString();
        r.hospitalsTotal = q.value(3).toInt();
        r.hospitalsDone = q.value(4).toInt();
        r.bedsTotal = q.value(5).toLongLong();
        r.bedsDone = q.value(6).toLongLong();
        result << r;
    }
    return result;
}

QString PolicyRates::percentText(const std::optional<double> &share)
{
    if (!share)
        return tr("–");
    return QLocale().toString(*share * 100.0, 'f', 1) + QStringLiteral("%");
}

Table PolicyRates::toTable(Dataset &dataset, const QVector<PolicyRate> &rates)
{
    GeographyStore geography(dataset);
    QHash<QString, QString> names;
    for (const Prefecture &p : geography.prefectures())
        names.insert(p.code, p.name);
    for (const Region &r : geography.regions())
        names.insert(r.code, r.name);

    Table t;
    const QDate asOf = rates.isEmpty() ? QDate::currentDate() : rates.first().asOf;
    t.title
        = tr("Response policies agreed and verified, as of %1").arg(JapaneseDate::display(asOf));
    t.sheetName = tr("Rates");
    t.header = QStringList { tr("Code"),      tr("Area"),      tr("Group"),
                             tr("Hospitals"), tr("Done"),      tr("Share of hospitals (%)"),
                             tr("Beds"),      tr("Beds done"), tr("Share of beds (%)") };
    for (const PolicyRate &r : rates) {
        const auto h = r.hospitalShare();
        const auto b = r.bedShare();
        t.rows << QVector<QVariant> {
            r.scope,
            names.value(r.scope),
            PolicyVocabulary::rateGroupName(r.group),
            r.hospitalsTotal,
            r.hospitalsDone,
            h ? QVariant(qRound(*h * 1000.0) / 10.0) : QVariant(),
            r.bedsTotal,
            r.bedsDone,
            b ? QVariant(qRound(*b * 1000.0) / 10.0) : QVariant(),
        };
    }
    t.notes << tr("Done: 合意・検証済 or 措置済. Beds: the newest reported beds of each facility, "
                  "休棟中等 included. Merged facilities are not counted.");
    return t;
}

} // namespace Koso
