#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Koso {

// A prepared statement run through the sqlite3 API on a QSQLITE connection's own handle.
// For bulk writes (an import writes some 200,000 rows), where QSqlQuery's cost per call
// (QVariant binding, result bookkeeping) would dominate. Same connection, so it takes part
// in the caller's transaction. Positions are 0-based like SqlQuery::bind().
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isPrepared() const { return m_statement != nullptr; }
    void bind(int position, qint64 value);
    void bind(int position, int value) { bind(position, qint64(value)); }
    void bind(int position, double value);
    void bind(int position, const QString &value); // a null QString binds NULL
    void bind(int position, const std::optional<qint64> &value);
    void bind(int position, const std::optional<double> &value);
    void bindNull(int position);
    // UTF-8 text that outlives the statement's next exec() (no copy, no conversion).
    void bindUtf8Static(int position, const QByteArray &utf8);

    // Runs the statement with the bound values, then clears them for the next row.
    bool exec();
    // Clears the bound values without running (after a half-bound row is abandoned).
    void reset();

    qint64 lastInsertId() const;
    int changes() const;
    QString errorMessage() const { return m_error; }

    // The sqlite3 handle of a QSQLITE connection, or nullptr.
    static sqlite3 *handle(const QSqlDatabase &db);

private:
    void setError();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    QString m_error;
};

} // namespace Koso
