#pragma once

#include "document/DatasetCommand.h"

#include <functional>

namespace Koso {

class ChecklistStore;

// The checklist's undo command: redo() and undo() are each one write through the
// ChecklistStore (answers, header, template, adding or removing an assessment or a template
// version). ChecklistEditor builds them; failures are reported as DatasetCommand says.
class ChecklistCommand : public DatasetCommand
{
public:
    using Step = std::function<bool(ChecklistStore &store, QString *error)>;

    ChecklistCommand(ChecklistStore *store, const QString &text, Step apply, Step revert);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    ChecklistStore *m_store;
    Step m_apply;
    Step m_revert;
};

} // namespace Koso
