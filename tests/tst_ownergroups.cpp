// OwnerGroupSuggester: 公立 / 公的等 / 民間 suggested from the legal-entity words of facility
// names (MHLW's workbooks carry no owner), never applied without the planner, one undo step.

#include "PolicyFixture.h"

#include "policy/OwnerGroupSuggester.h"
#include "policy/PolicyActions.h"
#include "policy/SetPolicyValuesCommand.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

Q_DECLARE_METATYPE(Koso::OwnerGroup)

class TestOwnerGroups : public QObject
{
    Q_OBJECT

private slots:
    void suggestsFromTheName_data();
    void suggestsFromTheName();
    void tableIsData();
    void onlyUnsetFacilitiesAndOneUndoStep();
};

void TestOwnerGroups::suggestsFromTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<OwnerGroup>("group");
    QTest::addColumn<QString>("word");
    const auto row = [](const char *tag, const char16_t *name, OwnerGroup g, const char16_t *w) {
        QTest::newRow(tag) << QString::fromUtf16(name) << g << QString::fromUtf16(w);
    };
    row("city", u"市立函館病院", OwnerGroup::Public, u"市立");
    row("ward", u"区立台東病院", OwnerGroup::Public, u"区立");
    row("metropolis", u"東京都立広尾病院", OwnerGroup::Public, u"都立");
    row("prefecture", u"県立広島病院", OwnerGroup::Public, u"県立");
    row("osaka", u"大阪府立病院", OwnerGroup::Public, u"府立");
    row("hokkaido", u"北海道立江差病院", OwnerGroup::Public, u"道立");
    row("town", u"松前町立松前病院", OwnerGroup::Public, u"町立");
    row("village", u"村立東海病院", OwnerGroup::Public, u"村立");
    row("national insurance", u"木古内町国民健康保険病院", OwnerGroup::Public, u"国民健康保険");
    row("local agency before agency", u"地方独立行政法人東京都健康長寿医療センター",
        OwnerGroup::Public, u"地方独立行政法人");
    row("NHO", u"独立行政法人国立病院機構函館病院", OwnerGroup::QuasiPublic, u"国立病院機構");
    row("agency", u"独立行政法人東京病院", OwnerGroup::QuasiPublic, u"独立行政法人");
    row("national", u"国立がん研究センター中央病院", OwnerGroup::QuasiPublic, u"国立");
    row("red cross", u"日本赤十字社武蔵野赤十字病院", OwnerGroup::QuasiPublic, u"日本赤十字社");
    row("red cross short", u"函館赤十字病院", OwnerGroup::QuasiPublic, u"赤十字");
    row("saiseikai before welfare corp", u"社会福祉法人恩賜財団済生会中央病院",
        OwnerGroup::QuasiPublic, u"済生会");
    row("koseiren", u"JA長野厚生連佐久総合病院", OwnerGroup::QuasiPublic, u"厚生連");
    row("koseiren long", u"茨城県厚生農業協同組合連合会土浦協同病院", OwnerGroup::QuasiPublic,
        u"厚生農業協同組合");
    row("kkr", u"国家公務員共済組合連合会虎の門病院", OwnerGroup::QuasiPublic,
        u"国家公務員共済組合");
    row("kyosai", u"公立学校共済組合関東中央病院", OwnerGroup::QuasiPublic, u"共済");
    row("jcho", u"独立行政法人地域医療機能推進機構東京山手メディカルセンター",
        OwnerGroup::QuasiPublic, u"地域医療機能推進機構");
    row("jcho full width", u"ＪＣＨＯ東京新宿メディカルセンター", OwnerGroup::QuasiPublic, u"JCHO");
    row("rosai", u"独立行政法人労働者健康安全機構東京労災病院", OwnerGroup::QuasiPublic,
        u"労働者健康安全機構");
    row("rosai short", u"関東労災病院", OwnerGroup::QuasiPublic, u"労災");
    row("social medical corp", u"社会医療法人仁生会西堀病院", OwnerGroup::Private, u"社会医療法人");
    row("medical corp", u"医療法人社団 光会 第1病院", OwnerGroup::Private, u"医療法人");
    row("welfare corp", u"社会福祉法人北海道社会事業協会函館病院", OwnerGroup::QuasiPublic,
        u"北海道社会事業協会");
    row("company", u"株式会社日立製作所日立総合病院", OwnerGroup::Private, u"株式会社");
    row("individual", u"個人立さくらクリニック", OwnerGroup::Private, u"個人");
}

void TestOwnerGroups::suggestsFromTheName()
{
    QFETCH(QString, name);
    QFETCH(OwnerGroup, group);
    QFETCH(QString, word);
    const auto rule = OwnerGroupSuggester().suggest(name);
    QVERIFY2(rule, qPrintable(name));
    QCOMPARE(int(rule->group), int(group));
    QCOMPARE(rule->word, word);
}

