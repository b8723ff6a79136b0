#include "planning/PlanningRecords.h"

#include <QLocale>

namespace Koso {

namespace {

QDate dateOf(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

AnnualTarget AnnualTarget::fromValues(const PlanningValues &v)
{
    AnnualTarget t;
    t.id = v.value(QStringLiteral("id")).toLongLong();
    t.regionCode = v.value(QStringLiteral("region_code"));
    t.fiscalYear = v.value(QStringLiteral("fiscal_year")).toInt();
    t.indicator = v.value(QStringLiteral("indicator"));
    t.functionKey = v.value(QStringLiteral("function_key"));
    t.direction = v.value(QStringLiteral("direction"));
    t.target = v.value(QStringLiteral("target"));
    t.note = v.value(QStringLiteral("note"));
    t.judgement = v.value(QStringLiteral("judgement"));
    t.causeAnalysis = v.value(QStringLiteral("cause_analysis"));
    t.response = v.value(QStringLiteral("response"));
    t.verifiedOn = dateOf(v.value(QStringLiteral("verified_on")));
    t.position = v.value(QStringLiteral("position")).toInt();
    return t;
}

PlanningValues AnnualTarget::values() const
{
    return { { QStringLiteral("region_code"), regionCode },
             { QStringLiteral("fiscal_year"), QString::number(fiscalYear) },
             { QStringLiteral("indicator"), indicator },
             { QStringLiteral("function_key"), functionKey },
             { QStringLiteral("direction"), direction },
             { QStringLiteral("target"), target },
             { QStringLiteral("note"), note },
             { QStringLiteral("judgement"), judgement },
             { QStringLiteral("cause_analysis"), causeAnalysis },
             { QStringLiteral("response"), response },
             { QStringLiteral("verified_on"), dateText(verifiedOn) },
             { QStringLiteral("position"), QString::number(position) } };
}

std::optional<double> AnnualTarget::targetNumber() const
{
    QString t = target.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t.remove(QLatin1Char(','));
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return d;
}

Designation Designation::fromValues(const PlanningValues &v)
{
    Designation d;
    d.id = v.value(QStringLiteral("id")).toLongLong();
    d.regionCode = v.value(QStringLiteral("region_code"));
    d.kind = v.value(QStringLiteral("kind"));
    d.designatedOn = dateOf(v.value(QStringLiteral("designated_on")));
    d.note = v.value(QStringLiteral("note"));
    return d;
}

PlanningValues Designation::values() const
{
    return { { QStringLiteral("region_code"), regionCode },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("designated_on"), dateText(designatedOn) },
             { QStringLiteral("note"), note } };
}

PromotionPlan PromotionPlan::fromValues(const PlanningValues &v)
{
    PromotionPlan p;
    p.id = v.value(QStringLiteral("id")).toLongLong();
    p.regionCode = v.value(QStringLiteral("region_code"));
    p.title = v.value(QStringLiteral("title"));
    p.issues = v.value(QStringLiteral("issues"));
    p.direction = v.value(QStringLiteral("direction"));
    p.draftedOn = dateOf(v.value(QStringLiteral("drafted_on")));
    return p;
}

PlanningValues PromotionPlan::values() const
{
    return { { QStringLiteral("region_code"), regionCode },
             { QStringLiteral("title"), title },
             { QStringLiteral("issues"), issues },
             { QStringLiteral("direction"), direction },
             { QStringLiteral("drafted_on"), dateText(draftedOn) } };
}

PromotionAction PromotionAction::fromValues(const PlanningValues &v)
{
    PromotionAction a;
    a.id = v.value(QStringLiteral("id")).toLongLong();
    a.planId = v.value(QStringLiteral("plan_id")).toLongLong();
    a.position = v.value(QStringLiteral("position")).toInt();
    a.title = v.value(QStringLiteral("title"));
    a.actor = v.value(QStringLiteral("actor"));
    const QStringList ids
        = v.value(QStringLiteral("hospital_ids")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &id : ids)
        a.hospitalIds << id.toLongLong();
    a.dueFiscalYear = v.value(QStringLiteral("due_fiscal_year")).toInt();
    a.status = v.value(QStringLiteral("status"));
    return a;
}

PlanningValues PromotionAction::values() const
{
    QStringList ids;
    for (qint64 id : hospitalIds)
        ids << QString::number(id);
    return { { QStringLiteral("plan_id"), QString::number(planId) },
             { QStringLiteral("position"), QString::number(position) },
             { QStringLiteral("title"), title },
             { QStringLiteral("actor"), actor },
             { QStringLiteral("hospital_ids"), ids.join(QLatin1Char(' ')) },
             { QStringLiteral("due_fiscal_year"),
               dueFiscalYear > 0 ? QString::number(dueFiscalYear) : QString() },
             { QStringLiteral("status"), status } };
}

PromotionNote PromotionNote::fromValues(const PlanningValues &v)
{
    PromotionNote n;
    n.id = v.value(QStringLiteral("id")).toLongLong();
    n.actionId = v.value(QStringLiteral("action_id")).toLongLong();
    n.notedOn = dateOf(v.value(QStringLiteral("noted_on")));
    n.text = v.value(QStringLiteral("text"));
    return n;
}

PlanningValues PromotionNote::values() const
{
    return { { QStringLiteral("action_id"), QString::number(actionId) },
             { QStringLiteral("noted_on"), dateText(notedOn) },
             { QStringLiteral("text"), text } };
}

PdcaEntry PdcaEntry::fromValues(const PlanningValues &v)
{
    PdcaEntry e;
    e.id = v.value(QStringLiteral("id")).toLongLong();
    e.regionCode = v.value(QStringLiteral("region_code"));
    e.phase = v.value(QStringLiteral("phase"));
    e.date = dateOf(v.value(QStringLiteral("entry_date")));
    e.meetingId = v.value(QStringLiteral("meeting_id")).toLongLong();
    e.text = v.value(QStringLiteral("text"));
    return e;
}

PlanningValues PdcaEntry::values() const
{
    return { { QStringLiteral("region_code"), regionCode },
             { QStringLiteral("phase"), phase },
             { QStringLiteral("entry_date"), dateText(date) },
             { QStringLiteral("meeting_id"),
               meetingId > 0 ? QString::number(meetingId) : QString() },
             { QStringLiteral("text"), text } };
}

QStringList PlanningVocabulary::indicators()
{
    return { QStringLiteral("beds"),
             QStringLiteral("policy_rate_hospitals"),
             QStringLiteral("policy_rate_beds"),
             QStringLiteral("meetings"),
             QStringLiteral("closed_beds"),
             QStringLiteral("text") };
}

QString PlanningVocabulary::indicatorName(const QString &key)
{
    if (key == QLatin1String("beds"))
        return tr("Beds");
    if (key == QLatin1String("policy_rate_hospitals"))
        return tr("Agreed policies (share of hospitals)");
    if (key == QLatin1String("policy_rate_beds"))
        return tr("Agreed policies (share of beds)");
    if (key == QLatin1String("meetings"))
        return tr("Council meetings held");
    if (key == QLatin1String("closed_beds"))
        return tr("Closed beds (休棟中等)");
    if (key == QLatin1String("text"))
        return tr("Qualitative target");
    return key;
}

QStringList PlanningVocabulary::directions()
{
    return { QStringLiteral("at_least"), QStringLiteral("at_most") };
}

QString PlanningVocabulary::directionName(const QString &key)
{
    if (key == QLatin1String("at_least"))
        return tr("at least");
    if (key == QLatin1String("at_most"))
        return tr("at most");
    return QString();
}

QStringList PlanningVocabulary::statuses()
{
    return { QStringLiteral("achieved"), QStringLiteral("not_achieved"),
             QStringLiteral("not_evaluated") };
}

QString PlanningVocabulary::statusName(const QString &key)
{
    if (key == QLatin1String("achieved"))
        return tr("Achieved");
    if (key == QLatin1String("not_achieved"))
        return tr("Not achieved");
    return tr("Not evaluated");
}

QStringList PlanningVocabulary::designationKinds()
{
    return { QStringLiteral("promotion"), QStringLiteral("model_promotion"),
             QStringLiteral("priority_support"), QStringLiteral("restructuring_review") };
}

QString PlanningVocabulary::designationKindName(const QString &key)
{
    if (key == QLatin1String("promotion"))
        return tr("Promotion region (推進区域)");
    if (key == QLatin1String("model_promotion"))
        return tr("Model promotion region (モデル推進区域)");
    if (key == QLatin1String("priority_support"))
        return tr("Priority support region (重点支援区域)");
    if (key == QLatin1String("restructuring_review"))
        return tr("Restructuring review region (再編検討区域)");
    return key;
}

QStringList PlanningVocabulary::actors()
{
    return { QStringLiteral("prefecture"), QStringLiteral("hospital"),
             QStringLiteral("municipality"), QStringLiteral("other") };
}

QString PlanningVocabulary::actorName(const QString &key)
{
    if (key == QLatin1String("prefecture"))
        return tr("Prefecture");
    if (key == QLatin1String("hospital"))
        return tr("Hospitals");
    if (key == QLatin1String("municipality"))
        return tr("Municipalities");
    return tr("Other");
}

QStringList PlanningVocabulary::actionStatuses()
{
    return { QStringLiteral("not_started"), QStringLiteral("in_progress"), QStringLiteral("done"),
             QStringLiteral("postponed") };
}

QString PlanningVocabulary::actionStatusName(const QString &key)
{
    if (key == QLatin1String("not_started"))
        return tr("Not started");
    if (key == QLatin1String("in_progress"))
        return tr("In progress");
    if (key == QLatin1String("done"))
        return tr("Done");
    if (key == QLatin1String("postponed"))
        return tr("Postponed");
    return key;
}

QStringList PlanningVocabulary::phases()
{
    return { QStringLiteral("plan"), QStringLiteral("do"), QStringLiteral("check"),
             QStringLiteral("act") };
}

QString PlanningVocabulary::phaseName(const QString &key)
{
    if (key == QLatin1String("plan"))
        return tr("Plan");
    if (key == QLatin1String("do"))
        return tr("Do");
    if (key == QLatin1String("check"))
        return tr("Check");
    if (key == QLatin1String("act"))
        return tr("Act");
    return key;
}

QStringList PlanningVocabulary::targetFunctions()
{
    return { QStringLiteral("HighAcute"), QStringLiteral("Acute"), QStringLiteral("Recovery"),
             QStringLiteral("Chronic"), QStringLiteral("Total") };
}

QString PlanningVocabulary::functionName(const QString &key)
{
    if (key == QLatin1String("HighAcute"))
        return tr("High acute");
    if (key == QLatin1String("Acute"))
        return tr("Acute");
    if (key == QLatin1String("Recovery"))
        return tr("Recovery");
    if (key == QLatin1String("Chronic"))
        return tr("Chronic");
    if (key == QLatin1String("Total"))
        return tr("Total");
    if (key == QLatin1String("Closed"))
        return tr("Closed");
    return key;
}

QString PlanningVocabulary::formatValue(const QString &indicator, double value)
{
    const QLocale locale;
    if (indicator.startsWith(QLatin1String("policy_rate")))
        return tr("%1%").arg(locale.toString(value, 'f', 1));
    if (indicator == QLatin1String("meetings"))
        return tr("%1 times").arg(locale.toString(qRound64(value)));
    return tr("%1 beds").arg(locale.toString(qRound64(value)));
}

QString PlanningVocabulary::describeTarget(const AnnualTarget &t)
{
    if (t.isText())
        return t.target;
    QString name = indicatorName(t.indicator);
    if (t.indicator == QLatin1String("beds"))
        name = tr("Beds (%1)").arg(functionName(t.functionKey));
    const auto number = t.targetNumber();
    const QString value = number ? formatValue(t.indicator, *number) : t.target;
    const QString sign
        = t.direction == QLatin1String("at_most") ? QStringLiteral("≦") : QStringLiteral("≧");
    return QStringLiteral("%1 %2 %3").arg(name, sign, value);
}

} // namespace Koso
