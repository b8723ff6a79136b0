#include "storage/Transaction.h"

#include "storage/Dataset.h"

#include <QSqlError>

namespace Koso {

Transaction::Transaction(QSqlDatabase db)
    : m_db(db) // QSqlDatabase (Qt 6.4) has no move constructor
{
    // Nothing is written to a file that is not the one opened, or that someone else changed.
    if (!Dataset::checkBeforeWrite(m_db, &m_error))
        return;
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}

} // namespace Koso
