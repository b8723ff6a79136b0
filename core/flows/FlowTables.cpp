#include "flows/FlowTables.h"

#include "flows/FlowStore.h"

namespace Koso {

Table FlowTables::flows(Dataset &dataset, const QString &prefectureCode)
{
    Table t;
    t.title = tr("Inflow and outflow shares by vision region (NDB)");
    t.sheetName = QStringLiteral("flows");
    t.header = QStringList { QStringLiteral("direction"), QStringLiteral("function_group"),
                             QStringLiteral("region_code"), QStringLiteral("partner_region_code"),
                             QStringLiteral("share") };
    for (const FlowShare &s : FlowStore(dataset).flows(prefectureCode)) {
        t.rows << QVector<QVariant> { s.direction, s.group, s.regionCode,
                                      s.partnerCode.isEmpty() ? QVariant()
                                                              : QVariant(s.partnerCode),
                                      s.share ? QVariant(*s.share) : QVariant() };
    }
    return t;
}

Table FlowTables::demand(Dataset &dataset, const QString &prefectureCode)
{
    Table t;
    t.title = tr("Demand estimates by vision region (claims per month)");
    t.sheetName = QStringLiteral("demand");
    t.header = QStringList { QStringLiteral("region_code"), QStringLiteral("kind"),
                             QStringLiteral("fiscal_year"), QStringLiteral("claims_per_month") };
    for (const DemandFigure &d : FlowStore(dataset).demand(prefectureCode)) {
        t.rows << QVector<QVariant> { d.regionCode, d.kind, d.fiscalYear,
                                      d.claimsPerMonth ? QVariant(*d.claimsPerMonth) : QVariant() };
    }
    return t;
}

} // namespace Koso
