#include "ChecklistCliCommand.h"

#include "checklist/Assessment.h"
#include "checklist/ChecklistStore.h"

namespace Koso {

std::optional<Assessment> ChecklistCliCommand::assessment(ChecklistStore &store,
                                                          const QString &which, int *exitCode)
{
    QString error;
    qint64 id = 0;
    if (which.isEmpty() || which == QLatin1String("latest")) {
        id = store.latestAssessmentId(&error);
        if (id == 0) {
            *exitCode = fail(error.isEmpty()
                                 ? tr("The dataset has no checklist assessment yet; start one in "
                                      "Koso Planner (Checklist page).")
                                 : error);
            return std::nullopt;
        }
    } else {
        bool ok = false;
        id = which.toLongLong(&ok);
        if (!ok || id <= 0) {
            *exitCode = fail(tr("--assessment takes an id (see \"koso checklist list\") or "
                                "\"latest\", not \"%1\".")
                                 .arg(which));
            return std::nullopt;
        }
    }
    auto a = store.loadAssessment(id, &error);
    if (!a)
        *exitCode = fail(error);
    return a;
}

bool ChecklistCliCommand::checkSuffix(const QString &path, const QStringList &suffixes,
                                      int *exitCode)
{
    if (path.isEmpty()) {
        *exitCode = fail(tr("No output file given (use --out FILE)."));
        return false;
    }
    for (const QString &s : suffixes) {
        if (path.endsWith(s, Qt::CaseInsensitive))
            return true;
    }
    *exitCode
        = fail(tr("The output file must end with %1: %2").arg(suffixes.join(tr(" or ")), path));
    return false;
}

} // namespace Koso
