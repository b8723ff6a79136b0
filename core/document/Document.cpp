#include "document/Document.h"

#include <QHash>
#include <QUndoStack>

namespace Koso {

namespace {
QHash<const Dataset *, Document *> &openDocuments()
{
    static QHash<const Dataset *, Document *> documents;
    return documents;
}
} // namespace

Document::Document(std::unique_ptr<Dataset> dataset)
    : m_dataset(std::move(dataset))
    , m_undoStack(new QUndoStack(this))
{
    m_dataset->setParent(nullptr);
    m_homePrefectureCode = m_dataset->homePrefectureCode();
    connect(m_dataset.get(), &Dataset::changed, this, &Document::changed);
    openDocuments().insert(m_dataset.get(), this);
    // Queued: the dataset notices inside an undo command, while the stack is busy.
    connect(
        m_dataset.get(), &Dataset::externallyChanged, this,
        [this] {
            m_undoStack->clear();
            emit changed(DataChange::All);
            emit reloadedAfterExternalChange();
        },
        Qt::QueuedConnection);
    connect(m_dataset.get(), &Dataset::fileLost, this, &Document::fileLost, Qt::QueuedConnection);
}

Document::~Document()
{
    openDocuments().remove(m_dataset.get());
    // Commands may refer to the dataset: drop them before it closes.
    m_undoStack->clear();
    delete m_undoStack;
    m_undoStack = nullptr;
    m_dataset.reset();
}

std::unique_ptr<Document> Document::open(const QString &path, QString *error)
{
    auto dataset = std::make_unique<Dataset>();
    if (!dataset->open(path, error))
        return nullptr;
    return std::unique_ptr<Document>(new Document(std::move(dataset)));
}

std::unique_ptr<Document> Document::open(const QString &path, Dataset::Access access,
                                         QString *error, Dataset::OpenFailure *failure)
{
    auto dataset = std::make_unique<Dataset>();
    const bool ok = dataset->open(path, error, access);
    if (failure)
        *failure = dataset->lastOpenFailure();
    if (!ok)
        return nullptr;
    return std::unique_ptr<Document>(new Document(std::move(dataset)));
}

std::unique_ptr<Document> Document::create(const QString &path, const QString &homePrefectureCode,
                                           QString *error)
{
    auto dataset = std::make_unique<Dataset>();
    if (!dataset->create(path, homePrefectureCode, error))
        return nullptr;
    return std::unique_ptr<Document>(new Document(std::move(dataset)));
}

QString Document::path() const
{
    return m_dataset->path();
}

Document *Document::of(const Dataset *dataset)
{
    return openDocuments().value(dataset);
}

QString Document::backupPath() const
{
    return m_dataset->backupPath();
}

} // namespace Koso
