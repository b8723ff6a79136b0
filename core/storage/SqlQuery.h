#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace Koso {

// A prepared statement whose every failure is turned into one message (what failed and the
// SQL), so storage code can check each step in one line and hand the message up unchanged.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    bool isPrepared() const { return m_prepared; }
    bool exec(std::initializer_list<QVariant> values = {});
    bool execBound();
    void bind(int position, const QVariant &value) { m_query.bindValue(position, value); }
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlQuery &query() { return m_query; }
    QString errorMessage() const { return m_error; }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }

    // Runs a statement with no result rows; returns false and fills error on failure.
    static bool run(const QSqlDatabase &db, const QString &sql, QString *error,
                    std::initializer_list<QVariant> values = {});

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_error;
    bool m_prepared = false;
};

} // namespace Koso
