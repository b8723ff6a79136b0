#include "mhlw/ImportWorker.h"

#include "mhlw/ImportSession.h"
#include "storage/Dataset.h"

namespace Koso {

ImportWorker::ImportWorker(const QString &datasetPath, const QStringList &files,
                           const QString &edition)
    : m_datasetPath(datasetPath)
    , m_files(files)
    , m_edition(edition)
{ }

void ImportWorker::run()
{
    Dataset dataset;
    if (!dataset.open(m_datasetPath, &m_error)) {
        m_ok = false;
        return;
    }
    ImportSession session(dataset);
    session.setEdition(m_edition, ImportSession::EditionUse::ForUnstated);
    session.setProgressHandler(
        [this](int percent, const QString &step) { emit progress(percent, step); });
    {
        QMutexLocker locker(&m_lock);
        m_session = &session;
        if (m_cancelled)
            session.cancel();
    }
    m_ok = session.run(m_files, &m_summary, &m_error);
    QMutexLocker locker(&m_lock);
    m_session = nullptr;
}

void ImportWorker::cancel()
{
    QMutexLocker locker(&m_lock);
    m_cancelled = true;
    if (m_session)
        m_session->cancel();
}

} // namespace Koso
