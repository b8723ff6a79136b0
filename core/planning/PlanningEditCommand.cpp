#include "planning/PlanningEditCommand.h"

#include "planning/PlanningStore.h"
#include "storage/Dataset.h"
#include "storage/Transaction.h"

namespace Koso {

PlanningEditCommand::PlanningEditCommand(Dataset *dataset, const QString &text,
                                         QUndoCommand *parent)
    : DatasetCommand(dataset, QString(), parent)
{
    setText(text);
}

void PlanningEditCommand::addInsert(const QString &table, const PlanningValues &values)
{
    Op op;
    op.kind = Kind::Insert;
    op.table = table;
    op.after = values;
    op.after.remove(QStringLiteral("id"));
    m_ops << op;
}

bool PlanningEditCommand::addUpdate(const QString &table, qint64 id, const PlanningValues &values,
                                    QString *error)
{
    const auto current = PlanningStore(*m_dataset).values(table, id);
    if (!current) {
        *error = tr("The record to change no longer exists.");
        return false;
    }
    Op op;
    op.kind = Kind::Update;
    op.table = table;
    op.id = id;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == QLatin1String("id") || current->value(it.key()) == it.value())
            continue;
        op.before.insert(it.key(), current->value(it.key()));
        op.after.insert(it.key(), it.value());
    }
    if (!op.after.isEmpty())
        m_ops << op;
    return true;
}

void PlanningEditCommand::collect(const QString &table, qint64 id, QVector<Row> *rows) const
{
    PlanningStore store(*m_dataset);
    const auto values = store.values(table, id);
    if (!values)
        return;
    PlanningValues v = *values;
    v.remove(QStringLiteral("id"));
    rows->append(Row { table, id, v });
    for (const auto &child : PlanningStore::children(table)) {
        for (const auto &row :
             store.select(child.first, child.second + QStringLiteral(" = ?"), { id }))
            collect(child.first, row.value(QStringLiteral("id")).toLongLong(), rows);
    }
}

bool PlanningEditCommand::addRemove(const QString &table, qint64 id, QString *error)
{
    Op op;
    op.kind = Kind::Remove;
    op.table = table;
    op.id = id;
    collect(table, id, &op.removed);
    if (op.removed.isEmpty()) {
        *error = tr("The record to remove no longer exists.");
        return false;
    }
    m_ops << op;
    return true;
}

QVector<qint64> PlanningEditCommand::insertedIds() const
{
    QVector<qint64> ids;
    for (const Op &op : m_ops) {
        if (op.kind == Kind::Insert)
            ids << op.id;
    }
    return ids;
}

bool PlanningEditCommand::apply(QString *error)
{
    return write(true, error);
}

bool PlanningEditCommand::revert(QString *error)
{
    return write(false, error);
}

bool PlanningEditCommand::write(bool forward, QString *errorOut)
{
    Transaction tx(m_dataset->database());
    PlanningStore store(*m_dataset);
    const ChangeStamp stamp = ChangeStamp::now();
    QString error;
    auto run = [&](Op &op) {
        switch (op.kind) {
        case Kind::Insert:
            if (forward) {
                const qint64 id = store.insert(op.table, op.after, stamp, &error, op.id);
                if (id == 0)
                    return false;
                op.id = id;
                return true;
            }
            return store.remove(op.table, op.id, stamp, &error);
        case Kind::Update:
            return store.update(op.table, op.id, forward ? op.after : op.before, stamp, &error);
        case Kind::Remove:
            if (forward)
                return store.remove(op.table, op.id, stamp, &error);
            for (const Row &row : std::as_const(op.removed)) {
                if (store.insert(row.table, row.values, stamp, &error, row.id) == 0)
                    return false;
            }
            return true;
        }
        return false;
    };
    if (forward) {
        for (Op &op : m_ops) {
            if (!run(op)) {
                *errorOut = error;
                return false;
            }
        }
    } else {
        for (auto it = m_ops.rbegin(); it != m_ops.rend(); ++it) {
            if (!run(*it)) {
                *errorOut = error;
                return false;
            }
        }
    }
    if (!tx.commit()) {
        *errorOut = tx.errorMessage();
        return false;
    }
    m_dataset->notifyChanged(DataChanges(PlanningDataChange));
    return true;
}

std::unique_ptr<PlanningEditCommand> PlanningEditCommand::insert(Dataset *dataset,
                                                                 const QString &table,
                                                                 const PlanningValues &values,
                                                                 const QString &text)
{
    auto command = std::make_unique<PlanningEditCommand>(dataset, text);
    command->addInsert(table, values);
    return command;
}

std::unique_ptr<PlanningEditCommand>
PlanningEditCommand::update(Dataset *dataset, const QString &table, qint64 id,
                            const PlanningValues &values, const QString &text, QString *error)
{
    error->clear();
    auto command = std::make_unique<PlanningEditCommand>(dataset, text);
    if (!command->addUpdate(table, id, values, error) || command->isEmpty())
        return nullptr;
    return command;
}

std::unique_ptr<PlanningEditCommand> PlanningEditCommand::remove(Dataset *dataset,
                                                                 const QString &table, qint64 id,
                                                                 const QString &text,
                                                                 QString *error)
{
    error->clear();
    auto command = std::make_unique<PlanningEditCommand>(dataset, text);
    if (!command->addRemove(table, id, error))
        return nullptr;
    return command;
}

} // namespace Koso
