#include "storage/SqlQuery.h"

#include <QSqlError>

namespace Koso {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_error = m_query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
}

bool SqlQuery::exec(std::initializer_list<QVariant> values)
{
    if (!m_prepared)
        return false;
    int i = 0;
    for (const QVariant &v : values)
        m_query.bindValue(i++, v);
    return execBound();
}

bool SqlQuery::execBound()
{
    if (!m_prepared)
        return false;
    if (!m_query.exec()) {
        m_error = m_query.lastError().text() + QStringLiteral(" [") + m_sql + QLatin1Char(']');
        return false;
    }
    return true;
}

bool SqlQuery::run(const QSqlDatabase &db, const QString &sql, QString *error,
                   std::initializer_list<QVariant> values)
{
    SqlQuery q(db, sql);
    if (q.exec(values))
        return true;
    if (error)
        *error = q.errorMessage();
    return false;
}

} // namespace Koso
