#include "document/Document.h"

#include <QUndoStack>

namespace Koso {

Document::Document(std::unique_ptr<Dataset> dataset)
    : m_dataset(std::move(dataset))
    , m_undoStack(new QUndoStack(this))
{
    m_dataset->setParent(nullptr);
    m_homePrefectureCode = m_dataset->homePrefectureCode();
    connect(m_dataset.get(), &Dataset::changed, this, &Document::changed);
    connect(m_dataset.get(), &Dataset::editFailed, this, &Document::editFailed);
}

Document::~Document()
{
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

QString Document::backupPath() const
{
    return m_dataset->backupPath();
}

} // namespace Koso
