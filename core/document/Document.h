#pragma once

#include "storage/Dataset.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace Koso {

// One open dataset and its undo history: the GUI works through a Document, never through a
// bare Dataset. Edits are QUndoCommands pushed on undoStack(); a command writes through the
// stores and calls dataset()->notifyChanged(), which the Document forwards as changed() so that
// every view reloads what it shows. Commands derive from DatasetCommand.
class Document : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    // Opens an existing dataset (migrating an older one after a backup); nullptr and *error
    // when the file cannot be opened.
    static std::unique_ptr<Document> open(const QString &path, QString *error);
    // The same with a choice of access; *failure says why it failed (Locked: someone else
    // is editing it, Dataset::lockOwner() in the message).
    static std::unique_ptr<Document> open(const QString &path, Dataset::Access access,
                                          QString *error, Dataset::OpenFailure *failure);
    // Creates a new, empty dataset for a home prefecture (01–47); refuses an existing file.
    static std::unique_ptr<Document> create(const QString &path, const QString &homePrefectureCode,
                                            QString *error);

    Dataset *dataset() const { return m_dataset.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString path() const;
    QString homePrefectureCode() const { return m_homePrefectureCode; }
    // Set when opening upgraded the file: the copy of the old version, for the user to know.
    QString backupPath() const;
    // The open document of a dataset, or nullptr (a dataset opened without one).
    static Document *of(const Dataset *dataset);
    bool isReadOnly() const { return m_dataset->isReadOnly(); }

signals:
    void changed(Koso::DataChanges changes);
    // An undo or redo from the history could not be written (see DatasetCommand).
    void editFailed(const QString &message);
    // Another program changed the dataset: the undo history was cleared (undoing would write
    // over their change) and every view reloaded.
    void reloadedAfterExternalChange();
    // The path no longer holds the file opened: nothing more is written (Dataset::fileLost).
    void fileLost(const QString &reason);

private:
    explicit Document(std::unique_ptr<Dataset> dataset);

    std::unique_ptr<Dataset> m_dataset;
    QUndoStack *m_undoStack = nullptr;
    QString m_homePrefectureCode;
};

} // namespace Koso
