#include "sessions/StudySession.h"

#include "util/JapaneseDate.h"

namespace Koso {

namespace {

QString normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC)
        .trimmed()
        .toLower()
        .remove(QLatin1Char(' '));
}

} // namespace

QString BankContact::label() const
{
    return branch.isEmpty() ? bank : bank + QLatin1Char(' ') + branch;
}

bool StudySession::operator==(const StudySession &o) const
{
    return id == o.id && title == o.title && date == o.date && startsAt == o.startsAt
        && endsAt == o.endsAt && format == o.format && status == o.status && host == o.host
        && coHosts == o.coHosts && sponsors == o.sponsors && mhlwRequest == o.mhlwRequest
        && mhlwRequestSentOn == o.mhlwRequestSentOn && venue == o.venue && programme == o.programme
        && invited == o.invited && attended == o.attended && measures == o.measures
        && notes == o.notes && followUps == o.followUps;
}

QDate StudySession::requestDeadlineFor(const QDate &sessionDate)
{
    // QDate::addMonths keeps the day and clamps it to the last day of a shorter month.
    return sessionDate.isValid() ? sessionDate.addMonths(-2) : QDate();
}

DeadlineState StudySession::deadlineState(const QDate &today) const
{
    if (mhlwRequest == MhlwRequest::None || status == SessionStatus::Held
        || status == SessionStatus::Cancelled || !date.isValid())
        return DeadlineState::NotNeeded;
    if (mhlwRequestSentOn.isValid())
        return DeadlineState::Sent;
    const qint64 days = today.daysTo(mhlwRequestDeadline());
    if (days < 0)
        return DeadlineState::Passed;
    if (days <= DeadlineWarningDays)
        return DeadlineState::Soon;
    return DeadlineState::Open;
}

QString StudySession::deadlineText(const QDate &today) const
{
    const QString due = JapaneseDate::display(mhlwRequestDeadline());
    switch (deadlineState(today)) {
    case DeadlineState::NotNeeded:
        return QString();
    case DeadlineState::Sent:
        return tr("Request to MHLW sent on %1 (due %2)")
            .arg(JapaneseDate::display(mhlwRequestSentOn), due);
    case DeadlineState::Open:
    case DeadlineState::Soon: {
        const int days = int(today.daysTo(mhlwRequestDeadline()));
        if (days == 0)
            return tr("Request to MHLW due today (%1)").arg(due);
        return tr("Request to MHLW due %1 (in %n day(s))", "", days).arg(due);
    }
    case DeadlineState::Passed:
        return tr("Request to MHLW was due %1 and is not recorded as sent").arg(due);
    }
    return QString();
}

QStringList StudySession::coHostNames() const
{
    QStringList names;
    for (const CoHost &c : coHosts)
        names << c.name;
    return names;
}

QVector<SessionPart> StudySession::defaultProgramme()
{
    // Stored as data, in the words an office prints on the programme (as the shipped
    // catalogue and checklist template are), whatever the language of the interface.
    return {
        { QStringLiteral("① 地域医療構想をめぐる状況と取組の意義"), QString(),
          QStringLiteral("厚生労働省") },
        { QStringLiteral("② データで見る本県の医療提供体制と医療需要"), QString(),
          QStringLiteral("大学・コンサルタント") },
        { QStringLiteral("③ 本県の支援策（地域医療介護総合確保基金・税制など）"), QString(),
          QStringLiteral("都道府県") },
        { QStringLiteral("④ 意見交換"), QString(), QString() },
    };
}

QVector<SessionFormat> StudySession::formats()
{
    return { SessionFormat::Web, SessionFormat::InPerson, SessionFormat::Hybrid };
}

QVector<SessionStatus> StudySession::statuses()
{
    return { SessionStatus::Idea, SessionStatus::Arranging, SessionStatus::Decided,
             SessionStatus::Held, SessionStatus::Cancelled };
}

QVector<MhlwRequest> StudySession::requests()
{
    return { MhlwRequest::None, MhlwRequest::Lecture, MhlwRequest::Sponsorship, MhlwRequest::Both };
}

