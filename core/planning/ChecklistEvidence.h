#pragma once

#include "checklist/ChecklistItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace Koso {

class Dataset;

// What the planning records of a dataset say about a checklist item: the yearly targets
// (年度目標), the progress verification (進捗状況の検証), the designations and 推進区域対応方針,
// the councils' reports to the municipalities. An item is linked by the words of its text
// (年度目標, 進捗状況を検証, 説明できない差異の要因, 推進区域, 重点支援区域, 市町村への報告), so
// the shipped template, an edited wording or the official one all find their records; items
// the records do not speak to have none.
struct ChecklistEvidence
{
    enum class Kind { Targets, Progress, Promotion, Municipalities };

    Kind kind = Kind::Targets;
    int fiscalYear = 0;
    int records = 0; // how many records back the text (0: none yet)
    QString text; // "令和7年度：目標 12件（5区域中5区域）、達成 7件"
    QString regionCode; // the region the records page opens on, empty for the prefecture

    static QString kindKey(Kind kind); // targets, progress, promotion, municipalities
    static Kind kindFromKey(const QString &key);
    // The page the records are on, for the link: "Targets and PDCA" …
    static QString linkText(Kind kind);
};

class ChecklistEvidenceFinder
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistEvidenceFinder)

public:
    // The records of the home prefecture in a fiscal year (the assessment's).
    ChecklistEvidenceFinder(Dataset &dataset, int fiscalYear,
                            const QDate &today = QDate::currentDate());

    // The kinds of records an item's text speaks of, in this order: targets, progress,
    // promotion, municipalities.
    static QVector<ChecklistEvidence::Kind> kindsOf(const ChecklistItem &item);

    QVector<ChecklistEvidence> evidenceFor(const ChecklistItem &item) const;
    ChecklistEvidence evidence(ChecklistEvidence::Kind kind) const;

private:
    ChecklistEvidence targets() const;
    ChecklistEvidence progress() const;
    ChecklistEvidence promotion() const;
    ChecklistEvidence municipalities() const;

    Dataset &m_dataset;
    int m_fiscalYear;
    QDate m_today;
};

} // namespace Koso
