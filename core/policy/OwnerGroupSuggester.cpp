#include "policy/OwnerGroupSuggester.h"

#include "policy/SetPolicyValuesCommand.h"
#include "storage/HospitalStore.h"

namespace Koso {

namespace {

struct WordEntry
{
    const char16_t *word;
    OwnerGroup group;
};

// First match wins: the specific before the generic.
constexpr WordEntry defaultTable[] = {
    // 公立: local agencies first, as they contain 独立行政法人.
    { u"地方独立行政法人", OwnerGroup::Public },
    // 公的等
    { u"日本赤十字社", OwnerGroup::QuasiPublic },
    { u"赤十字", OwnerGroup::QuasiPublic },
    { u"済生会", OwnerGroup::QuasiPublic },
    { u"厚生農業協同組合", OwnerGroup::QuasiPublic },
    { u"厚生連", OwnerGroup::QuasiPublic },
    { u"国家公務員共済組合", OwnerGroup::QuasiPublic },
    { u"共済", OwnerGroup::QuasiPublic },
    { u"地域医療機能推進機構", OwnerGroup::QuasiPublic },
    { u"JCHO", OwnerGroup::QuasiPublic },
    { u"労働者健康安全機構", OwnerGroup::QuasiPublic },
    { u"労災", OwnerGroup::QuasiPublic },
    { u"国立病院機構", OwnerGroup::QuasiPublic },
    { u"国立大学法人", OwnerGroup::QuasiPublic },
    { u"国立研究開発法人", OwnerGroup::QuasiPublic },
    { u"独立行政法人", OwnerGroup::QuasiPublic },
    { u"北海道社会事業協会", OwnerGroup::QuasiPublic },
    { u"健康保険組合", OwnerGroup::QuasiPublic },
    { u"国立", OwnerGroup::QuasiPublic },
    // 公立: prefectures and municipalities.
    { u"都立", OwnerGroup::Public },
    { u"道立", OwnerGroup::Public },
    { u"府立", OwnerGroup::Public },
    { u"県立", OwnerGroup::Public },
    { u"市立", OwnerGroup::Public },
    { u"区立", OwnerGroup::Public },
    { u"町立", OwnerGroup::Public },
    { u"村立", OwnerGroup::Public },
    { u"組合立", OwnerGroup::Public },
    { u"公立", OwnerGroup::Public },
    { u"国民健康保険", OwnerGroup::Public },
    // 民間: legal forms of private owners.
    { u"社会医療法人", OwnerGroup::Private },
    { u"医療法人", OwnerGroup::Private },
    { u"社会福祉法人", OwnerGroup::Private },
    { u"学校法人", OwnerGroup::Private },
    { u"一般社団法人", OwnerGroup::Private },
    { u"一般財団法人", OwnerGroup::Private },
    { u"公益社団法人", OwnerGroup::Private },
    { u"公益財団法人", OwnerGroup::Private },
    { u"宗教法人", OwnerGroup::Private },
    { u"株式会社", OwnerGroup::Private },
    { u"有限会社", OwnerGroup::Private },
    { u"合同会社", OwnerGroup::Private },
    { u"個人", OwnerGroup::Private },
};

} // namespace

OwnerGroupSuggester::OwnerGroupSuggester()
    : OwnerGroupSuggester(defaultRules())
{ }

OwnerGroupSuggester::OwnerGroupSuggester(QVector<Rule> rules)
    : m_rules(std::move(rules))
{
    for (Rule &r : m_rules)
        r.word = Hospital::nameKey(r.word);
}

QVector<OwnerGroupSuggester::Rule> OwnerGroupSuggester::defaultRules()
{
    QVector<Rule> rules;
    for (const WordEntry &e : defaultTable)
        rules << Rule { QString::fromUtf16(e.word), e.group };
    return rules;
}

std::optional<OwnerGroupSuggester::Rule> OwnerGroupSuggester::suggest(const QString &name) const
{
    const QString key = Hospital::nameKey(name);
    for (const Rule &r : m_rules) {
        if (!r.word.isEmpty() && key.contains(r.word, Qt::CaseInsensitive))
            return r;
    }
    return std::nullopt;
}

QVector<OwnerGroupSuggestion> OwnerGroupSuggester::forArea(Dataset &dataset,
                                                           const QString &areaCode) const
{
    QVector<OwnerGroupSuggestion> out;
    for (const Hospital &h : HospitalStore(dataset).hospitals(areaCode)) {
        if (h.ownerGroup != OwnerGroup::Unknown || h.mergedInto)
            continue;
        if (const auto rule = suggest(h.name))
            out << OwnerGroupSuggestion { h.id, h.name, h.municipality, rule->group, rule->word };
    }
    return out;
}

int OwnerGroupSuggester::unsetCount(Dataset &dataset, const QString &areaCode)
{
    int n = 0;
    for (const Hospital &h : HospitalStore(dataset).hospitals(areaCode)) {
        if (h.ownerGroup == OwnerGroup::Unknown && !h.mergedInto)
            ++n;
    }
    return n;
}

std::unique_ptr<SetPolicyValuesCommand>
OwnerGroupSuggester::command(Dataset *dataset, const QVector<OwnerGroupSuggestion> &accepted,
                             QString *error)
{
    error->clear();
    QVector<PolicyValueChange> changes;
    HospitalStore store(*dataset);
    for (const OwnerGroupSuggestion &s : accepted) {
        const auto hospital = store.hospital(s.hospitalId);
        if (!hospital) {
            *error = tr("There is no hospital with id %1.").arg(s.hospitalId);
            return nullptr;
        }
        const QString oldValue = ownerGroupKey(hospital->ownerGroup);
        const QString newValue = ownerGroupKey(s.group);
        if (oldValue != newValue)
            changes << PolicyValueChange { s.hospitalId, QStringLiteral("owner_group"), oldValue,
                                           newValue };
    }
    if (changes.isEmpty())
        return nullptr;
    const int n = int(changes.size());
    return std::make_unique<SetPolicyValuesCommand>(
        dataset, std::move(changes), tr("Set the owner group of %n hospital(s)", "", n));
}

} // namespace Koso
