#pragma once

#include "document/DatasetCommand.h"
#include "planning/PlanningRecords.h"

#include <QCoreApplication>

#include <memory>

namespace Koso {

// One edit of the planning records as one undo step: any number of rows added, changed or
// removed (a removed plan takes its actions and their notes along, and undo brings them back
// with their ids). redo() and undo() each write in one transaction; the history records every
// change, undo included.
class PlanningEditCommand : public DatasetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PlanningEditCommand)

public:
    struct Row
    {
        QString table;
        qint64 id = 0;
        PlanningValues values;
    };

    explicit PlanningEditCommand(Dataset *dataset, const QString &text,
                                 QUndoCommand *parent = nullptr);

    // Queue operations before the command is pushed (or redo() is called).
    void addInsert(const QString &table, const PlanningValues &values);
    // Changes only the fields that differ from the stored ones; false (error set) for a row
    // that does not exist.
    bool addUpdate(const QString &table, qint64 id, const PlanningValues &values, QString *error);
    bool addRemove(const QString &table, qint64 id, QString *error);
    bool isEmpty() const { return m_ops.isEmpty(); }

    // Ids the inserts got (in the order they were added), valid after redo().
    QVector<qint64> insertedIds() const;

    bool apply(QString *error) override;
    bool revert(QString *error) override;

    // One-line helpers: build, run redo() through the stack and report the error.
    static std::unique_ptr<PlanningEditCommand> insert(Dataset *dataset, const QString &table,
                                                       const PlanningValues &values,
                                                       const QString &text);
    static std::unique_ptr<PlanningEditCommand> update(Dataset *dataset, const QString &table,
                                                       qint64 id, const PlanningValues &values,
                                                       const QString &text, QString *error);
    static std::unique_ptr<PlanningEditCommand>
    remove(Dataset *dataset, const QString &table, qint64 id, const QString &text, QString *error);

private:
    enum class Kind { Insert, Update, Remove };
    struct Op
    {
        Kind kind = Kind::Insert;
        QString table;
        qint64 id = 0; // Insert: 0 until the first redo
        PlanningValues before; // Update: old values of the changed fields
        PlanningValues after; // Insert / Update: new values
        QVector<Row> removed; // Remove: the row and its descendants, parents first
    };
    bool write(bool forward, QString *error);
    void collect(const QString &table, qint64 id, QVector<Row> *rows) const;

    QVector<Op> m_ops;
};

} // namespace Koso
