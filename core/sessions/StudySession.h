#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVector>

#include <optional>

namespace Koso {

// A bank the office works with on study sessions (地方銀行, 第二地方銀行): who to call.
struct BankContact
{
    qint64 id = 0;
    QString bank;
    QString branch;
    QString person;
    QString phone;
    QString mail;
    QString note;

    // "北海銀行 本店営業部" (bank and branch).
    QString label() const;
    bool operator==(const BankContact &o) const
    {
        return id == o.id && bank == o.bank && branch == o.branch && person == o.person
            && phone == o.phone && mail == o.mail && note == o.note;
    }
};

enum class SessionFormat { Web, InPerson, Hybrid };
enum class SessionStatus { Idea, Arranging, Decided, Held, Cancelled }; // 構想中 … 中止
enum class MhlwRequest { None, Lecture, Sponsorship, Both }; // 講師派遣, 後援

// One part of the programme: ① MHLW, ② data, ③ support measures, ④ exchange of views.
struct SessionPart
{
    QString title;
    QString speaker;
    QString organisation;
    bool operator==(const SessionPart &o) const
    {
        return title == o.title && speaker == o.speaker && organisation == o.organisation;
    }
};

// A co-host: a bank of the contact list (contactId) or a name alone (from an import).
struct CoHost
{
    qint64 contactId = 0;
    QString name;
    bool operator==(const CoHost &o) const { return contactId == o.contactId && name == o.name; }
};

// Where the MHLW request of a session stands on a given day.
enum class DeadlineState {
    NotNeeded, // nothing asked of MHLW, or the session is held or cancelled
    Sent, // the request is recorded as sent
    Open, // due later than the warning window
    Soon, // due within DeadlineWarningDays (today included)
    Passed // due date passed without the request sent
};

// 勉強会: a study session for hospitals, hosted by the prefecture with regional banks.
struct StudySession
{
    Q_DECLARE_TR_FUNCTIONS(Koso::StudySession)

public:
    static constexpr int DeadlineWarningDays = 14;

    qint64 id = 0;
    QString title;
    QDate date;
    QTime startsAt; // invalid: not fixed
    QTime endsAt;
    SessionFormat format = SessionFormat::Web;
    SessionStatus status = SessionStatus::Idea;
    QString host; // the prefecture (its section)
    QVector<CoHost> coHosts;
    QStringList sponsors; // 厚生労働省, 県医師会, 病院協会 …
    MhlwRequest mhlwRequest = MhlwRequest::Both;
    QDate mhlwRequestSentOn; // invalid: not sent
    QString venue;
    QVector<SessionPart> programme;
    QVector<qint64> invited; // hospital ids
    QVector<qint64> attended;
    QStringList measures; // support-measure ids presented in part ③
    QString notes;
    QString followUps;

    bool operator==(const StudySession &o) const;

    // Two calendar months before the date, clamped to the month's end (2027-04-30 →
    // 2027-02-28): when the request for a lecture or sponsorship must reach MHLW.
    static QDate requestDeadlineFor(const QDate &sessionDate);
    QDate mhlwRequestDeadline() const { return requestDeadlineFor(date); }
    DeadlineState deadlineState(const QDate &today) const;
    bool deadlineWarning(const QDate &today) const
    {
        const DeadlineState s = deadlineState(today);
        return s == DeadlineState::Soon || s == DeadlineState::Passed;
    }
    // "MHLW request due 令和9年2月28日 (in 5 days)" and the like; empty when not needed.
    QString deadlineText(const QDate &today) const;
    QStringList coHostNames() const;

    // MHLW's four parts with the organisation that usually speaks (the default programme), in
    // Japanese: it is stored and printed as data.
    static QVector<SessionPart> defaultProgramme();

    static QString formatKey(SessionFormat format); // web, in_person, hybrid
    static std::optional<SessionFormat> formatFromKey(const QString &key);
    static QString formatName(SessionFormat format); // WEB, 対面, ハイブリッド
    // Key, English or Japanese name ("WEB", "対面", "オンライン", "hybrid" …).
    static std::optional<SessionFormat> parseFormat(const QString &text);
    static QString statusKey(SessionStatus status);
    static std::optional<SessionStatus> statusFromKey(const QString &key);
    static QString statusName(SessionStatus status); // 構想中, 調整中, 開催決定, 開催済, 中止
    static std::optional<SessionStatus> parseStatus(const QString &text);
    static QString requestKey(MhlwRequest request);
    static std::optional<MhlwRequest> requestFromKey(const QString &key);
    static QString requestName(MhlwRequest request);
    static QVector<SessionFormat> formats();
    static QVector<SessionStatus> statuses();
    static QVector<MhlwRequest> requests();
};

} // namespace Koso
