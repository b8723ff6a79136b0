#pragma once

#include "document/DatasetCommand.h"
#include "sessions/StudySession.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Koso {

// Stores the sessions of an import (SessionImporter::sessions(): new ones added, those with
// the title and date of a stored session updated) as one undo step in one transaction; undo
// removes the added ones and gives the updated ones back their earlier fields.
class ImportSessionsCommand : public DatasetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ImportSessionsCommand)

public:
    ImportSessionsCommand(Dataset *dataset, const QVector<StudySession> &sessions,
                          const QString &fileName, QUndoCommand *parent = nullptr);

    int added() const;
    int updated() const { return int(m_after.size()) - added(); }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QVector<std::optional<StudySession>> m_before; // nullopt: added by the import
    QVector<StudySession> m_after;
};

} // namespace Koso
