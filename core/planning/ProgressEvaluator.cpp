#include "planning/ProgressEvaluator.h"

#include "planning/PlanningStore.h"
#include "policy/PolicyRates.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/SqlQuery.h"
#include "util/JapaneseDate.h"

#include <QSet>

namespace Koso {

ProgressEvaluator::ProgressEvaluator(Dataset &dataset, const QDate &today)
    : m_dataset(dataset)
    , m_today(today)
{ }

QString ProgressEvaluator::judge(const QString &direction, const std::optional<double> &actual,
                                 const std::optional<double> &target)
{
    if (!actual || !target)
        return QStringLiteral("not_evaluated");
    const bool ok = direction == QLatin1String("at_most") ? *actual <= *target + 1e-9
                                                          : *actual >= *target - 1e-9;
    return ok ? QStringLiteral("achieved") : QStringLiteral("not_achieved");
}

QHash<QString, QVector<BedFigure>> ProgressEvaluator::reportedBeds(const QSet<int> &years,
                                                                   const QString &prefecture) const
{
    // As FigureStore::regionBedsByPrefecture(), restricted to the reported figures of the
    // targets' years: per key, the row of the newest edition (max() with bare columns).
    QHash<QString, QVector<BedFigure>> result;
    if (years.isEmpty())
        return result;
    QHash<int, QString> functionKeys;
    for (const BedFunction &f : FigureStore(m_dataset).bedFunctions())
        functionKeys.insert(f.id, f.key);
    QStringList yearList;
    for (const int y : years)
        yearList << QString::number(y);
    QString sql = QStringLiteral("SELECT b.region_code, b.year, b.function_id, b.beds, "
                                 "max(e.fiscal_year * 1000000 + e.id) FROM region_bed b "
                                 "JOIN edition e ON e.id = b.edition_id WHERE b.measure = "
                                 "'reported' AND b.year IN (%1) ")
                      .arg(yearList.join(QLatin1Char(',')));
    if (!prefecture.isEmpty())
        sql += QStringLiteral(
            "AND b.region_code IN (SELECT code FROM region WHERE prefecture_code = ?) ");
    sql += QStringLiteral("GROUP BY b.region_code, b.year, b.function_id");
    SqlQuery q(m_dataset.database(), sql);
    if (!(prefecture.isEmpty() ? q.exec() : q.exec({ prefecture })))
        return result;
    while (q.next()) {
        BedFigure f;
        f.areaCode = q.value(0).toString();
        f.measure = Measure::Reported;
        f.year = q.value(1).toInt();
        f.functionKey = functionKeys.value(q.value(2).toInt());
        f.value = q.value(3).isNull() ? BedValue::missing(QString())
                                      : BedValue::of(q.value(3).toLongLong());
        f.editionId = int(q.value(4).toLongLong() % 1000000);
        result[f.areaCode] << f;
    }
    return result;
}

QHash<QString, int> ProgressEvaluator::meetingsHeld(int fiscalYear,
                                                    const QSet<QString> &prefectures) const
{
    // Meetings of the regions' councils (not the prefecture's own) in the fiscal year, up to
    // today: meetings planned after today have not been held yet.
    QHash<QString, int> result;
    if (prefectures.isEmpty())
        return result;
    QStringList marks;
    QVariantList binds;
    for (const QString &p : prefectures) {
        marks << QStringLiteral("?");
        binds << p;
    }
    const QDate last = qMin(JapaneseDate::fiscalYearEnd(fiscalYear), m_today);
    binds << JapaneseDate::fiscalYearStart(fiscalYear).toString(Qt::ISODate)
          << last.toString(Qt::ISODate);
    SqlQuery q(m_dataset.database(),
               QStringLiteral("SELECT c.region_code, count(*) FROM council_meeting m "
                              "JOIN council c ON c.id = m.council_id WHERE c.prefecture_code IN "
                              "(%1) AND c.region_code IS NOT NULL AND c.region_code <> '' "
                              "AND m.held_on >= ? AND m.held_on <= ? GROUP BY c.region_code")
                   .arg(marks.join(QLatin1Char(','))));
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i, binds.at(i));
    if (q.execBound()) {
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return result;
}

QVector<TargetResult> ProgressEvaluator::evaluate(int fiscalYear, const QString &regionCode) const
{
    return evaluate(PlanningStore(m_dataset).targets(fiscalYear, regionCode));
}

QVector<TargetResult> ProgressEvaluator::evaluate(const QVector<AnnualTarget> &targets) const
{
    QVector<TargetResult> results;
    results.reserve(targets.size());
    if (targets.isEmpty())
        return results;

    // What the targets need, read once: figures and councils per prefecture, rates per
    // prefecture and fiscal year.
    QSet<QString> prefectures;
    bool needBeds = false, needRates = false, needMeetings = false;
    for (const AnnualTarget &t : targets) {
        prefectures.insert(t.regionCode.left(2));
        needBeds
            |= t.indicator == QLatin1String("beds") || t.indicator == QLatin1String("closed_beds");
        needRates |= t.indicator.startsWith(QLatin1String("policy_rate"));
        needMeetings |= t.indicator == QLatin1String("meetings");
    }
    const QString scope = prefectures.size() == 1 ? *prefectures.cbegin() : QString();

    FigureStore figureStore(m_dataset);
    QHash<QString, QVector<BedFigure>> figures;
    QHash<int, QString> editionLabels;
    QStringList totalKeys;
    if (needBeds) {
        QSet<int> years;
        for (const AnnualTarget &t : targets) {
            if (t.indicator == QLatin1String("beds") || t.indicator == QLatin1String("closed_beds"))
                years.insert(t.fiscalYear);
        }
        figures = reportedBeds(years, scope);
        for (const Edition &e : figureStore.editions())
            editionLabels.insert(e.id, e.label);
        for (const BedFunction &f : figureStore.totalFunctions())
            totalKeys << f.key;
    }

    // fiscal year → region → rate of all hospitals; one computation for every prefecture the
    // targets name (reading the hospitals of all areas at once is quicker than one by one).
    QHash<int, QHash<QString, PolicyRate>> rates;
    auto ratesFor = [&](const QString &, int fy) -> const QHash<QString, PolicyRate> & {
        auto it = rates.find(fy);
        if (it == rates.end()) {
            QHash<QString, PolicyRate> byRegion;
            const QDate end = JapaneseDate::fiscalYearEnd(fy);
            for (const PolicyRate &r : PolicyRates::compute(m_dataset, scope, qMin(end, m_today))) {
                if (r.group == QLatin1String("all"))
                    byRegion.insert(r.scope, r);
            }
            it = rates.insert(fy, byRegion);
        }
        return *it;
    };

    // fiscal year → region → meetings held (one count per fiscal year for every prefecture the
    // targets name)
    QHash<int, QHash<QString, int>> meetings;
    auto meetingsFor = [&](int fy) -> const QHash<QString, int> & {
        auto it = meetings.find(fy);
        if (it == meetings.end())
            it = meetings.insert(fy, meetingsHeld(fy, prefectures));
        return *it;
    };

    for (const AnnualTarget &t : targets) {
        TargetResult r;
        r.target = t;
        const int fy = t.fiscalYear;
        const bool yearOver = JapaneseDate::fiscalYearEnd(fy) < m_today;
        const QString fyLabel = JapaneseDate::fiscalYearLabel(fy);
        if (t.indicator == QLatin1String("text")) {
            r.status = t.judgement.isEmpty() ? QStringLiteral("not_evaluated") : t.judgement;
            r.source = t.judgement.isEmpty() ? tr("Judged by the planner (not judged yet)")
                                             : tr("Judged by the planner");
        } else if (t.indicator == QLatin1String("beds")
                   || t.indicator == QLatin1String("closed_beds")) {
            const QString key = t.indicator == QLatin1String("closed_beds")
                ? QStringLiteral("Closed")
                : t.functionKey;
            const QStringList keys
                = key == QLatin1String("Total") ? totalKeys : QStringList { key };
            qint64 sum = 0;
            int found = 0;
            int editionId = 0;
            for (const BedFigure &f : figures.value(t.regionCode)) {
                if (f.measure != Measure::Reported || f.year != fy || !keys.contains(f.functionKey)
                    || !f.value.hasValue())
                    continue;
                sum += *f.value.beds;
                ++found;
                editionId = qMax(editionId, f.editionId);
            }
            if (found == keys.size() && found > 0) {
                r.actual = double(sum);
                r.source = tr("Bed function report %1 (edition %2)")
                               .arg(fy)
                               .arg(editionLabels.value(editionId));
            } else {
                r.source = tr("No bed function report of %1 in the dataset").arg(fy);
            }
            r.status = judge(t.direction, r.actual, t.targetNumber());
        } else if (t.indicator.startsWith(QLatin1String("policy_rate"))) {
            const auto &byRegion = ratesFor(t.regionCode.left(2), fy);
            const auto it = byRegion.constFind(t.regionCode);
            if (it != byRegion.cend()) {
                const auto share = t.indicator == QLatin1String("policy_rate_beds")
                    ? it->bedShare()
                    : it->hospitalShare();
                if (share)
                    r.actual = qRound(*share * 1000.0) / 10.0;
                r.source = tr("Response policies as of %1").arg(JapaneseDate::display(it->asOf));
            } else {
                r.source = tr("No hospitals in the region");
            }
            r.status = yearOver ? judge(t.direction, r.actual, t.targetNumber())
                                : QStringLiteral("not_evaluated");
        } else if (t.indicator == QLatin1String("meetings")) {
            r.actual = meetingsFor(fy).value(t.regionCode, 0);
            r.source = yearOver ? tr("Council meetings held in %1").arg(fyLabel)
                                : tr("Council meetings held in %1 so far").arg(fyLabel);
            r.status = yearOver ? judge(t.direction, r.actual, t.targetNumber())
                                : QStringLiteral("not_evaluated");
        } else {
            r.status = QStringLiteral("not_evaluated");
            r.source = tr("Unknown indicator");
        }
        results << r;
    }
    return results;
}

} // namespace Koso
