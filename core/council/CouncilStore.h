#pragma once

#include "council/Council.h"
#include "io/Table.h"
#include "model/Region.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// Councils and their meetings. Writes assume the caller holds a transaction and calls
// Dataset::notifyChanged() after the commit; given ids (non-zero) are kept so that an undone
// removal brings back the same record.
class CouncilStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::CouncilStore)

public:
    explicit CouncilStore(Dataset &dataset);

    // Councils of a prefecture (all if empty): the prefecture-level one first, then by region.
    QVector<Council> councils(const QString &prefectureCode = QString()) const;
    std::optional<Council> council(qint64 id) const;
    QVector<Council> councilsOfRegion(const QString &regionCode) const;
    qint64 insertCouncil(const Council &council, QString *error);
    bool updateCouncil(const Council &council, QString *error);
    // Refuses a council that still has meetings (they would be lost with it).
    bool removeCouncil(qint64 id, QString *error);

    std::optional<CouncilMeeting> meeting(qint64 id) const;
    // Meetings of one council, oldest first.
    QVector<CouncilMeeting> meetings(qint64 councilId) const;
    // Meetings of every council of a prefecture held in a fiscal year (all years if 0),
    // oldest first.
    QVector<CouncilMeeting> meetingsOfPrefecture(const QString &prefectureCode,
                                                 int fiscalYear = 0) const;
    // Meetings that had the hospital on the agenda or agreed its policy, oldest first.
    QVector<CouncilMeeting> meetingsOfHospital(qint64 hospitalId) const;
    qint64 insertMeeting(const CouncilMeeting &meeting, QString *error);
    bool updateMeeting(const CouncilMeeting &meeting, QString *error);
    // Refuses a meeting where policies were agreed: their agreed meeting is cleared first
    // (through the policy history).
    bool removeMeeting(qint64 id, QString *error);
    // The number the next meeting of a council would get (the highest so far plus one).
    int nextNumber(qint64 councilId) const;

    // Regions of a prefecture none of whose councils met in the fiscal year.
    QVector<Region> regionsWithoutMeeting(const QString &prefectureCode, int fiscalYear) const;

    // 第3回, or an empty string without a number.
    static QString numberLabel(const std::optional<int> &number);
    // "第3回 北部区域地域医療構想調整会議（令和6年7月10日）".
    QString meetingLabel(const CouncilMeeting &meeting) const;

    // The meetings table for export: council, number, date, fiscal year, agenda, decisions,
    // agreed policies, publication and the report to municipalities.
    Table meetingsTable(const QString &prefectureCode, int fiscalYear = 0) const;

private:
    bool writeDiscussed(const CouncilMeeting &meeting, QString *error);
    void loadDiscussed(QVector<CouncilMeeting> &meetings) const;

    Dataset &m_dataset;
};

} // namespace Koso