void TestOwnerGroups::tableIsData()
{
    // Names that say nothing get no suggestion.
    const OwnerGroupSuggester standard;
    for (const QString &name : { QStringLiteral("函館中央病院"), QStringLiteral("聖路加国際病院"),
                                 QStringLiteral("順天堂大学医学部附属順天堂医院") })
        QVERIFY2(!standard.suggest(name), qPrintable(name));
    QVERIFY(standard.rules().size() >= 30);
    // Another table, another answer: the words are data, the first match wins.
    const OwnerGroupSuggester custom({ { QStringLiteral("大学"), OwnerGroup::QuasiPublic },
                                       { QStringLiteral("病院"), OwnerGroup::Private } });
    QCOMPARE(int(custom.suggest(QStringLiteral("順天堂大学医学部附属順天堂医院"))->group),
             int(OwnerGroup::QuasiPublic));
    QCOMPARE(int(custom.suggest(QStringLiteral("函館中央病院"))->group), int(OwnerGroup::Private));
    QVERIFY(!custom.suggest(QStringLiteral("市立函館クリニック")));
}

void TestOwnerGroups::onlyUnsetFacilitiesAndOneUndoStep()
{
    QTemporaryDir dir;
    Dataset dataset;
    PolicyFixture::Ids ids;
    QVERIFY(PolicyFixture::build(dataset, dir.filePath(QStringLiteral("o.koso")), &ids));
    QUndoStack stack;
    PolicyActions actions(&dataset, &stack);
    QString error;
    Hospital h;
    h.regionCode = QStringLiteral("4302");
    h.name = QStringLiteral("宇城市立病院");
    const qint64 city = actions.addHospital(h, &error);
    h.name = QStringLiteral("医療法人 宇城会 宇城病院");
    const qint64 corp = actions.addHospital(h, &error);
    h.name = QStringLiteral("医療法人 統合前病院");
    const qint64 merged = actions.addHospital(h, &error);
    QVERIFY(city && corp && merged);
    QVERIFY(actions.mergeInto({ merged }, corp, &error));
    // A set group stays as it is, whatever the name says.
    h = *HospitalStore(dataset).hospital(ids.a);
    h.name = QStringLiteral("医療法人 熊本中央病院");
    QVERIFY(actions.editHospital(h, &error));
    stack.clear();

    const QVector<OwnerGroupSuggestion> suggestions
        = OwnerGroupSuggester().forArea(dataset, QStringLiteral("43"));
    QCOMPARE(suggestions.size(), 2);
    QCOMPARE(suggestions.at(0).hospitalId, city);
    QCOMPARE(int(suggestions.at(0).group), int(OwnerGroup::Public));
    QCOMPARE(suggestions.at(0).word, QStringLiteral("市立"));
    QCOMPARE(suggestions.at(1).hospitalId, corp);
    QCOMPARE(int(suggestions.at(1).group), int(OwnerGroup::Private));
    QCOMPARE(OwnerGroupSuggester::unsetCount(dataset, QStringLiteral("43")), 2);
    QCOMPARE(OwnerGroupSuggester().forArea(dataset, QStringLiteral("4301")).size(), 0);
    // Suggesting writes nothing.
    QCOMPARE(HospitalStore(dataset).hospital(city)->ownerGroup, OwnerGroup::Unknown);

    auto command = OwnerGroupSuggester::command(&dataset, suggestions, &error);
    QVERIFY2(command, qPrintable(error));
    QCOMPARE(command->changes().size(), 2);
    QVERIFY(actions.push(command.release(), &error));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(HospitalStore(dataset).hospital(city)->ownerGroup, OwnerGroup::Public);
    QCOMPARE(HospitalStore(dataset).hospital(corp)->ownerGroup, OwnerGroup::Private);
    QCOMPARE(OwnerGroupSuggester::unsetCount(dataset, QStringLiteral("43")), 0);
    // Not a policy: the rates still see no policy recorded.
    QVERIFY(!PolicyStore(dataset).hasPolicies());
    stack.undo();
    QCOMPARE(HospitalStore(dataset).hospital(city)->ownerGroup, OwnerGroup::Unknown);
    QCOMPARE(HospitalStore(dataset).hospital(corp)->ownerGroup, OwnerGroup::Unknown);
    // Nothing to change: no command, no error.
    QVERIFY(!OwnerGroupSuggester::command(&dataset, {}, &error));
    QVERIFY(error.isEmpty());
    OwnerGroupSuggestion gone;
    gone.hospitalId = 999999;
    gone.group = OwnerGroup::Public;
    QVERIFY(!OwnerGroupSuggester::command(&dataset, { gone }, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestOwnerGroups)
#include "tst_ownergroups.moc"
