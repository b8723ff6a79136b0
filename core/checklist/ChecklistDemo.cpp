#include "checklist/ChecklistDemo.h"

#include "checklist/ChecklistStore.h"
#include "storage/Dataset.h"
#include "storage/Savepoint.h"

namespace Koso {

namespace {

// y はい, n いいえ, - 該当なし, space: not answered.
struct DemoItem
{
    int number;
    char lastYear;
    char thisYear;
    const char16_t *remarksLastYear;
    const char16_t *remarksThisYear; // nullptr: as last year
    const char16_t *section;
};

const DemoItem demoItems[] = {
    { 1, 'y', 'y', u"構想区域別・医療機関別に集計し、毎年度の調整会議資料として提示", nullptr,
      u"医療政策課" },
    { 2, 'n', 'y', u"差異は把握済み。要因の分析は未着手",
      u"要因分析を外部委託で実施し、第2回調整会議で報告", u"医療政策課" },
    { 3, 'y', 'y', u"急性期の診療実績に基づく県独自基準を平成31年度から活用", nullptr,
      u"医療政策課" },
    { 4, 'y', 'y', u"県ホームページで構想区域別に公表", nullptr, u"医療政策課" },
    { 5, 'y', 'y', u"未報告の3医療機関に文書で督促し、全機関が報告",
      u"未報告の1医療機関に文書で督促し報告を受理", u"医務課" },
    { 6, 'n', 'y', u"非稼働病棟の把握にとどまる",
      u"非稼働病棟を有する12医療機関に調整会議での説明を依頼", u"医務課" },
    { 7, 'n', 'n', u"要請・勧告の要否は個別に検討中",
      u"2医療機関について再稼働計画の提出を求めている", u"医務課" },
    { 8, '-', '-', u"過剰な医療機能への転換予定の届出なし", nullptr, u"医務課" },
    { 9, 'y', 'y', u"増床許可の際に回復期機能の提供を条件化", nullptr, u"医務課" },
    { 10, 'y', 'y', u"在宅医療・医師確保を議題に含めて協議", nullptr, u"医療政策課" },
    { 11, 'y', 'y', u"県単位の調整会議を年2回開催", nullptr, u"医療政策課" },
    { 12, 'y', 'y', u"各区域で年3回以上開催", nullptr, u"医療政策課・各保健所" },
    { 13, 'n', 'y', u"一部区域で議事録の公表が遅延", u"全区域で会議後1か月以内に資料・議事録を公表",
      u"各保健所" },
    { 14, 'n', 'n', u"民間医療機関の一部が未策定（策定率85％）",
      u"策定率92％（残り9機関）。個別訪問で支援予定", u"医療政策課" },
    { 15, 'y', 'y', u"区域ごとに年度目標を設定し、年度末に検証", nullptr, u"医療政策課" },
    { 16, 'n', 'y', u"要因分析の手法を検討中", u"分析結果を調整会議で報告し、県ホームページで公表",
      u"医療政策課" },
    { 17, 'n', 'n', u"市町村への報告は未実施", u"報告様式を作成中。令和7年度から年1回報告予定",
      u"医療政策課" },
    { 18, 'y', 'y', u"県広報誌への掲載、県民向けシンポジウムの開催", nullptr, u"医療政策課" },
    { 19, 'n', 'y', u"開催に向けて医師会と調整中",
      u"医療機関向け勉強会をオンラインで開催（参加42機関）", u"医療政策課" },
    { 20, 'n', 'y', u"地方銀行との連携は未調整", u"地方銀行2行・県医師会と共催", u"医療政策課" },
    { 21, 'y', 'y', u"基金・税制優遇を説明会と通知で周知", nullptr, u"医療政策課" },
    { 22, '-', 'y', u"推進区域の設定前", u"南部区域を推進区域とし、推進区域対応方針を策定",
      u"医療政策課" },
    { 23, '-', 'n', u"推進区域の設定前", u"対応方針に基づく取組は令和7年度から実施",
      u"医療政策課" },
    { 24, 'n', 'n', u"重点支援区域の申請は見送り", u"南部区域での申請を検討中", u"医療政策課" },
    { 25, 'y', 'y', u"病床機能再編支援事業を2件活用", u"病床機能再編支援事業を3件活用",
      u"医療政策課" },
    { 26, 'n', 'n', u"制度の説明は実施。設立の動きなし", nullptr, u"医務課" },
    { 27, 'y', 'y', u"県立大学と共同でデータ分析", nullptr, u"医療政策課" },
    { 28, 'y', 'y', u"医師確保計画と連動して協議", nullptr, u"医師確保対策室" },
    { 29, 'y', 'y', u"第8次医療計画の策定に合わせて整合", nullptr, u"医療政策課" },
    { 30, 'y', 'y', u"介護保険事業支援計画と整合を確認", nullptr, u"長寿介護課" },
    { 31, 'y', 'y', u"新興感染症対応を踏まえた医療措置協定を締結", nullptr, u"感染症対策課" },
};

ChecklistAnswer answerOf(char c)
{
    switch (c) {
    case 'y':
        return ChecklistAnswer::Yes;
    case 'n':
        return ChecklistAnswer::No;
    case '-':
        return ChecklistAnswer::NotApplicable;
    default:
        return ChecklistAnswer::Unanswered;
    }
}

} // namespace

bool ChecklistDemo::populate(Dataset *dataset, int fiscalYear, QString *error, qint64 *lastYearId,
                             qint64 *thisYearId)
{
    // All or nothing, also as one step of the demo generator's transaction.
    Savepoint tx(dataset->database());
    if (!tx.isActive()) {
        *error = tx.errorMessage();
        return false;
    }
    ChecklistStore store(dataset);
    // The demo is the same file whenever it is generated: stamps at the last 記入日.
    store.setClock(QDateTime(QDate(fiscalYear, 6, 11), QTime(9, 0)));
    if (!store.ensureDefaultTemplate(error))
        return false;
    const auto t = store.currentTemplate(error);
    if (!t)
        return false;

    Assessment last = Assessment::blank(*t, fiscalYear - 1, QDate(fiscalYear - 1, 6, 12));
    Assessment current = Assessment::blank(*t, fiscalYear, QDate(fiscalYear, 6, 11));
    last.createdAt = QDateTime(last.filledOn, QTime(9, 0));
    for (const DemoItem &d : demoItems) {
        const ChecklistItem *item = t->itemByNumber(d.number);
        if (!item)
            continue; // the demo follows the default template
        const QString section = QString::fromUtf16(d.section);
        const QString remarks = QString::fromUtf16(d.remarksLastYear);
        last.entries.insert(item->id, { answerOf(d.lastYear), remarks, section });
        current.entries.insert(
            item->id,
            { answerOf(d.thisYear),
              d.remarksThisYear ? QString::fromUtf16(d.remarksThisYear) : remarks, section });
    }
    const auto storedLast = store.addAssessment(last, error);
    if (!storedLast)
        return false;
    current.copiedFrom = storedLast->id;
    const auto storedCurrent = store.addAssessment(current, error);
    if (!storedCurrent)
        return false;
    if (!tx.release()) {
        *error = tx.errorMessage();
        return false;
    }
    if (lastYearId)
        *lastYearId = storedLast->id;
    if (thisYearId)
        *thisYearId = storedCurrent->id;
    return true;
}

} // namespace Koso
