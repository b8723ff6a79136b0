#pragma once

#include "model/Hospital.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace Koso {

class Dataset;
class SetPolicyValuesCommand;

// A suggested owner group (公立 / 公的等 / 民間) for a hospital whose group is not set, from the
// legal-entity words of its name (MHLW's workbooks carry no owner): 「市立」「都立」 → 公立,
// 「日本赤十字社」「済生会」「独立行政法人」 → 公的等, 「医療法人」「株式会社」 → 民間. The planner
// confirms the suggestions; nothing is applied without that.
struct OwnerGroupSuggestion
{
    qint64 hospitalId = 0;
    QString name;
    QString municipality;
    OwnerGroup group = OwnerGroup::Unknown;
    QString word; // the word of the name the suggestion rests on
};

class OwnerGroupSuggester
{
    Q_DECLARE_TR_FUNCTIONS(Koso::OwnerGroupSuggester)

public:
    // One entry of the word table: the first rule whose word the name contains decides, so
    // specific names (地方独立行政法人, 済生会) come before the generic forms (独立行政法人,
    // 社会福祉法人) they contain or sit beside.
    struct Rule
    {
        QString word;
        OwnerGroup group = OwnerGroup::Unknown;
    };

    OwnerGroupSuggester();
    explicit OwnerGroupSuggester(QVector<Rule> rules);

    // The table after domain.md's owner groups (公立: prefecture, municipality, local agency;
    // 公的等: NHO, JCHO, 日赤, 済生会, 厚生連, 共済 …; 民間: everyone else with a legal form).
    static QVector<Rule> defaultRules();
    const QVector<Rule> &rules() const { return m_rules; }

    // The rule a facility name matches (NFKC, spaces ignored), or nullopt.
    std::optional<Rule> suggest(const QString &name) const;

    // Suggestions for every facility of an area (prefecture or region code) whose owner group
    // is not set and whose name says one; merged-away facilities are left out.
    QVector<OwnerGroupSuggestion> forArea(Dataset &dataset, const QString &areaCode) const;

    // How many facilities of the area have no owner group.
    static int unsetCount(Dataset &dataset, const QString &areaCode);

    // The accepted suggestions as one undo step; nullptr when there is nothing to change
    // (error empty) or a hospital is gone (error set).
    static std::unique_ptr<SetPolicyValuesCommand>
    command(Dataset *dataset, const QVector<OwnerGroupSuggestion> &accepted, QString *error);

private:
    QVector<Rule> m_rules;
};

} // namespace Koso
