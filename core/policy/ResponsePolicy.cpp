#include "policy/ResponsePolicy.h"

#include "policy/PolicyField.h"

namespace Koso {

namespace {

struct StatusEntry
{
    PolicyStatus status;
    const char *key;
};

const StatusEntry statusTable[] = {
    { PolicyStatus::NotDrafted, "not_drafted" },
    { PolicyStatus::Drafting, "drafting" },
    { PolicyStatus::Drafted, "drafted" },
    { PolicyStatus::Verifying, "verifying" },
    { PolicyStatus::Agreed, "agreed" },
    { PolicyStatus::Verified, "verified" },
    { PolicyStatus::AgreedVerified, "agreed_verified" },
    { PolicyStatus::Implemented, "implemented" },
};

const QString bedPrefix = QStringLiteral("beds.");

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool parseDate(const QString &text, QDate *date)
{
    if (text.isEmpty()) {
        *date = QDate();
        return true;
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return false;
    *date = d;
    return true;
}

bool parseId(const QString &text, std::optional<qint64> *id)
{
    if (text.isEmpty()) {
        id->reset();
        return true;
    }
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v <= 0)
        return false;
    *id = v;
    return true;
}

bool parseFlag(const QString &text, bool *flag)
{
    if (text == QLatin1String("1") || text == QLatin1String("0")) {
        *flag = text == QLatin1String("1");
        return true;
    }
    return false;
}

} // namespace

QString policyStatusKey(PolicyStatus status)
{
    for (const auto &e : statusTable) {
        if (e.status == status)
            return QLatin1String(e.key);
    }
    return QString();
}

std::optional<PolicyStatus> policyStatusFromKey(const QString &key)
{
    for (const auto &e : statusTable) {
        if (key == QLatin1String(e.key))
            return e.status;
    }
    return std::nullopt;
}

QVector<PolicyStatus> allPolicyStatuses()
{
    QVector<PolicyStatus> list;
    for (const auto &e : statusTable)
        list << e.status;
    return list;
}

bool policyStatusIsDone(PolicyStatus status)
{
    return status == PolicyStatus::AgreedVerified || status == PolicyStatus::Implemented;
}

bool policyStatusIsAgreed(PolicyStatus status)
{
    return status == PolicyStatus::Agreed || status == PolicyStatus::AgreedVerified
        || status == PolicyStatus::Implemented;
}

QString planKindKey(PlanKind kind)
{
    switch (kind) {
    case PlanKind::PublicReformPlan:
        return QStringLiteral("public_reform_plan");
    case PlanKind::Public2025Plan:
        return QStringLiteral("public_2025_plan");
    case PlanKind::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<PlanKind> planKindFromKey(const QString &key)
{
    if (key == QLatin1String("none") || key.isEmpty())
        return PlanKind::None;
    if (key == QLatin1String("public_reform_plan"))
        return PlanKind::PublicReformPlan;
    if (key == QLatin1String("public_2025_plan"))
        return PlanKind::Public2025Plan;
    return std::nullopt;
}

QString ResponsePolicy::bedField(const QString &functionKey)
{
    return bedPrefix + functionKey;
}

bool ResponsePolicy::isBedField(const QString &field)
{
    return field.startsWith(bedPrefix) && field.size() > bedPrefix.size();
}

QString ResponsePolicy::functionKeyOfField(const QString &field)
{
    return isBedField(field) ? field.mid(bedPrefix.size()) : QString();
}

QStringList ResponsePolicy::fields(const QStringList &functionKeys)
{
    QStringList list {
        PolicyField::Status,   PolicyField::OwnerGroup,  PolicyField::ReverificationTarget,
        PolicyField::PlanKind, PolicyField::PlannedRole, PolicyField::TargetYear
    };
    for (const QString &key : functionKeys)
        list << bedField(key);
    list << PolicyField::WrittenOn << PolicyField::AgreedOn << PolicyField::AgreedMeetingId
         << PolicyField::Notes << PolicyField::Links << PolicyField::MergedInto
         << QStringLiteral("added");
    return list;
}

bool ResponsePolicy::isField(const QString &field)
{
    return isBedField(field) || fields({}).contains(field);
}

QString ResponsePolicy::value(const QString &field) const
{
    if (isBedField(field)) {
        const auto it = plannedBeds.constFind(functionKeyOfField(field));
        return it == plannedBeds.cend() ? QString() : QString::number(*it);
    }
    if (field == PolicyField::Status)
        return policyStatusKey(status);
    if (field == PolicyField::OwnerGroup)
        return ownerGroupKey(ownerGroup);
    if (field == PolicyField::ReverificationTarget)
        return reverificationTarget ? QStringLiteral("1") : QStringLiteral("0");
    if (field == PolicyField::PlanKind)
        return planKindKey(planKind);
    if (field == PolicyField::PlannedRole)
        return plannedRole;
    if (field == PolicyField::TargetYear)
        return QString::number(targetYear);
    if (field == PolicyField::WrittenOn)
        return dateText(writtenOn);
    if (field == PolicyField::AgreedOn)
        return dateText(agreedOn);
    if (field == PolicyField::AgreedMeetingId)
        return agreedMeetingId ? QString::number(*agreedMeetingId) : QString();
    if (field == PolicyField::Notes)
        return notes;
    if (field == PolicyField::Links)
        return links.join(QLatin1Char('\n'));
    if (field == PolicyField::MergedInto)
        return mergedInto ? QString::number(*mergedInto) : QString();
    if (field == QLatin1String("added"))
        return listed ? QStringLiteral("1") : QStringLiteral("0");
    return QString();
}

bool ResponsePolicy::setValue(const QString &field, const QString &value)
{
    if (isBedField(field)) {
        const QString key = functionKeyOfField(field);
        if (value.isEmpty()) {
            plannedBeds.remove(key);
            return true;
        }
        bool ok = false;
        const qint64 beds = value.toLongLong(&ok);
        if (!ok || beds < 0)
            return false;
        plannedBeds.insert(key, beds);
        return true;
    }
    if (field == PolicyField::Status) {
        const auto s = policyStatusFromKey(value.isEmpty() ? QStringLiteral("not_drafted") : value);
        if (!s)
            return false;
        status = *s;
        return true;
    }
    if (field == PolicyField::OwnerGroup) {
        const OwnerGroup g = ownerGroupFromKey(value);
        if (g == OwnerGroup::Unknown && !value.isEmpty())
            return false;
        ownerGroup = g;
        return true;
    }
    if (field == PolicyField::ReverificationTarget)
        return parseFlag(value.isEmpty() ? QStringLiteral("0") : value, &reverificationTarget);
    if (field == PolicyField::PlanKind) {
        const auto k = planKindFromKey(value);
        if (!k)
            return false;
        planKind = *k;
        return true;
    }
    if (field == PolicyField::PlannedRole) {
        plannedRole = value;
        return true;
    }
    if (field == PolicyField::TargetYear) {
        if (value.isEmpty()) {
            targetYear = DefaultTargetYear;
            return true;
        }
        bool ok = false;
        const int y = value.toInt(&ok);
        if (!ok || y < 2000 || y > 2100)
            return false;
        targetYear = y;
        return true;
    }
    if (field == PolicyField::WrittenOn)
        return parseDate(value, &writtenOn);
    if (field == PolicyField::AgreedOn)
        return parseDate(value, &agreedOn);
    if (field == PolicyField::AgreedMeetingId)
        return parseId(value, &agreedMeetingId);
    if (field == PolicyField::Notes) {
        notes = value;
        return true;
    }
    if (field == PolicyField::Links) {
        links = value.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return true;
    }
    if (field == PolicyField::MergedInto)
        return parseId(value, &mergedInto);
    if (field == QLatin1String("added"))
        return parseFlag(value.isEmpty() ? QStringLiteral("1") : value, &listed);
    return false;
}

qint64 ResponsePolicy::plannedTotal() const
{
    qint64 total = 0;
    for (auto it = plannedBeds.cbegin(); it != plannedBeds.cend(); ++it) {
        if (it.key() != QLatin1String("Closed"))
            total += it.value();
    }
    return total;
}

bool ResponsePolicy::operator==(const ResponsePolicy &o) const
{
    return hospitalId == o.hospitalId && status == o.status && ownerGroup == o.ownerGroup
        && reverificationTarget == o.reverificationTarget && planKind == o.planKind
        && plannedRole == o.plannedRole && targetYear == o.targetYear
        && plannedBeds == o.plannedBeds && writtenOn == o.writtenOn && agreedOn == o.agreedOn
        && agreedMeetingId == o.agreedMeetingId && notes == o.notes && links == o.links
        && mergedInto == o.mergedInto && listed == o.listed;
}

} // namespace Koso
