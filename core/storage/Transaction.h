#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Koso {

// Opens a transaction and rolls it back on destruction unless commit() succeeded,
// so that an early return or a failed statement never leaves half a write behind.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorMessage() const { return m_error; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace Koso