QString StudySession::formatKey(SessionFormat format)
{
    switch (format) {
    case SessionFormat::Web:
        return QStringLiteral("web");
    case SessionFormat::InPerson:
        return QStringLiteral("in_person");
    case SessionFormat::Hybrid:
        return QStringLiteral("hybrid");
    }
    return QString();
}

std::optional<SessionFormat> StudySession::formatFromKey(const QString &key)
{
    for (SessionFormat f : formats()) {
        if (formatKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString StudySession::formatName(SessionFormat format)
{
    switch (format) {
    case SessionFormat::Web:
        return tr("WEB");
    case SessionFormat::InPerson:
        return tr("In person");
    case SessionFormat::Hybrid:
        return tr("Hybrid");
    }
    return QString();
}

std::optional<SessionFormat> StudySession::parseFormat(const QString &text)
{
    const QString t = normalised(text);
    if (auto f = formatFromKey(t))
        return f;
    for (SessionFormat f : formats()) {
        if (normalised(formatName(f)) == t)
            return f;
    }
    if (t == QStringLiteral("web") || t == QStringLiteral("online")
        || t == QStringLiteral("オンライン") || t == QStringLiteral("web開催"))
        return SessionFormat::Web;
    if (t == QStringLiteral("対面") || t == QStringLiteral("inperson")
        || t == QStringLiteral("会場"))
        return SessionFormat::InPerson;
    if (t == QStringLiteral("ハイブリッド") || t == QStringLiteral("併用")
        || t == QStringLiteral("対面・web") || t == QStringLiteral("対面+web"))
        return SessionFormat::Hybrid;
    return std::nullopt;
}

QString StudySession::statusKey(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Idea:
        return QStringLiteral("idea");
    case SessionStatus::Arranging:
        return QStringLiteral("arranging");
    case SessionStatus::Decided:
        return QStringLiteral("decided");
    case SessionStatus::Held:
        return QStringLiteral("held");
    case SessionStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<SessionStatus> StudySession::statusFromKey(const QString &key)
{
    for (SessionStatus s : statuses()) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString StudySession::statusName(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Idea:
        return tr("Idea");
    case SessionStatus::Arranging:
        return tr("Arranging");
    case SessionStatus::Decided:
        return tr("Decided");
    case SessionStatus::Held:
        return tr("Held");
    case SessionStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

std::optional<SessionStatus> StudySession::parseStatus(const QString &text)
{
    const QString t = normalised(text);
    if (auto s = statusFromKey(t))
        return s;
    for (SessionStatus s : statuses()) {
        if (normalised(statusName(s)) == t)
            return s;
    }
    static const QList<QPair<QString, SessionStatus>> japanese {
        { QStringLiteral("構想中"), SessionStatus::Idea },
        { QStringLiteral("調整中"), SessionStatus::Arranging },
        { QStringLiteral("開催決定"), SessionStatus::Decided },
        { QStringLiteral("開催済"), SessionStatus::Held },
        { QStringLiteral("開催済み"), SessionStatus::Held },
        { QStringLiteral("中止"), SessionStatus::Cancelled },
    };
    for (const auto &p : japanese) {
        if (p.first == t)
            return p.second;
    }
    return std::nullopt;
}

QString StudySession::requestKey(MhlwRequest request)
{
    switch (request) {
    case MhlwRequest::None:
        return QStringLiteral("none");
    case MhlwRequest::Lecture:
        return QStringLiteral("lecture");
    case MhlwRequest::Sponsorship:
        return QStringLiteral("sponsorship");
    case MhlwRequest::Both:
        return QStringLiteral("both");
    }
    return QString();
}

std::optional<MhlwRequest> StudySession::requestFromKey(const QString &key)
{
    for (MhlwRequest r : requests()) {
        if (requestKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString StudySession::requestName(MhlwRequest request)
{
    switch (request) {
    case MhlwRequest::None:
        return tr("Nothing asked of MHLW");
    case MhlwRequest::Lecture:
        return tr("Lecture");
    case MhlwRequest::Sponsorship:
        return tr("Sponsorship");
    case MhlwRequest::Both:
        return tr("Lecture and sponsorship");
    }
    return QString();
}

} // namespace Koso
