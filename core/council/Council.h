#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Koso {

// 地域医療構想調整会議: one per region (some regions run two) plus the prefecture's own.
struct Council
{
    qint64 id = 0;
    QString prefectureCode;
    QString regionCode; // empty: the prefecture-level council
    QString name;
    QString note;

    bool isPrefectureLevel() const { return regionCode.isEmpty(); }
    bool operator==(const Council &o) const
    {
        return id == o.id && prefectureCode == o.prefectureCode && regionCode == o.regionCode
            && name == o.name && note == o.note;
    }
};

// One meeting of a council. Which policies it agreed is recorded on the policies
// (ResponsePolicy::agreedMeetingId); discussedHospitals are those on its agenda.
struct CouncilMeeting
{
    qint64 id = 0;
    qint64 councilId = 0;
    std::optional<int> number; // 第N回
    QDate heldOn;
    QStringList agenda; // one item per entry
    QString decisions;
    bool papersPublished = false;
    bool minutesPublished = false;
    QString publishedUrl;
    QDate reportedToMunicipalitiesOn; // invalid: not reported yet
    QVector<qint64> discussedHospitals;

    bool operator==(const CouncilMeeting &o) const
    {
        return id == o.id && councilId == o.councilId && number == o.number && heldOn == o.heldOn
            && agenda == o.agenda && decisions == o.decisions
            && papersPublished == o.papersPublished && minutesPublished == o.minutesPublished
            && publishedUrl == o.publishedUrl
            && reportedToMunicipalitiesOn == o.reportedToMunicipalitiesOn
            && discussedHospitals == o.discussedHospitals;
    }
};

} // namespace Koso
