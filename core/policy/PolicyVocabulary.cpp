#include "policy/PolicyVocabulary.h"

#include "policy/PolicyField.h"
#include "util/JapaneseDate.h"

#include <QDate>

namespace Koso {

QString PolicyVocabulary::normalize(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(nfkc.size());
    for (const QChar c : nfkc) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QString PolicyVocabulary::statusName(PolicyStatus status)
{
    switch (status) {
    case PolicyStatus::NotDrafted:
        return tr("Not drafted");
    case PolicyStatus::Drafting:
        return tr("Drafting");
    case PolicyStatus::Drafted:
        return tr("Drafted");
    case PolicyStatus::Verifying:
        return tr("Verifying");
    case PolicyStatus::Agreed:
        return tr("Agreed");
    case PolicyStatus::Verified:
        return tr("Verified");
    case PolicyStatus::AgreedVerified:
        return tr("Agreed and verified");
    case PolicyStatus::Implemented:
        return tr("Implemented");
    }
    return QString();
}

QString PolicyVocabulary::statusWordJa(PolicyStatus status)
{
    switch (status) {
    case PolicyStatus::NotDrafted:
        return QStringLiteral("未策定");
    case PolicyStatus::Drafting:
        return QStringLiteral("策定中");
    case PolicyStatus::Drafted:
        return QStringLiteral("策定済");
    case PolicyStatus::Verifying:
        return QStringLiteral("検証中");
    case PolicyStatus::Agreed:
        return QStringLiteral("合意済");
    case PolicyStatus::Verified:
        return QStringLiteral("検証済");
    case PolicyStatus::AgreedVerified:
        return QStringLiteral("合意・検証済");
    case PolicyStatus::Implemented:
        return QStringLiteral("措置済");
    }
    return QString();
}

std::optional<PolicyStatus> PolicyVocabulary::parseStatus(const QString &text)
{
    // 合意・検証済 is written with ・, ･ (NFKC turns it into ・), /, or nothing between;
    // 済み with its okurigana; English names with or without spaces and underscores.
    const auto clean = [](const QString &t) {
        QString w = normalize(t);
        w.remove(QChar(0x30FB)).remove(QLatin1Char('/')).remove(QLatin1Char('_'));
        if (w.endsWith(QStringLiteral("済み")))
            w.chop(1);
        return w;
    };
    const QString word = clean(text);
    if (word.isEmpty())
        return std::nullopt;
    static const QPair<const char *, PolicyStatus> english[] = {
        { "notdrafted", PolicyStatus::NotDrafted },
        { "drafting", PolicyStatus::Drafting },
        { "drafted", PolicyStatus::Drafted },
        { "verifying", PolicyStatus::Verifying },
        { "agreed", PolicyStatus::Agreed },
        { "verified", PolicyStatus::Verified },
        { "agreedandverified", PolicyStatus::AgreedVerified },
        { "agreedverified", PolicyStatus::AgreedVerified },
        { "implemented", PolicyStatus::Implemented },
    };
    for (const auto &e : english) {
        if (word == QLatin1String(e.first))
            return e.second;
    }
    for (PolicyStatus s : allPolicyStatuses()) {
        if (word == clean(statusWordJa(s)) || word == clean(statusName(s)))
            return s;
    }
    return std::nullopt;
}

QString PolicyVocabulary::planKindName(PlanKind kind)
{
    switch (kind) {
    case PlanKind::None:
        return tr("None");
    case PlanKind::PublicReformPlan:
        return tr("Public hospital management reinforcement plan");
    case PlanKind::Public2025Plan:
        return tr("Public medical institutions 2025 plan");
    }
    return QString();
}

QString PolicyVocabulary::planKindWordJa(PlanKind kind)
{
    switch (kind) {
    case PlanKind::None:
        return QStringLiteral("なし");
    case PlanKind::PublicReformPlan:
        return QStringLiteral("公立病院経営強化プラン");
    case PlanKind::Public2025Plan:
        return QStringLiteral("公的医療機関等2025プラン");
    }
    return QString();
}

std::optional<PlanKind> PolicyVocabulary::parsePlanKind(const QString &text)
{
    const QString word = normalize(text);
    if (word.isEmpty() || word == QStringLiteral("なし") || word == QStringLiteral("無")
        || word == QStringLiteral("-") || word == QStringLiteral("none"))
        return PlanKind::None;
    for (PlanKind k : { PlanKind::PublicReformPlan, PlanKind::Public2025Plan }) {
        if (word == normalize(planKindWordJa(k)) || word == normalize(planKindName(k))
            || word == normalize(planKindKey(k)))
            return k;
    }
    // Short forms offices use: 経営強化プラン, 改革プラン (the older name), 2025プラン.
    if (word.contains(QStringLiteral("経営強化")) || word.contains(QStringLiteral("改革プラン")))
        return PlanKind::PublicReformPlan;
    if (word.contains(QStringLiteral("2025プラン")))
        return PlanKind::Public2025Plan;
    return std::nullopt;
}

QString PolicyVocabulary::ownerGroupName(OwnerGroup group)
{
    switch (group) {
    case OwnerGroup::Public:
        return tr("Public");
    case OwnerGroup::QuasiPublic:
        return tr("Quasi-public");
    case OwnerGroup::Private:
        return tr("Private");
    case OwnerGroup::Unknown:
        break;
    }
    return tr("Not set");
}

QString PolicyVocabulary::ownerGroupWordJa(OwnerGroup group)
{
    switch (group) {
    case OwnerGroup::Public:
        return QStringLiteral("公立");
    case OwnerGroup::QuasiPublic:
        return QStringLiteral("公的等");
    case OwnerGroup::Private:
        return QStringLiteral("民間");
    case OwnerGroup::Unknown:
        break;
    }
    return QString();
}

std::optional<OwnerGroup> PolicyVocabulary::parseOwnerGroup(const QString &text)
{
    const QString word = normalize(text);
    if (word.isEmpty() || word == QStringLiteral("不明") || word == QStringLiteral("未設定"))
        return OwnerGroup::Unknown;
    if (word == QStringLiteral("公立") || word == QStringLiteral("public"))
        return OwnerGroup::Public;
    if (word == QStringLiteral("公的等") || word == QStringLiteral("公的")
        || word == QStringLiteral("quasi-public") || word == QStringLiteral("quasi_public")
        || word == QStringLiteral("quasipublic"))
        return OwnerGroup::QuasiPublic;
    if (word == QStringLiteral("民間") || word == QStringLiteral("private"))
        return OwnerGroup::Private;
    for (OwnerGroup g : { OwnerGroup::Public, OwnerGroup::QuasiPublic, OwnerGroup::Private }) {
        if (word == normalize(ownerGroupName(g)))
            return g;
    }
    return std::nullopt;
}

QString PolicyVocabulary::kindName(HospitalKind kind)
{
    return kind == HospitalKind::Clinic ? tr("Clinic with beds") : tr("Hospital");
}

QString PolicyVocabulary::kindWordJa(HospitalKind kind)
{
    return kind == HospitalKind::Clinic ? QStringLiteral("有床診療所") : QStringLiteral("一般病院");
}

QStringList PolicyVocabulary::roleKeys()
{
    return { QStringLiteral("special"), QStringLiteral("regional_support"),
             QStringLiteral("tertiary_emergency"), QStringLiteral("secondary_emergency"),
             QStringLiteral("home_care_support") };
}

QString PolicyVocabulary::roleName(const QString &roleKey)
{
    if (roleKey == QLatin1String("special"))
        return tr("Special functions");
    if (roleKey == QLatin1String("regional_support"))
        return tr("Regional support");
    if (roleKey == QLatin1String("tertiary_emergency"))
        return tr("Tertiary emergency");
    if (roleKey == QLatin1String("secondary_emergency"))
        return tr("Secondary emergency");
    if (roleKey == QLatin1String("home_care_support"))
        return tr("Home care support");
    return roleKey;
}

std::optional<bool> PolicyVocabulary::parseFlag(const QString &text)
{
    const QString word = normalize(text);
    static const QStringList yes {
        QStringLiteral("○"),    QStringLiteral("◯"),    QStringLiteral("〇"),   QStringLiteral("●"),
        QStringLiteral("はい"), QStringLiteral("対象"), QStringLiteral("該当"), QStringLiteral("1"),
        QStringLiteral("yes"),  QStringLiteral("y"),    QStringLiteral("true")
    };
    static const QStringList no { QString(),
                                  QStringLiteral("×"),
                                  QStringLiteral("いいえ"),
                                  QStringLiteral("対象外"),
                                  QStringLiteral("非該当"),
                                  QStringLiteral("-"),
                                  QStringLiteral("ー"),
                                  QStringLiteral("0"),
                                  QStringLiteral("no"),
                                  QStringLiteral("n"),
                                  QStringLiteral("false") };
    if (yes.contains(word))
        return true;
    if (no.contains(word))
        return false;
    return std::nullopt;
}

QStringList PolicyVocabulary::rateGroups()
{
    return {
        QStringLiteral("all"),     QStringLiteral("public"),  QStringLiteral("quasi_public"),
        QStringLiteral("private"), QStringLiteral("unknown"), QStringLiteral("reverification")
    };
}

QString PolicyVocabulary::rateGroupName(const QString &groupKey)
{
    if (groupKey == QLatin1String("all"))
        return tr("All");
    if (groupKey == QLatin1String("reverification"))
        return tr("Re-verification targets");
    if (groupKey == QLatin1String("unknown"))
        return tr("Owner group not set");
    return ownerGroupName(ownerGroupFromKey(groupKey));
}

QString PolicyVocabulary::fieldName(const QString &field, const BedFunctionList &functions)
{
    if (ResponsePolicy::isBedField(field)) {
        const QString key = ResponsePolicy::functionKeyOfField(field);
        QString name = key;
        for (const BedFunction &f : functions) {
            if (f.key == key)
                name = f.displayName();
        }
        return tr("Planned beds: %1").arg(name);
    }
    if (field == PolicyField::Status)
        return tr("Status");
    if (field == PolicyField::OwnerGroup)
        return tr("Owner group");
    if (field == PolicyField::ReverificationTarget)
        return tr("Re-verification target");
    if (field == PolicyField::PlanKind)
        return tr("Plan serving as the policy");
    if (field == PolicyField::PlannedRole)
        return tr("Planned role");
    if (field == PolicyField::TargetYear)
        return tr("Target year");
    if (field == PolicyField::WrittenOn)
        return tr("Date written");
    if (field == PolicyField::AgreedOn)
        return tr("Date agreed");
    if (field == PolicyField::AgreedMeetingId)
        return tr("Meeting where agreed");
    if (field == PolicyField::Notes)
        return tr("Notes");
    if (field == PolicyField::Links)
        return tr("Files and links");
    if (field == PolicyField::MergedInto)
        return tr("Merged into");
    if (field == QLatin1String("added"))
        return tr("Added by hand");
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("municipality"))
        return tr("Municipality");
    if (field == QLatin1String("kind"))
        return tr("Kind");
    if (field == QLatin1String("region_code"))
        return tr("Region");
    if (field == QLatin1String("note"))
        return tr("Hospital note");
    return field;
}

QString PolicyVocabulary::displayValue(const QString &field, const QString &value)
{
    if (field == PolicyField::Status) {
        const auto s = policyStatusFromKey(value);
        return s ? statusName(*s) : value;
    }
    if (field == PolicyField::OwnerGroup)
        return value.isEmpty() ? tr("Not set") : ownerGroupName(ownerGroupFromKey(value));
    if (field == PolicyField::PlanKind) {
        const auto k = planKindFromKey(value);
        return k ? planKindName(*k) : value;
    }
    if (field == PolicyField::ReverificationTarget || field == QLatin1String("added"))
        return value == QLatin1String("1") ? tr("Yes") : tr("No");
    if (field == QLatin1String("kind"))
        return kindName(hospitalKindFromKey(value));
    if (field == PolicyField::WrittenOn || field == PolicyField::AgreedOn) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        return d.isValid() ? JapaneseDate::display(d) : value;
    }
    if (ResponsePolicy::isBedField(field) && !value.isEmpty())
        return tr("%L1 beds").arg(value.toLongLong());
    if (field == PolicyField::Links)
        return QString(value).replace(QLatin1Char('\n'), QStringLiteral("; "));
    return value;
}

} // namespace Koso
