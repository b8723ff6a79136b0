#include "util/Folders.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Koso {

QString defaultDocumentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString existingFolderOr(const QString &folder)
{
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return defaultDocumentsFolder();
}

} // namespace Koso
