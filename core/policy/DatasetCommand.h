#pragma once

#include <QUndoCommand>

#include <memory>

namespace Koso {

class Dataset;

// Base of the undo commands that write to a dataset. A write that fails marks the command
// obsolete, so the stack drops it instead of pretending it happened. QUndoStack deletes an
// obsolete command at once, so the error lives in a shared handle the caller keeps.
class DatasetCommand : public QUndoCommand
{
public:
    explicit DatasetCommand(Dataset *dataset, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_dataset(dataset)
        , m_error(std::make_shared<QString>())
    { }

    Dataset *dataset() const { return m_dataset; }
    QString error() const { return *m_error; }
    // Still readable after the stack deleted a failed command.
    std::shared_ptr<const QString> errorHandle() const { return m_error; }

protected:
    void clearError() { m_error->clear(); }
    void fail(const QString &message)
    {
        *m_error = message;
        setObsolete(true);
    }
    QString *errorSlot() { return m_error.get(); }

    Dataset *m_dataset;

private:
    std::shared_ptr<QString> m_error;
};

} // namespace Koso
