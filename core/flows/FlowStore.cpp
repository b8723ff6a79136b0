#include "flows/FlowStore.h"

#include "storage/Dataset.h"
#include "storage/SqlQuery.h"

#include <QSet>

#include <algorithm>

namespace Koso {

namespace {

int groupOrder(const QString &group)
{
    return int(FlowKeys::groups().indexOf(group));
}

QString newestLabel(Dataset &dataset, const QString &table)
{
    SqlQuery q(dataset.database(),
               QStringLiteral("SELECT e.label FROM edition e WHERE EXISTS (SELECT 1 FROM %1 t "
                              "WHERE t.edition_id = e.id) ORDER BY e.fiscal_year DESC LIMIT 1")
                   .arg(table));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

} // namespace

FlowStore::FlowStore(Dataset &dataset)
    : m_dataset(dataset)
{ }

QVector<FlowShare> FlowStore::readFlows(const QString &where, const QVariant &value) const
{
    // Newest edition first, so that the first edition met per region and direction wins.
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT s.region_code, s.direction, s.function_group, s.position, "
                              "s.partner_region_code, s.partner_region_name, s.share, "
                              "s.missing_reason, s.edition_id FROM region_flow_share s "
                              "JOIN region r ON r.code = s.region_code "
                              "JOIN edition e ON e.id = s.edition_id %1 "
                              "ORDER BY s.region_code, s.direction, e.fiscal_year DESC")
                   .arg(where));
    QVector<FlowShare> result;
    if (!(value.isValid() ? q.exec({ value }) : q.exec()))
        return result;
    QHash<QString, int> editionOf; // region|direction → edition used
    while (q.next()) {
        FlowShare s;
        s.regionCode = q.value(0).toString();
        s.direction = q.value(1).toString();
        s.editionId = q.value(8).toInt();
        const QString key = s.regionCode + QLatin1Char('|') + s.direction;
        const auto it = editionOf.constFind(key);
        if (it == editionOf.cend())
            editionOf.insert(key, s.editionId);
        else if (*it != s.editionId)
            continue;
        s.group = q.value(2).toString();
        s.position = q.value(3).toInt();
        s.partnerCode = q.value(4).toString();
        s.partnerName = q.value(5).toString();
        if (!q.value(6).isNull())
            s.share = q.value(6).toDouble();
        s.missingReason = q.value(7).toString();
        result << s;
    }
    std::stable_sort(result.begin(), result.end(), [](const FlowShare &a, const FlowShare &b) {
        if (a.regionCode != b.regionCode)
            return a.regionCode < b.regionCode;
        if (a.direction != b.direction)
            return a.direction < b.direction; // inflow < outflow
        if (a.group != b.group)
            return groupOrder(a.group) < groupOrder(b.group);
        return a.position < b.position;
    });
    return result;
}

QVector<FlowShare> FlowStore::flows(const QString &prefectureCode) const
{
    if (prefectureCode.isEmpty())
        return readFlows(QString(), QVariant());
    return readFlows(QStringLiteral("WHERE r.prefecture_code = ?"), prefectureCode);
}

QVector<FlowShare> FlowStore::regionFlows(const QString &regionCode) const
{
    return readFlows(QStringLiteral("WHERE s.region_code = ?"), regionCode);
}

bool FlowStore::hasFlows() const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM region_flow_share)"));
    return q.exec() && q.next() && q.value(0).toBool();
}

QVector<DemandFigure> FlowStore::readDemand(const QString &where, const QVariant &value) const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT d.region_code, d.kind, d.fiscal_year, d.scenario, "
                              "d.claims_per_month, d.missing_reason, d.edition_id "
                              "FROM region_demand d JOIN region r ON r.code = d.region_code "
                              "JOIN edition e ON e.id = d.edition_id %1 "
                              "ORDER BY d.region_code, d.kind, e.fiscal_year DESC, "
                              "d.fiscal_year, d.scenario")
                   .arg(where));
    QVector<DemandFigure> result;
    if (!(value.isValid() ? q.exec({ value }) : q.exec()))
        return result;
    QHash<QString, int> editionOf;
    while (q.next()) {
        DemandFigure d;
        d.regionCode = q.value(0).toString();
        d.kind = q.value(1).toString();
        d.editionId = q.value(6).toInt();
        const QString key = d.regionCode + QLatin1Char('|') + d.kind;
        const auto it = editionOf.constFind(key);
        if (it == editionOf.cend())
            editionOf.insert(key, d.editionId);
        else if (*it != d.editionId)
            continue;
        d.fiscalYear = q.value(2).toInt();
        d.scenario = q.value(3).toString();
        if (!q.value(4).isNull())
            d.claimsPerMonth = q.value(4).toDouble();
        d.missingReason = q.value(5).toString();
        result << d;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const DemandFigure &a, const DemandFigure &b) {
                         if (a.regionCode != b.regionCode)
                             return a.regionCode < b.regionCode;
                         if (a.kind != b.kind)
                             return a.kind < b.kind; // home_visit < outpatient
                         return a.fiscalYear < b.fiscalYear;
                     });
    return result;
}

QVector<DemandFigure> FlowStore::demand(const QString &prefectureCode) const
{
    if (prefectureCode.isEmpty())
        return readDemand(QString(), QVariant());
    return readDemand(QStringLiteral("WHERE r.prefecture_code = ?"), prefectureCode);
}

QVector<DemandFigure> FlowStore::regionDemand(const QString &regionCode) const
{
    return readDemand(QStringLiteral("WHERE d.region_code = ?"), regionCode);
}

QVector<RegionPopulation> FlowStore::populations(const QString &prefectureCode) const
{
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT p.region_code, p.year, p.population, p.missing_reason "
                              "FROM region_population p JOIN region r ON r.code = p.region_code "
                              "JOIN edition e ON e.id = p.edition_id "
                              "WHERE ? = '' OR r.prefecture_code = ? "
                              "ORDER BY p.region_code, p.year, e.fiscal_year DESC"));
    QVector<RegionPopulation> result;
    const QString code = prefectureCode.isEmpty() ? QStringLiteral("") : prefectureCode;
    if (!q.exec({ code, code }))
        return result;
    QSet<QString> seen;
    while (q.next()) {
        RegionPopulation p;
        p.regionCode = q.value(0).toString();
        p.year = q.value(1).toInt();
        const QString key = p.regionCode + QString::number(p.year);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (!q.value(2).isNull())
            p.population = q.value(2).toLongLong();
        p.missingReason = q.value(3).toString();
        result << p;
    }
    return result;
}

bool FlowStore::hasDemand() const
{
    SqlQuery q(m_dataset.database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM region_demand)"));
    return q.exec() && q.next() && q.value(0).toBool();
}

QString FlowStore::flowEditionLabel() const
{
    return newestLabel(m_dataset, QStringLiteral("region_flow_share"));
}

QString FlowStore::demandEditionLabel() const
{
    return newestLabel(m_dataset, QStringLiteral("region_demand"));
}

} // namespace Koso
