#include "storage/Savepoint.h"

#include "storage/Dataset.h"
#include "storage/SqliteStatement.h"

#include <sqlite3.h>

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace Koso {

namespace {
QAtomicInt savepointCounter;
}

Savepoint::Savepoint(QSqlDatabase db)
    : m_db(db) // QSqlDatabase (Qt 6.4) has no move constructor
    , m_name(QStringLiteral("koso_sp_%1").arg(savepointCounter.fetchAndAddRelaxed(1)))
{
    // The outermost savepoint starts the write: the same check as Transaction.
    sqlite3 *handle = SqliteStatement::handle(m_db);
    if (handle && sqlite3_get_autocommit(handle) != 0 && !Dataset::checkBeforeWrite(m_db, &m_error))
        return;
    m_active = exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Savepoint::~Savepoint()
{
    if (m_active)
        rollback();
}

bool Savepoint::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
    return false;
}

bool Savepoint::release()
{
    if (!m_active)
        return false;
    if (!exec(QStringLiteral("RELEASE ") + m_name)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Savepoint::rollback()
{
    if (!m_active)
        return;
    // ROLLBACK TO keeps the savepoint open; RELEASE then closes it (and an outermost
    // transaction with it, now empty).
    exec(QStringLiteral("ROLLBACK TO ") + m_name);
    exec(QStringLiteral("RELEASE ") + m_name);
    m_active = false;
}

} // namespace Koso
