#include "SessionsCommand.h"

#include "sessions/SessionStore.h"
#include "storage/Dataset.h"
#include "util/JapaneseDate.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Koso {

QString SessionsCommand::summary() const
{
    return tr("List the study sessions with their MHLW request deadline.");
}

int SessionsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    parser.addOptions({ db, json });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    const QVector<StudySession> sessions = SessionStore(dataset).sessions();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const StudySession &s : sessions) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), s.id);
            o.insert(QStringLiteral("title"), s.title);
            o.insert(QStringLiteral("date"), s.date.toString(Qt::ISODate));
            o.insert(QStringLiteral("status"), StudySession::statusKey(s.status));
            o.insert(QStringLiteral("format"), StudySession::formatKey(s.format));
            o.insert(QStringLiteral("co_hosts"), QJsonArray::fromStringList(s.coHostNames()));
            o.insert(QStringLiteral("mhlw_request_deadline"),
                     s.mhlwRequestDeadline().toString(Qt::ISODate));
            o.insert(QStringLiteral("mhlw_request_sent_on"),
                     s.mhlwRequestSentOn.isValid()
                         ? QJsonValue(s.mhlwRequestSentOn.toString(Qt::ISODate))
                         : QJsonValue());
            o.insert(QStringLiteral("invited"), int(s.invited.size()));
            o.insert(QStringLiteral("attended"), int(s.attended.size()));
            list.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return 0;
    }
    if (sessions.isEmpty()) {
        printOut(tr("No study session yet (koso sessions import FILE adds some)."));
        return 0;
    }
    const QDate today = QDate::currentDate();
    for (const StudySession &s : sessions) {
        QString line = QStringLiteral("%1  %2  %3  %4")
                           .arg(s.date.toString(Qt::ISODate), StudySession::statusName(s.status),
                                StudySession::formatName(s.format), s.title);
        if (!s.coHosts.isEmpty())
            line += QStringLiteral("  ")
                + tr("co-hosts: %1").arg(s.coHostNames().join(QStringLiteral("、")));
        line += QStringLiteral("  ")
            + tr("MHLW request due %1").arg(s.mhlwRequestDeadline().toString(Qt::ISODate));
        if (s.deadlineWarning(today))
            line += QStringLiteral(" (!)");
        line += QStringLiteral("  ")
            + tr("invited %1, attended %2").arg(s.invited.size()).arg(s.attended.size());
        printOut(line);
    }
    return 0;
}

} // namespace Koso
