#include "document/DatasetCommand.h"

#include "document/Document.h"

#include <QUndoStack>

namespace Koso {

DatasetCommand::DatasetCommand(Dataset *dataset, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_dataset(dataset)
    , m_error(std::make_shared<QString>())
{ }

void DatasetCommand::redo()
{
    m_error->clear();
    if (apply(m_error.get()))
        m_applied = true;
    else
        failed(true);
}

void DatasetCommand::undo()
{
    m_error->clear();
    if (!revert(m_error.get()))
        failed(false);
}

void DatasetCommand::failed(bool applying)
{
    if (m_error->isEmpty())
        *m_error = tr("The change could not be written to the dataset.");
    if (applying && !m_applied)
        setObsolete(true); // never applied: the stack deletes it
    else if (Document *document = Document::of(m_dataset))
        emit document->editFailed(*m_error);
}

bool DatasetCommand::push(QUndoStack *stack, DatasetCommand *command, QString *error)
{
    const auto handle = command->errorHandle();
    stack->push(command); // runs redo(); deletes the command if it failed
    if (!handle->isEmpty()) {
        *error = *handle;
        return false;
    }
    return true;
}

} // namespace Koso
