#pragma once

#include "document/DatasetCommand.h"

#include <QCoreApplication>
#include <QMap>
#include <QVector>

#include <memory>

namespace Koso {

class Dataset;

// One field of one hospital going from one value to another (text forms, see ResponsePolicy).
struct PolicyValueChange
{
    qint64 hospitalId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

// Sets fields of the policies (and hospital fields: owner group, name, merger …) of one or many
// hospitals as one undo step: a bulk status change, an imported sheet, a merger. redo() and
// undo() each write in one transaction and the history records every change, undo included
// (who undid what, and when).
class SetPolicyValuesCommand : public DatasetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SetPolicyValuesCommand)

public:
    SetPolicyValuesCommand(Dataset *dataset, QVector<PolicyValueChange> changes,
                           const QString &text, QUndoCommand *parent = nullptr);

    // Sets the same values on every hospital given, reading their current values as the old
    // ones and leaving out what would not change. nullptr when nothing would change (error
    // empty) or a hospital does not exist (error set).
    static std::unique_ptr<SetPolicyValuesCommand> create(Dataset *dataset,
                                                          const QVector<qint64> &hospitalIds,
                                                          const QMap<QString, QString> &values,
                                                          const QString &text, QString *error);

    const QVector<PolicyValueChange> &changes() const { return m_changes; }

protected:
    bool apply(QString *error) override { return write(true, error); }
    bool revert(QString *error) override { return write(false, error); }

private:
    bool write(bool forward, QString *error);

    QVector<PolicyValueChange> m_changes;
};

} // namespace Koso
