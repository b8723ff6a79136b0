#include "demo/SessionsDemo.h"

#include "demo/PolicyDemo.h"
#include "measures/MeasureStore.h"
#include "policy/PolicyStore.h"
#include "sessions/SessionStore.h"
#include "storage/Dataset.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"
#include "util/JapaneseDate.h"

#include <algorithm>

namespace Koso {

QString SessionsDemo::referenceDateMetaKey()
{
    return QStringLiteral("demo_reference_date");
}

bool SessionsDemo::write(Dataset &dataset, const QDate &referenceDate, QString *error)
{
    if (!referenceDate.isValid()) {
        *error = tr("The demo needs a valid reference date.");
        return false;
    }
    if (!SqlQuery::run(dataset.database(),
                       QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       error, { referenceDateMetaKey(), referenceDate.toString(Qt::ISODate) }))
        return false;
    // The dates of the default reference date, moved by as many days as the reference date
    // is from it; the near deadline and the next fiscal year are computed instead, so that
    // they hold on every reference date.
    const qint64 shift = defaultReferenceDate().daysTo(referenceDate);
    const auto moved = [shift](int y, int m, int d) {
        return QDate(y, m, d).addDays(shift);
    };
    const auto stampOn = [](const QDate &date) {
        return ChangeStamp { QDateTime(date, QTime(10, 0)), PolicyDemo::demoUser() };
    };
    const int fiscalShift = JapaneseDate::fiscalYear(referenceDate)
        - JapaneseDate::fiscalYear(defaultReferenceDate());

    SessionStore sessions(dataset);
    MeasureStore measures(dataset);

    // Hospitals of the home prefecture, private ones first (they are whom the sessions are
    // for), then by id, so the choice is fixed.
    QVector<Hospital> hospitals = HospitalStore(dataset).hospitals(dataset.homePrefectureCode());
    hospitals.erase(std::remove_if(hospitals.begin(), hospitals.end(),
                                   [](const Hospital &h) { return h.mergedInto.has_value(); }),
                    hospitals.end());
    std::stable_sort(hospitals.begin(), hospitals.end(), [](const Hospital &a, const Hospital &b) {
        const bool pa = a.ownerGroup == OwnerGroup::Private;
        const bool pb = b.ownerGroup == OwnerGroup::Private;
        return pa != pb ? pa : a.id < b.id;
    });
    QVector<qint64> ids;
    for (const Hospital &h : std::as_const(hospitals))
        ids << h.id;

    const BankContact bankA { 0,
                              QStringLiteral("サンプル銀行"),
                              QStringLiteral("本店法人営業部"),
                              QStringLiteral("山田 太郎"),
                              QStringLiteral("000-111-2222"),
                              QStringLiteral("yamada@example.jp"),
                              QStringLiteral("医療・介護分野の担当。第1回から共催。") };
    const BankContact bankB { 0,
                              QStringLiteral("県央第二銀行"),
                              QStringLiteral("地域創生部"),
                              QStringLiteral("佐藤 花子"),
                              QStringLiteral("000-333-4444"),
                              QStringLiteral("sato@example.jp"),
                              QString() };
    const qint64 a = sessions.insertContact(bankA, stampOn(moved(2025, 4, 10)), error);
    const qint64 b = a ? sessions.insertContact(bankB, stampOn(moved(2025, 4, 10)), error) : 0;
    if (!b)
        return false;
    const CoHost coA { a, bankA.label() };
    const CoHost coB { b, bankB.label() };

    auto programme = [](const QString &dataSpeaker, const QString &dataOrg) {
        QVector<SessionPart> parts = StudySession::defaultProgramme();
        parts[0].speaker = QStringLiteral("厚生労働省医政局地域医療計画課");
        parts[1].speaker = dataSpeaker;
        parts[1].organisation = dataOrg;
        parts[2].speaker = QStringLiteral("医療政策課 地域医療構想担当");
        parts[2].organisation = QStringLiteral("サンプル県");
        return parts;
    };

    StudySession held;
    held.title = QStringLiteral("地域医療構想 医療機関向け勉強会（第1回）");
    held.date = moved(2025, 7, 15); // about four months before
    held.startsAt = QTime(14, 0);
    held.endsAt = QTime(16, 30);
    held.format = SessionFormat::Web;
    held.status = SessionStatus::Held;
    held.host = QStringLiteral("サンプル県 医療政策課");
    held.coHosts = { coA, coB };
    held.sponsors = { QStringLiteral("厚生労働省"), QStringLiteral("サンプル県医師会") };
    held.mhlwRequestSentOn = moved(2025, 5, 2);
    held.programme
        = programme(QStringLiteral("鈴木 一郎 教授"), QStringLiteral("サンプル県立大学"));
    held.invited = ids.mid(0, 14);
    held.attended = ids.mid(0, 9);
    held.measures = { QStringLiteral("fund-bed-reorganisation"), QStringLiteral("wam-loan"),
                      QStringLiteral("tax-registration") };
    held.notes
        = QStringLiteral("参加9医療機関（うち民間8）。質疑は基金の申請時期と税制の要件に集中。");
    held.followUps = QStringLiteral("税制の要件を個別に照会した2病院に回答する。\n"
                                    "第2回は対面併用で、回復期への転換事例を紹介する。");

    StudySession near;
    near.title = QStringLiteral("地域医療構想 医療機関向け勉強会（第2回）");
    // The MHLW request is due NearDeadlineDays after the reference date (fewer when the
    // deadline is clamped to a month's end, never more).
    near.date = referenceDate.addDays(NearDeadlineDays).addMonths(2);
    near.startsAt = QTime(13, 30);
    near.endsAt = QTime(16, 0);
    near.format = SessionFormat::Hybrid;
    near.status = SessionStatus::Arranging;
    near.host = held.host;
    near.coHosts = { coA };
    near.sponsors = { QStringLiteral("厚生労働省"), QStringLiteral("サンプル県医師会"),
                      QStringLiteral("サンプル県病院協会") };
    near.venue = QStringLiteral("サンプル県庁 本館5階 大会議室");
    near.programme
        = programme(QStringLiteral("株式会社サンプル総研"), QStringLiteral("コンサルタント"));
    near.invited = ids.mid(0, 20);
    near.measures
        = { QStringLiteral("fund-bed-reorganisation"), QStringLiteral("special-depreciation"),
            QStringLiteral("regional-network-corporation") };
    near.notes = QStringLiteral("県央第二銀行にも共催を打診中。");

    StudySession idea;
    idea.title = QStringLiteral("地域医療構想 医療機関向け勉強会（第3回・病院長向け）");
    // 18 June of the next fiscal year: its request is due on 18 April, at least 18 days on.
    idea.date = JapaneseDate::fiscalYearStart(JapaneseDate::fiscalYear(referenceDate) + 1)
                    .addMonths(2)
                    .addDays(17);
    idea.format = SessionFormat::InPerson;
    idea.status = SessionStatus::Idea;
    idea.host = held.host;
    idea.mhlwRequest = MhlwRequest::Sponsorship;
    idea.programme = StudySession::defaultProgramme();

    if (!sessions.insertSession(held, stampOn(moved(2025, 4, 20)), error)
        || !sessions.insertSession(near, stampOn(moved(2025, 10, 1)), error)
        || !sessions.insertSession(idea, stampOn(moved(2025, 11, 1)), error))
        return false;

    // The office's own wording of one measure (version 1 over the shipped text).
    if (auto fund = measures.measure(QStringLiteral("fund-bed-reorganisation"))) {
        fund->conditions += QStringLiteral("\n本県の要綱：申請は毎年度6月末まで（医療政策課）。");
        if (!measures.insertVersion(*fund, stampOn(moved(2025, 5, 12)), error))
            return false;
    }

    struct Link
    {
        int hospital;
        const char *measure;
        MeasureUse::Stage stage;
        int fiscalYear;
        qint64 amount; // 0: not known
        const char *note;
    };
    const Link links[] = {
        { 0, "fund-bed-reorganisation", MeasureUse::Stage::Used, 2024, 45600000,
          "急性期12床を削減（単独支援給付金）" },
        { 0, "tax-registration", MeasureUse::Stage::Planned, 2026, 0, "" },
        { 1, "wam-loan", MeasureUse::Stage::Planned, 2026, 300000000, "回復期への転換改修" },
        { 2, "fund-facilities", MeasureUse::Stage::Used, 2023, 120000000, "" },
        { 3, "regional-network-corporation", MeasureUse::Stage::Planned, 2026, 0,
          "近隣2法人と設立を協議中" },
        { 4, "fund-bed-reorganisation", MeasureUse::Stage::Planned, 2025, 0, "" },
    };
    for (const Link &l : links) {
        if (l.hospital >= ids.size())
            break;
        MeasureUse u;
        u.measureId = QString::fromUtf8(l.measure);
        u.hospitalId = ids.at(l.hospital);
        u.stage = l.stage;
        u.fiscalYear = l.fiscalYear + fiscalShift;
        if (l.amount > 0)
            u.amountYen = l.amount;
        u.note = QString::fromUtf8(l.note);
        if (!measures.insertUse(u, stampOn(moved(2025, 6, 1)), error))
            return false;
    }

    const QString demoSource = QStringLiteral("デモ用の架空事例");
    PracticeCase work;
    work.title = QStringLiteral("地方銀行と共催する医療機関向け勉強会の定例化");
    work.kind = PracticeCase::Kind::Prefecture;
    work.regionSize = QStringLiteral("県全域（構想区域5）");
    work.background
        = QStringLiteral("民間病院の対応方針の検討が進まず、経営判断の材料が不足していた。");
    work.actions
        = QStringLiteral("県内2行と共催で年2回の勉強会を開き、区域別のデータと支援策を説明。"
                         "銀行の担当者が個別相談に同席した。");
    work.results = QStringLiteral("参加した民間病院のうち3病院が対応方針の見直しに着手。");
    work.source = demoSource;
    work.tags = { QStringLiteral("勉強会"), QStringLiteral("地方銀行") };
    PracticeCase merger;
    merger.title = QStringLiteral("公立2病院の統合と急性期機能の集約");
    merger.kind = PracticeCase::Kind::Merger;
    merger.regionSize = QStringLiteral("人口約20万人の構想区域");
    merger.background
        = QStringLiteral("近接する公立2病院がともに医師不足で、救急の受入れが分散していた。");
    merger.actions = QStringLiteral(
        "調整会議で統合を合意し、新病院に急性期を集約。旧病院は回復期・在宅支援へ。");
    merger.results = QStringLiteral("救急車の受入れが増え、病床数は2病院合計から約2割減。");
    merger.source = demoSource;
    merger.tags = { QStringLiteral("統合"), QStringLiteral("公立病院") };
    PracticeCase conversion;
    conversion.title = QStringLiteral("民間病院の急性期病棟から回復期リハビリ病棟への転換");
    conversion.kind = PracticeCase::Kind::Conversion;
    conversion.regionSize = QStringLiteral("人口約8万人の構想区域");
    conversion.background = QStringLiteral("区域の回復期が必要量を大きく下回っていた。");
    conversion.actions
        = QStringLiteral("基金による改修補助と福祉医療機構の融資を組み合わせ、1病棟を転換。");
    conversion.results = QStringLiteral("病床稼働率が改善し、在宅復帰率も上昇。");
    conversion.source = demoSource;
    conversion.tags = { QStringLiteral("転換"), QStringLiteral("回復期"), QStringLiteral("基金") };
    const QString firstRegion = hospitals.isEmpty() ? QString() : hospitals.first().regionCode;
    if (!firstRegion.isEmpty())
        conversion.links << PracticeCase::Link { QStringLiteral("region"), firstRegion };
    work.links << PracticeCase::Link { QStringLiteral("session"), QStringLiteral("1") };
    conversion.links << PracticeCase::Link { QStringLiteral("session"), QStringLiteral("2") };
    for (const PracticeCase &c : { work, merger, conversion }) {
        if (!measures.insertCase(c, stampOn(moved(2025, 6, 20)), error))
            return false;
    }
    return true;
}

} // namespace Koso
