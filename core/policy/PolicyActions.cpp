#include "policy/PolicyActions.h"

#include "policy/AddHospitalCommand.h"
#include "policy/PolicyField.h"
#include "policy/PolicySheet.h"
#include "policy/PolicyVocabulary.h"
#include "policy/SetPolicyValuesCommand.h"
#include "storage/HospitalStore.h"

#include <QUndoStack>

namespace Koso {

PolicyActions::PolicyActions(Dataset *dataset, QUndoStack *undoStack)
    : m_dataset(dataset)
    , m_undoStack(undoStack)
{ }

bool PolicyActions::push(DatasetCommand *command, QString *error)
{
    return DatasetCommand::push(m_undoStack, command, error);
}

bool PolicyActions::setValues(const QVector<qint64> &hospitalIds,
                              const QMap<QString, QString> &values, const QString &text,
                              QString *error)
{
    auto command = SetPolicyValuesCommand::create(m_dataset, hospitalIds, values, text, error);
    if (!command)
        return error->isEmpty();
    return push(command.release(), error);
}

bool PolicyActions::setStatus(const QVector<qint64> &hospitalIds, PolicyStatus status,
                              QString *error)
{
    const QString text = hospitalIds.size() == 1
        ? tr("Set status to %1").arg(PolicyVocabulary::statusName(status))
        : tr("Set status of %n hospital(s) to %1", "", int(hospitalIds.size()))
              .arg(PolicyVocabulary::statusName(status));
    return setValues(hospitalIds, { { PolicyField::Status, policyStatusKey(status) } }, text,
                     error);
}

qint64 PolicyActions::addHospital(const Hospital &hospital, QString *error)
{
    auto *command = new AddHospitalCommand(m_dataset, hospital);
    const qint64 id = command->hospitalId();
    return push(command, error) ? id : 0;
}

bool PolicyActions::editHospital(const Hospital &h, QString *error)
{
    const QMap<QString, QString> values {
        { QStringLiteral("name"), h.name },
        { QStringLiteral("municipality"), h.municipality },
        { QStringLiteral("kind"), hospitalKindKey(h.kind) },
        { QStringLiteral("region_code"), h.regionCode },
        { PolicyField::OwnerGroup, ownerGroupKey(h.ownerGroup) },
        { QStringLiteral("note"), h.note },
    };
    return setValues({ h.id }, values, tr("Edit %1").arg(h.name), error);
}

bool PolicyActions::mergeInto(const QVector<qint64> &absorbed, qint64 target, QString *error)
{
    const auto successor = HospitalStore(*m_dataset).hospital(target);
    if (!successor) {
        *error = tr("There is no hospital with id %1.").arg(target);
        return false;
    }
    if (absorbed.contains(target)) {
        *error = tr("A hospital cannot be merged into itself.");
        return false;
    }
    return setValues(
        absorbed, { { PolicyField::MergedInto, QString::number(target) } },
        tr("Merge %n hospital(s) into %1", "", int(absorbed.size())).arg(successor->name), error);
}

qint64 PolicyActions::mergeIntoNew(const QVector<qint64> &absorbed, const Hospital &successor,
                                   QString *error)
{
    auto *command = new AddHospitalCommand(m_dataset, successor, absorbed);
    const qint64 id = command->hospitalId();
    return push(command, error) ? id : 0;
}

bool PolicyActions::importSheet(const PolicySheetPreview &preview, QString *error)
{
    if (!preview.ok()) {
        *error = tr("The sheet has errors; nothing was imported.");
        return false;
    }
    auto command = PolicySheet::makeCommand(*m_dataset, preview);
    if (!command)
        return true;
    return push(command.release(), error);
}

} // namespace Koso
