#pragma once

#include "document/DatasetCommand.h"
#include "model/Hospital.h"

#include <QCoreApplication>
#include <QVector>

namespace Koso {

// Adds a facility by hand: one missing from MHLW's list, or the new hospital of a merger, in
// which case the merged hospitals point to it (merged_into) in the same transaction and keep
// their own figures and history. The id is chosen when the command is made, so that redo
// after undo brings back the same hospital. The history records the addition, so rates as of
// an earlier date leave the facility out.
class AddHospitalCommand : public DatasetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::AddHospitalCommand)

public:
    AddHospitalCommand(Dataset *dataset, const Hospital &hospital,
                       const QVector<qint64> &mergedFrom = {}, QUndoCommand *parent = nullptr);

    qint64 hospitalId() const { return m_hospital.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Hospital m_hospital;
    QVector<qint64> m_mergedFrom;
};

} // namespace Koso
