#pragma once

#include <QString>

namespace Koso {

// The folder file dialogs start in: the user's documents folder where it exists, else the home
// folder (a fresh account may have no ~/Documents, and a dialog must not start in a folder
// that is not there).
QString defaultDocumentsFolder();

// folder when it exists, else defaultDocumentsFolder().
QString existingFolderOr(const QString &folder);

} // namespace Koso
