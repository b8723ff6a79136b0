#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <memory>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Koso {

class Dataset;

// Base of every undo command that writes to a dataset (policies, councils, the checklist). A
// subclass writes in apply() (redo) and revert() (undo), each in one transaction, and returns
// false with *error when the write failed. A failed edit is reported one way:
// - the command records the error (error(); errorHandle() stays readable after the stack
//   deleted the command);
// - a first redo() that fails marks the command obsolete, so the stack drops it instead of
//   pretending it happened, and push() returns false with the error;
// - a later undo or redo from the history that fails leaves the command where it is and is
//   announced by the dataset's Document::editFailed().
class DatasetCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::DatasetCommand)

public:
    void redo() final;
    void undo() final;

    Dataset *dataset() const { return m_dataset; }
    QString error() const { return *m_error; }
    std::shared_ptr<const QString> errorHandle() const { return m_error; }

    // Pushes command on stack, which runs it; false and *error when its write failed (the
    // stack then holds nothing for it).
    static bool push(QUndoStack *stack, DatasetCommand *command, QString *error);

protected:
    explicit DatasetCommand(Dataset *dataset, const QString &text = QString(),
                            QUndoCommand *parent = nullptr);

    virtual bool apply(QString *error) = 0;
    virtual bool revert(QString *error) = 0;

    Dataset *m_dataset;

private:
    // Records a failure of apply() or revert() and reports it as the class comment says.
    void failed(bool applying);

    std::shared_ptr<QString> m_error;
    bool m_applied = false;
};

} // namespace Koso
