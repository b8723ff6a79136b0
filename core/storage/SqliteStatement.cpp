#include "storage/SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Koso {

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql)
    : m_db(handle(db))
    , m_sql(sql)
{
    if (!m_db) {
        m_error = QStringLiteral("Not an open SQLite connection [%1]").arg(sql);
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        setError();
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void SqliteStatement::setError()
{
    m_error
        = QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" [") + m_sql + QLatin1Char(']');
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position + 1, value);
}

void SqliteStatement::bind(int position, double value)
{
    sqlite3_bind_double(m_statement, position + 1, value);
}

void SqliteStatement::bind(int position, const QString &value)
{
    if (value.isNull())
        sqlite3_bind_null(m_statement, position + 1);
    else
        sqlite3_bind_text16(m_statement, position + 1, value.utf16(),
                            int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int position, const std::optional<qint64> &value)
{
    if (value)
        bind(position, *value);
    else
        bindNull(position);
}

void SqliteStatement::bind(int position, const std::optional<double> &value)
{
    if (value)
        bind(position, *value);
    else
        bindNull(position);
}

void SqliteStatement::bindUtf8Static(int position, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, position + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position + 1);
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        setError();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

void SqliteStatement::reset()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

} // namespace Koso
