#include "demo/PolicyDemo.h"

#include "council/CouncilStore.h"
#include "policy/HospitalOverview.h"
#include "policy/PolicyField.h"
#include "policy/PolicyRates.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Koso {

namespace {

class Dice
{
public:
    explicit Dice(const PolicyDemo::NextRandom &next)
        : m_next(next)
    { }
    int uniform(int low, int high) { return low + int(m_next() % quint32(high - low + 1)); }
    double real() { return double(m_next()) / 4294967296.0; }
    bool chance(double p) { return real() < p; }
    template<typename T> const T &pick(const QVector<T> &items)
    {
        return items.at(uniform(0, int(items.size()) - 1));
    }

private:
    const PolicyDemo::NextRandom &m_next;
};

struct MeetingPlan
{
    int month;
    int day;
};

// When councils usually meet in a fiscal year: early summer, autumn, winter, end of March.
const QVector<QVector<MeetingPlan>> yearPatterns {
    { { 7, 12 }, { 11, 8 }, { 2, 14 } },
    { { 6, 20 }, { 9, 27 }, { 12, 13 }, { 3, 11 } },
    { { 7, 25 }, { 10, 23 }, { 2, 26 } },
    { { 5, 30 }, { 8, 29 }, { 11, 21 }, { 3, 18 } },
};

QDate dateIn(int fiscalYear, const MeetingPlan &p, int shift)
{
    const int year = p.month >= 4 ? fiscalYear : fiscalYear + 1;
    QDate d(year, p.month, std::clamp(p.day + shift, 1, 28));
    // Councils meet on weekdays.
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

QDateTime at(const QDate &date, int hour = 10, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute));
}

QStringList agendaFor(int fiscalYear, int indexInYear, int meetingsInYear, Dice &dice)
{
    QStringList agenda;
    if (indexInYear == 0) {
        agenda << QStringLiteral("令和%1年度の地域医療構想の進め方について").arg(fiscalYear - 2018)
               << QStringLiteral("病床機能報告の結果について");
        if (fiscalYear >= 2023)
            agenda << QStringLiteral("年度目標の設定について");
    } else if (indexInYear == meetingsInYear - 1) {
        agenda << QStringLiteral("対応方針の協議・合意について")
               << QStringLiteral("年度目標の達成状況と次年度の取組について");
    } else {
        agenda << QStringLiteral("対応方針の協議について");
        static const QVector<QString> others {
            QStringLiteral("地域医療介護総合確保基金（病床機能再編支援事業）の活用について"),
            QStringLiteral("非稼働病棟の状況について"),
            QStringLiteral("紹介受診重点医療機関について"),
            QStringLiteral("外来医療に係る医療提供体制について"),
            QStringLiteral("医師の働き方改革への対応について"),
            QStringLiteral("公立病院経営強化プランについて"),
        };
        agenda << dice.pick(others);
    }
    if (fiscalYear == 2024 && indexInYear == 1)
        agenda << QStringLiteral("推進区域の設定について");
    return agenda;
}

QString roleText(const QStringList &roles, OwnerGroup group, HospitalKind kind, Dice &dice)
{
    if (kind == HospitalKind::Clinic) {
        static const QVector<QString> clinic {
            QStringLiteral("在宅医療の後方支援と地域の入院需要への対応"),
            QStringLiteral("周産期医療（正常分娩）の継続"),
            QStringLiteral("有床診療所として地域のかかりつけ機能を担う"),
        };
        return dice.pick(clinic);
    }
    if (roles.contains(QStringLiteral("special")))
        return QStringLiteral("高度急性期医療と医師派遣を担う県の中核");
    if (roles.contains(QStringLiteral("tertiary_emergency")))
        return QStringLiteral("三次救急と高度急性期・急性期医療を担う区域の中核病院");
    if (roles.contains(QStringLiteral("regional_support")) || group == OwnerGroup::Public)
        return QStringLiteral("二次救急と急性期医療を担い、回復期病床を一部整備");
    if (roles.contains(QStringLiteral("home_care_support")))
        return QStringLiteral("回復期・慢性期と在宅療養の支援を担う");
    static const QVector<QString> general {
        QStringLiteral("急性期の一部を回復期（地域包括ケア病棟）へ転換"),
        QStringLiteral("慢性期医療と在宅復帰の支援を担う"),
        QStringLiteral("二次救急の輪番と急性期医療を継続"),
    };
    return dice.pick(general);
}

