#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Koso {

// Like Transaction, but nestable: a write that is one step of a larger write (the demo
// generator's single transaction, an import) becomes part of it, and on its own it is a
// transaction of its own. SQLite starts a transaction at the outermost SAVEPOINT and commits it
// at its RELEASE. Rolls back to the savepoint on destruction unless release() succeeded.
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool isActive() const { return m_active; }
    QString errorMessage() const { return m_error; }
    bool release();
    void rollback();

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
    QString m_error;
};

} // namespace Koso
