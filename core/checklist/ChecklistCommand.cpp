#include "checklist/ChecklistCommand.h"

#include "checklist/ChecklistStore.h"

namespace Koso {

ChecklistCommand::ChecklistCommand(ChecklistStore *store, const QString &text, Step apply,
                                   Step revert)
    : DatasetCommand(store->dataset(), text)
    , m_store(store)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
{ }

bool ChecklistCommand::apply(QString *error)
{
    return m_apply(*m_store, error);
}

bool ChecklistCommand::revert(QString *error)
{
    return m_revert(*m_store, error);
}

} // namespace Koso