// Planned beds for 2025: acute beds partly become recovery beds, closed wards are given up,
// the total shrinks a little.
QMap<QString, qint64> plannedBeds(const HospitalFigures &f, Dice &dice)
{
    QMap<QString, qint64> planned;
    const qint64 high = f.beds.value(QStringLiteral("HighAcute"));
    qint64 acute = f.beds.value(QStringLiteral("Acute"));
    qint64 recovery = f.beds.value(QStringLiteral("Recovery"));
    qint64 chronic = f.beds.value(QStringLiteral("Chronic"));
    if (acute >= 40 && dice.chance(0.6)) {
        // One ward (40–60 beds) or a share of the acute beds becomes recovery.
        const qint64 ward = std::min<qint64>(acute / 3, dice.uniform(40, 60));
        acute -= ward;
        recovery += ward;
    }
    if (chronic >= 50 && dice.chance(0.35)) {
        const qint64 cut = chronic / 5;
        chronic -= cut;
        recovery += cut / 2;
    }
    if (acute >= 100 && dice.chance(0.3))
        acute -= std::llround(double(acute) * 0.05);
    planned.insert(QStringLiteral("HighAcute"), high);
    planned.insert(QStringLiteral("Acute"), acute);
    planned.insert(QStringLiteral("Recovery"), recovery);
    planned.insert(QStringLiteral("Chronic"), chronic);
    planned.insert(QStringLiteral("Closed"), 0);
    return planned;
}

struct Meeting
{
    qint64 id;
    QDate heldOn;
};

} // namespace

