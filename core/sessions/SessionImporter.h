#pragma once

#include "sessions/StudySession.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace Koso {

class Dataset;
struct TableData;

// Reads study sessions from a table (CSV or .xlsx) with the header
// title,date,format,status,co_hosts (co-hosts separated by 「、」; Japanese headers 名称, 開催日,
// 形式, 状況, 共催 also read) and stores all of them in one transaction, or none when any cell
// is bad. A row with the title and date of a stored session updates that session.
class SessionImporter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SessionImporter)

public:
    explicit SessionImporter(Dataset &dataset);

    // Checks every row; false with one message per bad cell ("line 3, column 2 (date): …").
    bool parse(const TableData &table, QStringList *errors);
    const QVector<StudySession> &sessions() const { return m_sessions; }
    int added() const;
    int updated() const { return int(m_sessions.size()) - added(); }
    // Writes the parsed sessions in one transaction.
    bool apply(QString *error);
    // Reads and applies a file.
    bool importFile(const QString &path, QStringList *errors);

private:
    Dataset &m_dataset;
    QVector<StudySession> m_sessions; // id set: updates a stored session
};

} // namespace Koso
