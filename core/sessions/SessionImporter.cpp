#include "sessions/SessionImporter.h"

#include "io/TableReader.h"
#include "policy/PolicyStore.h"
#include "sessions/SessionStore.h"
#include "sessions/SessionsChange.h"
#include "storage/Dataset.h"
#include "storage/Transaction.h"
#include "util/JapaneseDate.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Koso {

namespace {

QString headerKey(const QString &text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    static const QHash<QString, QString> names {
        { QStringLiteral("title"), QStringLiteral("title") },
        { QStringLiteral("名称"), QStringLiteral("title") },
        { QStringLiteral("勉強会名"), QStringLiteral("title") },
        { QStringLiteral("date"), QStringLiteral("date") },
        { QStringLiteral("開催日"), QStringLiteral("date") },
        { QStringLiteral("format"), QStringLiteral("format") },
        { QStringLiteral("形式"), QStringLiteral("format") },
        { QStringLiteral("開催形式"), QStringLiteral("format") },
        { QStringLiteral("status"), QStringLiteral("status") },
        { QStringLiteral("状況"), QStringLiteral("status") },
        { QStringLiteral("co_hosts"), QStringLiteral("co_hosts") },
        { QStringLiteral("共催"), QStringLiteral("co_hosts") },
    };
    return names.value(t);
}

} // namespace

SessionImporter::SessionImporter(Dataset &dataset)
    : m_dataset(dataset)
{ }

int SessionImporter::added() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [](const StudySession &s) { return s.id == 0; }));
}

bool SessionImporter::parse(const TableData &table, QStringList *errors)
{
    m_sessions.clear();
    errors->clear();
    if (table.rows.isEmpty()) {
        *errors << tr("%1 is empty; the first line must be title,date,format,status,co_hosts.")
                       .arg(table.fileName);
        return false;
    }
    QHash<QString, int> columns;
    for (int c = 0; c < table.rows.first().size(); ++c) {
        const QString key = headerKey(table.text(0, c));
        if (!key.isEmpty() && !columns.contains(key))
            columns.insert(key, c);
    }
    const QStringList required { QStringLiteral("title"), QStringLiteral("date"),
                                 QStringLiteral("format"), QStringLiteral("status"),
                                 QStringLiteral("co_hosts") };
    for (const QString &key : required) {
        if (!columns.contains(key))
            *errors << tr("line %1: the column \"%2\" is missing (header: "
                          "title,date,format,status,co_hosts).")
                           .arg(table.lineNumbers.value(0, 1))
                           .arg(key);
    }
    if (!errors->isEmpty())
        return false;

    SessionStore store(m_dataset);
    QHash<QString, qint64> stored; // title + date → id
    for (const StudySession &s : store.sessions())
        stored.insert(s.title + QLatin1Char('\t') + s.date.toString(Qt::ISODate), s.id);
    QHash<QString, qint64> contacts;
    for (const BankContact &c : store.contacts()) {
        contacts.insert(c.label(), c.id);
        if (!contacts.contains(c.bank))
            contacts.insert(c.bank, c.id);
    }
    QHash<QString, int> seen;
    for (int r = 1; r < table.rows.size(); ++r) {
        const int line = table.lineNumbers.value(r, r + 1);
        auto cell = [&](const QString &key) {
            return table.text(r, columns.value(key)).trimmed();
        };
        bool blank = true;
        for (const QString &key : required)
            blank = blank && cell(key).isEmpty();
        if (blank)
            continue;
        auto bad = [&](const QString &key, const QString &message) {
            *errors << tr("line %1, column %2 (%3): %4")
                           .arg(line)
                           .arg(columns.value(key) + 1)
                           .arg(key, message);
        };
        StudySession s;
        s.title = cell(QStringLiteral("title"));
        if (s.title.isEmpty())
            bad(QStringLiteral("title"), tr("the title is empty."));
        const QVariant rawDate = table.rows.at(r).value(columns.value(QStringLiteral("date")));
        std::optional<QDate> date;
        if (rawDate.typeId() == QMetaType::QDate)
            date = rawDate.toDate();
        else if (rawDate.typeId() == QMetaType::Double)
            date = JapaneseDate::fromExcelSerial(rawDate.toDouble());
        else
            date = JapaneseDate::parse(cell(QStringLiteral("date")));
        if (!date || !date->isValid())
            bad(QStringLiteral("date"),
                tr("\"%1\" is not a date (write 2027-04-30, 2027/4/30 or 令和9年4月30日).")
                    .arg(cell(QStringLiteral("date"))));
        else
            s.date = *date;
        const QString formatText = cell(QStringLiteral("format"));
        if (const auto f = StudySession::parseFormat(formatText))
            s.format = *f;
        else
            bad(QStringLiteral("format"),
                tr("\"%1\" is not a format (WEB, 対面 or ハイブリッド).").arg(formatText));
        const QString statusText = cell(QStringLiteral("status"));
        if (const auto st = StudySession::parseStatus(statusText))
            s.status = *st;
        else
            bad(QStringLiteral("status"),
                tr("\"%1\" is not a status (構想中, 調整中, 開催決定, 開催済 or 中止).")
                    .arg(statusText));
        const QString coHosts = cell(QStringLiteral("co_hosts"));
        for (QString name :
             coHosts.split(QRegularExpression(QStringLiteral("[、，,]")), Qt::SkipEmptyParts)) {
            name = name.trimmed();
            if (!name.isEmpty())
                s.coHosts << CoHost { contacts.value(name), name };
        }
        if (!s.title.isEmpty() && s.date.isValid()) {
            const QString key = s.title + QLatin1Char('\t') + s.date.toString(Qt::ISODate);
            if (seen.contains(key))
                bad(QStringLiteral("title"),
                    tr("the same session is on line %1.").arg(seen.value(key)));
            seen.insert(key, line);
            s.id = stored.value(key);
        }
        if (s.id != 0) {
            // Keep what the file does not carry (programme, hospitals, notes …).
            if (const auto old = store.session(s.id)) {
                StudySession merged = *old;
                merged.format = s.format;
                merged.status = s.status;
                merged.coHosts = s.coHosts;
                s = merged;
            }
        } else {
            s.programme = StudySession::defaultProgramme();
        }
        m_sessions << s;
    }
    if (errors->isEmpty() && m_sessions.isEmpty())
        *errors << tr("%1 holds no session below its header.").arg(table.fileName);
    if (!errors->isEmpty()) {
        m_sessions.clear();
        return false;
    }
    return true;
}

bool SessionImporter::apply(QString *error)
{
    Transaction tx(m_dataset.database());
    SessionStore store(m_dataset);
    const ChangeStamp stamp = ChangeStamp::now();
    for (const StudySession &s : std::as_const(m_sessions)) {
        const bool ok = s.id == 0 ? store.insertSession(s, stamp, error) != 0
                                  : store.updateSession(s, stamp, error);
        if (!ok)
            return false; // the transaction rolls back
    }
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    m_dataset.notifyChanged(SessionsChange);
    return true;
}

bool SessionImporter::importFile(const QString &path, QStringList *errors)
{
    TableData table;
    QString error;
    if (!TableReader::read(path, &table, &error)) {
        *errors = { error };
        return false;
    }
    if (!parse(table, errors))
        return false;
    if (!apply(&error)) {
        *errors = { error };
        return false;
    }
    return true;
}

} // namespace Koso
