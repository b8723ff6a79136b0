#include "measures/MeasureCommands.h"

#include "measures/MeasureStore.h"
#include "policy/PolicyStore.h"
#include "sessions/SessionsChange.h"
#include "storage/Dataset.h"
#include "storage/Transaction.h"

namespace Koso {

namespace {

template<typename Write> bool inTransaction(Dataset *dataset, QString *error, Write write)
{
    Transaction tx(dataset->database());
    if (!write())
        return false;
    if (!tx.commit()) {
        *error = tx.errorMessage();
        return false;
    }
    dataset->notifyChanged(SessionsChange);
    return true;
}

} // namespace

SaveMeasureCommand::SaveMeasureCommand(Dataset *dataset, SupportMeasure measure,
                                       QUndoCommand *parent)
    : DatasetCommand(dataset, QString(), parent)
    , m_measure(std::move(measure))
{
    if (m_measure.id.isEmpty())
        m_measure.id = MeasureStore(*dataset).newMeasureId();
    const auto current = MeasureStore(*dataset).measure(m_measure.id);
    if (!current)
        setText(tr("Add support measure %1").arg(m_measure.name));
    else if (m_measure.isRetired() && !current->isRetired())
        setText(tr("Retire support measure %1").arg(m_measure.name));
    else
        setText(tr("Edit support measure %1").arg(m_measure.name));
}

bool SaveMeasureCommand::apply(QString *error)
{
    const bool ok = inTransaction(m_dataset, error, [&] {
        m_version = MeasureStore(*m_dataset).insertVersion(m_measure, ChangeStamp::now(), error);
        return m_version > 0;
    });
    return ok;
}

bool SaveMeasureCommand::revert(QString *error)
{
    const bool ok = inTransaction(m_dataset, error, [&] {
        return MeasureStore(*m_dataset).removeVersion(m_measure.id, m_version, error);
    });
    return ok;
}

SaveMeasureUseCommand::SaveMeasureUseCommand(Dataset *dataset, std::optional<MeasureUse> before,
                                             std::optional<MeasureUse> after, QUndoCommand *parent)
    : SaveRecordCommand(
        dataset, std::move(before), std::move(after),
        { &MeasureStore::insertUse, &MeasureStore::updateUse, &MeasureStore::removeUse }, parent)
{
    if (m_after && !m_before && m_after->id == 0)
        m_after->id = MeasureStore(*dataset).nextUseId();
    if (!m_before)
        setText(tr("Link support measure to hospital"));
    else if (!m_after)
        setText(tr("Remove support measure from hospital"));
    else
        setText(tr("Edit support measure of hospital"));
}

SavePracticeCaseCommand::SavePracticeCaseCommand(Dataset *dataset,
                                                 std::optional<PracticeCase> before,
                                                 std::optional<PracticeCase> after,
                                                 QUndoCommand *parent)
    : SaveRecordCommand(
        dataset, std::move(before), std::move(after),
        { &MeasureStore::insertCase, &MeasureStore::updateCase, &MeasureStore::removeCase }, parent)
{
    if (m_after && !m_before && m_after->id == 0)
        m_after->id = MeasureStore(*dataset).nextCaseId();
    const QString title = (m_after ? *m_after : *m_before).title;
    if (!m_before)
        setText(tr("Add case %1").arg(title));
    else if (!m_after)
        setText(tr("Remove case %1").arg(title));
    else
        setText(tr("Edit case %1").arg(title));
}

} // namespace Koso
