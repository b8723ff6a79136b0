#pragma once

#include "Command.h"

#include <optional>

namespace Koso {

class Assessment;
class ChecklistStore;
class Dataset;

// What the checklist subcommands share: picking an assessment by id or "latest", and
// checking the output file's suffix.
class ChecklistCliCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistCliCommand)

protected:
    // "latest" (or empty) is the assessment with the newest 記入日.
    static std::optional<Assessment> assessment(ChecklistStore &store, const QString &which,
                                                int *exitCode);
    // Fails unless path ends with one of the suffixes (".pdf", ".csv", ".xlsx").
    static bool checkSuffix(const QString &path, const QStringList &suffixes, int *exitCode);
};

} // namespace Koso
