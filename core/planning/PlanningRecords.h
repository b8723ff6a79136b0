#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Koso {

// What Dataset::changed() carries for a write of the planning records: the free bit 0x80 of
// DataChanges (DataChange::All covers it), named here so that Dataset.h, included everywhere,
// stays as it is.
constexpr int PlanningDataChange = 0x80;

// A planning record as its stored text values, keyed by column ("id" included when read).
// '' stands for NULL in the nullable columns.
using PlanningValues = QMap<QString, QString>;

// 年度目標 of one region and fiscal year.
struct AnnualTarget
{
    qint64 id = 0;
    QString regionCode;
    int fiscalYear = 0;
    QString indicator; // beds, policy_rate_hospitals, policy_rate_beds, meetings, closed_beds, text
    QString functionKey; // beds: HighAcute … Chronic or Total; empty otherwise
    QString direction; // at_least, at_most; empty for text
    QString target; // a number (rates in %) or the wording of a text target
    QString note;
    QString judgement; // text targets: achieved, not_achieved or '' (not judged)
    QString causeAnalysis; // 要因分析
    QString response; // 対応
    QDate verifiedOn; // verified by the council
    int position = 0;

    static AnnualTarget fromValues(const PlanningValues &v);
    PlanningValues values() const; // without id
    bool isText() const { return indicator == QLatin1String("text"); }
    std::optional<double> targetNumber() const;
};

// The planner's explanation of a gap that the nature of the data explains.
struct GapExplanation
{
    qint64 id = 0;
    QString regionCode;
    QString functionKey;
    QString explanation;
};

// 推進区域, モデル推進区域, 重点支援区域 or 再編検討区域 of a region.
struct Designation
{
    qint64 id = 0;
    QString regionCode;
    QString kind; // promotion, model_promotion, priority_support, restructuring_review
    QDate designatedOn;
    QString note;

    static Designation fromValues(const PlanningValues &v);
    PlanningValues values() const;
};

// 推進区域対応方針.
struct PromotionPlan
{
    qint64 id = 0;
    QString regionCode;
    QString title;
    QString issues; // 課題
    QString direction; // 方向性
    QDate draftedOn;

    static PromotionPlan fromValues(const PlanningValues &v);
    PlanningValues values() const;
};

// 具体的な取組 of a plan.
struct PromotionAction
{
    qint64 id = 0;
    qint64 planId = 0;
    int position = 0;
    QString title;
    QString actor = QStringLiteral("prefecture"); // prefecture, hospital, municipality, other
    QVector<qint64> hospitalIds;
    int dueFiscalYear = 0; // 0: none
    QString status = QStringLiteral("not_started"); // not_started, in_progress, done, postponed

    static PromotionAction fromValues(const PlanningValues &v);
    PlanningValues values() const;
};

struct PromotionNote
{
    qint64 id = 0;
    qint64 actionId = 0;
    QDate notedOn;
    QString text;

    static PromotionNote fromValues(const PlanningValues &v);
    PlanningValues values() const;
};

// One entry of a region's PDCA timeline.
struct PdcaEntry
{
    qint64 id = 0;
    QString regionCode;
    QString phase; // plan, do, check, act
    QDate date;
    qint64 meetingId = 0; // 0: none
    QString text;

    static PdcaEntry fromValues(const PlanningValues &v);
    PlanningValues values() const;
};

// One recorded change of one field of a planning record.
struct PlanningChange
{
    qint64 id = 0;
    QString table;
    qint64 recordId = 0;
    QDateTime changedAt;
    QString changedBy;
    QString field; // a column, or "added" / "removed"
    QString oldValue;
    QString newValue;
};

// The words of the planning records: keys as stored and written by the command line, names
// in the user's language.
class PlanningVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PlanningVocabulary)

public:
    static QStringList indicators();
    static QString indicatorName(const QString &key);
    static QStringList directions(); // at_least, at_most
    static QString directionName(const QString &key);
    static QStringList statuses(); // achieved, not_achieved, not_evaluated
    static QString statusName(const QString &key);
    static QStringList designationKinds();
    static QString designationKindName(const QString &key);
    static QStringList actors();
    static QString actorName(const QString &key);
    static QStringList actionStatuses();
    static QString actionStatusName(const QString &key);
    static QStringList phases();
    static QString phaseName(const QString &key);
    // Functions a beds target may name: the four and Total.
    static QStringList targetFunctions();
    static QString functionName(const QString &key);
    // "病床数（急性期）≥ 1,200床" — the target as a planner reads it.
    static QString describeTarget(const AnnualTarget &target);
    // A value of an indicator with its unit (床, %, 回).
    static QString formatValue(const QString &indicator, double value);
};

} // namespace Koso