bool PolicyDemo::write(Dataset &dataset, const NextRandom &next, QString *error)
{
    Dice dice(next);
    const QString home = dataset.homePrefectureCode();
    GeographyStore geography(dataset);
    CouncilStore councils(dataset);
    PolicyStore policies(dataset);
    const auto pref = geography.prefecture(home);
    const QVector<Region> regions = geography.regions(home);
    const QString user = demoUser();

    // Councils and their meetings.
    QMap<QString, QVector<Meeting>> meetingsByArea; // region code, or "" for the prefecture
    QMap<QString, qint64> councilOf;
    QVector<Council> list;
    list << Council { 0, home, QString(),
                      (pref ? pref->name : home) + QStringLiteral("地域医療構想調整会議"),
                      QStringLiteral("県全体の協議の場（各区域の会長等で構成）") };
    for (const Region &r : regions)
        list << Council { 0, home, r.code, r.name + QStringLiteral("地域医療構想調整会議"),
                          QString() };
    for (int ci = 0; ci < list.size(); ++ci) {
        const Council &c = list.at(ci);
        const qint64 councilId = councils.insertCouncil(c, error);
        if (councilId == 0)
            return false;
        councilOf.insert(c.regionCode, councilId);
        // Councils began in 2016–2017: numbering goes on from there.
        int number = c.isPrefectureLevel() ? 12 : dice.uniform(17, 24);
        const QString slug = c.isPrefectureLevel() ? QStringLiteral("ken") : c.regionCode;
        for (int fy = 2022; fy <= LastFiscalYear; ++fy) {
            QVector<MeetingPlan> pattern = dice.pick(yearPatterns);
            if (c.isPrefectureLevel())
                pattern = { { 8, 5 }, { 11, 20 }, { 3, 4 } };
            if (fy == LastFiscalYear) {
                // The latest year is under way: one region has not met yet.
                if (!c.isPrefectureLevel() && ci == list.size() - 1)
                    continue;
                pattern = pattern.mid(0, 2);
            }
            const int shift = dice.uniform(-6, 6);
            for (int i = 0; i < pattern.size(); ++i) {
                CouncilMeeting m;
                m.councilId = councilId;
                m.number = number++;
                m.heldOn = dateIn(fy, pattern.at(i), shift);
                m.agenda = agendaFor(fy, i, int(pattern.size()), dice);
                m.papersPublished = true;
                // Minutes take a few months; some councils publish only a summary.
                m.minutesPublished = fy < LastFiscalYear ? dice.chance(0.9) : i == 0;
                m.publishedUrl
                    = QStringLiteral("https://www.pref.sample.lg.jp/iryo/kousou/%1/r%2-%3.html")
                          .arg(slug)
                          .arg(fy - 2018)
                          .arg(i + 1);
                if (fy < LastFiscalYear || i == 0)
                    m.reportedToMunicipalitiesOn = m.heldOn.addDays(dice.uniform(14, 45));
                const qint64 id = councils.insertMeeting(m, error);
                if (id == 0)
                    return false;
                meetingsByArea[c.regionCode] << Meeting { id, m.heldOn };
            }
        }
    }

    // Policies: each facility's story, written as the history a planner would have recorded.
    const auto figures = HospitalOverview::latestFigures(dataset, home);
    QVector<Hospital> hospitals = HospitalStore(dataset).hospitals(home);
    // Re-verification targets (2019): a few public or quasi-public hospitals with modest
    // acute care.
    QSet<qint64> reverification;
    {
        QVector<Hospital> candidates;
        for (const Hospital &h : std::as_const(hospitals)) {
            const qint64 beds = figures.value(h.id).totalBeds();
            if (h.kind == HospitalKind::Hospital && h.ownerGroup != OwnerGroup::Private && beds > 0
                && beds < 250 && !figures.value(h.id).roles.contains(QStringLiteral("special")))
                candidates << h;
        }
        const int wanted
            = std::min<int>(int(candidates.size()), std::max(2, int(regions.size()) - 1));
        while (int(reverification.size()) < wanted)
            reverification.insert(dice.pick(candidates).id);
    }

    QMap<qint64, QVector<qint64>> discussed; // meeting → hospitals on its agenda
    QMap<qint64, int> agreedCount; // meeting → policies agreed there
    for (const Hospital &h : std::as_const(hospitals)) {
        if (h.mergedInto)
            continue;
        const HospitalFigures f = figures.value(h.id);
        const bool clinic = h.kind == HospitalKind::Clinic;
        const bool isPublic = h.ownerGroup == OwnerGroup::Public;
        const bool quasi = h.ownerGroup == OwnerGroup::QuasiPublic;
        const bool target = reverification.contains(h.id);
        // How far this facility got.
        PolicyStatus final = PolicyStatus::AgreedVerified;
        const double r = dice.real();
        if (isPublic || quasi) {
            final = r < 0.08 ? PolicyStatus::Implemented
                : r < 0.90   ? PolicyStatus::AgreedVerified
                : r < 0.95   ? PolicyStatus::Agreed
                             : PolicyStatus::Verifying;
            if (target && final == PolicyStatus::AgreedVerified && dice.chance(0.4))
                final = PolicyStatus::Verifying; // re-verification still under way
        } else if (clinic) {
            final = r < 0.35 ? PolicyStatus::AgreedVerified
                : r < 0.45   ? PolicyStatus::Agreed
                : r < 0.60   ? PolicyStatus::Drafted
                : r < 0.72   ? PolicyStatus::Drafting
                             : PolicyStatus::NotDrafted;
        } else {
            final = r < 0.05 ? PolicyStatus::Implemented
                : r < 0.58   ? PolicyStatus::AgreedVerified
                : r < 0.68   ? PolicyStatus::Agreed
                : r < 0.80   ? PolicyStatus::Drafted
                : r < 0.92   ? PolicyStatus::Drafting
                             : PolicyStatus::NotDrafted;
        }
        const QVector<Meeting> &areaMeetings = meetingsByArea.value(h.regionCode);
        if (areaMeetings.isEmpty())
            continue;
        // Agreed at one of the region's meetings: public hospitals earlier (FY2022–2023).
        const int lastAgreeable = int(areaMeetings.size()) - 1;
        int agreedIndex = isPublic || quasi ? dice.uniform(0, std::min(6, lastAgreeable))
                                            : dice.uniform(2, lastAgreeable);
        agreedIndex = std::min(agreedIndex, lastAgreeable);
        const Meeting agreedAt = areaMeetings.at(agreedIndex);
        const QDate drafted = agreedAt.heldOn.addDays(-dice.uniform(40, 120));
        const QDate startedDrafting = drafted.addDays(-dice.uniform(60, 150));

        const ChangeStamp first {
            at(std::min(QDate(2022, 4, 15), startedDrafting.addDays(-7)), 9, 30), user
        };
        QMap<QString, QString> base;
        if (target)
            base.insert(PolicyField::ReverificationTarget, QStringLiteral("1"));
        if (isPublic)
            base.insert(PolicyField::PlanKind, QStringLiteral("public_reform_plan"));
        else if (quasi)
            base.insert(PolicyField::PlanKind, QStringLiteral("public_2025_plan"));
        if (!base.isEmpty() && !policies.setValues(h.id, base, first, error))
            return false;
        if (final == PolicyStatus::NotDrafted)
            continue;

        if (!policies.setValues(h.id, { { PolicyField::Status, QStringLiteral("drafting") } },
                                { at(startedDrafting, 14), user }, error))
            return false;
        if (final == PolicyStatus::Drafting)
            continue;

        QMap<QString, QString> draft {
            { PolicyField::Status, QStringLiteral("drafted") },
            { PolicyField::WrittenOn, drafted.toString(Qt::ISODate) },
            { PolicyField::PlannedRole, roleText(f.roles, h.ownerGroup, h.kind, dice) },
            { PolicyField::Links,
              QStringLiteral("\\\\fileserver\\iryo\\kousou\\taiouhoushin\\%1\\%2.pdf")
                  .arg(h.regionCode, h.name) },
        };
        const auto planned = plannedBeds(f, dice);
        for (auto it = planned.cbegin(); it != planned.cend(); ++it)
            draft.insert(ResponsePolicy::bedField(it.key()), QString::number(it.value()));
        if (!policies.setValues(h.id, draft, { at(drafted, 16), user }, error))
            return false;
        if (final == PolicyStatus::Drafted)
            continue;
        if (final == PolicyStatus::Verifying) {
            // Discussed, but the council asked for more analysis.
            discussed[agreedAt.id] << h.id;
            if (!policies.setValues(
                    h.id,
                    { { PolicyField::Status, QStringLiteral("verifying") },
                      { PolicyField::Notes,
                        QStringLiteral("調整会議で病床数の根拠の追加説明を求められた") } },
                    { at(agreedAt.heldOn.addDays(3), 11), user }, error))
                return false;
            continue;
        }
        discussed[agreedAt.id] << h.id;
        ++agreedCount[agreedAt.id];
        const QString agreedStatus = final == PolicyStatus::Agreed
            ? QStringLiteral("agreed")
            : QStringLiteral("agreed_verified");
        if (!policies.setValues(h.id,
                                { { PolicyField::Status, agreedStatus },
                                  { PolicyField::AgreedOn, agreedAt.heldOn.toString(Qt::ISODate) },
                                  { PolicyField::AgreedMeetingId, QString::number(agreedAt.id) } },
                                { at(agreedAt.heldOn.addDays(dice.uniform(1, 10)), 15), user },
                                error))
            return false;
        const QDate done = agreedAt.heldOn.addDays(dice.uniform(200, 500));
        // Carried out only where there was time to do it before the demo's present.
        if (final == PolicyStatus::Implemented && done <= QDate(LastFiscalYear, 9, 30)) {
            if (!policies.setValues(h.id,
                                    { { PolicyField::Status, QStringLiteral("implemented") },
                                      { PolicyField::Notes,
                                        QStringLiteral("病棟の機能転換を実施済み（%1）")
                                            .arg(done.toString(QStringLiteral("yyyy年M月"))) } },
                                    { at(done, 10), user }, error))
                return false;
        }
    }
    for (auto it = discussed.cbegin(); it != discussed.cend(); ++it) {
        auto m = councils.meeting(it.key());
        if (!m)
            continue;
        m->discussedHospitals = it.value();
        const int agreed = agreedCount.value(it.key());
        const int continuing = int(it.value().size()) - agreed;
        QStringList decisions;
        if (agreed > 0)
            decisions
                << QStringLiteral("%1医療機関の対応方針について協議し、合意した。").arg(agreed);
        if (continuing > 0)
            decisions << QStringLiteral(
                             "%1医療機関の対応方針は、病床数の根拠を確認のうえ継続協議とした。")
                             .arg(continuing);
        m->decisions = decisions.join(QLatin1Char('\n'));
        if (!councils.updateMeeting(*m, error))
            return false;
    }

    // Rates at every end of September and March of the demo's years.
    const QVector<QDate> ends
        = PolicyRates::periodEnds(QDate(2022, 9, 30), QDate(LastFiscalYear, 9, 30));
    return PolicyRates::writeSnapshots(dataset, home, ends, at(QDate(LastFiscalYear, 10, 1), 9),
                                       error);
}

} // namespace Koso
