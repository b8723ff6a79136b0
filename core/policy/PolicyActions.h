#pragma once

#include "model/Hospital.h"
#include "policy/ResponsePolicy.h"

#include <QCoreApplication>
#include <QMap>
#include <QVector>

class QUndoStack;
class QUndoCommand;

namespace Koso {

class Dataset;
class DatasetCommand;
struct PolicySheetPreview;

// The one way the GUI edits hospitals and policies: each call builds an undo command and
// pushes it on the document's stack (which runs it), so widgets never build commands
// themselves. Every call returns false with *error when the write failed (the stack then holds
// nothing for it); "nothing to change" is a success that pushes nothing.
class PolicyActions
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PolicyActions)

public:
    PolicyActions(Dataset *dataset, QUndoStack *undoStack);

    Dataset *dataset() const { return m_dataset; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Sets fields (see ResponsePolicy and PolicyStore::hospitalFields()) on one or many
    // hospitals as one undo step.
    bool setValues(const QVector<qint64> &hospitalIds, const QMap<QString, QString> &values,
                   const QString &text, QString *error);
    bool setStatus(const QVector<qint64> &hospitalIds, PolicyStatus status, QString *error);
    // Adds a facility by hand; returns its id (0 on failure).
    qint64 addHospital(const Hospital &hospital, QString *error);
    // Writes the hospital's own fields (name, municipality, kind, region, owner group, note).
    bool editHospital(const Hospital &hospital, QString *error);
    // The absorbed hospitals become part of target (existing), keeping their history.
    bool mergeInto(const QVector<qint64> &absorbed, qint64 target, QString *error);
    // A new hospital is added by hand and the given ones merged into it, in one step.
    qint64 mergeIntoNew(const QVector<qint64> &absorbed, const Hospital &successor, QString *error);
    // Applies a checked sheet as one undo step.
    bool importSheet(const PolicySheetPreview &preview, QString *error);

    // Pushes a command and reports whether it did its write.
    bool push(DatasetCommand *command, QString *error);

private:
    Dataset *m_dataset;
    QUndoStack *m_undoStack;
};

} // namespace Koso
