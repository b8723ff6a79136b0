#pragma once

#include "mhlw/ImportSummary.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Koso {

class ImportSession;

// Runs an import on a worker thread with its own connection to the dataset file (SQLite
// connections belong to the thread that opened them); the GUI keeps its own and is told when
// the import has committed.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &datasetPath, const QStringList &files, const QString &edition);

    // On the worker thread.
    void run();
    // From any thread.
    void cancel();

    bool succeeded() const { return m_ok; }
    const ImportSummary &summary() const { return m_summary; }
    QString errorString() const { return m_error; }

signals:
    void progress(int percent, const QString &step);

private:
    QString m_datasetPath;
    QStringList m_files;
    QString m_edition;
    QMutex m_lock; // guards m_session and m_cancelled
    ImportSession *m_session = nullptr;
    bool m_cancelled = false;
    bool m_ok = false;
    ImportSummary m_summary;
    QString m_error;
};

} // namespace Koso
